/**
 * A workshop session: its settings, join code and facilitator secret, the participants, the
 * tables, and everything the facilitator does to them. Every change is written to the session's
 * file (store.ts) before it takes effect for anyone, and a session read back from its file is the
 * same session: the restart path and the live path share this class.
 */
import type { LevelModel } from '../engine/level/model.js';
import type { GameEvent } from '../engine/rules/events.js';
import type { SendResult } from '../protocol/engine-words.js';
import { refused } from '../protocol/server-words.js';
import type { RoleId } from '../engine/types.js';
import {
  MAX_ANNOUNCEMENT_LENGTH,
  type FacilitatorCommand,
  type ParticipantState,
  type SessionSettings,
  type SessionStatus,
} from '../protocol/messages.js';
import { cleanText, hashSecret, newToken, secretMatches } from './security.js';
import { checkRecords, type SessionRecord } from './session-records.js';
import type { SessionFile } from './store.js';
import { TableHost } from './table-host.js';
import { Announcements } from './announcements.js';
import { WorkshopEvents } from './workshop-events.js';
import * as views from './workshop-views.js';
import { roleIdAmong } from '../engine/level/ids.js';

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
  /**
   * Bumped by every connection that takes this participant's place (Workshop.claim); a connection
   * holding an older claim is replaced (told and closed). Not persisted: after a restart every
   * connection is new.
   */
  claim: number;
}

export interface WorkshopRuntime {
  readonly botDelayMs: number;
  readonly holdSeatMs: number;
}

export type { ChatListener, ClaimListener, WorkshopListener } from './workshop-events.js';

export class Workshop {
  readonly tables: TableHost[] = [];
  readonly participants = new Map<string, Participant>();
  private readonly byToken = new Map<string, string>();
  status: SessionStatus = 'lobby';
  turnSeconds: number;
  /** Who listens: rooms subscribe here (onChange, onTable, onChat, onClaim). */
  readonly events = new WorkshopEvents();
  /** The facilitator's messages showing now. */
  readonly announcements = new Announcements();
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
            language: settings.language,
          },
          {
            record: (r) => this.record(r),
            changed: (t) => this.emit('table', t),
            chat: (t, e) => this.events.chat(t, e),
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

  /**
   * Bring a session back from its records (after a restart). Every record is checked against its
   * schema first (session-records.ts); lines that fail are left out and reported through `warn`.
   */
  static restore(
    raw: readonly unknown[],
    models: (id: string) => LevelModel | undefined,
    file: SessionFile,
    runtime: WorkshopRuntime,
    warn: (message: string) => void = () => undefined,
  ): Workshop {
    const { records, bad } = checkRecords(raw);
    for (const b of bad) warn(`record ${b.index + 1} left out: ${b.reason}`);
    const first = records[0];
    if (!first || first.k !== 'settings' || bad[0]?.index === 0) throw new Error('session file does not start with its settings');
    const model = models(first.settings.level);
    if (!model) throw new Error(`level "${first.settings.level}" is not available`);
    const histories: GameEvent[][] = Array.from({ length: first.settings.tables }, () => []);
    for (const r of records) if (r.k === 'game') histories[r.t]?.push(r.e);
    const w = new Workshop(first.id, first.code, first.secretHash, first.settings, model, file, runtime, histories);
    w.restoring = true;
    for (const r of records.slice(1)) w.replayRecord(r);
    w.restoring = false;
    w.resumeTables();
    return w;
  }

  private replayRecord(r: SessionRecord): void {
    switch (r.k) {
      case 'participant':
        this.addParticipant(r.id, r.name, r.tokenHash, r.at);
        break;
      case 'assign':
        this.assign(r.participant, r.table, r.role);
        break;
      case 'unassign':
        this.unassign(r.participant);
        break;
      case 'status':
        this.status = r.status;
        break;
      case 'timer':
        this.turnSeconds = r.seconds;
        break;
      case 'mute': {
        const p = this.participants.get(r.participant);
        if (p) p.muted = r.muted;
        break;
      }
      case 'announce':
        this.announcements.set(r.text, r.table, r.at);
        break;
      case 'chat': {
        const { k: _k, ...entry } = r;
        this.tables[entry.table]?.restoreChat(entry);
        break;
      }
      default:
        break;
    }
  }

  private resumeTables(): void {
    for (const t of this.tables) t.resume(this.status, this.turnSeconds);
  }

  private record(record: object): void {
    if (!this.restoring) this.file.append(record);
  }

  private emit(what: 'session' | 'table', table?: TableHost): void {
    if (!this.restoring) this.events.changed(what, table);
  }

  /**
   * A new connection of this participant (a tab, a device) takes their place: it returns the
   * claim the connection holds, and every older connection is replaced (rooms listen with
   * onClaim). So two live connections never play one seat, and the newest tab is the one that plays.
   */
  claim(p: Participant): number {
    p.claim++;
    this.events.claimed(p, p.claim);
    return p.claim;
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
    const p: Participant = { id, name, tokenHash, joinedAt: at, table: null, role: null, muted: false, connections: 0, claim: 0 };
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

  assign(participantId: string, table: number, seat: string): SendResult {
    const p = this.participants.get(participantId);
    const t = this.tables[table];
    if (!p) return refused('noParticipant', { participant: participantId });
    if (!t) return refused('noTable', { table: table + 1 });
    const role = roleIdAmong(t.humanRoles, seat);
    if (role === null) return refused('notHumanSeat', { role: seat });
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
    if (!p) return refused('noParticipant', { participant: participantId });
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
        if (this.status === 'ended') return refused('ended');
        if (this.status !== 'lobby') return refused('alreadyStarted');
        return this.setStatus('running', () => {
          for (const t of this.tables) t.start();
        });
      case 'pause':
        if (this.status !== 'running') return refused('notRunning');
        return this.setStatus('paused');
      case 'resume':
        if (this.status !== 'paused') return refused('notPaused');
        return this.setStatus('running');
      case 'end':
        if (this.status === 'ended') return refused('alreadyEnded');
        // Every unfinished table is concluded (TableHost.concludeForEnd): many events at once,
        // written in one batch and made durable together before anyone is told.
        return this.file.batch(() => this.setStatus('ended'));
      case 'announce': {
        if (c.table !== 'all' && !this.tables[c.table]) return refused('noTable', { table: c.table + 1 });
        const text = cleanText(c.text, MAX_ANNOUNCEMENT_LENGTH) ?? '';
        const table = c.table === 'all' ? null : c.table;
        const at = Date.now();
        this.record({ k: 'announce', text, table, at });
        this.announcements.set(text, table, at);
        this.emit('session');
        for (const t of this.tables) if (table === null || t.index === table) this.emit('table', t);
        return { ok: true };
      }
      case 'setTimer':
        this.record({ k: 'timer', seconds: c.seconds });
        this.turnSeconds = c.seconds;
        for (const t of this.tables) t.setTurnSeconds(c.seconds);
        this.emit('session');
        return { ok: true };
      case 'inject': {
        if (!this.model.events.has(c.event)) return refused('noEvent', { event: c.event });
        const targets = c.table === 'all' ? this.tables : [this.tables[c.table]];
        if (targets.some((t) => t === undefined)) return refused('noTable', { table: Number(c.table) + 1 });
        const refusals: string[] = [];
        for (const t of targets as TableHost[]) {
          const r = t.inject(c.event);
          if (!r.ok) refusals.push(`${t.index + 1}: ${r.reason}`);
        }
        if (refusals.length === targets.length) return refused('injectRefused', { details: refusals.join('; ') });
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
        if (!p) return refused('noParticipant', { participant: c.participant });
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
  // What screens show (workshop-views.ts)

  /** What a waiting participant sees (the rest of the screens' states: workshop-views.ts). */
  participantState(p: Participant): ParticipantState {
    return views.participantState(this, p);
  }

  joinUrl(): string {
    // A session in another language than English opens the join page in it (the participant may change it there).
    return `${this.settings.baseUrl}/?join=${this.code}${this.settings.language === 'en' ? '' : `&lang=${this.settings.language}`}`;
  }

  dispose(): void {
    for (const t of this.tables) t.dispose();
    this.file.close();
    this.events.clear();
  }
}

export function tableRoomId(sessionId: string, table: number): string {
  return `t_${sessionId}_${table}`;
}

export function workshopRoomId(sessionId: string): string {
  return `w_${sessionId}`;
}

export { newToken };
