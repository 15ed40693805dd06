/**
 * Asking the rules (checks.ts) about a game: from the game state (the session and the chart), or
 * from one role's view (the client greying out what its player may not do, the bots choosing
 * moves). Both ask the same table; only the facts they hand it differ.
 */
import type { LevelModel } from '../level/model.js';
import type { PublicLevel, RoleView } from '../view.js';
import type { RoleId } from '../types.js';
import { refusalOn, type LevelFacts, type TableFacts } from './checks.js';
import type { GameEvent, GameEventType } from './events.js';
import { explainDecision, votesNeeded, type DecisionExplained, type DecisionRule } from './decision.js';
import { STANDING_LIMIT } from './effects.js';
import { refused, type Refusal } from './refusal.js';
import type { GameState, Phase } from './state.js';

/** The event types each phase takes (the statechart's transitions; a test holds the two equal). */
export const PHASE_EVENTS: Readonly<Record<Phase, readonly GameEventType[]>> = {
  briefing: ['start'],
  negotiating: ['playCard', 'offer', 'counter', 'accept', 'reject', 'endTurn', 'timeout', 'inject'],
  finalDecision: ['vote', 'inject'],
  concluded: [],
};

/** The first rule the event breaks in this game state, or null (the phase is the chart's to check). */
export function refusal(model: LevelModel, state: GameState, event: GameEvent): Refusal | null {
  const table: TableFacts = { turnRole: model.turnOrder[state.turn] ?? null, seats: state.roles, offers: state.offers, available: state.available, votes: state.votes };
  return refusalOn(model, table, event);
}

/** The level facts the rules read, from the public level a client holds. */
export function levelFacts(level: PublicLevel): LevelFacts {
  const issueIds = level.issues.map((i) => i.id);
  return {
    roleIndex: new Map(level.roles.map((r, i) => [r.id, i])),
    issueIds,
    issueIndex: new Map(issueIds.map((id, i) => [id, i])),
    optionCounts: level.issues.map((i) => i.options.length),
    voters: level.decision.voters,
    cards: new Map(level.cards.map((c) => [c.id, c])),
    events: new Map(level.events.map((e) => [e.id, e])),
    level: { rounds: { cardsPerTurn: level.rounds.cardsPerTurn }, impact: { indicators: level.impact.indicators } },
  };
}

/**
 * The rules a screen explains at the button, as the level sets them: what blocking costs and when,
 * what standing does, and how the final decision works. Facts, not words: the edges word them.
 */
export interface RuleFacts {
  /** Standing a voter loses for rejecting (or countering) an offer every other voter has accepted. */
  readonly blockingCost: number;
  /** Blocking is charged once per offer, and only to a voter who alone stands between it and consensus. */
  readonly blockingCharged: 'lastHoldoutOncePerOffer';
  /** Standing is added to the role's income each round (income never below zero), within ±standingLimit. */
  readonly standingAddsToIncome: true;
  readonly standingLimit: number;
  readonly cardsPerTurn: number;
  /** 0: untimed. */
  readonly turnSeconds: number;
  readonly decision: { readonly rule: DecisionRule; readonly voters: readonly RoleId[]; readonly votesNeeded: number };
}

export function ruleFacts(level: PublicLevel): RuleFacts {
  const { rule, voters, minSignatories } = level.decision;
  return {
    blockingCost: level.blockingCost,
    blockingCharged: 'lastHoldoutOncePerOffer',
    standingAddsToIncome: true,
    standingLimit: STANDING_LIMIT,
    cardsPerTurn: level.rounds.cardsPerTurn,
    turnSeconds: level.rounds.turnSeconds,
    decision: { rule, voters, votesNeeded: votesNeeded(rule, voters.length, minSignatories) },
  };
}

/** The final decision as the viewer's table stands: the package the rules put (or will put) to the vote, why, and who votes. */
export function decisionFor(level: PublicLevel, view: RoleView): DecisionExplained {
  return explainDecision(level.decision, view.offers);
}

function tableOf(view: RoleView): TableFacts {
  const seats: Record<RoleId, TableFacts['seats'][RoleId]> = {};
  if (view.self) seats[view.self.role] = view.self;
  return { turnRole: view.turnRole, seats, offers: view.offers, available: view.available, votes: view.votes };
}

/**
 * Why the viewer may not send this event now, or null if it may: the phase first, then the rules,
 * on what the view shows (its own seat, the table). The same answer the session would give.
 */
export function refusalFor(level: LevelFacts, view: RoleView, event: GameEvent): Refusal | null {
  if (!PHASE_EVENTS[view.phase].includes(event.type)) return refused('wrongPhase', { type: event.type, phase: view.phase });
  return refusalOn(level, tableOf(view), event);
}

/**
 * Every move the viewer may make now but an offer or counter (whose packages are too many to list:
 * ask `refusalFor` about one): each card with each target it may take, an answer to each open
 * offer, the end of its turn and its vote.
 */
export function legalActions(level: LevelFacts, view: RoleView): GameEvent[] {
  const self = view.self;
  if (!self) return [];
  const role = self.role;
  const candidates: GameEvent[] = [];
  for (const card of new Set(self.hand)) {
    if (level.cards.get(card)?.needsTarget) {
      for (const target of level.roleIndex.keys()) candidates.push({ type: 'playCard', role, card, target });
    } else candidates.push({ type: 'playCard', role, card });
  }
  for (const offer of view.offers) {
    candidates.push({ type: 'accept', role, offer: offer.id }, { type: 'reject', role, offer: offer.id });
  }
  candidates.push({ type: 'endTurn', role }, { type: 'vote', role, accept: true }, { type: 'vote', role, accept: false });
  return candidates.filter((event) => refusalFor(level, view, event) === null);
}
