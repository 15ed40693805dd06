/**
 * A live game: the statechart, run by an XState actor through its documented API, plus
 * the list of events it accepted. This is the one interface the browser (solo, hot-seat), the
 * server and the scripts drive a game through: `send` either applies an event or refuses it with a
 * reason and changes nothing.
 */
import { createActor, type Actor, type Snapshot, type SnapshotFrom } from 'xstate';
import type { LevelModel } from './level/model.js';
import { PHASE_EVENTS, refusal } from './rules/legal.js';
import { refused, type Refusal } from './rules/refusal.js';
import type { GameEvent } from './rules/events.js';
import { parseGameEvent } from './rules/event-schema.js';
import { isMoveLog, logEntries, logFrom } from './rules/log.js';
import { createGameMachine, type GameMachine } from './rules/machine.js';
import type { GameState, LogEntry, Phase } from './rules/state.js';

/** An accepted event, or the rules' refusal as a code (words for it: src/protocol/engine-words.ts). */
export type SessionResult = { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal };

/**
 * Everything needed to bring a game back: the chart's snapshot and the events that led to it.
 * Format 2 keeps the move log in chunks (rules/log.ts); format 1 kept it as one array and is
 * still read.
 */
export interface PersistedGame {
  readonly format: 1 | 2;
  readonly levelId: string;
  readonly seed: number | string;
  readonly snapshot: Snapshot<unknown>;
  readonly history: readonly GameEvent[];
}

/** One machine per level, kept on its model and shared by all its games (the chart holds no per-game data). */
export function machineFor(model: LevelModel): GameMachine {
  let machine = model.derived.machine;
  if (!machine) {
    machine = createGameMachine(model);
    model.derived.machine = machine;
  }
  return machine;
}

type GameSnapshot = SnapshotFrom<GameMachine>;

/** A saved snapshot with its move log in the current form, whichever format wrote it. */
function withChunkedLog(snapshot: Snapshot<unknown>): Snapshot<unknown> {
  const context = (snapshot as { context?: { game?: { log?: unknown } } }).context;
  const log = context?.game?.log;
  if (log === undefined || isMoveLog(log)) return snapshot;
  if (!Array.isArray(log)) throw new Error('saved game has no readable move log');
  const game = { ...(context?.game as object), log: logFrom(log as LogEntry[]) };
  return { ...snapshot, context: { ...context, game } } as unknown as Snapshot<unknown>;
}

export class GameSession {
  private readonly machine: GameMachine;
  /** The chart, run by an XState actor (its documented API); `snapshot` is its latest state. */
  private readonly actor: Actor<GameMachine>;
  private snapshot: GameSnapshot;
  private readonly accepted: GameEvent[];
  private readonly listeners = new Set<(session: GameSession) => void>();

  private constructor(
    readonly model: LevelModel,
    readonly seed: number | string,
    saved: Snapshot<unknown> | undefined,
    history: readonly GameEvent[],
  ) {
    this.machine = machineFor(model);
    // One actor per game, not XState's pure `transition`: that builds a throw-away actor at every
    // event, and 2,000 self-play games of Buenos Aires took 11.0-11.6 s with it against 4.6-6.1 s
    // with one actor (December 2026, this repository's 2-core machine). Every action of the chart is
    // an `assign`, resolved within `send`; persisting and restoring are XState's documented
    // `getPersistedSnapshot` and `createActor(machine, { snapshot })`.
    this.actor = createActor(this.machine, saved ? { snapshot: saved as never, input: { seed } } : { input: { seed } });
    this.actor.subscribe({ error: () => {} }); // a rule that throws is rethrown by send(), below
    this.actor.start();
    this.snapshot = this.actor.getSnapshot();
    this.accepted = history.slice();
  }

  static create(model: LevelModel, seed: number | string): GameSession {
    return new GameSession(model, seed, undefined, []);
  }

  /** Rebuild a game from its seed and event log; every event must still be accepted. */
  static replay(model: LevelModel, seed: number | string, events: readonly GameEvent[]): GameSession {
    const session = GameSession.create(model, seed);
    events.forEach((event, i) => {
      const result = session.receive(event);
      if (!result.ok) throw new Error(`replay: event ${i + 1} (${event.type}) was refused: ${JSON.stringify(result.refusal)}`);
    });
    return session;
  }

  static restore(model: LevelModel, saved: PersistedGame): GameSession {
    if (saved.format !== 1 && saved.format !== 2) throw new Error(`unknown saved-game format ${String(saved.format)}`);
    if (saved.levelId !== model.level.id) throw new Error(`saved game is for level "${saved.levelId}", not "${model.level.id}"`);
    return new GameSession(model, saved.seed, withChunkedLog(saved.snapshot), saved.history);
  }

  get phase(): Phase {
    return this.snapshot.value as Phase;
  }

  get state(): GameState {
    return this.snapshot.context.game;
  }

  /** The whole move log, oldest entry first (shared: do not modify). */
  get log(): readonly LogEntry[] {
    return logEntries(this.state.log);
  }

  get history(): readonly GameEvent[] {
    return this.accepted;
  }

  /** Why the event would be refused now, or null if it would be accepted. Changes nothing. */
  check(input: unknown): Refusal | null {
    const parsed = parseGameEvent(input);
    return parsed.ok ? this.refusalOf(parsed.event) : parsed.refusal;
  }

  /**
   * Apply an event from outside the program (a player, the network, a file): its shape is checked
   * first, then the rules. A refused event changes nothing.
   */
  receive(input: unknown): SessionResult {
    const parsed = parseGameEvent(input);
    return parsed.ok ? this.send(parsed.event) : parsed;
  }

  /** Apply a well-typed event (from code: bots, replays of checked logs); the rules still apply. */
  send(event: GameEvent): SessionResult {
    const before = this.snapshot;
    // A concluded game takes no more events (its chart is in its final state).
    if (before.status !== 'active') return { ok: false, refusal: this.refusalOf(event) ?? this.notNow(event) };
    this.actor.send(event);
    const after = this.actor.getSnapshot();
    if (after.status === 'error') throw after.error;
    // The chart's guards are the rules: an event no transition accepts leaves the very same
    // snapshot behind. Only then do we ask the rules table why, for the player's sake.
    if (after === before) return { ok: false, refusal: this.refusalOf(event) ?? this.notNow(event) };
    this.snapshot = after;
    this.accepted.push(event);
    if (this.listeners.size > 0) for (const listener of this.listeners) listener(this);
    return { ok: true };
  }

  private refusalOf(event: GameEvent): Refusal | null {
    const snapshot = this.snapshot;
    const phase = snapshot.value as Phase;
    if (!PHASE_EVENTS[phase].includes(event.type)) return this.notNow(event);
    return refusal(this.model, snapshot.context.game, event);
  }

  private notNow(event: GameEvent): Refusal {
    return refused('wrongPhase', { type: event.type, phase: this.phase });
  }

  subscribe(listener: (session: GameSession) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  persist(): PersistedGame {
    return {
      format: 2,
      levelId: this.model.level.id,
      seed: this.seed,
      snapshot: this.machine.getPersistedSnapshot(this.snapshot),
      history: this.accepted.slice(),
    };
  }

  /** Let go of the session's listeners (there is no running actor to stop). */
  stop(): void {
    this.listeners.clear();
    this.actor.stop();
  }
}
