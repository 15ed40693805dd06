/**
 * A workshop session: its settings, join code and facilitator secret, the participants, the
 * tables, and everything the facilitator does to them. Every change is written to the session's
 * file (store.ts) before it takes effect for anyone, and a session read back from its file is the
 * same session: the restart path and the live path share this class.
 */
import type { LevelModel } from '../engine/level/model.js';
import type { GameEvent } from '../engine/rules/events.js';
import type { SendResult } from '../engine/session.js';
import type { RoleId } from '../engine/types.js';
import type {
  ChatEntry,
  ConsoleState,
  FacilitatorCommand,
  LevelSummary,
  ParticipantInfo,
  ParticipantState,
  PublicSessionState,
  SessionSettings,
  SessionStatus,
  TableResult,
} from '../protocol/messages.js';
import { textOf } from './levels.js';
import { hashSecret, newToken, secretMatches } from './security.js';
import type { SessionFile } from './store.js';
import { TableHost } from './table-host.js';

export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly joinedAt: number;
  table: number | null;
  role: RoleId | null;
  muted: boolean;
  /** Live connections (workshop or table room); not persisted. */
  connections: number;
}

export interface WorkshopRuntime {
  readonly botDelayMs: number;
  readonly holdSeatMs: number;
}

export type WorkshopListener = (what: 'session' | 'table', table?: TableHost) => void;
export type ChatListener = (table: TableHost, entry: ChatEntry) => void;

type SessionRecord =
  | { k: 'settings'; id: string; code: string; secretHash: string; settings: SessionSettings }
  | { k: 'participant'; id: string; name: string; tokenHash: string; at: number }
  | { k: 'assign'; participant: string; table: number; role: string }
  | { k: 'unassign'; participant: string }
  | { k: 'status'; status: SessionStatus; at: number }
  | { k: 'timer'; seconds: number }
  | { k: 'mute'; participant: string; muted: boolean }
  | { k: 'game'; t: number; at: number; by: string; e: GameEvent }
  | ({ k: 'chat' } & ChatEntry);

export class Workshop {
  readonly tables: TableHost[] = [];
  readonly participants = new Map<string, Participant>();
  private readonly byToken = new Map<string, string>();
  status: SessionStatus = 'lobby';
  turnSeconds: number;
  private readonly listeners = new Set<WorkshopListener>();
  private readonly tableListeners = new Map<TableHost, Set<() => void>>();
  private readonly chatListeners = new Set<ChatListener>();
  private participantSeq = 0;
  private restoring = false;

  private constructor(
    readonly id: string,
    readonly code: string,
    private readonly secretHash: string,
    readonly settings: SessionSettings,
    readonly model: LevelModel,
    private readonly file: SessionFile,
    private readonly runtime: WorkshopRuntime,
    histories: readonly (readonly GameEvent[])[] = [],
  ) {
    this.turnSeconds = settings.turnSeconds;
    const playable = model.level.roles.filter((r) => r.playable).map((r) => r.id);
    const humanRoles = playable.slice(0, Math.max(1, Math.min(settings.seatsPerTable, playable.length)));
    for (let i = 0; i < settings.tables; i++) {
      this.tables.push(
        new TableHost(
          {
            index: i,
            roomId: tableRoomId(id, i),
            model,
            seed: (settings.seed + i * 7919) >>> 0,
            humanRoles,
            bots: settings.bots,
            botDelayMs: runtime.botDelayMs,
            holdSeatMs: runtime.holdSeatMs,
          },
          {
            record: (r) => this.record(r),
            changed: (t) => this.emit('table', t),
            chat: (t, e) => {
              for (const l of this.chatListeners) l(t, e);
            },
          },
          histories[i] ?? [],
        ),
      );
    }
  }

  static create(
    id: string,
    code: string,
    secret: string,
    settings: SessionSettings,
    model: LevelModel,
    file: SessionFile,
    runtime: WorkshopRuntime,
  ): Workshop {
    const secretHash = hashSecret(secret);
    file.append({ k: 'settings', id, code, secretHash, settings });
    const w = new Workshop(id, code, secretHash, settings, model, file, runtime);
    w.resumeTables();
    return w;
  }

  /** Bring a session back from its records (after a restart). */
  static restore(records: readonly unknown[], models: (id: string) => LevelModel | undefined, file: SessionFile, runtime: WorkshopRuntime): Workshop {
    const first = records[0] as SessionRecord | undefined;
    if (!first || first.k !== 'settings') throw new Error('session file does not start with its settings');
    const model = models(first.settings.level);
    if (!model) throw new Error(`level "${first.settings.level}" is not available`);
    const histories: GameEvent[][] = Array.from({ length: first.settings.tables }, () => []);
    for (const r of records as SessionRecord[]) if (r.k === 'game') histories[r.t]?.push(r.e);
    const w = new Workshop(first.id, first.code, first.secretHash, first.settings, model, file, runtime, histories);
    w.restoring = true;
    for (const r of records.slice(1) as SessionRecord[]) {
      switch (r.k) {
        case 'participant':
          w.addParticipant(r.id, r.name, r.tokenHash, r.at);
          break;
        case 'assign':
          w.assign(r.participant, r.table, r.role);
          break;
        case 'unassign':
          w.unassign(r.participant);
          break;
        case 'status':
          w.status = r.status;
          break;
        case 'timer':
          w.turnSeconds = r.seconds;
          break;
        case 'mute': {
          const p = w.participants.get(r.participant);
          if (p) p.muted = r.muted;
          break;
        }
        case 'chat': {
          const { k: _k, ...entry } = r;
          w.tables[entry.table]?.restoreChat(entry);
          break;
        }
        default:
          break;
      }
    }
    w.restoring = false;
    w.resumeTables();
    return w;
  }

  private resumeTables(): void {
    for (const t of this.tables) t.resume(this.status, this.turnSeconds);
  }

  private record(record: object): void {
    if (!this.restoring) this.file.append(record);
  }

  private emit(what: 'session' | 'table', table?: TableHost): void {
    if (this.restoring) return;
    for (const l of this.listeners) l(what, table);
    if (what === 'table' && table) for (const l of this.tableListeners.get(table) ?? []) l();
  }

  /** Every change (the console and the projector). */
  onChange(listener: WorkshopListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Changes of one table: what its room needs. Session-wide changes that matter to a table (status,
   * seats, mutes) reach it as table changes too; a participant joining elsewhere does not.
   */
  onTable(table: TableHost, listener: () => void): () => void {
    let set = this.tableListeners.get(table);
    if (!set) this.tableListeners.set(table, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  onChat(listener: ChatListener): () => void {
    this.chatListeners.add(listener);
    return () => this.chatListeners.delete(listener);
  }

  checkSecret(secret: unknown): boolean {
    return secretMatches(secret, this.secretHash);
  }

  get expired(): boolean {
    return Date.now() > this.settings.expiresAt;
  }

  // -------------------------------------------------------------------------------------------
  // Participants

  private addParticipant(id: string, name: string, tokenHash: string, at: number): Participant {
    const p: Participant = { id, name, tokenHash, joinedAt: at, table: null, role: null, muted: false, connections: 0 };
    this.participants.set(id, p);
    this.byToken.set(tokenHash, id);
    this.participantSeq = Math.max(this.participantSeq, Number(id.slice(1)) || 0);
    return p;
  }

  /** A new participant; with automatic assignment they are seated at once if a seat is free. */
  join(name: string): { participant: Participant; token: string } {
    const token = newToken();
    const id = `p${++this.participantSeq}`;
    const tokenHash = hashSecret(token);
    const at = Date.now();
    this.record({ k: 'participant', id, name, tokenHash, at });
    const participant = this.addParticipant(id, name, tokenHash, at);
    if (this.settings.autoAssign) this.seatSomewhere(participant);
    this.emit('session');
    return { participant, token };
  }

  byParticipantToken(token: unknown): Participant | undefined {
    if (typeof token !== 'string' || token.length > 256) return undefined;
    const id = this.byToken.get(hashSecret(token));
    return id === undefined ? undefined : this.participants.get(id);
  }

  private seatSomewhere(p: Participant): boolean {
    for (const t of this.tables) {
      const role = t.freeHumanRole();
      if (role !== null) {
        this.assign(p.id, t.index, role);
        return true;
      }
    }
    return false;
  }

  assign(participantId: string, table: number, role: RoleId): SendResult {
    const p = this.participants.get(participantId);
    const t = this.tables[table];
    if (!p) return { ok: false, reason: `no participant "${participantId}"` };
    if (!t) return { ok: false, reason: `no table ${table + 1}` };
    if (!t.humanRoles.includes(role)) return { ok: false, reason: `"${role}" is not a seat participants can take` };
    if (p.table === table && p.role === role) return { ok: true };
    const previous = t.participantAt(role);
    if (previous !== null) this.unassign(previous);
    if (p.table !== null && p.role !== null) this.tables[p.table]?.vacate(p.role);
    this.record({ k: 'assign', participant: p.id, table, role });
    p.table = table;
    p.role = role;
    t.seat(role, p.id, p.name);
    this.emit('session');
    return { ok: true };
  }

  unassign(participantId: string): SendResult {
    const p = this.participants.get(participantId);
    if (!p) return { ok: false, reason: `no participant "${participantId}"` };
    if (p.table === null || p.role === null) return { ok: true };
    this.record({ k: 'unassign', participant: p.id });
    this.tables[p.table]?.vacate(p.role);
    p.table = null;
    p.role = null;
    this.emit('session');
    return { ok: true };
  }

  setConnected(p: Participant, delta: 1 | -1): void {
    p.connections = Math.max(0, p.connections + delta);
    this.emit('session');
  }

  // -------------------------------------------------------------------------------------------
  // Facilitator

  command(c: FacilitatorCommand): SendResult {
    switch (c.command) {
      case 'start':
        if (this.status === 'ended') return { ok: false, reason: 'the session has ended' };
        if (this.status !== 'lobby') return { ok: false, reason: 'the session has already started' };
        return this.setStatus('running', () => {
          for (const t of this.tables) t.start();
        });
      case 'pause':
        if (this.status !== 'running') return { ok: false, reason: 'only a running session can be paused' };
        return this.setStatus('paused');
      case 'resume':
        if (this.status !== 'paused') return { ok: false, reason: 'the session is not paused' };
        return this.setStatus('running');
      case 'end':
        if (this.status === 'ended') return { ok: false, reason: 'the session has already ended' };
        return this.setStatus('ended');
      case 'setTimer':
        this.record({ k: 'timer', seconds: c.seconds });
        this.turnSeconds = c.seconds;
        for (const t of this.tables) t.setTurnSeconds(c.seconds);
        this.emit('session');
        return { ok: true };
      case 'inject': {
        if (!this.model.events.has(c.event)) return { ok: false, reason: `there is no event "${c.event}" in this level` };
        const targets = c.table === 'all' ? this.tables : [this.tables[c.table]];
        if (targets.some((t) => t === undefined)) return { ok: false, reason: `no table ${Number(c.table) + 1}` };
        const refused: string[] = [];
        for (const t of targets as TableHost[]) {
          const r = t.inject(c.event);
          if (!r.ok) refused.push(`table ${t.index + 1}: ${r.reason}`);
        }
        if (refused.length === targets.length) return { ok: false, reason: refused.join('; ') };
        return { ok: true };
      }
      case 'assign':
        return this.assign(c.participant, c.table, c.role);
      case 'unassign':
        return this.unassign(c.participant);
      case 'autoAssign': {
        for (const p of this.participants.values()) if (p.table === null) this.seatSomewhere(p);
        return { ok: true };
      }
      case 'mute': {
        const p = this.participants.get(c.participant);
        if (!p) return { ok: false, reason: `no participant "${c.participant}"` };
        this.record({ k: 'mute', participant: p.id, muted: c.muted });
        p.muted = c.muted;
        this.emit('session');
        for (const t of this.tables) if (p.table === t.index) this.emit('table', t);
        return { ok: true };
      }
    }
  }

  private setStatus(status: SessionStatus, then?: () => void): SendResult {
    this.record({ k: 'status', status, at: Date.now() });
    this.status = status;
    for (const t of this.tables) t.setStatus(status);
    then?.();
    this.emit('session');
    return { ok: true };
  }

  // -------------------------------------------------------------------------------------------
  // What screens show

  participantInfo(p: Participant): ParticipantInfo {
    let connected = p.connections > 0;
    if (p.table !== null && p.role !== null) connected = connected || (this.tables[p.table]?.seatInfo().find((s) => s.role === p.role)?.connected ?? false);
    return { id: p.id, name: p.name, connected, table: p.table, role: p.role, muted: p.muted };
  }

  participantState(p: Participant): ParticipantState {
    return {
      you: this.participantInfo(p),
      status: this.status,
      title: textOf(this.model.level.title),
      seat: p.table !== null && p.role !== null ? { table: p.table, role: p.role, roomId: tableRoomId(this.id, p.table) } : null,
    };
  }

  results(): TableResult[] {
    return this.tables.map((t) => t.result()).filter((r): r is TableResult => r !== null);
  }

  joinUrl(): string {
    return `${this.settings.baseUrl}/?join=${this.code}`;
  }

  private summaryCache: LevelSummary | null = null;
  levelSummary(): LevelSummary {
    if (this.summaryCache) return this.summaryCache;
    const level = this.model.level;
    this.summaryCache = {
      id: level.id,
      title: textOf(level.title),
      years: level.impact.years,
      roles: level.roles.map((r) => ({ id: r.id, name: textOf(r.name), colour: r.colour ?? null })),
      issues: level.issues.map((i) => ({ id: i.id, name: textOf(i.name), options: i.options.map((o) => textOf(o.label)) })),
      indicators: level.impact.indicators.map((i) => ({ id: i.id, name: textOf(i.name), unit: textOf(i.unit) })),
      debriefQuestions: level.debrief.questions.map((q) => textOf(q)),
    };
    return this.summaryCache;
  }

  publicState(): PublicSessionState {
    return {
      code: this.code,
      joinUrl: this.joinUrl(),
      status: this.status,
      level: this.levelSummary(),
      participants: this.participants.size,
      tables: this.tables.map((t) => t.summary()),
      results: this.results(),
    };
  }

  consoleState(): ConsoleState {
    const chat: ChatEntry[] = [];
    for (const t of this.tables) chat.push(...t.allChat());
    chat.sort((a, b) => a.at - b.at);
    return {
      ...this.publicState(),
      sessionId: this.id,
      settings: { ...this.settings, turnSeconds: this.turnSeconds },
      participantList: [...this.participants.values()].map((p) => this.participantInfo(p)),
      chat: chat.slice(-300),
      events: this.model.level.events.map((e) => ({ id: e.id, name: textOf(e.name), trigger: e.trigger })),
      roles: this.model.level.roles.map((r) => ({ id: r.id, name: textOf(r.name), playable: this.tables[0]?.humanRoles.includes(r.id) ?? false })),
    };
  }

  dispose(): void {
    for (const t of this.tables) t.dispose();
    this.file.close();
    this.listeners.clear();
    this.chatListeners.clear();
  }
}

export function tableRoomId(sessionId: string, table: number): string {
  return `t_${sessionId}_${table}`;
}

export function workshopRoomId(sessionId: string): string {
  return `w_${sessionId}`;
}

export { newToken };
