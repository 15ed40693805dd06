/**
 * The game's clock: the opening deal, the end of each turn, and each new round with its income,
 * draws, scheduled no-deal drift and events (scheduled, random, or brought in by a facilitator).
 */
import type { LevelModel } from '../level/model.js';
import { draw, seedToState, shuffle } from '../rng.js';
import type { RoleId } from '../types.js';
import { copyRole, copyState, RolesDraft, type Draft } from './copy.js';
import { applyEffects, drawInto, driftForParties, logDrift } from './effects.js';
import type { ChangeCause } from './changes.js';
import type { EventOf, Words } from './events.js';
import { appendLog, EMPTY_LOG } from './log.js';
import { SILENT, spoken, withLog } from './move-entries.js';
import type { GameState, LogEntry, RoleState } from './state.js';

const SCHEDULE: ChangeCause = { source: 'schedule' };

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

export function isLastTurnOfGame(model: LevelModel, state: GameState): boolean {
  return state.round >= model.level.rounds.count && state.turn >= model.turnOrder.length - 1;
}

/**
 * Ends the current turn (by its role or by the timer) and opens the next one, or the next round.
 * One copy of the state takes every change of the turn's end at once.
 */
export function endTurn(model: LevelModel, state: GameState, event: EventOf<'endTurn'> | EventOf<'timeout'>): GameState {
  const timedOut = event.type === 'timeout';
  const words: Words = event.type === 'endTurn' ? event : SILENT;
  const log: LogEntry[] = [];
  const role = model.turnOrder[state.turn] as RoleId;
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

export function inject(model: LevelModel, state: GameState, event: EventOf<'inject'>): GameState {
  const log: LogEntry[] = [];
  return withLog(fireEvent(model, state, event.event, 'facilitator', log), log);
}

