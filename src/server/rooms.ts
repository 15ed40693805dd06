/**
 * The Colyseus rooms: transports around a Workshop and its TableHosts. A table room sends each
 * client its own role's view (never the game state as such) and passes moves, chat and private
 * messages in, each checked against its schema, the client's rate limit and the seat the
 * connection holds; a workshop room carries the facilitator console, the projector's public
 * view, and participants waiting for a seat.
 *
 * No schema state is synchronised: hidden information makes per-client messages the simple,
 * safe choice (each client is sent only what viewFor gives its seat).
 */
import { Room, ServerError, type AuthContext, type Client, type RoomException, type RoomMethodName } from '@colyseus/core';
import type { z } from 'zod';
import type { RoleId } from '../engine/types.js';
import type { RoleView } from '../engine/view.js';
import { publicLevel } from '../engine/view.js';
import {
  ActMessageSchema,
  ChatMessageSchema,
  describeIssue,
  FacilitatorMessageSchema,
  MAX_CHAT_LENGTH,
  MAX_MESSAGES_PER_SECOND,
  PrivateMessageSchema,
  TableJoinOptionsSchema,
  type ChatEntry,
  type TableUpdate,
} from '../protocol/messages.js';
import { cleanText, TokenBucket } from './security.js';
import type { TableHost } from './table-host.js';
import { tableRoomId, workshopRoomId, type Participant, type Workshop } from './workshop.js';

/** Set by game-server.ts: how rooms find their workshop (rooms are created only by the server). */
export interface RoomContext {
  readonly internalKey: string;
  readonly workshop: (sessionId: string) => Workshop | undefined;
  readonly holdSeatMs: number;
  readonly stats: { messagesIn: number; refused: number };
}
let context: RoomContext | null = null;
export function setRoomContext(c: RoomContext): void {
  context = c;
}

interface Guest {
  kind: 'player' | 'spectator' | 'facilitator';
  participant: Participant | null;
  role: RoleId | null;
  bucket: TokenBucket;
  strikes: number;
  dropped: boolean;
  /** How many log entries this client has (see TableUpdate.log), and whether it has the final, full log. */
  logSent: number;
  fullLog: boolean;
}

const CLOSE_ABUSE = 4401;

function guestOf(client: Client): Guest {
  return client.userData as Guest;
}

/** The shared rate limit: too many messages get an error; persistent flooding closes the connection. */
function admit(client: Client): boolean {
  const g = guestOf(client);
  if (!g) return false;
  if (context) context.stats.messagesIn++;
  if (g.bucket.take()) return true;
  g.strikes++;
  if (context) context.stats.refused++;
  if (g.strikes > 200) client.leave(CLOSE_ABUSE);
  else if (g.strikes % 20 === 1) client.send('error', { reason: 'too many messages: slow down' });
  return false;
}

function newGuest(kind: Guest['kind'], participant: Participant | null, role: RoleId | null): Guest {
  return { kind, participant, role, bucket: new TokenBucket(MAX_MESSAGES_PER_SECOND, MAX_MESSAGES_PER_SECOND * 2), strikes: 0, dropped: false, logSent: 0, fullLog: false };
}

function authFailed(reason: string): never {
  throw new ServerError(403, reason);
}

/** The two ways into a room without a seat, the same for table and session rooms. */
function spectatorOrFacilitator(workshop: Workshop, o: Exclude<z.output<typeof TableJoinOptionsSchema>, { token: string }>): Guest {
  if ('spectator' in o) {
    if (o.code.toUpperCase() !== workshop.code) authFailed('wrong session code');
    return newGuest('spectator', null, null);
  }
  if (!workshop.checkSecret(o.facilitator)) authFailed('wrong facilitator secret');
  return newGuest('facilitator', null, null);
}

// ---------------------------------------------------------------------------------------------

export class TableRoom extends Room {
  override autoDispose = false;
  /** Hard ceiling (Colyseus closes the connection); the softer token bucket answers first. */
  override maxMessagesPerSecond = 60;
  private workshop!: Workshop;
  private host!: TableHost;
  private pushPending = false;
  private unsubscribe: (() => void)[] = [];

  override onCreate(options: { internalKey?: string; sessionId?: string; table?: number }): void {
    if (!context || options.internalKey !== context.internalKey) throw new Error('table rooms are created by the server only');
    const workshop = context.workshop(String(options.sessionId));
    const host = workshop?.tables[Number(options.table)];
    if (!workshop || !host) throw new Error('no such table');
    this.workshop = workshop;
    this.host = host;
    this.roomId = tableRoomId(workshop.id, host.index);
    this.unsubscribe.push(
      workshop.onTable(host, () => this.schedulePush()),
      workshop.onChat((table, entry) => {
        if (table === host) this.deliverChat(entry);
      }),
    );
    this.onMessage('act', (client, message) => this.onAct(client, message));
    this.onMessage('chat', (client, message) => this.onChat(client, message, false));
    this.onMessage('private', (client, message) => this.onChat(client, message, true));
    this.onMessage('*', (client, type) => {
      if (!admit(client)) return;
      client.send('error', { reason: `unknown message type "${String(type).slice(0, 40)}"` });
    });
  }

  override onAuth(_client: Client, options: unknown, _context: AuthContext): Guest {
    const parsed = TableJoinOptionsSchema.safeParse(options);
    if (!parsed.success) authFailed('bad join options');
    const o = parsed.data;
    if ('token' in o) {
      const p = this.workshop.byParticipantToken(o.token);
      if (!p || p.table !== this.host.index || p.role === null) authFailed('you have no seat at this table');
      return newGuest('player', p, p.role);
    }
    return spectatorOrFacilitator(this.workshop, o);
  }

  override onJoin(client: Client, _options: unknown, auth: Guest): void {
    client.userData = auth;
    if (auth.role !== null) this.host.connect(auth.role);
    if (auth.participant) this.workshop.setConnected(auth.participant, 1);
    client.send('welcome', { table: this.host.index, level: publicLevel(this.host.model.level), you: auth.role, sessionCode: this.workshop.code });
    this.sendUpdate(client, new Map());
    for (const entry of this.host.chatFor(auth.kind === 'facilitator' ? null : auth.role)) client.send('chat', entry);
  }

  override async onDrop(client: Client): Promise<void> {
    const g = guestOf(client);
    if (!g || g.dropped) return;
    g.dropped = true;
    if (g.role !== null) this.host.disconnect(g.role);
    if (g.participant) this.workshop.setConnected(g.participant, -1);
    try {
      await this.allowReconnection(client, Math.max(1, Math.ceil((context?.holdSeatMs ?? 60_000) / 1000)));
    } catch {
      // Not back in time: onLeave follows; the seat hold (TableHost) decides when a bot takes over.
    }
  }

  override onReconnect(client: Client): void {
    const g = guestOf(client);
    if (!g) return;
    g.dropped = false;
    if (g.participant && (g.participant.table !== this.host.index || g.participant.role !== g.role)) {
      this.sendMoved(client, g.participant);
      return;
    }
    if (g.role !== null) this.host.connect(g.role);
    if (g.participant) this.workshop.setConnected(g.participant, 1);
    g.logSent = 0;
    g.fullLog = false;
    this.sendUpdate(client, new Map());
  }

  override onLeave(client: Client): void {
    const g = guestOf(client);
    if (!g || g.dropped) return;
    g.dropped = true;
    if (g.role !== null) this.host.disconnect(g.role);
    if (g.participant) this.workshop.setConnected(g.participant, -1);
  }

  override onDispose(): void {
    for (const u of this.unsubscribe) u();
  }

  /** A bug in a handler must cost one message, not the process (and every other table). */
  override onUncaughtException(error: RoomException, method: RoomMethodName): void {
    process.stderr.write(`table room ${this.roomId}: ${method}: ${error.stack ?? error.message}\n`);
  }

  // -------------------------------------------------------------------------------------------

  private onAct(client: Client, message: unknown): void {
    if (!admit(client)) return;
    const g = guestOf(client);
    const parsed = ActMessageSchema.safeParse(message);
    const id = typeof (message as { id?: unknown } | null)?.id === 'number' ? (message as { id: number }).id : null;
    if (!parsed.success) {
      client.send('error', { reason: describeIssue(parsed.error), ...(id !== null ? { id } : {}) });
      return;
    }
    if (g.kind !== 'player' || g.role === null || !g.participant) {
      client.send('result', { id: parsed.data.id, ok: false, reason: 'spectators cannot act' });
      return;
    }
    const result = this.host.act(g.role, g.participant.id, parsed.data.action);
    client.send('result', { id: parsed.data.id, ...result });
  }

  private onChat(client: Client, message: unknown, isPrivate: boolean): void {
    if (!admit(client)) return;
    const g = guestOf(client);
    const parsed = (isPrivate ? PrivateMessageSchema : ChatMessageSchema).safeParse(message);
    if (!parsed.success) {
      client.send('error', { reason: describeIssue(parsed.error) });
      return;
    }
    if (g.kind === 'spectator') {
      client.send('error', { reason: 'spectators cannot chat' });
      return;
    }
    if (g.participant?.muted) {
      client.send('error', { reason: 'the facilitator has muted your chat' });
      return;
    }
    const text = cleanText(parsed.data.text, MAX_CHAT_LENGTH);
    if (!text) {
      client.send('error', { reason: 'empty message' });
      return;
    }
    let to: string | null = null;
    if (isPrivate) {
      to = (parsed.data as unknown as { to: string }).to;
      if (!this.host.model.roleIds.includes(to)) {
        client.send('error', { reason: `no seat "${to.slice(0, 64)}" at this table` });
        return;
      }
      if (to === g.role) {
        client.send('error', { reason: 'a private channel needs two parties' });
        return;
      }
    }
    const from = g.kind === 'facilitator' ? 'facilitator' : (g.role as string);
    this.host.say(from, g.kind === 'facilitator' ? null : (g.participant?.name ?? null), to, text);
  }

  /** A chat entry goes only to those it is addressed to (the facilitator reads them in the console). */
  private deliverChat(entry: ChatEntry): void {
    for (const client of this.clients) {
      const g = guestOf(client);
      if (!g) continue;
      const mine = entry.to === null ? g.kind !== 'spectator' : g.role !== null && (entry.to === g.role || entry.from === g.role);
      if (mine) client.send('chat', entry);
    }
  }

  private schedulePush(): void {
    if (this.pushPending) return;
    this.pushPending = true;
    setImmediate(() => {
      this.pushPending = false;
      const views = new Map<string, RoleView>();
      try {
        for (const client of this.clients) this.sendUpdate(client, views);
      } catch (error) {
        this.onUncaughtException(error as RoomException, 'onMessage');
      }
    });
  }

  private sendMoved(client: Client, p: Participant): void {
    client.send('moved', { roomId: p.table !== null ? tableRoomId(this.workshop.id, p.table) : workshopRoomId(this.workshop.id) });
    client.leave(4000 + 10);
  }

  private sendUpdate(client: Client, views: Map<string, RoleView>): void {
    const g = guestOf(client);
    if (!g) return;
    if (g.participant && (g.participant.table !== this.host.index || g.participant.role !== g.role)) {
      this.sendMoved(client, g.participant);
      return;
    }
    const key = g.role ?? '';
    let view = views.get(key);
    if (!view) {
      view = this.host.view(g.role);
      views.set(key, view);
    }
    // The log goes as a delta; once the game is over the whole log (with every reason) replaces it.
    let from = g.logSent;
    if (view.phase === 'concluded' && !g.fullLog) {
      from = 0;
      g.fullLog = true;
    }
    const entries = from >= view.log.length ? [] : view.log.slice(from);
    g.logSent = view.log.length;
    const update: TableUpdate = {
      seq: this.host.seq,
      you: g.role,
      view: { ...view, log: [] },
      log: { from, entries },
      seats: this.host.seatInfo(),
      timer: this.host.timer(),
      status: this.workshop.status,
      debrief: this.host.debrief(),
      muted: g.participant?.muted ?? false,
      events: this.host.session.history.length,
      lastEventAt: this.host.lastEventAt,
    };
    client.send('update', update);
  }
}

// ---------------------------------------------------------------------------------------------

export class WorkshopRoom extends Room {
  override autoDispose = false;
  override maxMessagesPerSecond = 60;
  private workshop!: Workshop;
  private consolePending: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void)[] = [];

  override onCreate(options: { internalKey?: string; sessionId?: string }): void {
    if (!context || options.internalKey !== context.internalKey) throw new Error('workshop rooms are created by the server only');
    const workshop = context.workshop(String(options.sessionId));
    if (!workshop) throw new Error('no such session');
    this.workshop = workshop;
    this.roomId = workshopRoomId(workshop.id);
    this.unsubscribe.push(
      workshop.onChange(() => this.schedulePush()),
      workshop.onChat((_t, entry) => {
        for (const c of this.clients) if (guestOf(c)?.kind === 'facilitator') c.send('chat', entry);
      }),
    );
    this.onMessage('command', (client, message) => this.onCommand(client, message));
    this.onMessage('*', (client, type) => {
      if (!admit(client)) return;
      client.send('error', { reason: `unknown message type "${String(type).slice(0, 40)}"` });
    });
  }

  override onAuth(_client: Client, options: unknown): Guest {
    const parsed = TableJoinOptionsSchema.safeParse(options);
    if (!parsed.success) authFailed('bad join options');
    const o = parsed.data;
    if ('token' in o) {
      const p = this.workshop.byParticipantToken(o.token);
      if (!p) authFailed('unknown participant');
      return newGuest('player', p, null);
    }
    return spectatorOrFacilitator(this.workshop, o);
  }

  override onJoin(client: Client, _options: unknown, auth: Guest): void {
    client.userData = auth;
    if (auth.participant) this.workshop.setConnected(auth.participant, 1);
    this.sendState(client);
  }

  override async onDrop(client: Client): Promise<void> {
    const g = guestOf(client);
    if (g?.participant && !g.dropped) this.workshop.setConnected(g.participant, -1);
    if (g) g.dropped = true;
    try {
      await this.allowReconnection(client, 30);
    } catch {
      // gone
    }
  }

  override onReconnect(client: Client): void {
    const g = guestOf(client);
    if (g?.participant && g.dropped) this.workshop.setConnected(g.participant, 1);
    if (g) g.dropped = false;
    this.sendState(client);
  }

  override onLeave(client: Client): void {
    const g = guestOf(client);
    if (g?.participant && !g.dropped) this.workshop.setConnected(g.participant, -1);
    if (g) g.dropped = true;
  }

  override onDispose(): void {
    for (const u of this.unsubscribe) u();
    if (this.consolePending) clearTimeout(this.consolePending);
  }

  override onUncaughtException(error: RoomException, method: RoomMethodName): void {
    process.stderr.write(`workshop room ${this.roomId}: ${method}: ${error.stack ?? error.message}\n`);
  }

  private onCommand(client: Client, message: unknown): void {
    if (!admit(client)) return;
    const id = typeof (message as { id?: unknown } | null)?.id === 'number' ? (message as { id: number }).id : null;
    const secret = (message as { secret?: unknown } | null)?.secret;
    // The secret is checked before the shape, so a guessed command teaches nothing about the schema.
    if (!this.workshop.checkSecret(secret)) {
      client.send('error', { reason: 'facilitator commands need the facilitator secret', ...(id !== null ? { id } : {}) });
      return;
    }
    const parsed = FacilitatorMessageSchema.safeParse(message);
    if (!parsed.success) {
      client.send('error', { reason: describeIssue(parsed.error), ...(id !== null ? { id } : {}) });
      return;
    }
    const result = this.workshop.command(parsed.data.command);
    client.send('result', { id: parsed.data.id, ...result });
  }

  /** Coalesced: a busy session changes many times a second; screens need a few updates a second. */
  private schedulePush(): void {
    if (this.consolePending) return;
    this.consolePending = setTimeout(() => {
      this.consolePending = null;
      let consoleState: ReturnType<Workshop['consoleState']> | null = null;
      let publicState: ReturnType<Workshop['publicState']> | null = null;
      try {
        for (const c of this.clients) {
          const g = guestOf(c);
          if (!g) continue;
          if (g.kind === 'facilitator') c.send('console', (consoleState ??= this.workshop.consoleState()));
          else if (g.kind === 'spectator') c.send('public', (publicState ??= this.workshop.publicState()));
          else if (g.participant) c.send('participant', this.workshop.participantState(g.participant));
        }
      } catch (error) {
        this.onUncaughtException(error as RoomException, 'onMessage');
      }
    }, 150);
  }

  private sendState(client: Client): void {
    const g = guestOf(client);
    if (!g) return;
    if (g.kind === 'facilitator') client.send('console', this.workshop.consoleState());
    else if (g.kind === 'spectator') client.send('public', this.workshop.publicState());
    else if (g.participant) client.send('participant', this.workshop.participantState(g.participant));
  }
}
