/**
 * The console's control panel: start / pause / resume / end, automatic seating, the turn timer,
 * injected events, announcements to the tables and the exports. Built once, so focus and typed
 * values survive the state updates that arrive every few seconds.
 */
import type { TFunction } from 'i18next';
import { MAX_ANNOUNCEMENT_LENGTH, type ConsoleState, type FacilitatorCommand } from '../../protocol/messages.js';
import { httpErrorText } from '../../protocol/server-words.js';
import { i18next } from '../i18n/setup.js';
import { el } from './render.js';

export interface ConsoleControls {
  panel: HTMLElement;
  /** Where the server's refusals and failed exports are told. */
  notice: HTMLElement;
  /** Fills what depends on the session (its events, its tables, its timer), once it is known. */
  fill(s: ConsoleState): void;
  update(s: ConsoleState): void;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function consoleControls(t: TFunction, send: (command: FacilitatorCommand) => void, sessionId: string, secret: string): ConsoleControls {
  const notice = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite', 'data-testid': 'notice' });
  const panel = el('section', { class: 'panel', 'aria-label': 'Controls' });
  const statusLine = el('p', { class: 'status big', 'data-testid': 'status' });
  const endedNote = el('p', { class: 'notice', hidden: '', 'data-testid': 'ended-note' }, t('console.ended'));
  const startB = el('button', { type: 'button', 'data-testid': 'start' }, t('console.start'));
  const pauseB = el('button', { type: 'button', class: 'secondary' }, t('console.pause'));
  const resumeB = el('button', { type: 'button', class: 'secondary' }, t('console.resume'));
  const endB = el('button', { type: 'button', class: 'danger' }, t('console.end'));
  const autoB = el('button', { type: 'button', class: 'secondary' }, t('console.autoAssign'));
  startB.addEventListener('click', () => send({ command: 'start' }));
  pauseB.addEventListener('click', () => send({ command: 'pause' }));
  resumeB.addEventListener('click', () => send({ command: 'resume' }));
  endB.addEventListener('click', () => {
    if (confirm(t('console.confirmEnd'))) send({ command: 'end' });
  });
  autoB.addEventListener('click', () => send({ command: 'autoAssign' }));
  const timerIn = Object.assign(el('input', { type: 'number', min: '0', max: '3600', id: 'c-timer' }), { value: '0' });
  const timerB = el('button', { type: 'button', class: 'secondary' }, t('console.setTimer'));
  timerB.addEventListener('click', () => send({ command: 'setTimer', seconds: Math.max(0, Math.min(3600, Math.round(Number(timerIn.value) || 0))) }));
  const eventSel = el('select', { id: 'c-event', 'aria-label': t('console.inject') });
  const tableSel = el('select', { id: 'c-table', 'aria-label': t('console.injectInto') });
  const injectB = el('button', { type: 'button', class: 'secondary' }, t('console.inject'));
  injectB.addEventListener('click', () => send({ command: 'inject', event: eventSel.value, table: tableSel.value === 'all' ? 'all' : Number(tableSel.value) }));
  const announceIn = el('input', { type: 'text', id: 'c-announce', maxlength: String(MAX_ANNOUNCEMENT_LENGTH), placeholder: t('console.announcePlaceholder'), 'data-testid': 'announce-text' });
  const announceTable = el('select', { id: 'c-announce-table', 'aria-label': t('console.announceTo') });
  const announceB = el('button', { type: 'button', class: 'secondary', 'data-testid': 'announce' }, t('console.announceSend'));
  const announceClearB = el('button', { type: 'button', class: 'secondary' }, t('console.announceClear'));
  const announceTarget = (): number | 'all' => (announceTable.value === 'all' ? 'all' : Number(announceTable.value));
  announceB.addEventListener('click', () => {
    const text = announceIn.value.trim();
    if (!text) return announceIn.focus();
    send({ command: 'announce', text, table: announceTarget() });
    announceIn.value = '';
  });
  announceClearB.addEventListener('click', () => send({ command: 'announce', text: '', table: announceTarget() }));
  const announcing = el('p', { class: 'muted', 'data-testid': 'announcing' });
  const csvB = el('button', { type: 'button', class: 'secondary' }, t('console.exportCsv'));
  const jsonB = el('button', { type: 'button', class: 'secondary' }, t('console.exportJson'));
  // The exports are HTTP downloads that carry the facilitator secret in a header, never in the URL.
  const exportFile = async (kind: 'csv' | 'json'): Promise<void> => {
    const res = await fetch(`/api/sessions/${sessionId}/export.${kind}`, { headers: { 'x-facilitator-secret': secret } });
    if (!res.ok) {
      notice.textContent = t('console.error', { reason: httpErrorText(await res.json().catch(() => null), i18next.language, `HTTP ${res.status}`) });
      return;
    }
    const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `workshop.${kind}`;
    download(name, await res.blob());
  };
  csvB.addEventListener('click', () => void exportFile('csv'));
  jsonB.addEventListener('click', () => void exportFile('json'));
  panel.append(
    statusLine,
    endedNote,
    el('div', { class: 'row' }, startB, pauseB, resumeB, endB, autoB),
    el('div', { class: 'row', style: 'margin-top:10px' }, el('label', { for: 'c-timer' }, t('console.timer')), timerIn, timerB),
    el('div', { class: 'row', style: 'margin-top:10px' }, el('label', { for: 'c-event' }, t('console.inject')), eventSel, el('label', { for: 'c-table' }, t('console.injectInto')), tableSel, injectB),
    el('div', { class: 'row', style: 'margin-top:10px' }, el('label', { for: 'c-announce' }, t('console.announce')), announceIn, el('label', { for: 'c-announce-table' }, t('console.announceTo')), announceTable, announceB, announceClearB),
    announcing,
    el('div', { class: 'row', style: 'margin-top:10px' }, csvB, jsonB),
    notice,
  );

  function fill(s: ConsoleState): void {
    for (const ev of s.events) eventSel.append(Object.assign(el('option', { value: ev.id }), { textContent: `${ev.name} (${t(`console.trigger_${ev.trigger}`)})` }));
    tableSel.append(Object.assign(el('option', { value: 'all' }), { textContent: t('console.allTables') }));
    for (const sel of [tableSel, announceTable]) {
      if (sel === announceTable) sel.append(Object.assign(el('option', { value: 'all' }), { textContent: t('console.allTables') }));
      for (const tb of s.tables) sel.append(Object.assign(el('option', { value: String(tb.index) }), { textContent: t('console.table', { n: tb.index + 1 }) }));
    }
    timerIn.value = String(s.settings.turnSeconds);
  }

  function update(s: ConsoleState): void {
    statusLine.textContent = t('console.status', { status: t(`console.status_${s.status}`) });
    startB.disabled = s.status !== 'lobby';
    pauseB.disabled = s.status !== 'running';
    resumeB.disabled = s.status !== 'paused';
    const ended = s.status === 'ended';
    endB.disabled = ended;
    // Once the session has ended only the exports and the debrief still apply.
    for (const control of [autoB, timerIn, timerB, eventSel, tableSel, injectB, announceIn, announceTable, announceB, announceClearB]) control.disabled = ended;
    endedNote.hidden = !ended;
    announcing.textContent = s.announcements.map((a) => `${a.table === null ? t('console.allTables') : t('console.table', { n: a.table + 1 })}: ${a.text}`).map((line) => t('console.showing', { text: line })).join(' · ');
  }

  return { panel, notice, fill, update };
}
