/**
 * The embedded store: one append-only JSON-lines file per session under the data directory,
 * `<dataDir>/sessions/<sessionId>.jsonl`. Its first line holds the settings; every later line is
 * one thing that happened (a participant joined, a seat was assigned, a game event was accepted,
 * a chat message was sent, ...). Each line is written and fsync'd before the action that caused
 * it is acknowledged or shown to anyone, so a server killed with -9 loses nothing it accepted.
 *
 * Why files and not SQLite: Node 20 has no built-in SQLite, a native module costs a compile step in
 * CI and on school servers, a game is already an event log (the engine replays it), and a
 * JSON-lines file is the export format itself. A torn last line (a crash mid-write) was never
 * acknowledged, so it is dropped on reading.
 */
import { closeSync, existsSync, fdatasyncSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class SessionFile {
  private fd: number | null;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
    // A crash mid-write can leave a torn last line without its newline: end it, so the next record
    // starts on a line of its own (the torn one is skipped on reading).
    const size = fstatSync(this.fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      const fd = openSync(path, 'r');
      readSync(fd, last, 0, 1, size - 1);
      closeSync(fd);
      if (last[0] !== 0x0a) writeSync(this.fd, '\n');
    }
  }

  private batching = false;

  append(record: object): void {
    if (this.fd === null) return;
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
    if (!this.batching) fdatasyncSync(this.fd);
  }

  /**
   * Many records for one action (ending a session concludes every table at once): each is
   * written as it comes, and all are made durable together before `run` returns, so nobody is
   * told of the action before it is on disk. A crash inside leaves a prefix of the batch, which
   * replays as a session that had not ended yet (the facilitator ends it again).
   */
  batch<T>(run: () => T): T {
    if (this.batching) return run();
    this.batching = true;
    try {
      return run();
    } finally {
      this.batching = false;
      if (this.fd !== null) fdatasyncSync(this.fd);
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

export class Store {
  readonly dir: string;
  constructor(dataDir: string) {
    this.dir = join(dataDir, 'sessions');
    mkdirSync(this.dir, { recursive: true });
  }

  private pathOf(sessionId: string): string {
    if (!/^[a-z0-9]{6,32}$/.test(sessionId)) throw new Error(`bad session id ${sessionId}`);
    return join(this.dir, `${sessionId}.jsonl`);
  }

  open(sessionId: string): SessionFile {
    return new SessionFile(this.pathOf(sessionId));
  }

  /** Every stored session id. */
  list(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => f.slice(0, -'.jsonl'.length));
  }

  /**
   * The records of a session. A line that is not JSON was torn by a crash mid-write (it was never
   * fsync'd, so never acknowledged): it is skipped, and counted in `torn`.
   */
  read(sessionId: string, torn: { count: number } = { count: 0 }): unknown[] {
    const text = readFileSync(this.pathOf(sessionId), 'utf8');
    const out: unknown[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        out.push(JSON.parse(line));
      } catch {
        torn.count++;
      }
    }
    return out;
  }

  private levelPathOf(sessionId: string): string {
    return this.pathOf(sessionId).replace(/\.jsonl$/, '.level.yaml');
  }

  /**
   * The text of the level a session plays, kept beside its log (written and synced before the
   * session exists), so a restart resumes it on that level: a facilitator's own upload, or a
   * folder's file that has changed since.
   */
  saveLevel(sessionId: string, text: string): void {
    const path = this.levelPathOf(sessionId);
    writeFileSync(`${path}.tmp`, text, { flush: true });
    renameSync(`${path}.tmp`, path);
  }

  readLevel(sessionId: string): string | undefined {
    const path = this.levelPathOf(sessionId);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }

  /** Expired sessions are moved aside (kept for the record, no longer loaded). */
  archive(sessionId: string): void {
    const from = this.pathOf(sessionId);
    const dir = join(this.dir, '..', 'expired');
    mkdirSync(dir, { recursive: true });
    if (existsSync(from)) renameSync(from, join(dir, `${sessionId}.jsonl`));
    const level = this.levelPathOf(sessionId);
    if (existsSync(level)) renameSync(level, join(dir, `${sessionId}.level.yaml`));
  }
}
