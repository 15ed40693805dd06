/**
 * Join codes are short (six characters from 30), so guessing them must be stopped, but a whole
 * class behind one school address must get in. What is limited is failure, not joining:
 *
 * - every look-up of a code that names no session costs the address one token of a bucket
 *   (`budget` tokens, refilled at `budget` a minute); a correct code costs nothing;
 * - an address that has spent its tokens is slowed, not refused: its requests are answered one at
 *   a time, `slowMs` apart. A student behind it with the right code still gets in, a few seconds
 *   later; a guesser is held to one try per `slowMs`, which over 729 million codes is no attack.
 * - only a queue longer than `maxQueue` requests is answered 429, so memory stays bounded.
 */
import { RateLimiter } from './security.js';

export interface GuessGuardOptions {
  /** Failed look-ups an address may make at full speed, and per minute after that. */
  readonly budget: number;
  /** The spacing of an over-budget address's requests. */
  readonly slowMs: number;
  readonly maxQueue: number;
}

export class GuessGuard {
  private readonly failures: RateLimiter;
  private readonly overBudget = new Map<string, number>();
  /** When each slowed address's next request may go. */
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly options: GuessGuardOptions) {
    this.failures = new RateLimiter(options.budget / 60, options.budget);
  }

  /**
   * How long a request from `ip` must wait before it is looked up: 0 for an address within its
   * budget, or null when its queue is full (answer 429).
   */
  admit(ip: string, now = Date.now()): number | null {
    const until = this.overBudget.get(ip);
    if (until === undefined || until <= now) {
      this.overBudget.delete(ip);
      this.nextSlot.delete(ip);
      return 0;
    }
    const slot = Math.max(now, this.nextSlot.get(ip) ?? now);
    const wait = slot - now;
    if (wait > this.options.maxQueue * this.options.slowMs) return null;
    this.nextSlot.set(ip, slot + this.options.slowMs);
    return wait;
  }

  /** A look-up from `ip` named no session. */
  failed(ip: string, now = Date.now()): void {
    if (this.failures.take(ip, now)) return;
    // Out of tokens: slow this address for the next minute (extended by every further failure).
    if (this.overBudget.size > 10_000) this.sweep(now);
    this.overBudget.set(ip, now + 60_000);
  }

  private sweep(now: number): void {
    for (const [ip, until] of this.overBudget) {
      if (until <= now) {
        this.overBudget.delete(ip);
        this.nextSlot.delete(ip);
      }
    }
  }
}
