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
import { closeSync, existsSync, fdatasyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class SessionFile {
  private fd: number | null;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
  }

  append(record: object): void {
    if (this.fd === null) return;
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
    fdatasyncSync(this.fd);
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

  /** The records of a session; a torn last line is left out. */
  read(sessionId: string): unknown[] {
    const text = readFileSync(this.pathOf(sessionId), 'utf8');
    const lines = text.split('\n');
    const out: unknown[] = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        out.push(JSON.parse(line));
      } catch (error) {
        // Only the last line can be torn by a crash; anything else is damage worth knowing about.
        if (i < lines.length - 2) throw new Error(`${sessionId}: line ${i + 1} is not JSON`, { cause: error });
      }
    });
    return out;
  }

  /** Expired sessions are moved aside (kept for the record, no longer loaded). */
  archive(sessionId: string): void {
    const from = this.pathOf(sessionId);
    const dir = join(this.dir, '..', 'expired');
    mkdirSync(dir, { recursive: true });
    if (existsSync(from)) renameSync(from, join(dir, `${sessionId}.jsonl`));
  }
}
