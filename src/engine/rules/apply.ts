/**
 * The rules as pure functions from (state, event) to the next state. They assume the event has
 * passed its checks (checks.ts) and leave moving between phases to the statechart (machine.ts).
 */
import type { LevelModel } from '../level/model.js';
import { packageFromIssues } from '../level/model.js';
import { draw, seedToState, shuffle } from '../rng.js';
import type { RoleId } from '../types.js';
import { copyOffer, copyRole, copyState, RolesDraft, type Draft } from './copy.js';
import { findOffer } from './checks.js';
import { applyEffects, drawInto, driftForParties, logDrift, STANDING_LIMIT } from './effects.js';
import type { ChangeCause } from './changes.js';
import { pickCandidate, votesNeeded } from './decision.js';
import type { GameEvent, TurnMove, Words } from './events.js';
import { appendLog, EMPTY_LOG } from './log.js';
import type { GameState, LogEntry, Offer, Outcome, RoleState } from './state.js';

type EventOf<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;

const SCHEDULE: ChangeCause = { source: 'schedule' };
const BLOCKING: ChangeCause = { source: 'rule', id: 'blocking' };

export function initialState(model: LevelModel, seed: number | string): GameState {
  let rng = seedToState(seed);
  const roles: Record<RoleId, RoleState> = {};
  model.level.roles.forEach((role, i) => {
    const shuffled = shuffle(role.deck, rng);
    rng = shuffled.next;
    const fresh: Draft<RoleState> = {
      resources: role.resource.start,
      standing: 0,
      hand: [],
      deck: shuffled.items,
      values: model.values[i] as number[][],
      noDealAdjustment: role.noDealAdjustment,
      intel: [],
      cardsPlayedThisTurn: 0,
      offeredThisTurn: false,
    };
    drawInto(fresh, role.handSize);
    roles[role.id] = fresh;
  });
  return {
    round: 0,
    turn: 0,
    rng,
    roles,
    noDeal: model.noDealStart.slice(),
    available: model.level.issues.map((issue) => issue.options.map((o) => !o.locked)),
    offers: [],
    firedEvents: [],
    candidate: null,
    votes: {},
    outcome: null,
    log: EMPTY_LOG,
  };
}

/** A stated reason worth logging (none for a missing or empty one). */
function stated(reason: string | undefined): string | undefined {
  return reason === undefined || reason === '' ? undefined : reason;
}

/*
 * The log entries of moves, built whole: an entry has no key for a missing reason, target or
 * counter-offer, and writing each variant as its own literal (rather than adding the key
 * afterwards) keeps every entry kind to a few fixed shapes.
 */
type CardEntry = Extract<LogEntry, { kind: 'card' }>;
type OfferEntry = Extract<LogEntry, { kind: 'offer' }>;
type AnswerEntry = Extract<LogEntry, { kind: 'accept' | 'reject' }>;

function cardEntry(round: number, role: RoleId, card: string, target: RoleId | undefined, words: Words): CardEntry {
  return spoken<CardEntry>(target === undefined ? { kind: 'card', round, role, card } : { kind: 'card', round, role, card, target }, words);
}

function offerEntry(round: number, role: RoleId, offer: number, pkg: readonly number[], counterTo: number | undefined, words: Words): OfferEntry {
  return spoken<OfferEntry>(counterTo === undefined ? { kind: 'offer', round, role, offer, package: pkg } : { kind: 'offer', round, role, offer, package: pkg, counterTo }, words);
}

function answerEntry(kind: 'accept' | 'reject', round: number, role: RoleId, offer: number, words: Words): AnswerEntry {
  return spoken<AnswerEntry>({ kind, round, role, offer }, words);
}

const SILENT: Words = {};

/**
 * A move's entry with what its actor said: a stated reason, a bot's reason code, a public
 * statement. Keys are added only for what was said, after the entry's own keys, so an entry has a
 * few fixed shapes (those of human moves, and those of bots', which say all but the free text).
 */
function spoken<T extends LogEntry>(entry: T, words: Words): T {
  const said = entry as Draft<Words>;
  const reason = stated(words.reason);
  if (reason !== undefined) said.reason = reason;
  if (words.why !== undefined) said.why = words.why;
  if (words.statement !== undefined) said.statement = words.statement;
  return entry;
}

function withLog(state: GameState, entries: readonly LogEntry[]): GameState {
  if (entries.length === 0) return state;
  const next = copyState(state);
  next.log = appendLog(state.log, entries);
  return next;
}

function fireEvent(model: LevelModel, state: GameState, eventId: string, trigger: 'scheduled' | 'random' | 'facilitator', log: LogEntry[]): GameState {
  const def = model.events.get(eventId);
  if (!def) return state;
  log.push({ kind: 'event', round: state.round, event: eventId, trigger });
  const after = applyEffects(model, state, def.effects, { actor: null, target: null, cause: eventId }, log);
  const next = copyState(after);
  next.firedEvents = [...after.firedEvents, eventId];
  return next;
}

/**
 * A new round: income, a card draw, the scheduled no-deal drift, then scheduled and random events.
 * The round's own changes go into one copy of the state; events then apply as the rules say.
 */
function startRound(model: LevelModel, state: GameState, round: number, log: LogEntry[]): GameState {
  log.push({ kind: 'roundStart', round });
  let roles = state.roles;
  if (round > 1) {
    const next: Record<RoleId, RoleState> = {};
    for (const role of model.level.roles) {
      const r = state.roles[role.id] as RoleState;
      const income = Math.max(0, role.resource.perRound + r.standing);
      const paid = copyRole(r);
      paid.resources = r.resources + income;
      drawInto(paid, role.drawPerRound);
      next[role.id] = paid;
    }
    roles = next;
  }
  let noDeal = state.noDeal;
  // Each drift's package before it moved, so every role's change is told issue by issue.
  const drifted: { issue: number; before: readonly number[] }[] = [];
  for (const drift of model.level.noDeal.drift) {
    if (drift.round !== round || drift.parties) continue;
    const issue = model.issueIndex.get(drift.issue) as number;
    const before = noDeal;
    noDeal = noDeal.slice();
    (noDeal as number[])[issue] = drift.option;
    drifted.push({ issue, before });
    log.push({ kind: 'drift', round, issue: drift.issue, option: drift.option, cause: 'schedule' });
  }
  const opened = copyState(state);
  opened.round = round;
  opened.turn = 0;
  opened.roles = roles;
  opened.noDeal = noDeal;
  for (let k = 0; k < drifted.length; k++) {
    const { issue, before } = drifted[k] as { issue: number; before: readonly number[] };
    const after = drifted[k + 1]?.before ?? noDeal;
    logDrift(model, after === noDeal ? opened : { ...opened, noDeal: after }, before, issue, SCHEDULE, log);
  }
  let next: GameState = opened;
  // Drifts that bind only their parties leave the shared no-deal outcome where it is.
  for (const drift of model.level.noDeal.drift) {
    if (drift.round !== round || !drift.parties) continue;
    const issue = model.issueIndex.get(drift.issue) as number;
    if (next.noDeal[issue] === drift.option) continue;
    log.push({ kind: 'drift', round, issue: drift.issue, option: drift.option, cause: 'schedule', parties: drift.parties });
    next = driftForParties(model, next, issue, drift.option, drift.parties, SCHEDULE, log);
  }
  for (const event of model.level.events) {
    if (event.trigger === 'scheduled' && event.round === round) next = fireEvent(model, next, event.id, 'scheduled', log);
  }
  // At most one random event a round, each at most once a game: the news cycle, not a storm.
  // Effects never draw from the game's generator, so its state is written once, after the draws.
  let rng = next.rng;
  let fired: string | null = null;
  for (const event of model.level.events) {
    if (event.trigger !== 'random' || next.firedEvents.includes(event.id)) continue;
    const d = draw(rng);
    rng = d.next;
    if (d.value < (event.chance ?? 0)) {
      fired = event.id;
      break;
    }
  }
  if (rng !== next.rng) {
    const drawn = copyState(next);
    drawn.rng = rng;
    next = drawn;
  }
  return fired === null ? next : fireEvent(model, next, fired, 'random', log);
}

export function startGame(model: LevelModel, state: GameState): GameState {
  const log: LogEntry[] = [{ kind: 'start', round: 1 }];
  return withLog(startRound(model, state, 1, log), log);
}


export function playCard(model: LevelModel, state: GameState, event: EventOf<'playCard'>): GameState {
  const log: LogEntry[] = [];
  return withLog(playCardInto(model, state, event, log), log);
}

/**
 * The move rules below as they are used within a whole turn (turn.ts): each writes its log entries
 * to the caller's list instead of the state's log, so a turn appends its entries once, at its end.
 * Nothing in the rules reads the log, so the moves of a turn see the same game either way.
 */
function playCardInto(model: LevelModel, state: GameState, event: EventOf<'playCard'>, log: LogEntry[]): GameState {
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
  return applyEffects(model, draft.done(), card.effects, { actor: event.role, target: event.target ?? null, cause: card.id }, log);
}

/** Whether this (legal) move leaves an offer accepted by every voter. */
export function completesConsensus(model: LevelModel, state: GameState, event: GameEvent): boolean {
  if (event.type === 'accept') {
    const acceptedBy = state.offers[event.offer - 1]?.acceptedBy ?? [];
    for (const voter of model.voters) if (voter !== event.role && !acceptedBy.includes(voter)) return false;
    return true;
  }
  if (event.type !== 'offer' && event.type !== 'counter') return false;
  for (const voter of model.voters) if (voter !== event.role) return false;
  return true;
}

/** The agreement an offer makes if every voter has accepted it, or null. */
function adoptionOf(model: LevelModel, state: GameState, offer: Offer): Outcome | null {
  for (const voter of model.voters) if (!offer.acceptedBy.includes(voter)) return null;
  return { kind: 'agreement', package: offer.package, offer: offer.id, signatories: model.voters.slice(), round: state.round };
}

/** The offer an event answers; the rules have checked that it exists before any move is applied. */
function offerOn(state: GameState, offerId: number): Offer {
  const offer = findOffer(state.offers, offerId);
  if (!offer) throw new RangeError(`no offer ${offerId}: the rules should have refused the move`);
  return offer;
}

function settleIfAdopted(model: LevelModel, state: GameState, offerId: number, log: LogEntry[]): GameState {
  const offer = offerOn(state, offerId);
  const outcome = adoptionOf(model, state, offer);
  if (!outcome) return state;
  log.push({ kind: 'outcome', round: state.round, outcome: 'agreement' });
  return adopted(state, offer, outcome);
}

/** The state with the offer adopted as the outcome. */
function adopted(state: GameState, offer: Offer, outcome: Outcome): GameState {
  const offers = state.offers.slice();
  const settled = copyOffer(offer);
  settled.status = 'adopted';
  offers[offer.id - 1] = settled;
  const next = copyState(state);
  next.offers = offers;
  next.outcome = outcome;
  return next;
}

function putOnTable(model: LevelModel, state: GameState, role: RoleId, byIssue: EventOf<'offer'>['package'], words: Words, counterTo: number | undefined, log: LogEntry[]): GameState {
  const id = state.offers.length + 1;
  const pkg = packageFromIssues(model, byIssue);
  // A role has one offer on the table at a time: a new one replaces its previous open offer.
  const offers = state.offers.slice();
  for (let k = 0; k < offers.length; k++) {
    const o = offers[k] as Offer;
    if (o.by === role && o.status === 'open') {
      const superseded = copyOffer(o);
      superseded.status = 'superseded';
      offers[k] = superseded;
    }
  }
  offers.push({ id, by: role, package: pkg, round: state.round, acceptedBy: [role], rejectedBy: [], status: 'open' });
  log.push(offerEntry(state.round, role, id, pkg, counterTo, words));
  const draft = new RolesDraft(state);
  const r = draft.edit(role);
  if (r) r.offeredThisTurn = true;
  const next = copyState(state);
  next.offers = offers;
  next.roles = draft.roles();
  return settleIfAdopted(model, next, id, log);
}

export function offer(model: LevelModel, state: GameState, event: EventOf<'offer'>): GameState {
  const log: LogEntry[] = [];
  return withLog(putOnTable(model, state, event.role, event.package, event, undefined, log), log);
}

/** The list without `role` (the same list when it is not there: lists are never changed in place). */
function without(list: readonly RoleId[], role: RoleId): readonly RoleId[] {
  const at = list.indexOf(role);
  if (at < 0) return list;
  const out = list.slice();
  out.splice(at, 1);
  return out;
}

/** The list with `role` added at the end (by hand: concat's generic path is slow for short lists). */
function withAdded(list: readonly RoleId[], role: RoleId): readonly RoleId[] {
  const out = list.slice();
  out.push(role);
  return out;
}

function respond(model: LevelModel, state: GameState, role: RoleId, offerId: number, accept: boolean, words: Words, log: LogEntry[]): GameState {
  const offer = offerOn(state, offerId);
  // A counter may answer an offer its role has already rejected: list each role once.
  const acceptedBy = accept ? withAdded(offer.acceptedBy, role) : without(offer.acceptedBy, role);
  const rejectedBy = accept ? without(offer.rejectedBy, role) : withAdded(without(offer.rejectedBy, role), role);
  const offers = state.offers.slice();
  const answered = copyOffer(offer);
  answered.acceptedBy = acceptedBy;
  answered.rejectedBy = rejectedBy;
  offers[offerId - 1] = answered;
  log.push(answerEntry(accept ? 'accept' : 'reject', state.round, role, offerId, words));
  const withAnswer = copyState(state);
  withAnswer.offers = offers;
  let next: GameState = withAnswer;
  const cost = model.level.blockingCost;
  if (!accept && cost > 0 && model.voters.includes(role)) {
    // Blocking has a price: a voter who alone stands between an offer and consensus loses goodwill.
    let othersAgree = true;
    for (const v of model.voters) if (v !== role && !offer.acceptedBy.includes(v)) othersAgree = false;
    // Charged once per offer: countering an offer one has already rejected is not a second block.
    if (othersAgree && !offer.rejectedBy.includes(role)) {
      const draft = new RolesDraft(next);
      const r = draft.edit(role) as Draft<RoleState>;
      const before = r.standing;
      const after = Math.max(-STANDING_LIMIT, before - cost);
      r.standing = after;
      next = draft.done();
      log.push({ kind: 'standing', round: state.round, role, amount: after - before, cause: 'blocking' });
      if (after !== before) log.push({ kind: 'change', round: state.round, role, cause: BLOCKING, change: { effect: 'standing', before, after } });
    }
  }
  return accept ? settleIfAdopted(model, next, offerId, log) : next;
}

export function accept(model: LevelModel, state: GameState, event: EventOf<'accept'>): GameState {
  const log: LogEntry[] = [];
  return withLog(respond(model, state, event.role, event.offer, true, event, log), log);
}

export function reject(model: LevelModel, state: GameState, event: EventOf<'reject'>): GameState {
  const log: LogEntry[] = [];
  return withLog(respond(model, state, event.role, event.offer, false, event, log), log);
}

export function counter(model: LevelModel, state: GameState, event: EventOf<'counter'>): GameState {
  const log: LogEntry[] = [];
  return withLog(counterInto(model, state, event, log), log);
}

function counterInto(model: LevelModel, state: GameState, event: EventOf<'counter'>, log: LogEntry[]): GameState {
  // The reasons go with both entries; the statement with the counter-offer, which it presents.
  const rejected = respond(model, state, event.role, event.offer, false, { reason: event.reason, why: event.why }, log);
  return putOnTable(model, rejected, event.role, event.package, event, event.offer, log);
}

export function isLastTurnOfGame(model: LevelModel, state: GameState): boolean {
  return state.round >= model.level.rounds.count && state.turn >= model.turnOrder.length - 1;
}

/** Ends the current turn (by its role or by the timer) and opens the next one, or the next round. */
export function endTurn(model: LevelModel, state: GameState, event: EventOf<'endTurn'> | EventOf<'timeout'>): GameState {
  const log: LogEntry[] = [];
  return endTurnInto(model, state, event.type === 'timeout', event.type === 'endTurn' ? event : SILENT, log);
}

/**
 * The end of the turn: `log` (entries not yet in the state's log) and the end's own entries go into
 * the state's log, and one copy of the state takes every change at once.
 */
function endTurnInto(model: LevelModel, state: GameState, timedOut: boolean, words: Words, log: LogEntry[]): GameState {
  const role = model.turnOrder[state.turn] as string;
  log.push(spoken<Extract<LogEntry, { kind: 'endTurn' }>>({ kind: 'endTurn', round: state.round, role, timedOut }, words));
  const draft = new RolesDraft(state);
  const r = draft.edit(role);
  if (r) {
    r.cardsPlayedThisTurn = 0;
    r.offeredThisTurn = false;
  }
  const last = isLastTurnOfGame(model, state);
  if (last || state.turn + 1 < model.turnOrder.length) {
    const next = copyState(state);
    next.roles = draft.roles();
    if (!last) next.turn = state.turn + 1;
    next.log = appendLog(state.log, log);
    return next;
  }
  return withLog(startRound(model, draft.done(), state.round + 1, log), log);
}

/** One move of a whole turn, its log entries written to `log` (see playCardInto). */
export function applyMoveInto(model: LevelModel, state: GameState, move: TurnMove, log: LogEntry[]): GameState {
  switch (move.type) {
    case 'playCard':
      return playCardInto(model, state, move, log);
    case 'offer':
      return putOnTable(model, state, move.role, move.package, move, undefined, log);
    case 'counter':
      return counterInto(model, state, move, log);
    case 'accept':
      return respond(model, state, move.role, move.offer, true, move, log);
    case 'reject':
      return respond(model, state, move.role, move.offer, false, move, log);
  }
}

/** The moves' entries (`log`) added to the state's log, for a turn that ends the game in agreement. */
export function withTurnLog(state: GameState, log: readonly LogEntry[]): GameState {
  return withLog(state, log);
}

/** The end of a whole turn: its moves' entries (`log`), then the end's own, go into the log at once. */
export function endWholeTurn(model: LevelModel, state: GameState, words: Words, log: LogEntry[]): GameState {
  return endTurnInto(model, state, false, words, log);
}

export function inject(model: LevelModel, state: GameState, event: EventOf<'inject'>): GameState {
  const log: LogEntry[] = [];
  return withLog(fireEvent(model, state, event.event, 'facilitator', log), log);
}

/** The package put to the final vote: the open offer most voters accepted, the latest on a tie. */
export function openFinalDecision(model: LevelModel, state: GameState): GameState {
  const candidate = pickCandidate(model.voters, state.offers).offer;
  const next = copyState(state);
  next.candidate = candidate;
  next.votes = {};
  return withLog(next, [{ kind: 'finalDecision', round: state.round, offer: candidate }]);
}

export function concludeWithoutDeal(_model: LevelModel, state: GameState): GameState {
  const outcome: Outcome = { kind: 'noDeal', package: state.noDeal.slice(), round: state.round };
  const next = copyState(state);
  next.outcome = outcome;
  return withLog(next, [{ kind: 'outcome', round: state.round, outcome: 'noDeal' }]);
}

export function recordVote(_model: LevelModel, state: GameState, event: EventOf<'vote'>): GameState {
  const votes: Record<RoleId, boolean> = Object.assign({}, state.votes);
  votes[event.role] = event.accept;
  const next = copyState(state);
  next.votes = votes;
  return withLog(next, [spoken<Extract<LogEntry, { kind: 'vote' }>>({ kind: 'vote', round: state.round, role: event.role, accept: event.accept }, event)]);
}

export function allVotesCast(model: LevelModel, state: GameState): boolean {
  for (const v of model.voters) if (!Object.hasOwn(state.votes, v)) return false;
  return true;
}

/** Applies the level's decision rule to the votes cast on the candidate. */
export function settleVote(model: LevelModel, state: GameState): GameState {
  const candidate = state.candidate === null ? undefined : state.offers[state.candidate - 1];
  if (!candidate) return concludeWithoutDeal(model, state);
  const yes = model.voters.filter((v) => state.votes[v] === true);
  const { rule, minSignatories } = model.level.decision;
  const passes = yes.length >= votesNeeded(rule, model.voters.length, minSignatories);
  if (!passes) return concludeWithoutDeal(model, state);
  const signatories = rule === 'plurilateral' ? yes : model.voters.slice();
  const outcome: Outcome = { kind: 'agreement', package: candidate.package, offer: candidate.id, signatories, round: state.round };
  return withLog(adopted(state, candidate, outcome), [{ kind: 'outcome', round: state.round, outcome: 'agreement' }]);
}
