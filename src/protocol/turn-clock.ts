/**
 * The turn timer, one implementation for every host of a table: the server's table host (online)
 * and the browser's local table (solo, hot-seat). The host names the current turn after every
 * change (`turnKey` in engine/whose-move.ts); a new name restarts the clock, the same name leaves
 * it running, so moves within a turn never reset it. A clock can be held (a paused session, a
 * hot-seat pass screen) and released with the time it had left.
 *
 * Time comes through a small scheduler, so tests can drive it without waiting.
 */
import type { TimerInfo } from './port.js';

export interface Scheduler {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class TurnClock {
  private key: string | null = null;
  private endsAt: number | null = null;
  /** Milliseconds left while the clock is held. */
  private held: number | null = null;
  private handle: unknown = null;

  /** `onTimeout` gets the name of the turn whose time ran out. */
  constructor(
    private readonly onTimeout: (key: string) => void,
    private readonly scheduler: Scheduler = realScheduler,
  ) {}

  /**
   * Call after every change. `key` names the turn now being timed, or is null when nothing is (no
   * timed phase, nobody due that a clock applies to, a table that is not live). A new key starts
   * `ms` (0: an untimed turn), held if `hold`; the same key leaves a set clock alone.
   */
  sync(key: string | null, ms: number, hold: boolean): void {
    if (key !== null && key === this.key && this.isSet()) return;
    this.stop();
    this.key = key;
    if (key === null || ms <= 0) return;
    if (hold) this.held = ms;
    else this.arm(ms);
  }

  /** Hold a running clock with the time it has left. */
  hold(): void {
    if (this.endsAt === null) return;
    this.held = Math.max(0, this.endsAt - this.scheduler.now());
    this.clear();
  }

  /** Release a held clock. */
  release(): void {
    if (this.held === null) return;
    const ms = this.held;
    this.held = null;
    this.arm(ms);
  }

  /** No clock for this turn (a next `sync` with the same key starts one again). */
  stop(): void {
    this.clear();
    this.held = null;
  }

  get isHeld(): boolean {
    return this.held !== null;
  }

  /** What clients are shown; `paused` also when the session is paused on an untimed turn. */
  info(paused = false): TimerInfo {
    if (this.held !== null) return { endsAt: this.scheduler.now() + this.held, paused: true };
    return { endsAt: this.endsAt, paused };
  }

  private isSet(): boolean {
    return this.endsAt !== null || this.held !== null;
  }

  private arm(ms: number): void {
    this.clear();
    const key = this.key as string;
    this.endsAt = this.scheduler.now() + ms;
    this.handle = this.scheduler.setTimeout(() => {
      this.handle = null;
      this.endsAt = null;
      this.onTimeout(key);
    }, ms);
  }

  private clear(): void {
    if (this.handle !== null) this.scheduler.clearTimeout(this.handle);
    this.handle = null;
    this.endsAt = null;
  }
}
