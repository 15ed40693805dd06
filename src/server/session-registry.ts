/**
 * The workshop sessions this process holds: created, found by id or join code, brought back from
 * their logs on start, expired and archived. It knows nothing of HTTP (api-routes.ts answers the
 * requests) and opens each session's rooms through Colyseus' matchmaker.
 */
import { matchMaker } from '@colyseus/core';
import { CreateSessionSchema, JoinRequestSchema, type CreateSessionResponse, type JoinResponse, type SessionSettings } from '../protocol/messages.js';
import { malformed, refused, type ServerProblem, type ServerProblemCode, type ServerProblemParams } from '../protocol/server-words.js';
import { compileLevel, type LevelModel } from '../engine/level/model.js';
import type { LevelLibrary } from './levels.js';
import { cleanName, newId, newJoinCode, newToken, normaliseJoinCode } from './security.js';
import type { Store } from './store.js';
import { Workshop, workshopRoomId, type WorkshopRuntime } from './workshop.js';

export type Refusal = { readonly error: string; readonly status: number; readonly problem: ServerProblem };

function refusal(status: number, code: ServerProblemCode, params?: ServerProblemParams): Refusal {
  const { reason, problem } = refused(code, params);
  return { error: reason, status, problem };
}

export class SessionRegistry {
  readonly sessions = new Map<string, Workshop>();
  private readonly byCode = new Map<string, Workshop>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(
    private readonly store: Store,
    readonly levels: LevelLibrary,
    private readonly runtime: WorkshopRuntime,
    private readonly internalKey: string,
    private readonly ttlMs: number,
    private readonly log: (line: string) => void,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 30_000);
    this.sweeper.unref();
  }

  /** Brings back every stored session that has not expired, with its rooms under the same ids. */
  async restoreAll(): Promise<void> {
    for (const id of this.store.list()) {
      try {
        const torn = { count: 0 };
        const records = this.store.read(id, torn);
        if (torn.count > 0) this.log(`sessions: ${id}: skipped ${torn.count} torn line(s) left by a crash`);
        const kept = this.keptLevel(id);
        const models = (level: string): LevelModel | undefined => (kept?.level.id === level ? kept : this.levels.get(level));
        const w = Workshop.restore(records, models, this.store.open(id), this.runtime, (m) => this.log(`sessions: ${id}: ${m}`));
        if (w.expired) {
          w.dispose();
          this.store.archive(id);
          continue;
        }
        this.add(w);
        await this.openRooms(w);
      } catch (error) {
        this.log(`sessions: could not restore ${id}: ${(error as Error).message}`);
      }
    }
  }

  /** The text of the level file a session was created with, kept beside its log (for its facilitator's kit). */
  levelTextOf(id: string): string | undefined {
    return this.store.readLevel(id);
  }

  /** The level a session was created with, from the copy kept beside its log (none for older sessions). */
  private keptLevel(id: string): LevelModel | undefined {
    const text = this.store.readLevel(id);
    if (text === undefined) return undefined;
    const result = this.levels.validate(text, `${id}.level.yaml`);
    if (result.ok) return compileLevel(result.level);
    this.log(`sessions: ${id}: its kept level no longer passes the validator (${result.errors.length} errors); using the folder's`);
    return undefined;
  }

  byJoinCode(raw: string): Workshop | undefined {
    const code = normaliseJoinCode(raw);
    const w = code ? this.byCode.get(code) : undefined;
    return w && !w.expired ? w : undefined;
  }

  /**
   * A new session on a level of the folder, or on the facilitator's own level (`own`: validated
   * by the caller, kept with this session only: it never enters the catalogue other sessions see).
   */
  async create(body: unknown, baseUrl: string, own?: { readonly text: string; readonly model: LevelModel }): Promise<CreateSessionResponse | Refusal> {
    const parsed = CreateSessionSchema.safeParse(body);
    if (!parsed.success) return refusal(400, 'malformed', malformed(parsed.error).problem.params);
    const req = parsed.data;
    const model = own && own.model.level.id === req.level ? own.model : this.levels.get(req.level);
    const levelText = own && own.model === model ? own.text : this.levels.textOf(req.level);
    if (!model || levelText === undefined) return refusal(400, 'noLevel', { level: req.level });
    const now = Date.now();
    const settings: SessionSettings = {
      level: req.level,
      tables: req.tables,
      seatsPerTable: req.seatsPerTable,
      turnSeconds: req.turnSeconds ?? model.level.rounds.turnSeconds,
      bots: req.bots,
      autoAssign: req.autoAssign,
      createdAt: now,
      expiresAt: now + this.ttlMs,
      seed: Math.floor(Math.random() * 0x7fffffff),
      baseUrl,
      language: req.language,
    };
    const id = newId();
    const code = newJoinCode((c) => this.byCode.has(c));
    const secret = newToken(32);
    this.store.saveLevel(id, levelText);
    const w = Workshop.create(id, code, secret, settings, model, this.store.open(id), this.runtime);
    this.add(w);
    await this.openRooms(w);
    return {
      sessionId: id,
      code,
      secret,
      joinUrl: w.joinUrl(),
      facilitatorUrl: `${baseUrl}/facilitator.html#session=${id}&secret=${secret}`,
      projectorUrl: `${baseUrl}/projector.html#code=${code}`,
    };
  }

  /** A participant joins by code (a returning one by code and token). 404 means the code was wrong. */
  join(body: unknown): JoinResponse | Refusal {
    const parsed = JoinRequestSchema.safeParse(body);
    if (!parsed.success) return refusal(400, 'malformed', malformed(parsed.error).problem.params);
    const w = this.byJoinCode(parsed.data.code);
    if (!w) return refusal(404, 'noSession');
    if (w.status === 'ended') return refusal(410, 'sessionEnded');
    const known = parsed.data.token ? w.byParticipantToken(parsed.data.token) : undefined;
    const language = w.settings.language;
    const roles = w.model.level.roles.map((r) => ({ id: r.id, name: r.name }));
    if (known) return { sessionId: w.id, workshopRoomId: workshopRoomId(w.id), participant: known.id, token: parsed.data.token as string, name: known.name, seat: w.participantState(known).seat, language, roles };
    const name = cleanName(parsed.data.name) ?? `Guest ${w.participants.size + 1}`;
    const { participant, token } = w.join(name);
    return { sessionId: w.id, workshopRoomId: workshopRoomId(w.id), participant: participant.id, token, name: participant.name, seat: w.participantState(participant).seat, language, roles };
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    for (const w of this.sessions.values()) {
      await this.closeRooms(w);
      w.dispose();
    }
    this.sessions.clear();
    this.byCode.clear();
  }

  private add(w: Workshop): void {
    this.sessions.set(w.id, w);
    this.byCode.set(w.code, w);
  }

  private sweep(): void {
    for (const w of [...this.sessions.values()]) {
      if (!w.expired) continue;
      this.sessions.delete(w.id);
      this.byCode.delete(w.code);
      void this.closeRooms(w).then(() => {
        w.dispose();
        this.store.archive(w.id);
      });
    }
  }

  private async openRooms(w: Workshop): Promise<void> {
    await matchMaker.createRoom('workshop', { internalKey: this.internalKey, sessionId: w.id });
    for (const t of w.tables) await matchMaker.createRoom('table', { internalKey: this.internalKey, sessionId: w.id, table: t.index });
  }

  private async closeRooms(w: Workshop): Promise<void> {
    for (const id of [workshopRoomId(w.id), ...w.tables.map((t) => t.roomId)]) {
      const room = matchMaker.getLocalRoomById(id);
      if (room) await room.disconnect().catch(() => undefined);
    }
  }
}
