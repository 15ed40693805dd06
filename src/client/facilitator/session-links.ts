/**
 * The head of the console: the join code to read aloud, its QR code, the join, projector and
 * teacher-kit links, and the secret facilitator link behind a button.
 */
import type { TFunction } from 'i18next';
import type { ConsoleState } from '../../protocol/messages.js';
import { sessionLevelForKit } from '../level/kit-level.js';
import { el, qrSvg, spacedCode } from './render.js';

/**
 * The facilitator link carries the secret: it is shown only on request, so a console that is
 * projected or shared on a screen does not give the session away.
 */
function secretLink(t: TFunction, url: string, copyButton: HTMLButtonElement): HTMLElement {
  const shown = el('span', { class: 'link', 'data-testid': 'facilitator-link', hidden: '' }, url);
  const hiddenNote = el('span', { class: 'muted' }, t('console.linkHidden'));
  const reveal = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'data-testid': 'reveal-link' }, t('console.revealLink'));
  reveal.addEventListener('click', () => {
    const show = shown.hidden;
    shown.hidden = !show;
    hiddenNote.hidden = show;
    reveal.textContent = show ? t('console.hideLink') : t('console.revealLink');
    reveal.setAttribute('aria-expanded', String(show));
  });
  return el('p', { class: 'row' }, reveal, copyButton, hiddenNote, shown);
}

/** Draws the head into `header` (once: nothing in it changes during the session). */
export async function renderSessionLinks(header: HTMLElement, s: ConsoleState, t: TFunction, sessionId: string, secret: string): Promise<void> {
  const facilitatorUrl = `${location.origin}${location.pathname}#session=${sessionId}&secret=${secret}`;
  const projectorUrl = `${location.origin}/projector.html#code=${s.code}`;
  const copy = (text: string): HTMLButtonElement => {
    const b = el('button', { type: 'button', class: 'secondary' }, t('console.copy'));
    b.addEventListener('click', () => {
      void navigator.clipboard?.writeText(text).then(() => (b.textContent = t('console.copied')));
    });
    return b;
  };
  const kitLink = el('a', { class: 'link', href: `/teacher.html?level=${encodeURIComponent(s.level.id)}&view=debrief`, target: '_blank', rel: 'noopener', 'data-testid': 'teacher-kit-link' }, t('console.teacherKit'));
  // The kit opens on the very level file this session runs on (its own upload included).
  void sessionLevelForKit(kitLink, s.level.id, sessionId, secret);
  header.replaceChildren(
    el(
      'div',
      {},
      el('h1', {}, t('console.heading', { title: s.level.title })),
      el('p', {}, t('console.joinCode')),
      el('p', { class: 'code', 'data-testid': 'join-code', 'aria-label': s.code.split('').join(' ') }, spacedCode(s.code)),
      el('p', {}, `${t('console.joinAt')} `, el('span', { class: 'link', 'data-testid': 'join-url' }, s.joinUrl)),
      el('p', { class: 'muted' }, t('console.facilitatorLink')),
      secretLink(t, facilitatorUrl, copy(facilitatorUrl)),
      el('p', { class: 'muted' }, t('console.projectorLink')),
      el('p', { class: 'row' }, el('a', { class: 'link', href: projectorUrl, target: '_blank', rel: 'noopener' }, projectorUrl)),
      el('p', {}, kitLink),
    ),
    el('div', { 'aria-label': t('console.qr') }, await qrSvg(s.joinUrl)),
  );
}
