/**
 * One table of a workshop: the engine session (the authority on the rules), who holds each seat
 * (a participant, a bot, or nobody), the turn timer, the bots that move for empty, computer-played
 * and abandoned seats, and the table's chat. The Colyseus table room is only its transport.
 *
 * Every accepted event is handed to `hooks.record` (which fsyncs it) before anyone hears of it.
 */
import { createBot, NEGOTIATING_STRATEGIES, type Bot } from '../engine/bots/index.js';
import { debriefFor, type Debrief } from '../engine/debrief.js';
import type { LevelModel } from '../engine/level/model.js';
import type { GameEvent } from '../engine/rules/events.js';
import { parseGameEvent } from '../engine/rules/event-schema.js';
import { GameSession, type SendResult } from '../engine/session.js';
import type { RoleId } from '../engine/types.js';
import { viewFor, type RoleView } from '../engine/view.js';
import type { ChatEntry, SessionStatus, TableResult, TableSummary } from '../protocol/messages.js';
import type { PlayerAction, SeatInfo, TimerInfo } from '../protocol/port.js';

/** A guard against a bot that never ends its turn (as in the engine's driver). */
const MAX_BOT_EVENTS_PER_TURN = 64;
/** Chat entries kept in memory per table for late joiners (the log keeps them all). */
const CHAT_MEMORY = 200;

/** Timer callbacks run outside any room: a bug in one must not take the process (and every table) down. */
function guarded(where: string, fn: () => void): () => void {
  return () => {
    try {
      fn();
    } catch (error) {
      process.stderr.write(`table ${where}: ${(error as Error).stack ?? String(error)}\n`);
    }
  };
}

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
}

export type Controller = 'human' | 'bot' | 'empty';

interface Seat {
  readonly role: RoleId;
  participant: string | null;
  name: string | null;
  connections: number;
  /** The participant's connection has been gone longer than the hold time: a bot plays for them. */
  takenOver: boolean;
  holdTimer: NodeJS.Timeout | null;
}

export class TableHost {
  readonly index: number;
  readonly roomId: string;
  readonly model: LevelModel;
  readonly seed: number;
  session: GameSession;
  status: SessionStatus = 'lobby';
  turnSeconds = 0;
  private readonly seats = new Map<RoleId, Seat>();
  private readonly bots = new Map<RoleId, Bot>();
  private readonly options: TableOptions;
  private readonly chatLog: ChatEntry[] = [];
  private chatSeq = 0;
  private timerEndsAt: number | null = null;
  private timerRemaining: number | null = null;
  private timerHandle: NodeJS.Timeout | null = null;
  private turnKey = '';
  private botHandle: NodeJS.Timeout | null = null;
  private botLoop = false;
  private botStreak = 0;
  private botStreakKey = '';
  private debriefCache: Debrief | null = null;
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
    this.options = options;
    this.index = options.index;
    this.roomId = options.roomId;
    this.model = options.model;
    this.seed = options.seed;
    this.session = history.length > 0 ? GameSession.replay(options.model, options.seed, history) : GameSession.create(options.model, options.seed);
    for (const role of options.model.roleIds) this.seats.set(role, { role, participant: null, name: null, connections: 0, takenOver: false, holdTimer: null });
  }

  get humanRoles(): readonly RoleId[] {
    return this.options.humanRoles;
  }

  // -------------------------------------------------------------------------------------------
  // Seats

  controllerOf(role: RoleId): Controller {
    const seat = this.seats.get(role);
    if (!seat || !this.options.humanRoles.includes(role)) return 'bot';
    if (seat.participant !== null) return seat.takenOver ? 'bot' : 'human';
    return this.options.bots ? 'bot' : 'empty';
  }

  participantAt(role: RoleId): string | null {
    return this.seats.get(role)?.participant ?? null;
  }

  freeHumanRole(): RoleId | null {
    return this.options.humanRoles.find((r) => this.seats.get(r)?.participant === null) ?? null;
  }

  /** Put a participant in a seat (held as disconnected until their client joins the table room). */
  seat(role: RoleId, participant: string, name: string): void {
    const seat = this.seats.get(role);
    if (!seat) return;
    this.clearHold(seat);
    seat.participant = participant;
    seat.name = name;
    seat.connections = 0;
    seat.takenOver = false;
    this.startHold(seat);
    this.afterChange();
  }

  vacate(role: RoleId): void {
    const seat = this.seats.get(role);
    if (!seat) return;
    this.clearHold(seat);
    seat.participant = null;
    seat.name = null;
    seat.connections = 0;
    seat.takenOver = false;
    this.afterChange();
  }

  connect(role: RoleId): void {
    const seat = this.seats.get(role);
    if (!seat) return;
    seat.connections++;
    this.clearHold(seat);
    // A participant who comes back takes their seat back from the bot.
    seat.takenOver = false;
    this.touch();
  }

  disconnect(role: RoleId): void {
    const seat = this.seats.get(role);
    if (!seat || seat.connections === 0) return;
    seat.connections--;
    if (seat.connections === 0 && seat.participant !== null) this.startHold(seat);
    this.touch();
  }

  private startHold(seat: Seat): void {
    this.clearHold(seat);
    seat.holdTimer = setTimeout(guarded(this.roomId, () => {
      seat.holdTimer = null;
      if (seat.participant === null || seat.connections > 0) return;
      seat.takenOver = true;
      this.afterChange();
    }), this.options.holdSeatMs);
  }

  private clearHold(seat: Seat): void {
    if (seat.holdTimer) clearTimeout(seat.holdTimer);
    seat.holdTimer = null;
  }

  seatInfo(): SeatInfo[] {
    return this.model.roleIds.map((role) => {
      const seat = this.seats.get(role);
      const controller = this.controllerOf(role);
      return {
        role,
        controller: controller === 'bot' ? 'bot' : 'human',
        name: seat?.name ?? null,
        connected: controller === 'bot' ? true : (seat?.connections ?? 0) > 0,
      };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Moves

  /** A participant's move for the seat their connection holds. */
  act(role: RoleId, participant: string, action: PlayerAction): SendResult {
    if (this.status === 'lobby') return { ok: false, reason: 'the session has not started yet' };
    if (this.status === 'paused') return { ok: false, reason: 'the session is paused' };
    if (this.status === 'ended') return { ok: false, reason: 'the session has ended' };
    if (this.participantAt(role) !== participant) return { ok: false, reason: 'you do not hold this seat' };
    return this.apply({ ...action, role } as unknown, participant);
  }

  /** The facilitator brings an event into play. */
  inject(event: string): SendResult {
    if (this.status === 'ended') return { ok: false, reason: 'the session has ended' };
    return this.apply({ type: 'inject', event }, 'facilitator');
  }

  start(): SendResult {
    if (this.session.phase !== 'briefing') return { ok: true };
    return this.apply({ type: 'start' }, 'facilitator');
  }

  private apply(input: unknown, by: string): SendResult {
    if (this.disposed) return { ok: false, reason: 'this table is closed' };
    // Write ahead: the move is checked, then saved (fsync), and only then applied. A failed write
    // leaves the game as it was, so what players saw and what a restart replays never differ.
    const parsed = parseGameEvent(input);
    if (!parsed.ok) return parsed;
    const reason = this.session.check(parsed.event);
    if (reason !== null) return { ok: false, reason };
    try {
      this.hooks.record({ k: 'game', t: this.index, at: Date.now(), by, e: parsed.event });
    } catch {
      return { ok: false, reason: 'the server could not save this move; nothing changed, please try again' };
    }
    const result = this.session.send(parsed.event);
    if (!result.ok) return result;
    this.lastEventAt = performance.timeOrigin + performance.now();
    this.afterChange();
    return result;
  }

  /** After any change of the game or the session's status: timers, bots, listeners. */
  private afterChange(): void {
    if (this.session.phase === 'concluded' && !this.debriefCache) {
      this.debriefCache = debriefFor(this.model, this.session.state, this.session.history);
    }
    this.syncTimer();
    this.scheduleBots();
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
    if (status === 'paused') this.pauseTimer();
    if (status === 'running' && was === 'paused') this.resumeTimer();
    if (status === 'ended') {
      this.clearTimer();
      this.timerRemaining = null;
    }
    this.afterChange();
  }

  setTurnSeconds(seconds: number): void {
    this.turnSeconds = seconds;
    if (seconds === 0) {
      // No timer: the running one stops at once.
      this.clearTimer();
      this.timerRemaining = null;
    } else if (this.timerEndsAt === null && this.timerRemaining === null) {
      // A turn with no timer gets one now (a table waiting on someone away from the keyboard);
      // a running timer keeps its time and the new length applies from the next turn.
      this.turnKey = '';
      this.syncTimer();
    }
    this.touch();
  }

  // -------------------------------------------------------------------------------------------
  // Turn timer

  private currentTurnKey(): string {
    const { phase, state } = this.session;
    if (phase === 'negotiating') return `n:${state.round}:${state.turn}`;
    if (phase === 'finalDecision') return `f:${state.round}`;
    return phase;
  }

  private syncTimer(): void {
    const key = this.currentTurnKey();
    const phase = this.session.phase;
    const live = phase === 'negotiating' || phase === 'finalDecision';
    if (!live || this.status === 'ended' || this.status === 'lobby') {
      this.clearTimer();
      this.timerRemaining = null;
      this.turnKey = key;
      return;
    }
    if (key === this.turnKey && (this.timerEndsAt !== null || this.timerRemaining !== null)) return;
    this.turnKey = key;
    this.clearTimer();
    this.timerRemaining = null;
    if (this.turnSeconds <= 0) return;
    const ms = this.turnSeconds * 1000;
    if (this.status === 'paused') this.timerRemaining = ms;
    else this.armTimer(ms);
  }

  private armTimer(ms: number): void {
    this.clearTimer();
    this.timerEndsAt = Date.now() + ms;
    this.timerHandle = setTimeout(guarded(this.roomId, () => this.onTimeout()), ms);
  }

  private clearTimer(): void {
    if (this.timerHandle) clearTimeout(this.timerHandle);
    this.timerHandle = null;
    this.timerEndsAt = null;
  }

  private pauseTimer(): void {
    if (this.timerEndsAt !== null) this.timerRemaining = Math.max(0, this.timerEndsAt - Date.now());
    this.clearTimer();
  }

  private resumeTimer(): void {
    if (this.timerRemaining !== null) this.armTimer(this.timerRemaining);
    this.timerRemaining = null;
  }

  private onTimeout(): void {
    this.timerHandle = null;
    this.timerEndsAt = null;
    if (this.status !== 'running') return;
    if (this.session.phase === 'negotiating') {
      this.apply({ type: 'timeout' }, 'timer');
    } else if (this.session.phase === 'finalDecision') {
      // Voters who let the clock run out have a bot cast their vote for them.
      for (const voter of this.model.voters) {
        if (this.session.phase !== 'finalDecision') break;
        if (voter in this.session.state.votes) continue;
        const event = this.botFor(voter).act(viewFor(this.model, this.session.state, this.session.phase, voter, false));
        this.apply(event, 'timer');
      }
    }
  }

  timer(): TimerInfo {
    if (this.timerRemaining !== null) return { endsAt: Date.now() + this.timerRemaining, paused: true };
    return { endsAt: this.timerEndsAt, paused: this.status === 'paused' };
  }

  // -------------------------------------------------------------------------------------------
  // Bots

  private botFor(role: RoleId): Bot {
    let bot = this.bots.get(role);
    if (!bot) {
      const i = this.model.roleIds.indexOf(role);
      const strategy = NEGOTIATING_STRATEGIES[(this.seed + i) % NEGOTIATING_STRATEGIES.length] ?? 'dealmaker';
      bot = createBot(this.model, role, strategy, (this.seed * 31 + i) >>> 0);
      this.bots.set(role, bot);
    }
    return bot;
  }

  /** The seat the game waits for, if a bot (or nobody) holds it. */
  private dueBotRole(): RoleId | null {
    const { phase, state } = this.session;
    if (phase === 'negotiating') {
      const role = this.model.turnOrder[state.turn];
      return role !== undefined && this.controllerOf(role) !== 'human' ? role : null;
    }
    if (phase === 'finalDecision') {
      for (const voter of this.model.voters) if (!(voter in state.votes) && this.controllerOf(voter) !== 'human') return voter;
    }
    return null;
  }

  private scheduleBots(): void {
    if (this.botHandle || this.botLoop || this.status !== 'running' || this.disposed) return;
    if (this.dueBotRole() === null) return;
    this.botHandle = setTimeout(guarded(this.roomId, () => {
      this.botHandle = null;
      if (this.options.botDelayMs > 0) {
        this.stepBot();
        return;
      }
      // Without a pause between bot moves, a bot's whole turn happens in one go (one update).
      this.botLoop = true;
      try {
        for (let i = 0; i < 4 * MAX_BOT_EVENTS_PER_TURN && this.status === 'running' && this.dueBotRole() !== null; i++) this.stepBot();
      } finally {
        this.botLoop = false;
      }
      this.scheduleBots();
    }), this.options.botDelayMs);
  }

  private stepBot(): void {
    if (this.status !== 'running' || this.disposed) return;
    const role = this.dueBotRole();
    if (role === null) return;
    const { phase, state } = this.session;
    const key = `${phase}:${state.round}:${state.turn}`;
    this.botStreak = key === this.botStreakKey ? this.botStreak + 1 : 0;
    this.botStreakKey = key;
    let event: GameEvent;
    if (this.controllerOf(role) === 'empty' && phase === 'negotiating') event = { type: 'timeout' };
    else if (this.botStreak > MAX_BOT_EVENTS_PER_TURN) event = { type: 'timeout' };
    else event = this.botFor(role).act(viewFor(this.model, state, phase, role, false));
    const result = this.apply(event, 'bot');
    if (!result.ok) {
      // A refused bot move is a bug in the bot; the table must not stall on it.
      process.stderr.write(`table ${this.roomId}: bot ${role} sent a refused ${event.type}: ${result.reason}\n`);
      if (phase === 'negotiating') this.apply({ type: 'timeout' }, 'bot');
    }
  }

  // -------------------------------------------------------------------------------------------
  // Chat

  addChat(from: string, name: string | null, to: string | null, text: string, at = Date.now()): ChatEntry {
    const entry: ChatEntry = { seq: ++this.chatSeq, at, table: this.index, from, name, to, text };
    this.chatLog.push(entry);
    if (this.chatLog.length > CHAT_MEMORY) this.chatLog.splice(0, this.chatLog.length - CHAT_MEMORY);
    return entry;
  }

  /** Restore a logged entry (on replay) without recording it again. */
  restoreChat(entry: ChatEntry): void {
    this.chatSeq = Math.max(this.chatSeq, entry.seq);
    this.chatLog.push(entry);
    if (this.chatLog.length > CHAT_MEMORY) this.chatLog.shift();
  }

  say(from: string, name: string | null, to: string | null, text: string): ChatEntry {
    const entry = this.addChat(from, name, to, text);
    this.hooks.record({ k: 'chat', ...entry });
    this.hooks.chat(this, entry);
    return entry;
  }

  /** The chat a seat (or, with null, a spectator) may read: the table's, and its own channels. */
  chatFor(role: RoleId | null): ChatEntry[] {
    return this.chatLog.filter((e) => e.to === null || (role !== null && (e.to === role || e.from === role)));
  }

  allChat(): readonly ChatEntry[] {
    return this.chatLog;
  }

  // -------------------------------------------------------------------------------------------
  // What clients see

  view(role: RoleId | null): RoleView {
    return viewFor(this.model, this.session.state, this.session.phase, role);
  }

  debrief(): Debrief | null {
    return this.debriefCache;
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
    if (this.session.phase === 'concluded') this.debriefCache = debriefFor(this.model, this.session.state, this.session.history);
    this.afterChange();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    if (this.botHandle) clearTimeout(this.botHandle);
    for (const seat of this.seats.values()) this.clearHold(seat);
    this.session.stop();
  }
}
