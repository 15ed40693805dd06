/**
 * A finished game stepped through again, for the debrief's replay. A game is its seed and its
 * event log, so a fresh session replays the log once and keeps the state after every event (states
 * are immutable and share their parts, so keeping them all is cheap).
 *
 * A step travels as a seat's view *without its log* plus the log's length then: the log only
 * grows, so the debrief's full log cut at that length, filtered for the seat as `viewFor` filters
 * it, is the log the seat had. This keeps an online replay small (one view per step, not one log
 * per step) and lets the server send a seat its own steps and nothing of another seat's.
 */
import type { LevelModel } from './level/model.js';
import type { GameEvent } from './rules/events.js';
import type { GameState, LogEntry, Phase } from './rules/state.js';
import { GameSession } from './session.js';
import type { RoleId } from './types.js';
import { logFor, viewFor, type RoleView, type SelfView } from './view.js';

/** The game after one step (step 0: before any event). */
export interface ReplayState {
  readonly state: GameState;
  readonly phase: Phase;
  /** The length of the full log after this step. */
  readonly logLength: number;
}

/** One step as one seat (or, viewer null, the public table) saw it, without the log. */
export interface ReplayStep {
  /** The seat's view at this step, its `log` left empty (see `stepView`). */
  readonly view: RoleView;
  readonly logLength: number;
}

/** Thrown when a history does not replay (it was not played on this level with this seed). */
export class ReplayError extends Error {
  constructor(
    readonly step: number,
    readonly refusal: string,
  ) {
    super(`replay: event ${step} was refused (${refusal})`);
    this.name = 'ReplayError';
  }
}

/** The state before any event, then after each event of `history`. */
export function replayStates(model: LevelModel, seed: number | string, history: readonly GameEvent[]): ReplayState[] {
  const session = GameSession.create(model, seed);
  const states: ReplayState[] = [{ state: session.state, phase: session.phase, logLength: session.log.length }];
  try {
    for (const [i, event] of history.entries()) {
      const result = session.send(event);
      if (!result.ok) throw new ReplayError(i + 1, result.refusal.code);
      states.push({ state: session.state, phase: session.phase, logLength: session.log.length });
    }
  } finally {
    session.stop();
  }
  return states;
}

/** Step `k` of a replay as `viewer` saw it, its log left out. */
export function replayStep(model: LevelModel, at: ReplayState, viewer: RoleId | null): ReplayStep {
  return { view: viewFor(model, at.state, at.phase, viewer, false), logLength: at.logLength };
}

/** Every step of a replay as `viewer` saw it, logs left out: what a server sends a seat. */
export function replaySteps(model: LevelModel, states: readonly ReplayState[], viewer: RoleId | null): ReplayStep[] {
  return states.map((at) => replayStep(model, at, viewer));
}

/**
 * A step's view with its log put back: the game's full log up to the step, as the viewer could read
 * it then. Equal to `viewFor` on that step's state (a test holds them equal).
 */
export function stepView(step: ReplayStep, fullLog: readonly LogEntry[]): RoleView {
  const { view } = step;
  return { ...view, log: logFor(fullLog.slice(0, step.logLength), view.viewer, view.phase === 'concluded') };
}

/** A seat's step seen as the public table: the same table without the seat's own part. */
export function publicStep(step: ReplayStep): ReplayStep {
  return { view: { ...step.view, viewer: null, self: null }, logLength: step.logLength };
}

/** Where a replay's steps come from, and whose eyes it may show them through. */
export interface ReplaySource {
  /** The last step (the number of events): steps run from 0 (before any) to this. */
  readonly steps: number;
  /** The seats the table may be seen as (null: the public table). */
  readonly viewers: readonly (RoleId | null)[];
  /** Step k (0…steps) as `viewer` saw it; a viewer not in `viewers` sees the public table. */
  at(k: number, viewer: RoleId | null): ReplayStep;
}

function stepOf<S>(steps: readonly S[], k: number): S {
  const step = steps[k];
  if (step === undefined) throw new RangeError(`replay: no step ${k} of ${steps.length - 1}`);
  return step;
}

/** A local game's replay: rebuilt from its seed and history, seen by any seat. */
export function localReplay(model: LevelModel, seed: number | string, history: readonly GameEvent[]): ReplaySource {
  const states = replayStates(model, seed, history);
  return {
    steps: states.length - 1,
    viewers: [...model.roleIds, null],
    at: (k, viewer) => replayStep(model, stepOf(states, k), viewer),
  };
}

/** An online seat's replay: the steps its server sent, seen by that seat or as the public table. */
export function seatReplay(steps: readonly ReplayStep[]): ReplaySource {
  const own = steps[0]?.view.viewer ?? null;
  return {
    steps: steps.length - 1,
    viewers: own === null ? [null] : [own, null],
    at: (k, viewer) => {
      const step = stepOf(steps, k);
      return viewer !== null && viewer === own ? step : publicStep(step);
    },
  };
}

/** The fields of a view other than the seat's own part. */
type TableFields = Omit<RoleView, 'self'>;

/** A list's changes: its new length, and the items that differ at their places. */
export interface ListPatch {
  readonly length: number;
  readonly set: readonly (readonly [number, unknown])[];
}

/**
 * A step as it travels: only the fields of the view (and of the seat's own part) that differ from
 * the step before, a list field as the items that changed (the packages on the table grow one by
 * one); step 0 carries them all. A long game's steps repeat most of the table from one step to the
 * next, so this keeps an online replay to a fraction of its full size.
 */
export interface PackedStep {
  readonly table: Partial<TableFields>;
  /** List fields of the table that changed, as patches to the step before's. */
  readonly lists?: Readonly<Record<string, ListPatch>>;
  /** The seat's own part: null for a spectator, the changed fields otherwise (absent: unchanged). */
  readonly self?: Partial<SelfView> | null;
  readonly logLength: number;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

function changed<T extends object>(now: T, before: T | null): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(now) as (keyof T)[]) if (before === null || !same(now[key], before[key])) out[key] = now[key];
  return out;
}

function listPatch(now: readonly unknown[], before: readonly unknown[]): ListPatch {
  const set: [number, unknown][] = [];
  for (const [i, item] of now.entries()) if (i >= before.length || !same(item, before[i])) set.push([i, item]);
  return { length: now.length, set };
}

/** Steps to send: each as its changes from the one before. */
export function packSteps(steps: readonly ReplayStep[]): PackedStep[] {
  let prior: RoleView | null = null;
  return steps.map((step) => {
    const { self, ...fields } = step.view;
    const table: Record<string, unknown> = changed<TableFields>(fields, prior);
    const lists: Record<string, ListPatch> = {};
    for (const [key, value] of Object.entries(table)) {
      const before: unknown = prior === null ? undefined : prior[key as keyof TableFields];
      if (Array.isArray(value) && Array.isArray(before)) {
        lists[key] = listPatch(value, before);
        delete table[key];
      }
    }
    const priorSelf = prior?.self ?? null;
    const packed: PackedStep = {
      table,
      ...(Object.keys(lists).length > 0 ? { lists } : {}),
      logLength: step.logLength,
      ...(self === null ? (prior === null || priorSelf !== null ? { self: null } : {}) : { self: changed<SelfView>(self, priorSelf) }),
    };
    prior = step.view;
    return packed;
  });
}

/** The steps again from what was sent (the inverse of `packSteps`). */
export function unpackSteps(packed: readonly PackedStep[]): ReplayStep[] {
  const steps: ReplayStep[] = [];
  let view: RoleView | null = null;
  for (const p of packed) {
    const table: Record<string, unknown> = { ...view, ...p.table };
    for (const [key, patch] of Object.entries(p.lists ?? {})) {
      const list = (Array.isArray(table[key]) ? (table[key] as unknown[]) : []).slice(0, patch.length);
      for (const [i, item] of patch.set) list[i] = item;
      table[key] = list;
    }
    const self: SelfView | null = p.self === null ? null : p.self === undefined ? (view?.self ?? null) : ({ ...view?.self, ...p.self } as SelfView);
    view = { ...table, self } as RoleView;
    steps.push({ view, logLength: p.logLength });
  }
  return steps;
}
