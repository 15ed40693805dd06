/**
 * A table's room: sends each client its own role's view (never the game state as such) and passes
 * moves, chat and private messages in, each checked against its schema, the client's rate limit
 * and the seat the connection holds. One live connection per seat: a newer connection of the same
 * participant (another tab, another device) replaces the older, which is told and closed.
 *
 * No schema state is synchronised: hidden information makes per-client messages the simple,
 * safe choice (each client is sent only what viewFor gives its seat).
 */
import { Room, type AuthContext, type Client, type RoomException, type RoomMethodName } from '@colyseus/core';
import type { RoleView } from '../../engine/view.js';
import { publicLevel } from '../../engine/view.js';
import {
  ActMessageSchema,
  ChatMessageSchema,
  CLOSE_CODES,
  MAX_CHAT_LENGTH,
  PrivateMessageSchema,
  PROTOCOL_VERSION,
  ReplayRequestSchema,
  type ChatEntry,
  type ReplayReply,
  type TableUpdate,
} from '../../protocol/messages.js';
import { malformed, refused } from '../../protocol/server-words.js';
import { cleanText } from '../security.js';
import type { TableHost } from '../table-host.js';
import { tableRoomId, workshopRoomId, type Participant, type Workshop } from '../workshop.js';
import { admit, authFailed, closeReplaced, guestOf, newGuest, parseJoinOptions, replace, sendError, spectatorOrFacilitator, type Guest, type RoomServices } from './guest.js';
import { roleIdIn } from '../../engine/level/ids.js';
import type { RoleId } from '../../engine/types.js';

export interface TableRoomOptions {
  readonly services: RoomServices;
  readonly internalKey?: string;
  readonly sessionId?: string;
  readonly table?: number;
}

/** The least time between two replays sent to one connection. */
const REPLAY_INTERVAL_MS = 3000;

export class TableRoom extends Room {
  override autoDispose = false;
  /** Hard ceiling (Colyseus closes the connection); the softer token bucket answers first. */
  override maxMessagesPerSecond = 60;
  private services!: RoomServices;
  private workshop!: Workshop;
  private host!: TableHost;
  private pushPending = false;
  private unsubscribe: (() => void)[] = [];

  override onCreate(options: TableRoomOptions): void {
    const services = options.services;
    if (!services || options.internalKey !== services.internalKey) throw new Error('table rooms are created by the server only');
    const workshop = services.workshop(String(options.sessionId));
    const host = workshop?.tables[Number(options.table)];
    if (!workshop || !host) throw new Error('no such table');
    this.services = services;
    this.workshop = workshop;
    this.host = host;
    this.roomId = tableRoomId(workshop.id, host.index);
    this.unsubscribe.push(
      workshop.events.onTable(host, () => this.schedulePush()),
      workshop.events.onChat((table, entry) => {
        if (table === host) this.deliverChat(entry);
      }),
      workshop.events.onClaim((participant, claim) => closeReplaced(this.clients, participant, claim)),
    );
    this.onMessage('act', (client, message) => this.onAct(client, message));
    this.onMessage('chat', (client, message) => this.onChat(client, message, false));
    this.onMessage('private', (client, message) => this.onChat(client, message, true));
    this.onMessage('replay', (client, message) => this.onReplay(client, message));
    this.onMessage('sync', (client, message) => {
      if (!admit(this.services, client, message)) return;
      const g = guestOf(client);
      if (!g) return;
      g.logSent = 0;
      g.fullLog = false;
      this.sendUpdate(client, new Map());
    });
    this.onMessage('*', (client, type, message) => {
      if (!admit(this.services, client, message)) return;
      sendError(client, refused('unknownMessage', { type: String(type).slice(0, 40) }), message);
    });
  }

  override onAuth(_client: Client, options: unknown, _context: AuthContext): Guest {
    const o = parseJoinOptions(options);
    if ('token' in o) {
      const p = this.workshop.byParticipantToken(o.token);
      if (!p || p.table !== this.host.index || p.role === null) authFailed('noSeatHere');
      return newGuest('player', p, p.role);
    }
    return spectatorOrFacilitator(this.workshop, o);
  }

  override onJoin(client: Client, _options: unknown, auth: Guest): void {
    client.userData = auth;
    // This connection now holds the seat: an older one of the same participant is closed.
    if (auth.participant) {
      // The claim is this connection's before the older ones are told (this one is in `clients` already).
      auth.claim = auth.participant.claim + 1;
      this.workshop.claim(auth.participant);
    }
    if (auth.role !== null) this.host.connect(auth.role);
    if (auth.participant) this.workshop.setConnected(auth.participant, 1);
    client.send('welcome', { table: this.host.index, level: publicLevel(this.host.model.level), you: auth.role, sessionCode: this.workshop.code, protocol: PROTOCOL_VERSION });
    this.sendUpdate(client, new Map());
    // Spectators (the projector) get public information only: no chat, from the first message on.
    if (auth.kind !== 'spectator') for (const entry of this.host.chatFor(auth.role)) client.send('chat', entry);
  }

  override async onDrop(client: Client): Promise<void> {
    const g = guestOf(client);
    if (!g || g.dropped) return;
    g.dropped = true;
    if (g.role !== null) this.host.disconnect(g.role);
    if (g.participant) this.workshop.setConnected(g.participant, -1);
    try {
      await this.allowReconnection(client, Math.max(1, Math.ceil(this.services.holdSeatMs / 1000)));
    } catch {
      // Not back in time: onLeave follows; the seat hold (TableSeats) decides when a bot takes over.
    }
  }

  override onReconnect(client: Client): void {
    const g = guestOf(client);
    if (!g) return;
    g.dropped = false;
    if (g.participant && g.claim < g.participant.claim) {
      // While this connection was away, the seat was opened elsewhere.
      g.dropped = true;
      replace(client);
      return;
    }
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
    process.stderr.write(`table room ${this.roomId} (session ${this.workshop?.id ?? '?'}): ${method}: ${error.stack ?? error.message}\n`);
  }

  // -------------------------------------------------------------------------------------------

  private onAct(client: Client, message: unknown): void {
    if (!admit(this.services, client, message)) return;
    const g = guestOf(client) as Guest;
    const parsed = ActMessageSchema.safeParse(message);
    if (!parsed.success) {
      sendError(client, malformed(parsed.error), message);
      return;
    }
    if (g.kind !== 'player' || g.role === null || !g.participant) {
      client.send('result', { id: parsed.data.id, ...refused('spectatorCannotAct') });
      return;
    }
    const result = this.host.act(g.role, g.participant.id, parsed.data.action);
    client.send('result', { id: parsed.data.id, ...result });
  }

  private onChat(client: Client, message: unknown, isPrivate: boolean): void {
    if (!admit(this.services, client, message)) return;
    const g = guestOf(client) as Guest;
    const parsed = (isPrivate ? PrivateMessageSchema : ChatMessageSchema).safeParse(message);
    if (!parsed.success) return sendError(client, malformed(parsed.error), message);
    if (g.kind === 'spectator') return sendError(client, refused('spectatorCannotChat'), message);
    if (g.participant?.muted) return sendError(client, refused('muted'), message);
    const text = cleanText(parsed.data.text, MAX_CHAT_LENGTH);
    if (!text) return sendError(client, refused('emptyMessage'), message);
    let to: RoleId | null = null;
    if (isPrivate) {
      const seat = (parsed.data as unknown as { to: string }).to;
      to = roleIdIn(this.host.model, seat);
      if (to === null) return sendError(client, refused('noSuchSeat', { seat: seat.slice(0, 64) }), message);
      if (to === g.role) return sendError(client, refused('privateNeedsTwo'), message);
    }
    const from = g.kind === 'facilitator' ? 'facilitator' : (g.role as string);
    this.host.say(from, g.kind === 'facilitator' ? null : (g.participant?.name ?? null), to, text);
  }

  /**
   * The debrief's replay, once the game is over: the asking seat's own steps (a spectator's or the
   * facilitator's: the public table). A few seconds between two sends, as one is large.
   */
  private onReplay(client: Client, message: unknown): void {
    if (!admit(this.services, client, message)) return;
    const g = guestOf(client) as Guest;
    const parsed = ReplayRequestSchema.safeParse(message);
    if (!parsed.success) return sendError(client, malformed(parsed.error), message);
    const now = Date.now();
    if (now - g.replaySentAt < REPLAY_INTERVAL_MS) return sendError(client, refused('replayTooOften'), message);
    let steps: ReplayReply['steps'] | null;
    try {
      steps = this.host.replay(g.kind === 'player' ? g.role : null);
    } catch (error) {
      this.onUncaughtException(error as RoomException, 'onMessage');
      return sendError(client, refused('replayUnavailable'), message);
    }
    if (!steps) return sendError(client, refused('replayNotOver'), message);
    g.replaySentAt = now;
    const reply: ReplayReply = { id: parsed.data.id, steps };
    client.send('replay', reply);
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
    client.leave(CLOSE_CODES.moved);
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
      announcement: this.workshop.announcements.for(this.host.index),
    };
    client.send('update', update);
  }
}
