/**
 * What the session does to a participant's screen, shown over every screen of the online game
 * (briefing, table, outcome, debrief): a pause (moves disabled: the game's screens are made inert
 * until the session resumes, the talk panel stays open), the end of the session, a message from
 * the facilitator, and a tab that stopped because the seat was opened elsewhere or because the
 * page is out of date. Plain DOM; every text goes in as textContent.
 */
import type { TFunction } from 'i18next';
import type { Announcement, SessionStatus } from '../../protocol/messages.js';
import type { OnlineTable } from './online-table.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The game's own screens: made inert (no clicks, no keys, skipped by screen readers) while moves are off. */
function gameRoots(): HTMLElement[] {
  return ['ui', 'stage'].map((id) => document.getElementById(id)).filter((e): e is HTMLElement => e !== null);
}

function setInert(inert: boolean): void {
  for (const root of gameRoots()) root.inert = inert;
  document.body.classList.toggle('ws-inert', inert);
}

export interface BannerState {
  readonly status: SessionStatus;
  readonly announcement: Announcement | null;
  /** Set once this tab has stopped for good. */
  readonly stopped: { readonly why: 'replaced' | 'outdated' } | null;
}

/** Draw the session's state over the page; returns a function to call with every new state. */
export function sessionBanner(t: TFunction, parent: HTMLElement = document.body): { update(state: BannerState): void; remove(): void } {
  const bar = el('div', { className: 'ws-banner' });
  bar.dataset.testid = 'session-banner';
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-live', 'polite');
  const overlay = el('div', { className: 'ws-overlay' });
  overlay.dataset.testid = 'session-overlay';
  overlay.setAttribute('role', 'alertdialog');
  overlay.setAttribute('aria-live', 'assertive');
  parent.append(overlay, bar);
  let dismissedAt = 0;

  function card(title: string, help: string, testid: string, action?: { label: string; run: () => void }): HTMLElement {
    const box = el('div', { className: 'ws-overlay-card' }, el('h2', { textContent: title }), el('p', { textContent: help }));
    box.dataset.testid = testid;
    if (action) box.append(el('button', { type: 'button', textContent: action.label, onclick: action.run }));
    return box;
  }

  function update(s: BannerState): void {
    // The overlay: a stopped tab, or a pause. Both take moves away from the game's screens.
    overlay.replaceChildren();
    if (s.stopped?.why === 'replaced') {
      overlay.append(card(t('banner.replaced'), t('banner.replacedHelp'), 'replaced-notice', { label: t('banner.playHere'), run: () => location.reload() }));
    } else if (s.stopped?.why === 'outdated') {
      overlay.append(card(t('banner.outdated'), t('banner.outdatedHelp'), 'outdated-notice', { label: t('banner.reload'), run: () => location.reload() }));
    } else if (s.status === 'paused') {
      overlay.append(card(t('banner.paused'), t('banner.pausedHelp'), 'paused-notice'));
    }
    overlay.hidden = overlay.childElementCount === 0;
    setInert(!overlay.hidden);
    document.body.classList.toggle('ws-stopped', s.stopped !== null);

    // The bar: the end of the session and the facilitator's message.
    bar.replaceChildren();
    if (s.status === 'ended') {
      const ended = el('p', {}, el('strong', { textContent: `${t('banner.ended')} ` }), t('banner.endedHelp'));
      ended.dataset.testid = 'ended-notice';
      bar.append(ended);
    }
    const a = s.announcement;
    if (a && a.at > dismissedAt) {
      const ok = el('button', { type: 'button', className: 'secondary', textContent: t('banner.dismiss') });
      ok.addEventListener('click', () => {
        dismissedAt = a.at;
        update(s);
      });
      const message = el('p', { className: 'ws-announcement' }, el('strong', { textContent: `${t('banner.message')}: ` }), el('span', { textContent: a.text }));
      message.dataset.testid = 'announcement';
      bar.append(el('div', { className: 'ws-banner-row' }, message, ok));
    }
    bar.hidden = bar.childElementCount === 0;
  }

  return {
    update,
    remove() {
      setInert(false);
      bar.remove();
      overlay.remove();
    },
  };
}

/** The banner for a seated participant, kept in step with the table. */
export function mountSessionBanner(table: OnlineTable, t: TFunction): () => void {
  const banner = sessionBanner(t);
  let stopped: BannerState['stopped'] = null;
  const refresh = (): void => banner.update({ status: table.status, announcement: table.announcement, stopped });
  const previous = table.events.closed;
  table.events.closed = (why, reason) => {
    stopped = { why };
    previous?.(why, reason);
    refresh();
  };
  const off = table.subscribe(refresh);
  refresh();
  return () => {
    off();
    banner.remove();
  };
}
