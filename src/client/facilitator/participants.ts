/**
 * The participants panel: who has joined, whether they are online, their seat (a list the
 * facilitator changes to assign or unseat them) and the mute button for the chat.
 */
import type { TFunction } from 'i18next';
import type { ConsoleState, FacilitatorCommand } from '../../protocol/messages.js';
import { el } from './render.js';

export function renderParticipants(people: HTMLElement, s: ConsoleState, t: TFunction, send: (command: FacilitatorCommand) => void): void {
  // Redrawing would close a seat list the facilitator has open: wait for the next update.
  if (people.contains(document.activeElement) && document.activeElement?.tagName === 'SELECT') return;
  const tbl = el('table');
  tbl.className = 'people';
  tbl.append(el('tr', {}, el('th', {}, t('console.name')), el('th', {}, t('console.connection')), el('th', {}, t('console.seat')), el('th', {}, '')));
  for (const p of s.participantList) {
    const seat = el('select', { 'aria-label': `${t('console.seat')}: ${p.name}`, 'data-testid': `seat-${p.id}` });
    seat.append(Object.assign(el('option', { value: '' }), { textContent: t('console.waiting') }));
    for (const tb of s.tables) {
      for (const r of s.roles.filter((x) => x.playable)) {
        const taken = tb.seats.find((x) => x.role === r.id)?.name;
        const label = `${t('console.table', { n: tb.index + 1 })} · ${r.name}${taken && !(p.table === tb.index && p.role === r.id) ? ` (${taken})` : ''}`;
        seat.append(Object.assign(el('option', { value: `${tb.index}:${r.id}` }), { textContent: label }));
      }
    }
    seat.value = p.table !== null && p.role !== null ? `${p.table}:${p.role}` : '';
    seat.addEventListener('change', () => {
      if (seat.value === '') send({ command: 'unassign', participant: p.id });
      else {
        const [tableIndex, role] = seat.value.split(':');
        send({ command: 'assign', participant: p.id, table: Number(tableIndex), role: role as string });
      }
    });
    const mute = el('button', { type: 'button', class: 'secondary', 'aria-label': `${p.muted ? t('console.unmute') : t('console.mute')}: ${p.name}` }, p.muted ? t('console.unmute') : t('console.mute'));
    const ended = s.status === 'ended';
    seat.disabled = ended;
    mute.disabled = ended;
    mute.addEventListener('click', () => send({ command: 'mute', participant: p.id, muted: !p.muted }));
    tbl.append(
      el(
        'tr',
        {},
        el('td', {}, p.name, p.muted ? el('span', { class: 'muted' }, ` (${t('console.muted')})`) : null),
        el('td', {}, el('span', { class: `dot ${p.connected ? 'on' : 'off'}`, 'aria-hidden': 'true' }), p.connected ? t('console.online') : t('console.offline')),
        el('td', {}, seat),
        el('td', {}, mute),
      ),
    );
  }
  const duplicates = s.duplicateNames.length > 0 ? el('p', { class: 'notice', role: 'alert', 'data-testid': 'duplicate-names' }, t('console.duplicateNames', { names: s.duplicateNames.join(', ') })) : null;
  people.replaceChildren(el('h2', { id: 'people-title' }, t('console.participants', { count: s.participantList.length })), ...(duplicates ? [duplicates] : []), tbl);
}
