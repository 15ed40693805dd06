/**
 * A table hosted by the server, seen through the same TablePort the local tables implement: the
 * server sends this participant's own role view after every change, and a move goes out as an
 * `act` message whose answer (accepted, or refused with the reason) resolves `act()`.
 *
 * The connection heals itself: the SDK reconnects after a short drop; after a longer one (or a
 * server restart) we join the table room again with the participant token, and the server gives
 * the seat back.
 */
import { Client, type Room } from '@colyseus/sdk';
import type { SendResult } from '../../protocol/engine-words.js';
import type { LogEntry } from '../../engine/rules/state.js';
import { seatReplay, unpackSteps, type PackedStep, type ReplaySource } from '../../engine/replay.js';
import {
  applyLogDelta,
  CLOSE_CODES,
  PlayerActionSchema,
  PROTOCOL_VERSION,
  type ActResult,
  type Announcement,
  type ChatEntry,
  type ErrorReply,
  type ReplayReply,
  type SessionStatus,
  type TableUpdate,
  type TableWelcome,
} from '../../protocol/messages.js';
import type { PlayerAction, TablePort, TableSnapshot } from '../../protocol/port.js';
import { errorText, isServerProblem, problemOfError, problemText } from '../../protocol/server-words.js';
import { i18next } from '../i18n/setup.js';

const ACT_TIMEOUT_MS = 15_000;
/** A replay is larger than a move's answer: a slow phone link gets longer. */
const REPLAY_TIMEOUT_MS = 30_000;

interface PendingReplay {
  resolve(steps: readonly PackedStep[]): void;
  reject(error: Error): void;
}

export interface OnlineTableEvents {
  chat?: (entry: ChatEntry) => void;
  error?: (reason: string) => void;
  /** The facilitator moved this participant (to another table, or back to waiting). */
  moved?: (roomId: string | null) => void;
  connection?: (state: 'connected' | 'reconnecting' | 'lost') => void;
  /** This connection was closed for good: the seat was opened elsewhere, or the page is out of date. */
  closed?: (why: 'replaced' | 'outdated', reason: string) => void;
}

/** Whether a join failure says this page speaks an older protocol than the server (its code; older servers only said it in English). */
export function isOutdated(error: unknown): boolean {
  return problemOfError(error)?.code === 'outdated' || (error instanceof Error && /reload the page/.test(error.message));
}

/** The handshake every room join carries. */
export function joinOptions(token: string): { token: string; protocol: number } {
  return { token, protocol: PROTOCOL_VERSION };
}

export class OnlineTable implements TablePort {
  private room: Room;
  private welcome: TableWelcome;
  private last: TableUpdate;
  private log: LogEntry[] = [];
  private cached: TableSnapshot | null = null;
  private readonly listeners = new Set<(s: TableSnapshot) => void>();
  private readonly pending = new Map<number, (r: SendResult) => void>();
  private readonly replays = new Map<number, PendingReplay>();
  private replayAsked: Promise<ReplaySource> | null = null;
  private nextId = 1;
  private closed = false;
  private replacedReason: string | null = null;
  readonly chat: ChatEntry[] = [];
  events: OnlineTableEvents = {};

  private constructor(
    private readonly sdk: Client,
    private readonly token: string,
    room: Room,
    welcome: TableWelcome,
    first: TableUpdate,
    early: ChatEntry[],
  ) {
    this.room = room;
    this.welcome = welcome;
    this.last = first;
    this.log = applyLogDelta([], first.log) ?? [];
    this.chat.push(...early);
    this.wire(room);
  }

  /** Join a table room with the participant token; resolves once the first view has arrived. */
  static async connect(sdk: Client, roomId: string, token: string): Promise<OnlineTable> {
    const { room, welcome, first, early } = await OnlineTable.open(sdk, roomId, token);
    return new OnlineTable(sdk, token, room, welcome, first, early);
  }

  private static async open(sdk: Client, roomId: string, token: string): Promise<{ room: Room; welcome: TableWelcome; first: TableUpdate; early: ChatEntry[] }> {
    const room = await sdk.joinById(roomId, joinOptions(token));
    return new Promise((resolve, reject) => {
      let welcome: TableWelcome | null = null;
      const early: ChatEntry[] = [];
      const timer = setTimeout(() => reject(new Error('the table did not answer')), 10_000);
      const offs = [
        room.onMessage('welcome', (w: TableWelcome) => {
          welcome = w;
        }),
        room.onMessage('chat', (c: ChatEntry) => {
          early.push(c);
        }),
        room.onMessage('update', (u: TableUpdate) => {
          if (!welcome) return;
          clearTimeout(timer);
          for (const off of offs) off();
          resolve({ room, welcome, first: u, early });
        }),
      ];
    });
  }

  private wire(room: Room): void {
    room.onMessage('welcome', (w: TableWelcome) => {
      this.welcome = w;
    });
    room.onMessage('update', (u: TableUpdate) => {
      // An update older than the one shown (reordered) is dropped; a log delta that starts past
      // what we hold (an update was lost) makes us ask for a full view instead of showing a
      // corrupted log.
      if (u.seq < this.last.seq) return;
      const log = applyLogDelta(this.log, u.log);
      if (log === null) {
        room.send('sync', {});
        return;
      }
      this.last = u;
      this.log = log;
      this.cached = null;
      const snap = this.snapshot();
      for (const l of this.listeners) l(snap);
    });
    room.onMessage('result', (r: ActResult) => {
      const done = this.pending.get(r.id);
      if (!done) return;
      this.pending.delete(r.id);
      done(r.ok ? { ok: true } : { ok: false, reason: r.reason ?? 'refused', ...(r.refusal ? { refusal: r.refusal } : {}), ...(isServerProblem(r.problem) ? { problem: r.problem } : {}) });
    });
    room.onMessage('replaced', (m: { reason: string }) => {
      this.replacedReason = m.reason;
    });
    room.onMessage('replay', (r: ReplayReply) => {
      const waiting = this.replays.get(r.id);
      if (!waiting) return;
      this.replays.delete(r.id);
      if (Array.isArray(r.steps) && r.steps.length > 0) waiting.resolve(r.steps);
      else waiting.reject(new Error(i18next.t('debrief.replayUnavailable')));
    });
    room.onMessage('error', (e: ErrorReply) => {
      const replay = typeof e.id === 'number' ? this.replays.get(e.id) : undefined;
      if (replay && typeof e.id === 'number') {
        this.replays.delete(e.id);
        replay.reject(new Error(problemText(e, i18next.language, e.reason)));
        return;
      }
      if (typeof e.id === 'number' && this.pending.has(e.id)) {
        this.pending.get(e.id)?.({ ok: false, reason: e.reason, ...(isServerProblem(e.problem) ? { problem: e.problem } : {}) });
        this.pending.delete(e.id);
        return;
      }
      // Worded here, in the page's language, from the code; the server's English is the fallback.
      this.events.error?.(problemText(e, i18next.language, e.reason));
    });
    room.onMessage('chat', (c: ChatEntry) => {
      if (this.chat.some((x) => x.seq === c.seq && x.table === c.table)) return;
      this.chat.push(c);
      this.events.chat?.(c);
    });
    room.onMessage('moved', (m: { roomId: string | null }) => {
      this.events.moved?.(m.roomId && m.roomId.startsWith('t_') ? m.roomId : null);
    });
    room.onDrop(() => this.events.connection?.('reconnecting'));
    room.onReconnect(() => this.events.connection?.('connected'));
    room.onLeave((code: number) => {
      if (this.closed || room !== this.room) return;
      // Moved by the facilitator: handled by `moved`. Replaced by a newer tab or device: this one
      // stops for good (it must not take the seat back). Anything else: sit down again.
      if (code === CLOSE_CODES.moved) return;
      if (code === CLOSE_CODES.replaced) {
        this.stop();
        this.events.closed?.('replaced', this.replacedReason ?? 'this seat was opened on another tab or device');
        return;
      }
      void this.rejoin(this.welcome ? this.room.roomId : '');
    });
  }

  /** Sit down again (after a long drop or a server restart), or at another table. */
  async rejoin(roomId: string, attempts = 30): Promise<boolean> {
    this.events.connection?.('reconnecting');
    for (let i = 0; i < attempts && !this.closed; i++) {
      try {
        const { room, welcome, first, early } = await OnlineTable.open(this.sdk, roomId, this.token);
        const old = this.room;
        this.room = room;
        if (old !== room) old.removeAllListeners?.();
        this.welcome = welcome;
        for (const c of early) if (!this.chat.some((x) => x.seq === c.seq && x.table === c.table)) this.chat.push(c);
        this.wire(room);
        this.last = first;
        this.log = applyLogDelta([], first.log) ?? [];
        this.cached = null;
        for (const done of this.pending.values()) done({ ok: false, reason: 'the connection was lost; try again' });
        this.pending.clear();
        this.dropReplays();
        const snap = this.snapshot();
        for (const l of this.listeners) l(snap);
        this.events.connection?.('connected');
        return true;
      } catch (error) {
        if (isOutdated(error)) {
          this.stop();
          this.events.closed?.('outdated', errorText(error, i18next.language));
          return false;
        }
        await new Promise((r) => setTimeout(r, Math.min(5000, 500 * (i + 1))));
      }
    }
    this.events.connection?.('lost');
    return false;
  }

  snapshot(): TableSnapshot {
    if (this.cached) return this.cached;
    this.cached = {
      mode: 'online',
      level: this.welcome.level,
      you: this.last.you,
      view: { ...this.last.view, log: this.log },
      seats: this.last.seats,
      timer: this.last.timer,
      debrief: this.last.debrief,
    };
    return this.cached;
  }

  get status(): SessionStatus {
    return this.last.status;
  }

  get muted(): boolean {
    return this.last.muted;
  }

  get announcement(): Announcement | null {
    return this.last.announcement ?? null;
  }

  /** Whether this table has stopped for good (closed, or replaced by another tab). */
  get stopped(): boolean {
    return this.closed;
  }

  get tableIndex(): number {
    return this.welcome.table;
  }

  subscribe(listener: (snapshot: TableSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  act(action: PlayerAction): Promise<SendResult> {
    const parsed = PlayerActionSchema.safeParse(action);
    if (!parsed.success) return Promise.resolve({ ok: false, reason: 'this move is not well formed' });
    if (this.closed) return Promise.resolve({ ok: false, reason: 'you have left the table' });
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) resolve({ ok: false, reason: 'no answer from the server; check your connection' });
      }, ACT_TIMEOUT_MS);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.room.send('act', { id, action: parsed.data });
    });
  }

  /**
   * The finished game's steps as this seat saw them, for the debrief's replay. The server keeps the
   * seed, so it replays the game and sends this seat's own views only; refused while the game is on.
   */
  replay(): Promise<ReplaySource> {
    // Asked once per game: going back and forth between the outcome and the debrief reuses it.
    this.replayAsked ??= this.replaySteps()
      .then((steps) => seatReplay(unpackSteps(steps)))
      .catch((error: unknown) => {
        this.replayAsked = null;
        throw error;
      });
    return this.replayAsked;
  }

  private replaySteps(): Promise<readonly PackedStep[]> {
    if (this.closed) return Promise.reject(new Error(i18next.t('debrief.replayUnavailable')));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.replays.delete(id)) reject(new Error(i18next.t('debrief.replayUnavailable')));
      }, REPLAY_TIMEOUT_MS);
      this.replays.set(id, {
        resolve: (steps) => (clearTimeout(timer), resolve(steps)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      this.room.send('replay', { id });
    });
  }

  say(text: string, to: string | null = null): void {
    if (to === null) this.room.send('chat', { text });
    else this.room.send('private', { to, text });
  }

  close(): void {
    this.stop();
    this.listeners.clear();
    void this.room.leave(true).catch(() => undefined);
  }

  private stop(): void {
    this.closed = true;
    for (const done of this.pending.values()) done({ ok: false, reason: 'you have left the table' });
    this.pending.clear();
    this.dropReplays();
  }

  private dropReplays(): void {
    for (const waiting of this.replays.values()) waiting.reject(new Error(i18next.t('debrief.replayUnavailable')));
    this.replays.clear();
  }
}
