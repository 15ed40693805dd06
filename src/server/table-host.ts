/**
 * One table of a workshop: the engine session (the authority on the rules), its seats
 * (table/seats.ts), its turn clock (protocol/turn-clock.ts, shared with the browser's local
 * table), its bots (table/bots.ts) and its chat (table/chat.ts). The Colyseus table room is only
 * its transport.
 *
 * Every accepted event is handed to `hooks.record` (which fsyncs it) before anyone hears of it.
 */
import { debriefFor, type Debrief } from '../engine/debrief.js';
import { packSteps, replayStates, replaySteps, type PackedStep, type ReplayState } from '../engine/replay.js';
import type { LevelModel } from '../engine/level/model.js';
import type { GameEvent } from '../engine/rules/events.js';
import { parseGameEvent } from '../engine/rules/event-schema.js';
import { GameSession } from '../engine/session.js';
import { levelNaming, refusalText, worded, type SendResult } from '../protocol/engine-words.js';
import { refused } from '../protocol/server-words.js';
import type { EventId, RoleId } from '../engine/types.js';
import { viewFor, type RoleView } from '../engine/view.js';
import { dueRoles, isTimedPhase, turnKey } from '../engine/whose-move.js';
import type { ChatEntry, SessionStatus, TableResult, TableSummary } from '../protocol/messages.js';
import type { PlayerAction, SeatInfo, TimerInfo } from '../protocol/port.js';
import { TurnClock } from '../protocol/turn-clock.js';
import { TableBots } from './table/bots.js';
import { TableChat } from './table/chat.js';
import { guarded } from './table/guarded.js';
import { TableSeats, type Controller } from './table/seats.js';

export type { Controller } from './table/seats.js';

export interface TableHooks {
  /** Persist a record; must not return before it is durable. */
  record(record: object): void;
  /** Something visible changed at this table. */
  changed(table: TableHost): void;
  chat(table: TableHost, entry: ChatEntry): void;
}

export interface TableOptions {
  readonly index: number;
  readonly roomId: string;
  readonly model: LevelModel;
  readonly seed: number;
  /** The seats participants may take: the level's first `seatsPerTable` playable roles. */
  readonly humanRoles: readonly RoleId[];
  readonly bots: boolean;
  readonly botDelayMs: number;
  readonly holdSeatMs: number;
  /** The session's language, for the words sent beside a refusal's code (clients word the code in their own). */
  readonly language?: string;
}

/** Who sends the events that conclude a table when its session ends (see `concludeForEnd`). */
export const SESSION_END = 'session-end';

export class TableHost {
  readonly index: number;
  readonly roomId: string;
  readonly model: LevelModel;
  readonly seed: number;
  /** The session's language, for the words a refusal's code is sent with. */
  private readonly language: string;
  session: GameSession;
  status: SessionStatus = 'lobby';
  turnSeconds = 0;
  private readonly seats: TableSeats;
  private readonly bots: TableBots;
  private readonly chat: TableChat;
  private readonly clock: TurnClock;
  private debriefCache: Debrief | null = null;
  private replayCache: ReplayState[] | null = null;
  private disposed = false;
  /** Bumped on every visible change; clients use it to drop stale updates. */
  seq = 0;
  /** When the last event was accepted (epoch ms, sub-millisecond). */
  lastEventAt = 0;

  constructor(
    options: TableOptions,
    private readonly hooks: TableHooks,
    history: readonly GameEvent[] = [],
  ) {
    this.index = options.index;
    this.roomId = options.roomId;
    this.model = options.model;
    this.seed = options.seed;
    this.language = options.language ?? 'en';
    this.session = history.length > 0 ? GameSession.replay(options.model, options.seed, history) : GameSession.create(options.model, options.seed);
    this.seats = new TableSeats(
      { roles: options.model.roleIds, humanRoles: options.humanRoles, bots: options.bots, holdSeatMs: options.holdSeatMs, where: options.roomId },
      (what) => (what === 'controllers' ? this.afterChange() : this.touch()),
    );
    this.bots = new TableBots(this, options.botDelayMs);
    this.chat = new TableChat(options.index);
    this.clock = new TurnClock(guarded(options.roomId, () => this.onTimeout()));
  }

  /** Whether moves may be made now (bots ask before each move). */
  get live(): boolean {
    return this.status === 'running' && !this.disposed;
  }

  // -------------------------------------------------------------------------------------------
  // Seats (table/seats.ts)

  get humanRoles(): readonly RoleId[] {
    return this.seats.humanRoles;
  }

  controllerOf(role: RoleId): Controller {
    return this.seats.controllerOf(role);
  }

  participantAt(role: RoleId): string | null {
    return this.seats.participantAt(role);
  }

  freeHumanRole(): RoleId | null {
    return this.seats.freeHumanRole();
  }

  seat(role: RoleId, participant: string, name: string): void {
    this.seats.seat(role, participant, name);
  }

  vacate(role: RoleId): void {
    this.seats.vacate(role);
  }

  connect(role: RoleId): void {
    this.seats.connect(role);
  }

  disconnect(role: RoleId): void {
    this.seats.disconnect(role);
  }

  seatInfo(): SeatInfo[] {
    return this.seats.seatInfo();
  }

  // -------------------------------------------------------------------------------------------
  // Moves

  /** A participant's move for the seat their connection holds. */
  act(role: RoleId, participant: string, action: PlayerAction): SendResult {
    if (this.status === 'lobby') return refused('notStarted');
    if (this.status === 'paused') return refused('paused');
    if (this.status === 'ended') return refused('ended');
    if (this.participantAt(role) !== participant) return refused('notYourSeat');
    return this.apply({ ...action, role } as unknown, participant);
  }

  /** The facilitator brings an event into play. */
  inject(event: EventId): SendResult {
    if (this.status === 'ended') return refused('ended');
    return this.apply({ type: 'inject', event }, 'facilitator');
  }

  start(): SendResult {
    if (this.session.phase !== 'briefing') return { ok: true };
    return this.apply({ type: 'start' }, 'facilitator');
  }

  /** Check, save (write ahead), apply. `by` says who sent it, for the log. */
  apply(input: unknown, by: string): SendResult {
    if (this.disposed) return refused('tableClosed');
    // Write ahead: the move is checked, then saved (fsync), and only then applied. A failed write
    // leaves the game as it was, so what players saw and what a restart replays never differ.
    const parsed = parseGameEvent(input);
    if (!parsed.ok) return worded(parsed, levelNaming(this.model.level, this.language), this.language);
    const refusal = this.session.check(parsed.event);
    if (refusal !== null) return { ok: false, reason: refusalText(refusal, levelNaming(this.model.level, this.language), this.language), refusal };
    try {
      this.hooks.record({ k: 'game', t: this.index, at: Date.now(), by, e: parsed.event });
    } catch {
      return refused('notSaved');
    }
    const result = this.session.send(parsed.event);
    if (!result.ok) return worded(result, levelNaming(this.model.level, this.language), this.language);
    this.lastEventAt = performance.timeOrigin + performance.now();
    this.afterChange();
    return result;
  }

  /**
   * The session ends while this game is unfinished: it is concluded the way a ministerial
   * conference that runs out of time is, through the game's own path, so the debrief explains it
   * with the entries it always has and a restart replays it from the log. The clock runs out on
   * every remaining turn (each times out, as if its seat passed; rounds pass with their no-deal
   * drift and scheduled events as the level defines them), then what is on the table goes to the
   * final decision, where every vote not yet cast is cast by the seat's bot on the role's own
   * interests (with its reason in the log). No offer on the table: no deal.
   *
   * Why not "no deal at once": the engine has no event that stops a game early (and adding one is
   * a rules change); the final decision on what is on the table is what the level already defines
   * for a game whose time is up, and it is the outcome students can discuss in the debrief.
   */
  concludeForEnd(): void {
    // Every turn of every round, plus every vote: enough for any level; a guard, not a limit.
    let budget = (this.model.level.rounds.count + 1) * (this.model.turnOrder.length + 1) + this.model.voters.length + 8;
    if (this.session.phase === 'briefing') this.apply({ type: 'start' }, SESSION_END);
    while (this.session.phase === 'negotiating' && budget-- > 0) {
      if (!this.apply({ type: 'timeout' }, SESSION_END).ok) break;
    }
    while (this.session.phase === 'finalDecision' && budget-- > 0) {
      const voter = dueRoles(this.model, this.session.state, this.session.phase)[0];
      if (voter === undefined) break;
      const vote = this.bots.moveFor(voter);
      if (!this.apply(vote, SESSION_END).ok && !this.apply({ type: 'vote', role: voter, accept: false }, SESSION_END).ok) break;
    }
    if (this.session.phase !== 'concluded') process.stderr.write(`table ${this.roomId}: could not conclude at the end of the session (phase ${this.session.phase})\n`);
  }

  /** After any change of the game, its seats or the session's status: clock, bots, listeners. */
  private afterChange(): void {
    if (this.session.phase === 'concluded' && !this.debriefCache) {
      this.debriefCache = debriefFor(this.model, this.session.state, this.session.history, null, this.session.seed);
    }
    this.syncClock();
    this.bots.schedule();
    this.touch();
  }

  private touch(): void {
    this.seq++;
    if (!this.disposed) this.hooks.changed(this);
  }

  setStatus(status: SessionStatus): void {
    if (this.status === status) return;
    const was = this.status;
    this.status = status;
    if (status === 'paused') this.clock.hold();
    if (status === 'running' && was === 'paused') this.clock.release();
    if (status === 'ended') {
      this.clock.stop();
      this.bots.stop();
      this.concludeForEnd();
    }
    this.afterChange();
  }

  setTurnSeconds(seconds: number): void {
    this.turnSeconds = seconds;
    // No timer: the running one stops at once. A timer: a turn without one gets it now (a table
    // waiting on someone away from the keyboard); a running one keeps its time, and the new
    // length applies from the next turn.
    if (seconds === 0) this.clock.stop();
    else this.syncClock();
    this.touch();
  }

  // -------------------------------------------------------------------------------------------
  // Turn timer (the shared TurnClock; a negotiation turn or the whole final decision)

  private syncClock(): void {
    const { phase, state } = this.session;
    const live = isTimedPhase(phase) && (this.status === 'running' || this.status === 'paused');
    this.clock.sync(live ? turnKey(state, phase) : null, this.turnSeconds * 1000, this.status === 'paused');
  }

  private onTimeout(): void {
    if (this.status !== 'running') return;
    if (this.session.phase === 'negotiating') {
      this.apply({ type: 'timeout' }, 'timer');
      return;
    }
    // Voters who let the clock run out have a bot cast their vote for them.
    while (this.session.phase === 'finalDecision') {
      const voter = dueRoles(this.model, this.session.state, this.session.phase)[0];
      if (voter === undefined || !this.apply(this.bots.moveFor(voter), 'timer').ok) break;
    }
  }

  timer(): TimerInfo {
    return this.clock.info(this.status === 'paused');
  }

  // -------------------------------------------------------------------------------------------
  // Chat (table/chat.ts)

  addChat(from: string, name: string | null, to: string | null, text: string, at = Date.now()): ChatEntry {
    return this.chat.add(from, name, to, text, at);
  }

  restoreChat(entry: ChatEntry): void {
    this.chat.restore(entry);
  }

  say(from: string, name: string | null, to: string | null, text: string): ChatEntry {
    const entry = this.chat.add(from, name, to, text);
    this.hooks.record({ k: 'chat', ...entry });
    this.hooks.chat(this, entry);
    return entry;
  }

  /** The chat a seat (or, with null, the facilitator) may read: the table's, and its own channels. */
  chatFor(role: RoleId | null): ChatEntry[] {
    return this.chat.readableBy(role);
  }

  allChat(): readonly ChatEntry[] {
    return this.chat.all();
  }

  // -------------------------------------------------------------------------------------------
  // What clients see

  view(role: RoleId | null): RoleView {
    return viewFor(this.model, this.session.state, this.session.phase, role);
  }

  debrief(): Debrief | null {
    return this.debriefCache;
  }

  /**
   * The finished game's steps as `role` saw them (null: the public table), for the debrief's
   * replay; null while it is still being played. The seed stays here: only views leave.
   */
  replay(role: RoleId | null): PackedStep[] | null {
    if (this.session.phase !== 'concluded') return null;
    this.replayCache ??= replayStates(this.model, this.session.seed, this.session.history);
    return packSteps(replaySteps(this.model, this.replayCache, role));
  }

  summary(): TableSummary {
    const { phase, state } = this.session;
    return {
      index: this.index,
      roomId: this.roomId,
      phase,
      round: state.round,
      rounds: this.model.level.rounds.count,
      turnRole: phase === 'negotiating' ? (this.model.turnOrder[state.turn] ?? null) : null,
      seats: this.seatInfo(),
      timer: this.timer(),
      outcome: state.outcome?.kind ?? null,
      actions: this.session.history.length,
    };
  }

  result(): TableResult | null {
    const d = this.debriefCache;
    if (!d) return null;
    return {
      index: this.index,
      outcome: d.outcome.kind,
      text: d.text,
      paretoDistance: d.result.paretoDistance,
      roles: this.model.roleIds.map((role) => {
        const r = d.result.roles[role];
        return {
          role,
          value: r?.value ?? 0,
          noDealValue: r?.noDealValue ?? 0,
          scoreVsNoDeal: r?.scoreVsNoDeal ?? 0,
          relativeGain: r?.relativeGain ?? 0,
          winShare: r?.winShare ?? 0,
        };
      }),
      indicators: d.projection.indicators.map((ind) => ({
        id: ind.id,
        value: ind.final,
        noDeal: d.noDealProjection.indicators.find((n) => n.id === ind.id)?.final ?? ind.final,
      })),
    };
  }

  /** Start timers and bots after a restart (the game itself was replayed in the constructor). */
  resume(status: SessionStatus, turnSeconds: number): void {
    this.turnSeconds = turnSeconds;
    this.status = status;
    // A session ended before tables were concluded at the end (older files) is concluded now.
    if (status === 'ended' && this.session.phase !== 'concluded') this.concludeForEnd();
    if (this.session.phase === 'concluded') this.debriefCache = debriefFor(this.model, this.session.state, this.session.history, null, this.session.seed);
    this.afterChange();
  }

  dispose(): void {
    this.disposed = true;
    this.clock.stop();
    this.bots.stop();
    this.seats.dispose();
    this.session.stop();
  }
}
