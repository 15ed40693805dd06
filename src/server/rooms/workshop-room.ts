/**
 * A session's room: the facilitator console (everything, and the commands), the projector's
 * public view, and participants waiting for a seat. One live connection per participant here
 * too: a newer one (another tab, another device) replaces the older.
 */
import { Room, type Client, type RoomException, type RoomMethodName } from '@colyseus/core';
import { FacilitatorMessageSchema, type ConsoleState, type PublicSessionState } from '../../protocol/messages.js';
import { malformed, refused } from '../../protocol/server-words.js';
import { consoleState, publicState } from '../workshop-views.js';
import { workshopRoomId, type Workshop } from '../workshop.js';
import { admit, authFailed, closeReplaced, guestOf, newGuest, parseJoinOptions, replace, sendError, spectatorOrFacilitator, type Guest, type RoomServices } from './guest.js';

export interface WorkshopRoomOptions {
  readonly services: RoomServices;
  readonly internalKey?: string;
  readonly sessionId?: string;
}

export class WorkshopRoom extends Room {
  override autoDispose = false;
  override maxMessagesPerSecond = 60;
  private services!: RoomServices;
  private workshop!: Workshop;
  private consolePending: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void)[] = [];

  override onCreate(options: WorkshopRoomOptions): void {
    const services = options.services;
    if (!services || options.internalKey !== services.internalKey) throw new Error('workshop rooms are created by the server only');
    const workshop = services.workshop(String(options.sessionId));
    if (!workshop) throw new Error('no such session');
    this.services = services;
    this.workshop = workshop;
    this.roomId = workshopRoomId(workshop.id);
    this.unsubscribe.push(
      workshop.events.onChange(() => this.schedulePush()),
      workshop.events.onChat((_t, entry) => {
        for (const c of this.clients) if (guestOf(c)?.kind === 'facilitator') c.send('chat', entry);
      }),
      workshop.events.onClaim((participant, claim) => closeReplaced(this.clients, participant, claim)),
    );
    this.onMessage('command', (client, message) => this.onCommand(client, message));
    this.onMessage('*', (client, type, message) => {
      if (!admit(this.services, client, message)) return;
      sendError(client, refused('unknownMessage', { type: String(type).slice(0, 40) }), message);
    });
  }

  override onAuth(_client: Client, options: unknown): Guest {
    const o = parseJoinOptions(options);
    if ('token' in o) {
      const p = this.workshop.byParticipantToken(o.token);
      if (!p) authFailed('unknownParticipant');
      return newGuest('player', p, null);
    }
    return spectatorOrFacilitator(this.workshop, o);
  }

  override onJoin(client: Client, _options: unknown, auth: Guest): void {
    client.userData = auth;
    if (auth.participant) {
      // The claim is this connection's before the older ones are told (this one is in `clients` already).
      auth.claim = auth.participant.claim + 1;
      this.workshop.claim(auth.participant);
      this.workshop.setConnected(auth.participant, 1);
    }
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
    if (g?.participant && g.claim < g.participant.claim) {
      replace(client);
      return;
    }
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
    process.stderr.write(`workshop room ${this.roomId} (session ${this.workshop?.id ?? '?'}): ${method}: ${error.stack ?? error.message}\n`);
  }

  private onCommand(client: Client, message: unknown): void {
    if (!admit(this.services, client, message)) return;
    const secret = (message as { secret?: unknown } | null)?.secret;
    // The secret is checked before the shape, so a guessed command teaches nothing about the schema.
    if (!this.workshop.checkSecret(secret)) return sendError(client, refused('facilitatorOnly'), message);
    const parsed = FacilitatorMessageSchema.safeParse(message);
    if (!parsed.success) return sendError(client, malformed(parsed.error), message);
    const result = this.workshop.command(parsed.data.command);
    client.send('result', { id: parsed.data.id, ...result });
  }

  /** Coalesced: a busy session changes many times a second; screens need a few updates a second. */
  private schedulePush(): void {
    if (this.consolePending) return;
    this.consolePending = setTimeout(() => {
      this.consolePending = null;
      let forConsole: ConsoleState | null = null;
      let forPublic: PublicSessionState | null = null;
      try {
        for (const c of this.clients) {
          const g = guestOf(c);
          if (!g) continue;
          if (g.kind === 'facilitator') c.send('console', (forConsole ??= consoleState(this.workshop)));
          else if (g.kind === 'spectator') c.send('public', (forPublic ??= publicState(this.workshop)));
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
    if (g.kind === 'facilitator') client.send('console', consoleState(this.workshop));
    else if (g.kind === 'spectator') client.send('public', publicState(this.workshop));
    else if (g.participant) client.send('participant', this.workshop.participantState(g.participant));
  }
}
