/**
 * The online protocol: every message a client may send to the server, as zod schemas checked at
 * the trust boundary (a room's message handler), and every message the server sends back, as
 * types. A message that fails its schema is answered with `{ type: 'error', reason }` and changes
 * nothing; the rules then judge what passed the schema (GameSession.receive).
 *
 * Two rooms speak this protocol: a *table* room (one per table: moves, table chat, private
 * channels) and a *workshop* room (one per session: participants waiting for a seat, the
 * facilitator console and the projector).
 */
import { z } from 'zod';
import type { Debrief } from '../engine/debrief.js';
import { CardRefSchema, IssueRefSchema, RoleRefSchema } from '../engine/level/ids.js';
import type { GameEvent } from '../engine/rules/events.js';
import { StockStatementSchema } from '../engine/rules/statements.js';
import type { Refusal } from '../engine/rules/refusal.js';
import type { LogEntry } from '../engine/rules/state.js';
import type { PackedStep } from '../engine/replay.js';
import type { PublicLevel, RoleView } from '../engine/view.js';
import { PlayerNoteSchema } from './player-note.js';
import type { PlayerAction, SeatInfo, TimerInfo } from './port.js';
import { LANGUAGES } from './words.js';
import type { ServerProblem } from './server-words.js';
import type { RoleId } from '../engine/types.js';

/**
 * The protocol's version, sent in every room handshake. A page cached before a server upgrade
 * speaks an older protocol: the server refuses it with a message that says to reload the page.
 * Bump it whenever a message changes shape.
 */
export const PROTOCOL_VERSION = 2;
/** Close codes the rooms use (4000–4999 are the application's). */
export const CLOSE_CODES = {
  /** The facilitator moved this participant to another table or back to waiting. */
  moved: 4010,
  /** The same participant opened the seat on another tab or device: this connection is closed. */
  replaced: 4011,
  /** Too many messages. */
  abuse: 4401,
} as const;

/** Largest WebSocket frame the server reads; bigger frames close the connection (ws code 1009). */
export const MAX_FRAME_BYTES = 8 * 1024;
/** Messages a client may send per second (a token bucket with this rate and a burst of twice it). */
export const MAX_MESSAGES_PER_SECOND = 10;
export const MAX_CHAT_LENGTH = 500;
export const MAX_NAME_LENGTH = 24;
export const MAX_ANNOUNCEMENT_LENGTH = 300;

const id = z.string().min(1).max(64);
// A player's own reason for the move ("why I moved"): private to its seat until the debrief.
const reason = PlayerNoteSchema.optional();
const offerId = z.number().int().min(1).max(1_000_000);
const pkg = z.record(IssueRefSchema, z.number().int().min(0).max(99));

/** A move as a player sends it: the role is never sent, it is the seat the connection holds. */
export const PlayerActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('playCard'), card: CardRefSchema, target: RoleRefSchema.optional(), reason }),
  z.strictObject({ type: z.literal('offer'), package: pkg, reason, statement: StockStatementSchema.optional() }),
  z.strictObject({ type: z.literal('counter'), offer: offerId, package: pkg, reason, statement: StockStatementSchema.optional() }),
  z.strictObject({ type: z.literal('accept'), offer: offerId, reason }),
  z.strictObject({ type: z.literal('reject'), offer: offerId, reason }),
  z.strictObject({ type: z.literal('endTurn'), reason }),
  z.strictObject({ type: z.literal('vote'), accept: z.boolean(), reason }),
]);

// Fails to compile if the schema and port.ts's PlayerAction drift apart.
type ParsedAction = z.output<typeof PlayerActionSchema>;
const _sameAction: [ParsedAction extends PlayerAction ? true : false, PlayerAction extends ParsedAction ? true : false] = [true, true];
void _sameAction;

// ---------------------------------------------------------------------------------------------
// Client → table room

export const ActMessageSchema = z.strictObject({ id: z.number().int().min(0).max(2 ** 31), action: PlayerActionSchema });
export const ChatMessageSchema = z.strictObject({ text: z.string().trim().min(1).max(MAX_CHAT_LENGTH) });
/** A side-deal message to one other seat of the same table. */
export const PrivateMessageSchema = z.strictObject({ to: id, text: z.string().trim().min(1).max(MAX_CHAT_LENGTH) });

/** The client saw a gap in the log deltas (or lost track): send this connection a full view again. */
export const SyncMessageSchema = z.strictObject({});

/** Once the game is over: send this seat its own replay steps (answered by `replay`, or an error with the id). */
export const ReplayRequestSchema = z.strictObject({ id: z.number().int().min(0).max(2 ** 31) });

export const TABLE_MESSAGES = { act: ActMessageSchema, chat: ChatMessageSchema, private: PrivateMessageSchema, sync: SyncMessageSchema, replay: ReplayRequestSchema } as const;

// ---------------------------------------------------------------------------------------------
// Client → workshop room (facilitator commands carry the facilitator secret every time)

const secret = z.string().min(16).max(128);
const tableIndex = z.number().int().min(0).max(999);
const seconds = z.number().int().min(0).max(3600);

export const FacilitatorCommandSchema = z.discriminatedUnion('command', [
  z.strictObject({ command: z.literal('start') }),
  z.strictObject({ command: z.literal('pause') }),
  z.strictObject({ command: z.literal('resume') }),
  /** Turn timer in seconds for every table (0: no timer); applies from the next turn. */
  z.strictObject({ command: z.literal('setTimer'), seconds }),
  z.strictObject({ command: z.literal('inject'), event: id, table: z.union([tableIndex, z.literal('all')]) }),
  z.strictObject({ command: z.literal('assign'), participant: id, table: tableIndex, role: id }),
  z.strictObject({ command: z.literal('unassign'), participant: id }),
  /** Seat every participant still waiting, table by table. */
  z.strictObject({ command: z.literal('autoAssign') }),
  z.strictObject({ command: z.literal('mute'), participant: id, muted: z.boolean() }),
  z.strictObject({ command: z.literal('end') }),
  /** A message from the facilitator to every table or one, shown prominently; an empty text clears it. */
  z.strictObject({ command: z.literal('announce'), text: z.string().max(MAX_ANNOUNCEMENT_LENGTH), table: z.union([tableIndex, z.literal('all')]) }),
]);
export const FacilitatorMessageSchema = z.strictObject({ secret, id: z.number().int().min(0).max(2 ** 31), command: FacilitatorCommandSchema });
export type FacilitatorCommand = z.output<typeof FacilitatorCommandSchema>;

// ---------------------------------------------------------------------------------------------
// HTTP API bodies

export const CreateSessionSchema = z.strictObject({
  level: id,
  tables: z.number().int().min(1).max(100),
  /** Human seats per table (the level's playable roles; the rest are always bots). */
  seatsPerTable: z.number().int().min(1).max(8),
  /** Turn timer in seconds, 0 for none; defaults to the level's. */
  turnSeconds: seconds.optional(),
  bots: z.boolean(),
  /** Assign arriving participants to seats automatically (true) or wait for the facilitator. */
  autoAssign: z.boolean().default(true),
  /** The session's language: the default for its participants and the projector (each may choose another). */
  language: z.enum(LANGUAGES).default('en'),
});
export type CreateSessionRequest = z.output<typeof CreateSessionSchema>;

export const JoinRequestSchema = z.strictObject({
  code: z.string().min(1).max(16),
  name: z.string().max(200),
  /** A participant token from an earlier join: rejoin as the same participant. */
  token: z.string().min(16).max(128).optional(),
});

/**
 * Options a client passes when joining a room (checked in the room's onAuth). `protocol` is
 * optional in the schema only so that a client without it (a page from before it existed) gets
 * "reload the page" rather than "bad join options".
 */
const protocol = z.number().int().min(0).max(1_000_000).optional();
export const TableJoinOptionsSchema = z.union([
  z.strictObject({ token: z.string().min(16).max(128), protocol }),
  z.strictObject({ spectator: z.literal(true), code: z.string().min(1).max(16), protocol }),
  z.strictObject({ facilitator: z.string().min(16).max(128), protocol }),
]);
export const WorkshopJoinOptionsSchema = TableJoinOptionsSchema;

// ---------------------------------------------------------------------------------------------
// Server → client

export interface ChatEntry {
  readonly seq: number;
  readonly at: number;
  readonly table: number;
  /** The sender's seat (role id) or 'facilitator'. */
  readonly from: string;
  readonly name: string | null;
  /** null: to the whole table; a role id: a private two-party channel. */
  readonly to: string | null;
  readonly text: string;
}

/** Sent once on joining a table room: what does not change during a game. */
export interface TableWelcome {
  readonly table: number;
  readonly level: PublicLevel;
  readonly you: RoleId | null;
  readonly sessionCode: string;
  /** The server's PROTOCOL_VERSION. */
  readonly protocol: number;
}

/**
 * Sent after every change: the receiver's own role view and nothing else of the game. The view's
 * log is sent as the entries this client has not had yet (`log.from` is the index of the first):
 * a long game's log would otherwise dominate every message. `from: 0` replaces the whole log.
 */
export interface TableUpdate {
  readonly seq: number;
  readonly you: RoleId | null;
  /** The role view with an empty `log`; see `log`. */
  readonly view: RoleView;
  readonly log: { readonly from: number; readonly entries: readonly LogEntry[] };
  readonly seats: readonly SeatInfo[];
  readonly timer: TimerInfo;
  readonly status: SessionStatus;
  readonly debrief: Debrief | null;
  /** Whether this participant's chat is muted by the facilitator. */
  readonly muted: boolean;
  /** How many events the game has accepted, and when the last one was (epoch ms): for latency checks. */
  readonly events: number;
  readonly lastEventAt: number;
  /** The facilitator's message to this table (or to every table), if one is showing. */
  readonly announcement: Announcement | null;
}

/** A message from the facilitator, shown prominently to participants and on the projector. */
export interface Announcement {
  readonly text: string;
  readonly at: number;
  /** The table it is for, or null for every table. */
  readonly table: number | null;
}

export type SessionStatus = 'lobby' | 'running' | 'paused' | 'ended';

/** An error reply; `id` is the request it answers (an `act` or a `command`), when it had one. */
export interface ErrorReply {
  readonly reason: string;
  /** The same as a code, for the client to word in its reader's language. */
  readonly problem?: ServerProblem;
  readonly id?: number;
}

export interface ActResult {
  readonly id: number;
  readonly ok: boolean;
  readonly reason?: string;
  /** The rules' refusal as a code, for the client to word in its player's language. */
  readonly refusal?: Refusal;
  /** The server's refusal (session paused, not your seat...) as a code, likewise. */
  readonly problem?: ServerProblem;
}

export interface ParticipantInfo {
  readonly id: string;
  readonly name: string;
  readonly connected: boolean;
  readonly table: number | null;
  readonly role: string | null;
  readonly muted: boolean;
}

export interface TableSummary {
  readonly index: number;
  readonly roomId: string;
  readonly phase: RoleView['phase'];
  readonly round: number;
  readonly rounds: number;
  readonly turnRole: string | null;
  readonly seats: readonly SeatInfo[];
  readonly timer: TimerInfo;
  readonly outcome: 'agreement' | 'noDeal' | null;
  readonly actions: number;
}

/** One table's line in the cross-table debrief. */
export interface TableResult {
  readonly index: number;
  readonly outcome: 'agreement' | 'noDeal';
  /** The agreed text (or the no-deal world): option label per issue id. */
  readonly text: Readonly<Record<string, number>>;
  readonly paretoDistance: number;
  readonly roles: readonly { role: string; value: number; noDealValue: number; scoreVsNoDeal: number; relativeGain: number; winShare: number }[];
  /** Final-year value of every indicator, agreed world, and no-deal world. */
  readonly indicators: readonly { id: string; value: number; noDeal: number }[];
}

/** What a participant waiting in the workshop room sees. */
export interface ParticipantState {
  readonly you: ParticipantInfo;
  readonly status: SessionStatus;
  readonly title: string;
  /** The table room to join, once seated. */
  readonly seat: { readonly table: number; readonly role: string; readonly roomId: string } | null;
  readonly announcement: Announcement | null;
}

/** What screens need of the level to label results (public parts only). */
export interface LevelSummary {
  readonly id: string;
  readonly title: string;
  readonly years: number;
  readonly roles: readonly { readonly id: string; readonly name: string; readonly colour: string | null }[];
  readonly issues: readonly { readonly id: string; readonly name: string; readonly options: readonly string[] }[];
  readonly indicators: readonly { readonly id: string; readonly name: string; readonly unit: string }[];
  readonly debriefQuestions: readonly string[];
}

/** The projector's view of the whole session: public only. */
export interface PublicSessionState {
  readonly code: string;
  readonly joinUrl: string;
  readonly status: SessionStatus;
  readonly level: LevelSummary;
  readonly participants: number;
  readonly tables: readonly TableSummary[];
  /** Filled once every table has concluded (or the session ended). */
  readonly results: readonly TableResult[];
  /** The session's language (the level summary above is worded in it); each screen may show another. */
  readonly language: string;
  /** The facilitator's messages showing now: to every table (table null) and to single tables. */
  readonly announcements: readonly Announcement[];
}

/** The facilitator console: everything, including private channels. */
export interface ConsoleState extends PublicSessionState {
  readonly sessionId: string;
  readonly settings: SessionSettings;
  readonly participantList: readonly ParticipantInfo[];
  readonly chat: readonly ChatEntry[];
  readonly events: readonly { readonly id: string; readonly name: string; readonly trigger: string }[];
  readonly roles: readonly { readonly id: string; readonly name: string; readonly playable: boolean }[];
  /** Display names used by more than one participant (two tabs, or two students who must tell themselves apart). */
  readonly duplicateNames: readonly string[];
}

export interface SessionSettings {
  readonly level: string;
  readonly tables: number;
  readonly seatsPerTable: number;
  readonly turnSeconds: number;
  readonly bots: boolean;
  readonly autoAssign: boolean;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly seed: number;
  /** Where participants reach the game (from the facilitator's request), for the join link. */
  readonly baseUrl: string;
  /** The session's language, the default for its participants and projector. */
  readonly language: string;
}

export interface CreateSessionResponse {
  readonly sessionId: string;
  readonly code: string;
  readonly secret: string;
  readonly joinUrl: string;
  readonly facilitatorUrl: string;
  readonly projectorUrl: string;
}

export interface JoinResponse {
  readonly sessionId: string;
  readonly workshopRoomId: string;
  readonly participant: string;
  readonly token: string;
  readonly name: string;
  /** The seat, if the participant already has one (automatic assignment seats on arrival). */
  readonly seat: ParticipantState['seat'];
  /** The session's language, for a participant who has not chosen one. */
  readonly language: string;
  /** The level's seats with their public names in every language it has, to say "you sit as …". */
  readonly roles: readonly { readonly id: string; readonly name: Readonly<Record<string, string>> }[];
}

/** The server→client message types, by name. */
export interface ServerMessages {
  welcome: TableWelcome;
  update: TableUpdate;
  result: ActResult;
  chat: ChatEntry;
  error: ErrorReply;
  /** Sent before the server closes this connection because the same seat was opened elsewhere. */
  replaced: { readonly reason: string };
  participant: ParticipantState;
  public: PublicSessionState;
  console: ConsoleState;
  moved: { readonly roomId: string | null };
  replay: ReplayReply;
}

/**
 * A finished game's steps as the asking seat saw them (a spectator: the public table), each as its
 * changes from the step before and without its log: the client unpacks them and cuts the debrief's
 * log at each step's length (engine/replay.ts `unpackSteps`, `stepView`).
 */
export interface ReplayReply {
  readonly id: number;
  readonly steps: readonly PackedStep[];
}

/**
 * Rebuild a view's log from the entries kept so far and an update's delta; null when the delta
 * starts past what is kept (an update was lost): the client then asks for a full view (`sync`).
 */
export function applyLogDelta(kept: readonly LogEntry[], delta: TableUpdate['log']): LogEntry[] | null {
  if (delta.from === 0) return delta.entries.slice();
  if (delta.from > kept.length) return null;
  return kept.slice(0, delta.from).concat(delta.entries);
}

export type LoggedEvent = { readonly at: number; readonly event: GameEvent };

/** The first error of a zod parse, in one line for the client. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
  return `malformed message${where}: ${issue?.message ?? 'invalid'}`;
}
