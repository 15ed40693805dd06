/**
 * The projector view (`projector.html#code=CODE`, optionally `&table=N`): the join code and QR
 * code, the tables at a glance and the cross-table debrief; or one table as a spectator sees it.
 * It joins with the public session code only, so the server sends it public information only:
 * the session summary, or a table's spectator view (viewFor with no viewer) and no chat.
 * It speaks the session's language, or the one `&lang=` asks for.
 */
import { Client } from '@colyseus/sdk';
import type { TFunction } from 'i18next';
import { PROTOCOL_VERSION, type PublicSessionState, type TableUpdate, type TableWelcome } from '../../protocol/messages.js';
import { errorText, httpErrorText } from '../../protocol/server-words.js';
import { el, qrSvg, renderDebrief, renderTables, spacedCode, timerText } from '../facilitator/render.js';
import { isUiLanguage } from '../i18n/choice.js';
import { i18next } from '../i18n/setup.js';
import { local as localIn, workshopT } from '../online/i18n.js';
import '../facilitator/console.css';

const root = document.getElementById('projector') as HTMLElement;

/** A level text in the projector's language (English where the level has none). */
const local = (text: Readonly<Record<string, string>> | undefined): string => (text ? (text[i18next.language] ?? text.en ?? localIn(text)) : '');

/** The facilitator's messages, large: one to every table, or to the table projected. */
function announcementPanel(t: TFunction, texts: readonly string[]): HTMLElement | null {
  if (texts.length === 0) return null;
  return el('section', { class: 'panel announcement', role: 'status', 'aria-live': 'polite', 'data-testid': 'projector-announcement' }, el('h2', {}, t('projector.message')), ...texts.map((text) => el('p', {}, text)));
}

/** A paused session, unmissable from the back of the room. */
function pausedPanel(t: TFunction, status: string): HTMLElement | null {
  return status === 'paused' ? el('section', { class: 'panel paused-banner', 'data-testid': 'projector-paused' }, el('h2', {}, t('projector.pausedLong'))) : null;
}

async function whole(t: TFunction, sdk: Client, code: string, sessionId: string): Promise<void> {
  const room = await sdk.joinById(`w_${sessionId}`, { spectator: true, code, protocol: PROTOCOL_VERSION });
  let qr: HTMLElement | null = null;
  room.onMessage('public', (s: PublicSessionState) => {
    void (async () => {
      qr ??= await qrSvg(s.joinUrl);
      const join = el(
        'section',
        { class: 'panel grid2' },
        el(
          'div',
          {},
          el('h1', {}, s.level.title),
          el('p', { class: 'big' }, `${t('projector.goTo')} `, el('strong', { class: 'link' }, s.joinUrl.replace(/\?join=.*$/, '')), ` ${t('projector.enterCode')}`),
          el('p', { class: 'code', 'data-testid': 'projector-code' }, spacedCode(s.code)),
          el('p', { class: 'big' }, t('projector.participants', { count: s.participants })),
          el('p', { class: 'status big' }, s.status === 'lobby' ? t('projector.waitingStart') : s.status === 'paused' ? t('projector.paused') : s.status === 'ended' ? t('projector.ended') : ''),
        ),
        qr,
      );
      const messages = s.announcements.map((a) => (a.table === null ? a.text : `${t('console.table', { n: a.table + 1 })}: ${a.text}`));
      const top = [pausedPanel(t, s.status), announcementPanel(t, messages)].filter((x): x is HTMLElement => x !== null);
      root.replaceChildren(...top, join, el('section', { class: 'panel' }, renderTables(s, t)), renderDebrief(s, t));
    })();
  });
}

/** The session id and language behind a code: the server resolves it through the same join endpoint's lookup. */
async function lookup(code: string): Promise<{ sessionId: string; language: string }> {
  const res = await fetch(`/api/lookup?code=${encodeURIComponent(code)}`);
  // A wrong code is worded from the server's problem code, in the projector's language.
  if (!res.ok) throw new Error(httpErrorText(await res.json().catch(() => null), i18next.language, `HTTP ${res.status}`));
  return (await res.json()) as { sessionId: string; language: string };
}

async function oneTable(t: TFunction, sdk: Client, code: string, sessionId: string, index: number): Promise<void> {
  const room = await sdk.joinById(`t_${sessionId}_${index}`, { spectator: true, code, protocol: PROTOCOL_VERSION });
  let welcome: TableWelcome | null = null;
  room.onMessage('welcome', (w: TableWelcome) => {
    welcome = w;
  });
  // Spectators are sent no chat; this only keeps an unexpected message from being logged as unhandled.
  room.onMessage('chat', () => undefined);
  room.onMessage('update', (u: TableUpdate) => {
    if (!welcome) return;
    const level = welcome.level;
    const roleName = (id: string): string => local(level.roles.find((r) => r.id === id)?.name) || id;
    const v = u.view;
    const offers = el('section', { class: 'panel' }, el('h2', {}, t('projector.offers')));
    const open = v.offers.filter((o) => o.status === 'open');
    if (open.length === 0) offers.append(el('p', { class: 'muted' }, t('projector.noOffers')));
    for (const o of open) {
      const text = level.issues.map((issue, i) => `${local(issue.name)}: ${local(issue.options[o.package[i] ?? 0]?.label)}`).join(' · ');
      offers.append(
        el(
          'div',
          { class: 'offer' },
          el('p', {}, el('strong', {}, `#${o.id} `), t('projector.by', { role: roleName(o.by) })),
          el('p', {}, text),
          o.acceptedBy.length ? el('p', { class: 'muted' }, t('projector.accepted', { roles: o.acceptedBy.map(roleName).join(', ') })) : null,
        ),
      );
    }
    if (v.outcome) {
      const pkg = v.outcome.package;
      const text = level.issues.map((issue, i) => `${local(issue.name)}: ${local(issue.options[pkg[i] ?? 0]?.label)}`).join(' · ');
      offers.replaceChildren(el('h2', {}, t(`console.outcome_${v.outcome.kind}`)), el('p', { class: 'big' }, text));
    }
    const seats = el('section', { class: 'panel' });
    for (const s of u.seats) seats.append(el('div', { class: 'seat big' }, el('span', {}, roleName(s.role)), el('span', { class: 'muted' }, s.controller === 'bot' ? t('console.bot') : (s.name ?? t('console.empty')))));
    const phase = t(`console.phase_${v.phase}`);
    const top = [pausedPanel(t, u.status), announcementPanel(t, u.announcement ? [u.announcement.text] : [])].filter((x): x is HTMLElement => x !== null);
    root.replaceChildren(
      ...top,
      el(
        'section',
        { class: 'panel' },
        el('h1', { 'data-testid': 'projector-table' }, `${t('console.table', { n: index + 1 })} · ${local(level.title)}`),
        el('p', { class: 'big' }, v.phase === 'negotiating' ? `${phase} · ${t('console.round', { round: v.round, rounds: v.rounds })}` : phase),
        v.turnRole ? el('p', { class: 'big' }, t('console.turn', { role: roleName(v.turnRole) })) : null,
        el('p', { class: 'muted' }, timerText(t, u.timer)),
        u.status === 'ended' ? el('p', { class: 'status big' }, t('projector.ended')) : null,
      ),
      el('div', { class: 'grid2' }, offers, seats),
    );
  });
}

async function main(): Promise<void> {
  // Switching between the session and one table is a new hash: start afresh.
  window.addEventListener('hashchange', () => location.reload());
  const hash = new URLSearchParams(location.hash.slice(1));
  const asked = hash.get('lang') ?? new URLSearchParams(location.search).get('lang');
  const t = await workshopT(isUiLanguage(asked) ? asked : 'en');
  document.title = t('app.projector');
  const code = (hash.get('code') ?? '').toUpperCase();
  if (!code) {
    root.replaceChildren(el('p', { class: 'panel' }, t('projector.needCode')));
    return;
  }
  const sdk = new Client(location.origin);
  const table = hash.get('table');
  try {
    const session = await lookup(code);
    // The session's language unless the address asks for another.
    if (!isUiLanguage(asked) && isUiLanguage(session.language)) await workshopT(session.language);
    document.title = t('app.projector');
    if (table !== null) await oneTable(t, sdk, code, session.sessionId, Math.max(0, Number(table) - 1));
    else await whole(t, sdk, code, session.sessionId);
  } catch (error) {
    root.replaceChildren(el('p', { class: 'panel', role: 'alert' }, errorText(error, i18next.language)));
  }
}

void main();
