/**
 * A table hosted in the browser: a GameSession driven through the TablePort interface, with bots
 * in the seats no human holds (solo: one human; hot-seat: several). Bots move one event at a time
 * after a short delay so the table can animate; a human's turn runs the level's timer and sends
 * `timeout` when it runs out. The scenes never see the session, only snapshots of one role's view.
 */
import { createBot, NEGOTIATING_STRATEGIES, type Bot } from '../../engine/bots/index.js';
import { debriefFor, type Debrief } from '../../engine/debrief.js';
import type { LevelModel } from '../../engine/level/model.js';
import { GameSession } from '../../engine/session.js';
import { localReplay, type ReplaySource } from '../../engine/replay.js';
import { levelNaming, refusalText, worded, type SendResult } from '../../protocol/engine-words.js';
import type { RoleId } from '../../engine/types.js';
import { publicLevel, viewFor, type PublicLevel } from '../../engine/view.js';
import { firstDue, turnKey } from '../../engine/whose-move.js';
import type { PlayerAction, SeatInfo, TablePort, TableSnapshot } from '../../protocol/port.js';
import { TurnClock } from '../../protocol/turn-clock.js';

export interface LocalTableOptions {
  readonly model: LevelModel;
  readonly seed: number;
  readonly mode: 'solo' | 'hotseat';
  /** The seats humans play (one in solo). */
  readonly humans: readonly RoleId[];
  /** Pause before each bot move, in ms (0 in tests). */
  readonly botDelayMs?: number;
  /** Whether human turns are timed by the level's turnSeconds (off in tests). */
  readonly timers?: boolean;
  /** Seconds a human turn lasts, instead of the level's turnSeconds (a teacher's setting). */
  readonly turnSeconds?: number;
}

export class LocalTable implements TablePort {
  readonly session: GameSession;
  readonly level: PublicLevel;
  private readonly bots = new Map<RoleId, Bot>();
  private readonly listeners = new Set<(s: TableSnapshot) => void>();
  private readonly seats: SeatInfo[];
  private botTimer: ReturnType<typeof setTimeout> | null = null;
  /** The same turn clock as the server's tables; it sends `timeout` when a human turn runs out. */
  private readonly clock = new TurnClock((key) => {
    if (!this.closed && key === this.timedTurn()) this.session.send({ type: 'timeout' });
  });
  /** The human seat shown last (hot-seat keeps showing it while bots move). */
  private shown: RoleId;
  private cached: TableSnapshot | null = null;
  private closed = false;

  constructor(private readonly options: LocalTableOptions) {
    const { model } = options;
    if (options.humans.length === 0) throw new Error('a local table needs at least one human seat');
    for (const role of options.humans) if (!model.roleIndex.has(role)) throw new Error(`there is no role "${role}" in this level`);
    this.session = GameSession.create(model, options.seed);
    this.level = publicLevel(model.level);
    model.roleIds.forEach((role, i) => {
      if (!options.humans.includes(role)) {
        const strategy = NEGOTIATING_STRATEGIES[(options.seed + i) % NEGOTIATING_STRATEGIES.length] ?? 'dealmaker';
        this.bots.set(role, createBot(model, role, strategy, options.seed + i));
      }
    });
    this.seats = model.roleIds.map((role) => ({ role, controller: this.bots.has(role) ? 'bot' : 'human', name: null, connected: true }));
    this.shown = options.humans[0] as RoleId;
    this.session.subscribe(() => this.changed());
  }

  get seed(): number {
    return this.options.seed;
  }

  /** The game so far, replayed from its seed (the debrief asks once the game is over). */
  replay(): ReplaySource {
    return localReplay(this.options.model, this.options.seed, this.session.history);
  }

  get model(): LevelModel {
    return this.options.model;
  }

  /** Close the briefing and open round 1 (the host's move; online, the facilitator's). */
  start(): SendResult {
    return this.session.phase === 'briefing' ? worded(this.session.send({ type: 'start' })) : { ok: true };
  }

  /** A human seat's own view, for its briefing in hot-seat (shown behind the pass screen). */
  snapshotFor(role: RoleId): TableSnapshot {
    if (!this.options.humans.includes(role)) throw new Error(`"${role}" is not a human seat at this table`);
    const base = this.snapshot();
    return { ...base, you: role, view: viewFor(this.options.model, this.session.state, this.session.phase, role) };
  }

  /** The human whose move the game waits for, or null while a bot (or nobody) is due. */
  dueHuman(): RoleId | null {
    const { session } = this;
    return firstDue(this.options.model, session.state, session.phase, (role) => !this.bots.has(role));
  }

  private dueBot(): Bot | undefined {
    const { session } = this;
    const role = firstDue(this.options.model, session.state, session.phase, (r) => this.bots.has(r));
    return role === null ? undefined : this.bots.get(role);
  }

  snapshot(): TableSnapshot {
    if (this.cached) return this.cached;
    const { model } = this.options;
    const { session } = this;
    const due = this.dueHuman();
    if (due) this.shown = due;
    const debrief: Debrief | null = session.phase === 'concluded' ? debriefFor(model, session.state, session.history, session.seed) : null;
    this.cached = {
      mode: this.options.mode,
      level: this.level,
      you: this.shown,
      view: viewFor(model, session.state, session.phase, this.shown),
      seats: this.seats,
      timer: this.clock.info(),
      debrief,
    };
    return this.cached;
  }

  subscribe(listener: (snapshot: TableSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async act(action: PlayerAction): Promise<SendResult> {
    if (this.closed) return { ok: false, reason: 'the table is closed' };
    const role = this.snapshot().you;
    if (!role) return { ok: false, reason: 'you have no seat at this table' };
    return worded(this.session.send({ ...action, role } as Parameters<GameSession['send']>[0]), levelNaming(this.options.model.level));
  }

  /**
   * Hot-seat: the turn timer of a human seat waits until its player has taken the device (the
   * pass screen is dismissed), so handing over never costs a player their time.
   */
  resumeTimer(): void {
    if (!this.clock.isHeld) return;
    this.clock.release();
    this.emit();
  }

  close(): void {
    this.closed = true;
    if (this.botTimer) clearTimeout(this.botTimer);
    this.clock.stop();
    this.listeners.clear();
    this.session.stop();
  }

  private changed(): void {
    this.cached = null;
    this.updateTimer();
    this.scheduleBot();
    this.emit();
  }

  private emit(): void {
    this.cached = null;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }

  private scheduleBot(): void {
    if (this.closed || this.botTimer || !this.dueBot()) return;
    this.botTimer = setTimeout(() => {
      this.botTimer = null;
      if (this.closed) return;
      const bot = this.dueBot();
      if (!bot) return;
      const event = bot.act(viewFor(this.options.model, this.session.state, this.session.phase, bot.role, false));
      const result = this.session.send(event);
      // A refused bot move is a bug in the bot; end its turn rather than stall the class.
      if (!result.ok) {
        console.warn(`bot ${bot.role} sent a refused ${event.type}: ${refusalText(result.refusal)}`);
        if (this.session.phase === 'negotiating') this.session.send({ type: 'timeout' });
      }
    }, this.options.botDelayMs ?? 500);
  }

  /** A human's negotiation turn is timed by the level's turnSeconds (bots and votes are not). */
  private timedTurn(): string | null {
    const { phase, state } = this.session;
    if (!this.options.timers || phase !== 'negotiating' || this.dueHuman() === null) return null;
    return turnKey(state, phase);
  }

  private updateTimer(): void {
    // Hot-seat: a new turn's clock is held until its player has taken the device.
    this.clock.sync(this.timedTurn(), (this.options.turnSeconds ?? this.options.model.level.rounds.turnSeconds) * 1000, this.options.mode === 'hotseat');
  }
}
