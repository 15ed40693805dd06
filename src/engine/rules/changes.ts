/**
 * Changes explained as data. When a card, an event, the scheduled drift or a rule changes what a
 * role holds (its values, resource, standing, no-deal value), the rules write one private log entry
 * per affected role, naming the cause and the figures before and after, so that a player sees at
 * once why its own table moved ("the lobby's industry study: Permanent moratorium 0 → 8").
 *
 * A role's values are private, so these entries, like reveals, belong to the role they concern:
 * the per-role view (view.ts) gives them to that role only, never to another seat or a spectator.
 * A role whose figure a change leaves as it was gets no entry: nothing happened to it.
 */
import type { CardId, EventId, IssueId, OptionIndex, RoleId } from '../types.js';

/**
 * What made a change: a card (its id, who played it, on whom), an event, the level's scheduled
 * drift, or a rule of the game (blocking costs standing).
 */
export type ChangeCause =
  | { readonly source: 'card'; readonly id: CardId; readonly by: RoleId; readonly target: RoleId | null }
  | { readonly source: 'event'; readonly id: EventId }
  | { readonly source: 'schedule' }
  | { readonly source: 'rule'; readonly id: 'blocking' };

/**
 * What changed for the role, with the figure before and after:
 * - `shiftValue`: its points for one option of one issue;
 * - `resource`, `standing`: its resource and standing;
 * - `noDealValue`: what walking away is worth to it (a card's or event's adjustment);
 * - `noDealDrift`: the no-deal outcome moved on an issue (`from` → `option`), so what walking away
 *   is worth to it moved too (`before` → `after`).
 */
export type ChangeDetail =
  | { readonly effect: 'shiftValue'; readonly issue: IssueId; readonly option: OptionIndex; readonly before: number; readonly after: number }
  | { readonly effect: 'resource' | 'standing' | 'noDealValue'; readonly before: number; readonly after: number }
  | { readonly effect: 'noDealDrift'; readonly issue: IssueId; readonly from: OptionIndex; readonly option: OptionIndex; readonly before: number; readonly after: number };

export type ChangeEffect = ChangeDetail['effect'];

/** A private log entry: what changed for `role`, and why. */
export interface ChangeEntry {
  readonly kind: 'change';
  readonly round: number;
  /** The role the change concerns: the only one that may see the entry. */
  readonly role: RoleId;
  readonly cause: ChangeCause;
  readonly change: ChangeDetail;
}

/**
 * A private log entry: `role` learned `about`'s points for each option of `issue` (in option
 * order, as they stood in `round`), through the card `cause`. The same figures are kept in the
 * role's intel for the rest of the game; the entry says when and how they were learned.
 */
export interface IntelEntry {
  readonly kind: 'intel';
  readonly round: number;
  readonly role: RoleId;
  readonly about: RoleId;
  readonly issue: IssueId;
  readonly values: readonly number[];
  readonly cause: ChangeCause;
}

/** The kinds of log entry only their own role may see. */
export const PRIVATE_ENTRY_KINDS: ReadonlySet<string> = new Set(['change', 'intel']);

/**
 * Who applies effects: a card played by `actor` on `target` (null for none), or an event (no actor,
 * no target). `cause` is the card's or the event's id, for the log.
 */
export type EffectContext =
  | { readonly actor: RoleId; readonly target: RoleId | null; readonly cause: CardId }
  | { readonly actor: null; readonly target: null; readonly cause: EventId };

/** The cause of an effect applied in `ctx`. */
export function causeOf(ctx: EffectContext): ChangeCause {
  return ctx.actor === null ? { source: 'event', id: ctx.cause } : { source: 'card', id: ctx.cause, by: ctx.actor, target: ctx.target };
}
