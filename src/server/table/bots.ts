/**
 * The bots of a table: they move for computer-played seats, for human seats nobody holds, and for
 * participants whose connection has been gone past the hold time. A bot moves after a short pause
 * so people can follow; without a pause, a bot's whole turn happens in one go (one update).
 */
import { createBot, NEGOTIATING_STRATEGIES, type Bot } from '../../engine/bots/index.js';
import type { LevelModel } from '../../engine/level/model.js';
import type { GameEvent } from '../../engine/rules/events.js';
import type { GameSession } from '../../engine/session.js';
import type { SendResult } from '../../protocol/engine-words.js';
import type { RoleId } from '../../engine/types.js';
import { viewFor } from '../../engine/view.js';
import { firstDue } from '../../engine/whose-move.js';
import { guarded } from './guarded.js';
import type { Controller } from './seats.js';

/** A guard against a bot that never ends its turn (as in the engine's driver). */
const MAX_BOT_EVENTS_PER_TURN = 64;

/** What the bots need of their table. */
export interface BotTable {
  readonly roomId: string;
  readonly model: LevelModel;
  readonly seed: number;
  readonly session: GameSession;
  /** Whether moves may be made now (a running session, an open table). */
  readonly live: boolean;
  controllerOf(role: RoleId): Controller;
  apply(event: GameEvent, by: string): SendResult;
}

export class TableBots {
  private readonly bots = new Map<RoleId, Bot>();
  private handle: NodeJS.Timeout | null = null;
  private looping = false;
  private streak = 0;
  private streakKey = '';

  constructor(
    private readonly table: BotTable,
    private readonly delayMs: number,
  ) {}

  /** The bot for a role (also asked to vote for a seat whose clock ran out, or when a session ends). */
  botFor(role: RoleId): Bot {
    let bot = this.bots.get(role);
    if (!bot) {
      const { model, seed } = this.table;
      const i = model.roleIds.indexOf(role);
      const strategy = NEGOTIATING_STRATEGIES[(seed + i) % NEGOTIATING_STRATEGIES.length] ?? 'dealmaker';
      bot = createBot(model, role, strategy, (seed * 31 + i) >>> 0);
      this.bots.set(role, bot);
    }
    return bot;
  }

  /** The move a role's bot makes now. */
  moveFor(role: RoleId): GameEvent {
    const { model, session } = this.table;
    return this.botFor(role).act(viewFor(model, session.state, session.phase, role, false));
  }

  /** The seat the game waits for, if a bot (or nobody) holds it. */
  dueRole(): RoleId | null {
    const { model, session } = this.table;
    return firstDue(model, session.state, session.phase, (role) => this.table.controllerOf(role) !== 'human');
  }

  /** After every change: if a bot is due, it moves after the delay. */
  schedule(): void {
    if (this.handle || this.looping || !this.table.live) return;
    if (this.dueRole() === null) return;
    this.handle = setTimeout(guarded(this.table.roomId, () => {
      this.handle = null;
      if (this.delayMs > 0) {
        this.step();
        return;
      }
      this.looping = true;
      try {
        for (let i = 0; i < 4 * MAX_BOT_EVENTS_PER_TURN && this.table.live && this.dueRole() !== null; i++) this.step();
      } finally {
        this.looping = false;
      }
      this.schedule();
    }), this.delayMs);
  }

  stop(): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
  }

  private step(): void {
    if (!this.table.live) return;
    const role = this.dueRole();
    if (role === null) return;
    const { phase, state } = this.table.session;
    const key = `${phase}:${state.round}:${state.turn}`;
    this.streak = key === this.streakKey ? this.streak + 1 : 0;
    this.streakKey = key;
    let event: GameEvent;
    if (this.table.controllerOf(role) === 'empty' && phase === 'negotiating') event = { type: 'timeout' };
    else if (this.streak > MAX_BOT_EVENTS_PER_TURN) event = { type: 'timeout' };
    else event = this.moveFor(role);
    const result = this.table.apply(event, 'bot');
    if (!result.ok) {
      // A refused bot move is a bug in the bot; the table must not stall on it.
      process.stderr.write(`table ${this.table.roomId}: bot ${role} sent a refused ${event.type}: ${result.reason}\n`);
      if (phase === 'negotiating') this.table.apply({ type: 'timeout' }, 'bot');
    }
  }
}
