/**
 * What the two rooms share: the services they are given (no module state), who a connection is
 * (a guest: player, spectator or facilitator), the rate limit, and the handshake checks.
 */
import { ServerError, type Client } from '@colyseus/core';
import type { z } from 'zod';
import type { RoleId } from '../../engine/types.js';
import { CLOSE_CODES, MAX_MESSAGES_PER_SECOND, PROTOCOL_VERSION, TableJoinOptionsSchema, type ErrorReply } from '../../protocol/messages.js';
import { problemMessage, refused, serverText, type ServerProblem, type ServerProblemCode, type ServerProblemParams } from '../../protocol/server-words.js';
import { TokenBucket } from '../security.js';
import type { Participant, Workshop } from '../workshop.js';

/** What rooms need from the server that creates them; given to each room at its creation. */
export interface RoomServices {
  /** Rooms are created by the server only: its creation options carry this key. */
  readonly internalKey: string;
  readonly workshop: (sessionId: string) => Workshop | undefined;
  readonly holdSeatMs: number;
  readonly stats: { messagesIn: number; refused: number };
}

export interface Guest {
  kind: 'player' | 'spectator' | 'facilitator';
  participant: Participant | null;
  role: RoleId | null;
  /** The participant's claim this connection holds (see Workshop.claim); a newer claim replaces it. */
  claim: number;
  bucket: TokenBucket;
  strikes: number;
  dropped: boolean;
  /** How many log entries this client has (see TableUpdate.log), and whether it has the final, full log. */
  logSent: number;
  fullLog: boolean;
  /** When this connection was last sent the debrief's replay (epoch ms; 0: never). */
  replaySentAt: number;
}

export type JoinOptions = z.output<typeof TableJoinOptionsSchema>;

export function guestOf(client: Client): Guest | undefined {
  return client.userData as Guest | undefined;
}

export function newGuest(kind: Guest['kind'], participant: Participant | null, role: RoleId | null): Guest {
  return { kind, participant, role, claim: 0, bucket: new TokenBucket(MAX_MESSAGES_PER_SECOND, MAX_MESSAGES_PER_SECOND * 2), strikes: 0, dropped: false, logSent: 0, fullLog: false, replaySentAt: 0 };
}

/**
 * A refused handshake. Colyseus hands the client of a refused join only a status and a message
 * (the SDK's MatchMakeError), so the message carries the problem (problemMessage): the join page
 * words it in its participant's language instead of showing the library's English.
 */
export class JoinRefused extends ServerError {
  readonly problem: ServerProblem;
  constructor(problem: ServerProblem, status = 403) {
    super(status, problemMessage(problem));
    this.problem = problem;
  }
}

export function authFailed(code: ServerProblemCode, params?: ServerProblemParams): never {
  throw new JoinRefused(params ? { code, params } : { code });
}

/** The request id a message carries (an `act` or a `command`), so an error can say what it answers. */
export function requestIdOf(message: unknown): number | undefined {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 && id <= 2 ** 31 ? id : undefined;
}

/** An error reply to a message: the English `reason` and the problem as a code the client words. */
export function sendError(client: Client, { reason, problem }: { reason: string; problem: ServerProblem }, message?: unknown): void {
  const id = requestIdOf(message);
  const reply: ErrorReply = id === undefined ? { reason, problem } : { reason, problem, id };
  client.send('error', reply);
}

/**
 * The shared rate limit: too many messages get an error (at once for a request with an id, so no
 * client waits for a timeout; now and then for the rest); persistent flooding closes the connection.
 */
export function admit(services: RoomServices, client: Client, message: unknown): boolean {
  const g = guestOf(client);
  if (!g) return false;
  services.stats.messagesIn++;
  if (g.bucket.take()) return true;
  g.strikes++;
  services.stats.refused++;
  if (g.strikes > 200) client.leave(CLOSE_CODES.abuse);
  else if (requestIdOf(message) !== undefined || g.strikes % 20 === 1) sendError(client, refused('slowDown'), message);
  return false;
}

/** The handshake: well-formed options of the protocol this server speaks. */
export function parseJoinOptions(options: unknown): JoinOptions {
  const parsed = TableJoinOptionsSchema.safeParse(options);
  if (!parsed.success) authFailed('badJoinOptions');
  const version = parsed.data.protocol ?? 1;
  if (version !== PROTOCOL_VERSION) {
    authFailed('outdated', { version, server: PROTOCOL_VERSION });
  }
  return parsed.data;
}

/** The two ways into a room without a seat, the same for table and session rooms. */
export function spectatorOrFacilitator(workshop: Workshop, o: Exclude<JoinOptions, { token: string }>): Guest {
  if ('spectator' in o) {
    if (o.code.toUpperCase() !== workshop.code) authFailed('wrongCode');
    return newGuest('spectator', null, null);
  }
  if (!workshop.checkSecret(o.facilitator)) authFailed('wrongSecret');
  return newGuest('facilitator', null, null);
}

/** What a replaced connection is told before it is closed. */
export const REPLACED_REASON = serverText({ code: 'replaced' });

/** Close connections of a participant that a newer connection (another tab, another device) replaced. */
export function closeReplaced(clients: Iterable<Client>, participant: Participant, claim: number): void {
  for (const client of clients) {
    const g = guestOf(client);
    if (!g || g.participant !== participant || g.claim >= claim) continue;
    replace(client);
  }
}

export function replace(client: Client): void {
  client.send('replaced', { reason: REPLACED_REASON, problem: { code: 'replaced' } });
  client.leave(CLOSE_CODES.replaced);
}
