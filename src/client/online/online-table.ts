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
import type { SendResult } from '../../engine/session.js';
import type { LogEntry } from '../../engine/rules/state.js';
import { applyLogDelta, PlayerActionSchema, type ActResult, type ChatEntry, type SessionStatus, type TableUpdate, type TableWelcome } from '../../protocol/messages.js';
import type { PlayerAction, TablePort, TableSnapshot } from '../../protocol/port.js';

const ACT_TIMEOUT_MS = 15_000;

export interface OnlineTableEvents {
  chat?: (entry: ChatEntry) => void;
  error?: (reason: string) => void;
  /** The facilitator moved this participant (to another table, or back to waiting). */
  moved?: (roomId: string | null) => void;
  connection?: (state: 'connected' | 'reconnecting' | 'lost') => void;
}

export class OnlineTable implements TablePort {
  private room: Room;
  private welcome: TableWelcome;
  private last: TableUpdate;
  private log: LogEntry[] = [];
  private cached: TableSnapshot | null = null;
  private readonly listeners = new Set<(s: TableSnapshot) => void>();
  private readonly pending = new Map<number, (r: SendResult) => void>();
  private nextId = 1;
  private closed = false;
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
    this.log = applyLogDelta([], first.log);
    this.chat.push(...early);
    this.wire(room);
  }

  /** Join a table room with the participant token; resolves once the first view has arrived. */
  static async connect(sdk: Client, roomId: string, token: string): Promise<OnlineTable> {
    const { room, welcome, first, early } = await OnlineTable.open(sdk, roomId, token);
    return new OnlineTable(sdk, token, room, welcome, first, early);
  }

  private static async open(sdk: Client, roomId: string, token: string): Promise<{ room: Room; welcome: TableWelcome; first: TableUpdate; early: ChatEntry[] }> {
    const room = await sdk.joinById(roomId, { token });
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
      this.last = u;
      this.log = applyLogDelta(this.log, u.log);
      this.cached = null;
      const snap = this.snapshot();
      for (const l of this.listeners) l(snap);
    });
    room.onMessage('result', (r: ActResult) => {
      const done = this.pending.get(r.id);
      if (!done) return;
      this.pending.delete(r.id);
      done(r.ok ? { ok: true } : { ok: false, reason: r.reason ?? 'refused' });
    });
    room.onMessage('error', (e: { reason: string; id?: number }) => {
      if (typeof e.id === 'number' && this.pending.has(e.id)) {
        this.pending.get(e.id)?.({ ok: false, reason: e.reason });
        this.pending.delete(e.id);
        return;
      }
      this.events.error?.(e.reason);
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
      // 4010: moved by the facilitator (handled by `moved`); anything else: try to sit down again.
      if (code === 4010) return;
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
        this.log = applyLogDelta([], first.log);
        this.cached = null;
        for (const done of this.pending.values()) done({ ok: false, reason: 'the connection was lost; try again' });
        this.pending.clear();
        const snap = this.snapshot();
        for (const l of this.listeners) l(snap);
        this.events.connection?.('connected');
        return true;
      } catch {
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

  say(text: string, to: string | null = null): void {
    if (to === null) this.room.send('chat', { text });
    else this.room.send('private', { to, text });
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
    for (const done of this.pending.values()) done({ ok: false, reason: 'you have left the table' });
    this.pending.clear();
    void this.room.leave(true).catch(() => undefined);
  }
}
