/**
 * The "why I moved" box: an optional sentence the player writes before a move that matters (an
 * offer, a counter, accepting or rejecting, a card). It goes with that move as the player's own
 * reason, private to this seat until the debrief, where it stands beside the bots' reasons (and in
 * the facilitator's CSV export, for the rubric's reflection criterion).
 */
import { NOTE_MAX } from '../../../../protocol/player-note.js';
import { h } from '../../dom.js';
import type { TableContext } from './context.js';
import './why-note.css';

export function whyNote(ctx: TableContext): HTMLElement | null {
  const { t, state, model } = ctx;
  if (model.snap.view.phase !== 'negotiating' || !model.snap.you) return null;
  const count = h('span', { class: 'muted note-count', 'aria-hidden': 'true' }, `${[...state.note].length}/${NOTE_MAX}`);
  const input = h('input', { type: 'text', id: 'why-note', testid: 'why-note', maxlength: NOTE_MAX, value: state.note, autocomplete: 'off', 'aria-describedby': 'why-note-help', placeholder: t('note.placeholder') });
  input.addEventListener('input', () => {
    state.note = input.value;
    count.textContent = `${[...state.note].length}/${NOTE_MAX}`;
  });
  return h(
    'div',
    { class: 'why-note', testid: 'why-note-box' },
    h('label', { for: 'why-note' }, t('note.label')),
    input,
    h('p', { class: 'muted', id: 'why-note-help' }, t('note.help', { max: NOTE_MAX }), ' ', count),
  );
}
