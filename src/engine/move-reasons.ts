/**
 * Why each move made sense, or did not, by the mover's own figures at the moment it moved: the
 * debrief's plain reasons for the seats that give no bot reason (human players). A bot records its
 * reasoning as it moves (rules/reasons.ts); a player does not, so the reason is rebuilt here by
 * replaying the game from its seed and event log and reading, before each move, what the package
 * was worth to the mover and what walking away was worth then ("You accepted offer 3: it gave you
 * 62 points, more than the 48 walking away was worth then").
 *
 * Codes with parameters, worded at the edges (src/protocol/move-words.ts). A reason carries the
 * mover's own figures only: what a card did to another seat is named (whose values, on which issue)
 * but never given a figure, so a reason read aloud gives no one else's private points away.
 */
import { packageFromIssues, type LevelModel } from './level/model.js';
import { GameSession } from './session.js';
import type { GameEvent } from './rules/events.js';
import type { GameState, LogEntry } from './rules/state.js';
import { packageValue } from './scoring/value.js';
import type { RoleId } from './types.js';
import { viewFor } from './view.js';

export const MOVE_REASON_CODES = [
  'card',
  'offer.above',
  'offer.below',
  'counter.above',
  'counter.below',
  'accept.above',
  'accept.below',
  'reject.above',
  'reject.below',
  'endTurn.open',
  'endTurn.none',
  'endTurn.timedOut',
  'vote.yes.above',
  'vote.yes.below',
  'vote.no.above',
  'vote.no.below',
] as const;
export type MoveReasonCode = (typeof MOVE_REASON_CODES)[number];

/** What a move did, beyond the move itself (a card's effects, the price of blocking). */
export const MOVE_EFFECT_CODES = ['cost', 'ownValue', 'ownResource', 'ownStanding', 'ownNoDeal', 'reveal', 'otherValues', 'otherResource', 'otherStanding', 'otherNoDeal', 'drift', 'unlock'] as const;
export type MoveEffectCode = (typeof MOVE_EFFECT_CODES)[number];

export type MoveParams = Readonly<Record<string, string | number>>;

export interface MoveEffect {
  readonly code: MoveEffectCode;
  /** Ids (issue, option, target) and, for the mover's own figures only, before/after. */
  readonly params: MoveParams;
}

export interface MoveReason {
  /** The log entry of the move (for a counter, its offer entry). */
  readonly logIndex: number;
  readonly role: RoleId;
  readonly code: MoveReasonCode;
  /** Offer ids, card and target ids, and the mover's own points: `value`, `walkAway`, `gap`. */
  readonly params: MoveParams;
  readonly effects: readonly MoveEffect[];
}

/** The role a move event comes from (a timeout ends the turn of the role whose turn it was). */
function moverOf(model: LevelModel, state: GameState, event: GameEvent): RoleId | null {
  if ('role' in event) return event.role;
  if (event.type === 'timeout') return model.turnOrder[state.turn] ?? null;
  return null;
}

/** Whether a log entry is the move entry of `role` (a counter's: its offer entry, not its reject). */
function isMoveEntry(entry: LogEntry, role: RoleId, event: GameEvent): boolean {
  if (!('role' in entry) || entry.role !== role) return false;
  switch (event.type) {
    case 'playCard':
      return entry.kind === 'card';
    case 'offer':
    case 'counter':
      return entry.kind === 'offer';
    case 'accept':
      return entry.kind === 'accept';
    case 'reject':
      return entry.kind === 'reject';
    case 'endTurn':
    case 'timeout':
      return entry.kind === 'endTurn';
    case 'vote':
      return entry.kind === 'vote';
    default:
      return false;
  }
}

/** A move's side effects, from the entries it wrote: the mover's own with figures, others' named only. */
function effectsOf(role: RoleId, entries: readonly LogEntry[]): MoveEffect[] {
  const out: MoveEffect[] = [];
  const seen = new Set<string>();
  const once = (code: MoveEffectCode, params: MoveParams): void => {
    const key = `${code}:${JSON.stringify(params)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ code, params });
  };
  for (const e of entries) {
    if (e.kind === 'drift') once('drift', { issue: e.issue, option: e.option });
    else if (e.kind === 'unlock') once('unlock', { issue: e.issue, option: e.option });
    else if (e.kind === 'intel' && e.role === role) once('reveal', { target: e.about, issue: e.issue });
    else if (e.kind === 'change') {
      const c = e.change;
      const own = e.role === role;
      switch (c.effect) {
        case 'shiftValue':
          once(own ? 'ownValue' : 'otherValues', own ? { issue: c.issue, option: c.option, before: c.before, after: c.after } : { target: e.role, issue: c.issue });
          break;
        case 'resource':
          once(own ? 'ownResource' : 'otherResource', own ? { before: c.before, after: c.after } : { target: e.role });
          break;
        case 'standing':
          once(own ? 'ownStanding' : 'otherStanding', own ? { before: c.before, after: c.after } : { target: e.role });
          break;
        case 'noDealValue':
          once(own ? 'ownNoDeal' : 'otherNoDeal', own ? { before: c.before, after: c.after } : { target: e.role });
          break;
        case 'noDealDrift':
          // Another seat's share of a drift is the drift itself, said once as a public effect.
          if (own) once('ownNoDeal', { before: c.before, after: c.after });
          break;
      }
    }
  }
  return out;
}

/** The reason for one move, from the state just before it, its own log entry and the others it wrote. */
function reasonFor(model: LevelModel, before: GameState, phase: Parameters<typeof viewFor>[2], role: RoleId, event: GameEvent, logIndex: number, entry: LogEntry, fresh: readonly LogEntry[]): MoveReason | null {
  const me = viewFor(model, before, phase, role, false).self;
  const mine = before.roles[role];
  if (!me || !mine) return null;
  const walkAway = me.noDealValue;
  const worth = (offerId: number | null | undefined): number | null => {
    const o = offerId == null ? undefined : before.offers[offerId - 1];
    return o ? packageValue(mine.values, o.package) : null;
  };
  const side = (value: number): 'above' | 'below' => (value >= walkAway ? 'above' : 'below');
  const figures = (value: number): MoveParams => ({ value, walkAway, gap: Math.abs(value - walkAway) });
  const reason = (code: MoveReasonCode, params: MoveParams, effects: MoveEffect[] = []): MoveReason => ({ logIndex, role, code, params, effects });
  switch (event.type) {
    case 'playCard': {
      const cost = model.cards.get(event.card)?.cost ?? 0;
      const effects = effectsOf(role, fresh);
      if (cost > 0) effects.unshift({ code: 'cost', params: { cost, before: mine.resources, after: mine.resources - cost } });
      return reason('card', { card: event.card, ...(event.target ? { target: event.target } : {}) }, effects);
    }
    case 'offer':
    case 'counter': {
      const offerId = entry.kind === 'offer' ? entry.offer : before.offers.length + 1;
      const value = packageValue(mine.values, packageFromIssues(model, event.package));
      if (event.type === 'offer') return reason(`offer.${side(value)}`, { offer: offerId, ...figures(value) }, effectsOf(role, fresh));
      const theirs = worth(event.offer) ?? 0;
      return reason(`counter.${side(value)}`, { offer: offerId, to: event.offer, toValue: theirs, ...figures(value) }, effectsOf(role, fresh));
    }
    case 'accept':
    case 'reject': {
      const value = worth(event.offer) ?? 0;
      return reason(`${event.type}.${side(value)}`, { offer: event.offer, ...figures(value) }, effectsOf(role, fresh));
    }
    case 'vote': {
      const value = worth(before.candidate) ?? 0;
      return reason(`vote.${event.accept ? 'yes' : 'no'}.${side(value)}`, { offer: before.candidate ?? 0, ...figures(value) }, effectsOf(role, fresh));
    }
    case 'endTurn':
    case 'timeout': {
      if (event.type === 'timeout') return reason('endTurn.timedOut', { walkAway });
      // The best package another seat had on the table that this seat had not accepted.
      let best: { id: number; value: number } | null = null;
      for (const o of before.offers) {
        if (o.status !== 'open' || o.by === role || o.acceptedBy.includes(role)) continue;
        const value = packageValue(mine.values, o.package);
        if (value > walkAway && (!best || value > best.value)) best = { id: o.id, value };
      }
      return best ? reason('endTurn.open', { offer: best.id, ...figures(best.value) }) : reason('endTurn.none', { walkAway });
    }
    default:
      return null;
  }
}

/**
 * Every move of the seats that gave no reason of their own (no bot reason code), with its reason,
 * in log order. Empty when the log cannot be replayed (it always can: a game is its seed and log).
 */
export function moveReasons(model: LevelModel, seed: number | string, history: readonly GameEvent[]): MoveReason[] {
  const session = GameSession.create(model, seed);
  const out: MoveReason[] = [];
  try {
    for (const event of history) {
      const before = session.state;
      const phase = session.phase;
      const start = session.log.length;
      const role = moverOf(model, before, event);
      if (!session.send(event).ok) return out;
      if (role === null || ('why' in event && event.why !== undefined)) continue;
      const fresh = session.log.slice(start);
      const at = fresh.findIndex((e) => isMoveEntry(e, role, event));
      if (at < 0) continue;
      const entry = fresh[at] as LogEntry;
      if ('why' in entry && entry.why !== undefined) continue;
      const r = reasonFor(model, before, phase, role, event, start + at, entry, fresh.filter((_, i) => i !== at));
      if (r) out.push(r);
    }
  } finally {
    session.stop();
  }
  return out;
}
