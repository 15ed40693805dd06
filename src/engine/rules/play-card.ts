/** Playing a card: it leaves the hand, its cost is paid, and its effects apply (effects.ts). */
import type { LevelModel } from '../level/model.js';
import { RolesDraft } from './copy.js';
import { applyEffects } from './effects.js';
import type { EventOf } from './events.js';
import { cardEntry, withLog } from './move-entries.js';
import type { GameState, LogEntry } from './state.js';

export function playCard(model: LevelModel, state: GameState, event: EventOf<'playCard'>): GameState {
  const log: LogEntry[] = [];
  const card = model.cards.get(event.card);
  if (!card) return state;
  const target = event.target === undefined || event.target === '' ? undefined : event.target;
  log.push(cardEntry(state.round, event.role, event.card, target, event));
  const draft = new RolesDraft(state);
  const r = draft.edit(event.role);
  if (r) {
    const hand = r.hand.slice();
    hand.splice(hand.indexOf(event.card), 1);
    r.hand = hand;
    r.resources -= card.cost;
    r.cardsPlayedThisTurn += 1;
  }
  return withLog(applyEffects(model, draft.done(), card.effects, { actor: event.role, target: event.target ?? null, cause: card.id }, log), log);
}
