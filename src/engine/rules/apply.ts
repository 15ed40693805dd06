/**
 * The rules as pure functions from (state, event) to the next state. They assume the event has
 * passed its checks (checks.ts) and leave moving between phases to the statechart (machine.ts).
 */
import type { LevelModel } from '../level/model.js';
import { packageFromIssues } from '../level/model.js';
import { draw, seedToState, shuffle } from '../rng.js';
import type { RoleId } from '../types.js';
import { patchOffer, patchRole, patchState, withRole } from './copy.js';
import { applyEffects, drawCards, STANDING_LIMIT } from './effects.js';
import type { GameEvent } from './events.js';
import type { GameState, LogEntry, Offer, Outcome, RoleState } from './state.js';

type EventOf<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;

export function initialState(model: LevelModel, seed: number | string): GameState {
  let rng = seedToState(seed);
  const roles: Record<RoleId, RoleState> = {};
  model.level.roles.forEach((role, i) => {
    const shuffled = shuffle(role.deck, rng);
    rng = shuffled.next;
    const fresh: RoleState = {
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
    roles[role.id] = drawCards(fresh, role.handSize);
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
    log: [],
  };
}

/** A log entry with its optional fields set only when they have a value (no `undefined` keys). */
function optional<T extends object, O extends Record<string, string | number | undefined>>(entry: T, extra: O): T & Partial<O> {
  for (const key in extra) if (extra[key] !== undefined && extra[key] !== '') (entry as Record<string, unknown>)[key] = extra[key];
  return entry as T & Partial<O>;
}

function withLog(state: GameState, entries: readonly LogEntry[]): GameState {
  return entries.length === 0 ? state : patchState(state, { log: state.log.concat(entries) });
}

function fireEvent(model: LevelModel, state: GameState, eventId: string, trigger: 'scheduled' | 'random' | 'facilitator', log: LogEntry[]): GameState {
  const def = model.events.get(eventId);
  if (!def) return state;
  log.push({ kind: 'event', round: state.round, event: eventId, trigger });
  const next = applyEffects(model, state, def.effects, { actor: null, target: null, cause: eventId }, log);
  return patchState(next, { firedEvents: [...next.firedEvents, eventId] });
}

/** A new round: income, a card draw, the scheduled no-deal drift, then scheduled and random events. */
function startRound(model: LevelModel, state: GameState, round: number, log: LogEntry[]): GameState {
  let next: GameState = patchState(state, { round, turn: 0 });
  log.push({ kind: 'roundStart', round });
  if (round > 1) {
    const roles: Record<RoleId, RoleState> = {};
    for (const role of model.level.roles) {
      const r = next.roles[role.id] as RoleState;
      const income = Math.max(0, role.resource.perRound + r.standing);
      roles[role.id] = drawCards(patchRole(r, { resources: r.resources + income }), role.drawPerRound);
    }
    next = patchState(next, { roles });
  }
  for (const drift of model.level.noDeal.drift) {
    if (drift.round !== round) continue;
    const issue = model.issueIndex.get(drift.issue) as number;
    const noDeal = next.noDeal.slice();
    noDeal[issue] = drift.option;
    next = patchState(next, { noDeal });
    log.push({ kind: 'drift', round, issue: drift.issue, option: drift.option, cause: 'schedule' });
  }
  for (const event of model.level.events) {
    if (event.trigger === 'scheduled' && event.round === round) next = fireEvent(model, next, event.id, 'scheduled', log);
  }
  // At most one random event a round, each at most once a game: the news cycle, not a storm.
  for (const event of model.level.events) {
    if (event.trigger !== 'random' || next.firedEvents.includes(event.id)) continue;
    const d = draw(next.rng);
    next = patchState(next, { rng: d.next });
    if (d.value < (event.chance ?? 0)) {
      next = fireEvent(model, next, event.id, 'random', log);
      break;
    }
  }
  return next;
}

export function startGame(model: LevelModel, state: GameState): GameState {
  const log: LogEntry[] = [{ kind: 'start', round: 1 }];
  return withLog(startRound(model, state, 1, log), log);
}


export function playCard(model: LevelModel, state: GameState, event: EventOf<'playCard'>): GameState {
  const card = model.cards.get(event.card);
  if (!card) return state;
  const log: LogEntry[] = [
    optional({ kind: 'card', round: state.round, role: event.role, card: event.card }, { target: event.target, reason: event.reason }),
  ];
  const r = state.roles[event.role] as RoleState;
  const at = r.hand.indexOf(event.card);
  let next = withRole(state, event.role, {
    hand: r.hand.slice(0, at).concat(r.hand.slice(at + 1)),
    resources: r.resources - card.cost,
    cardsPlayedThisTurn: r.cardsPlayedThisTurn + 1,
  });
  next = applyEffects(model, next, card.effects, { actor: event.role, target: event.target ?? null, cause: card.id }, log);
  return withLog(next, log);
}

/** Whether this (legal) move leaves an offer accepted by every voter. */
export function completesConsensus(model: LevelModel, state: GameState, event: GameEvent): boolean {
  let acceptedBy: readonly RoleId[];
  if (event.type === 'accept') acceptedBy = [...(state.offers[event.offer - 1]?.acceptedBy ?? []), event.role];
  else if (event.type === 'offer' || event.type === 'counter') acceptedBy = [event.role];
  else return false;
  for (const voter of model.voters) if (!acceptedBy.includes(voter)) return false;
  return true;
}

/** The agreement an offer makes if every voter has accepted it, or null. */
function adoptionOf(model: LevelModel, state: GameState, offer: Offer): Outcome | null {
  for (const voter of model.voters) if (!offer.acceptedBy.includes(voter)) return null;
  return { kind: 'agreement', package: offer.package, offer: offer.id, signatories: model.voters.slice(), round: state.round };
}

function settleIfAdopted(model: LevelModel, state: GameState, offerId: number, log: LogEntry[]): GameState {
  const offer = state.offers[offerId - 1] as Offer;
  const outcome = adoptionOf(model, state, offer);
  if (!outcome) return state;
  const offers = state.offers.slice();
  offers[offerId - 1] = patchOffer(offer, { status: 'adopted' });
  log.push({ kind: 'outcome', round: state.round, outcome: 'agreement' });
  return patchState(state, { offers, outcome });
}

function putOnTable(model: LevelModel, state: GameState, role: RoleId, byIssue: EventOf<'offer'>['package'], reason: string | undefined, counterTo: number | undefined, log: LogEntry[]): GameState {
  const id = state.offers.length + 1;
  const pkg = packageFromIssues(model, byIssue);
  // A role has one offer on the table at a time: a new one replaces its previous open offer.
  const offers = state.offers.map((o) => (o.by === role && o.status === 'open' ? patchOffer(o, { status: 'superseded' }) : o));
  offers.push({ id, by: role, package: pkg, round: state.round, acceptedBy: [role], rejectedBy: [], status: 'open' });
  log.push(optional({ kind: 'offer', round: state.round, role, offer: id, package: pkg }, { counterTo, reason }));
  const next = withRole(patchState(state, { offers }), role, { offeredThisTurn: true });
  return settleIfAdopted(model, next, id, log);
}

export function offer(model: LevelModel, state: GameState, event: EventOf<'offer'>): GameState {
  const log: LogEntry[] = [];
  return withLog(putOnTable(model, state, event.role, event.package, event.reason, undefined, log), log);
}

function respond(model: LevelModel, state: GameState, role: RoleId, offerId: number, accept: boolean, reason: string | undefined, log: LogEntry[]): GameState {
  const offer = state.offers[offerId - 1] as Offer;
  const acceptedBy = accept ? [...offer.acceptedBy, role] : offer.acceptedBy.filter((r) => r !== role);
  // A counter may answer an offer its role has already rejected: list each role once.
  const rejectedBy = accept ? offer.rejectedBy.filter((r) => r !== role) : [...offer.rejectedBy.filter((r) => r !== role), role];
  const offers = state.offers.slice();
  offers[offerId - 1] = patchOffer(offer, { acceptedBy, rejectedBy });
  log.push(optional({ kind: accept ? 'accept' : 'reject', round: state.round, role, offer: offerId }, { reason }));
  let next: GameState = patchState(state, { offers });
  const cost = model.level.blockingCost;
  if (!accept && cost > 0 && model.voters.includes(role)) {
    // Blocking has a price: a voter who alone stands between an offer and consensus loses goodwill.
    const othersAgree = model.voters.every((v) => v === role || offer.acceptedBy.includes(v));
    // Charged once per offer: countering an offer one has already rejected is not a second block.
    if (othersAgree && !offer.rejectedBy.includes(role)) {
      const before = (next.roles[role] as RoleState).standing;
      const after = Math.max(-STANDING_LIMIT, before - cost);
      next = withRole(next, role, { standing: after });
      log.push({ kind: 'standing', round: state.round, role, amount: after - before, cause: 'blocking' });
    }
  }
  return accept ? settleIfAdopted(model, next, offerId, log) : next;
}

export function accept(model: LevelModel, state: GameState, event: EventOf<'accept'>): GameState {
  const log: LogEntry[] = [];
  return withLog(respond(model, state, event.role, event.offer, true, event.reason, log), log);
}

export function reject(model: LevelModel, state: GameState, event: EventOf<'reject'>): GameState {
  const log: LogEntry[] = [];
  return withLog(respond(model, state, event.role, event.offer, false, event.reason, log), log);
}

export function counter(model: LevelModel, state: GameState, event: EventOf<'counter'>): GameState {
  const log: LogEntry[] = [];
  const rejected = respond(model, state, event.role, event.offer, false, event.reason, log);
  return withLog(putOnTable(model, rejected, event.role, event.package, event.reason, event.offer, log), log);
}

export function isLastTurnOfGame(model: LevelModel, state: GameState): boolean {
  return state.round >= model.level.rounds.count && state.turn >= model.turnOrder.length - 1;
}

/** Ends the current turn (by its role or by the timer) and opens the next one, or the next round. */
export function endTurn(model: LevelModel, state: GameState, event: EventOf<'endTurn'> | EventOf<'timeout'>): GameState {
  const role = model.turnOrder[state.turn] as string;
  const log: LogEntry[] = [
    optional({ kind: 'endTurn', round: state.round, role, timedOut: event.type === 'timeout' }, { reason: event.type === 'endTurn' ? event.reason : undefined }),
  ];
  let next = withRole(state, role, { cardsPlayedThisTurn: 0, offeredThisTurn: false });
  if (isLastTurnOfGame(model, state)) return withLog(next, log);
  if (state.turn + 1 < model.turnOrder.length) {
    next = patchState(next, { turn: state.turn + 1 });
  } else {
    next = startRound(model, next, state.round + 1, log);
  }
  return withLog(next, log);
}

export function inject(model: LevelModel, state: GameState, event: EventOf<'inject'>): GameState {
  const log: LogEntry[] = [];
  return withLog(fireEvent(model, state, event.event, 'facilitator', log), log);
}

/** The package put to the final vote: the open offer most voters accepted, the latest on a tie. */
export function openFinalDecision(model: LevelModel, state: GameState): GameState {
  let best: Offer | null = null;
  let bestCount = -1;
  for (const o of state.offers) {
    if (o.status !== 'open') continue;
    let count = 0;
    for (const v of model.voters) if (o.acceptedBy.includes(v)) count++;
    if (count >= bestCount) {
      best = o;
      bestCount = count;
    }
  }
  const candidate = best ? best.id : null;
  return withLog(patchState(state, { candidate, votes: {} }), [{ kind: 'finalDecision', round: state.round, offer: candidate }]);
}

export function concludeWithoutDeal(_model: LevelModel, state: GameState): GameState {
  const outcome: Outcome = { kind: 'noDeal', package: state.noDeal.slice(), round: state.round };
  return withLog(patchState(state, { outcome }), [{ kind: 'outcome', round: state.round, outcome: 'noDeal' }]);
}

export function recordVote(_model: LevelModel, state: GameState, event: EventOf<'vote'>): GameState {
  return withLog(patchState(state, { votes: { ...state.votes, [event.role]: event.accept } }), [
    optional({ kind: 'vote', round: state.round, role: event.role, accept: event.accept }, { reason: event.reason }),
  ]);
}

export function allVotesCast(model: LevelModel, state: GameState): boolean {
  return model.voters.every((v) => Object.hasOwn(state.votes, v));
}

/** Applies the level's decision rule to the votes cast on the candidate. */
export function settleVote(model: LevelModel, state: GameState): GameState {
  const candidate = state.candidate === null ? undefined : state.offers[state.candidate - 1];
  if (!candidate) return concludeWithoutDeal(model, state);
  const yes = model.voters.filter((v) => state.votes[v] === true);
  const { rule, minSignatories } = model.level.decision;
  const passes =
    rule === 'consensus' ? yes.length === model.voters.length : rule === 'majority' ? yes.length * 2 > model.voters.length : yes.length >= (minSignatories ?? 1);
  if (!passes) return concludeWithoutDeal(model, state);
  const signatories = rule === 'plurilateral' ? yes : model.voters.slice();
  const outcome: Outcome = { kind: 'agreement', package: candidate.package, offer: candidate.id, signatories, round: state.round };
  const offers = state.offers.slice();
  offers[candidate.id - 1] = patchOffer(candidate, { status: 'adopted' });
  return withLog(patchState(state, { offers, outcome }), [{ kind: 'outcome', round: state.round, outcome: 'agreement' }]);
}
