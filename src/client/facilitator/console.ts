/**
 * The running console: joins the session's workshop room with the facilitator secret, lays out
 * its panels (links, controls, participants, chat, tables, cross-table debrief) and redraws them
 * from each console state the room sends.
 */
import { Client, type Room } from '@colyseus/sdk';
import type { TFunction } from 'i18next';
import { PROTOCOL_VERSION, type ChatEntry, type ConsoleState, type FacilitatorCommand } from '../../protocol/messages.js';
import { errorText, problemText } from '../../protocol/server-words.js';
import { i18next } from '../i18n/setup.js';
import { chatMonitor } from './chat-monitor.js';
import { consoleControls } from './controls.js';
import { renderParticipants } from './participants.js';
import { el, renderDebrief, renderTables } from './render.js';
import { renderSessionLinks } from './session-links.js';

export async function runConsole(root: HTMLElement, t: TFunction, sessionId: string, secret: string): Promise<void> {
  root.replaceChildren(el('p', { role: 'status' }, t('console.connecting')));
  const sdk = new Client(location.origin);
  let room: Room;
  try {
    room = await sdk.joinById(`w_${sessionId}`, { facilitator: secret, protocol: PROTOCOL_VERSION });
  } catch (error) {
    // The server's own reason, worded in the console's language (a wrong secret, a closed session, an old page).
    const reason = errorText(error, i18next.language);
    root.replaceChildren(el('div', { role: 'alert', class: 'panel' }, el('p', {}, t('console.notFound')), reason ? el('p', { class: 'muted', 'data-testid': 'console-join-reason' }, reason) : null));
    return;
  }
  document.title = `${t('app.console')} · Ministerial`;
  let state: ConsoleState | null = null;
  let nextId = 1;
  const send = (command: FacilitatorCommand): void => {
    room.send('command', { secret, id: nextId++, command });
  };
  const controls = consoleControls(t, send, sessionId, secret);
  room.onMessage('result', (r: { ok: boolean; reason?: string; problem?: unknown }) => {
    controls.notice.textContent = r.ok ? '' : t('console.error', { reason: problemText(r, i18next.language) });
  });
  room.onMessage('error', (e: { reason: string; problem?: unknown }) => {
    controls.notice.textContent = t('console.error', { reason: problemText(e, i18next.language) });
  });

  const projectorLink = (table: number): string => `${location.origin}/projector.html#code=${state?.code ?? ''}&table=${table + 1}`;
  const roleName = (id: string | null): string => (id === null ? '' : (state?.roles.find((r) => r.id === id)?.name ?? id));

  // The panels are built once, so focus and typed values survive updates.
  const header = el('section', { class: 'panel grid2', 'aria-label': t('console.joinCode') });
  const people = el('section', { class: 'panel', 'aria-labelledby': 'people-title' });
  const tablesBox = el('section', { class: 'panel', 'aria-labelledby': 'tables-title' });
  const chat = chatMonitor(t, roleName);
  const debriefBox = el('div');
  root.replaceChildren(header, controls.panel, el('div', { class: 'grid2' }, people, chat.box), tablesBox, debriefBox);

  let headerBuilt = false;
  async function buildHeader(s: ConsoleState): Promise<void> {
    headerBuilt = true;
    await renderSessionLinks(header, s, t, sessionId, secret);
    controls.fill(s);
  }

  function render(s: ConsoleState): void {
    controls.update(s);
    renderParticipants(people, s, t, send);
    tablesBox.replaceChildren(el('h2', { id: 'tables-title' }, t('console.tables')), renderTables(s, t, projectorLink));
    debriefBox.replaceChildren(renderDebrief(s, t));
  }

  room.onMessage('console', (s: ConsoleState) => {
    state = s;
    if (!headerBuilt) void buildHeader(s);
    chat.merge(s.chat);
    render(s);
    chat.render();
  });
  room.onMessage('chat', (e: ChatEntry) => chat.add(e));
  // Timers tick on screen between updates.
  setInterval(() => {
    if (state && state.status === 'running' && !tablesBox.contains(document.activeElement)) {
      tablesBox.replaceChildren(el('h2', { id: 'tables-title' }, t('console.tables')), renderTables(state, t, projectorLink));
    }
  }, 1000);
}
