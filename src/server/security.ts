/**
 * Small guards at the trust boundary: join codes people can read aloud, secrets and tokens,
 * display names cleaned of anything that could confuse or spoof, and rate limits.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { MAX_NAME_LENGTH } from '../protocol/messages.js';

/**
 * Crockford's base 32 without 0, O, 1, I, L and U: no letter that can be read, heard or typed as
 * another (a projector in a noisy room, a teacher reading aloud).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 6;

export function newJoinCode(taken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!taken(code)) return code;
  }
}

/** What a person typed (any case, spaces or dashes) as a code, or null if it cannot be one. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** A long random token (URL-safe): facilitator secrets and participant tokens. */
export function newToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export function newId(): string {
  let id = '';
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  for (let i = 0; i < 12; i++) id += alphabet[randomInt(alphabet.length)];
  return id;
}

/** Secrets are stored hashed, so a copied data directory does not hand out the console. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function secretMatches(secret: unknown, hash: string): boolean {
  if (typeof secret !== 'string' || secret.length > 256) return false;
  const a = Buffer.from(hashSecret(secret));
  const b = Buffer.from(hash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A display name as others will see it: Unicode-normalised, without control, format (bidi
 * overrides, zero-width) or markup characters, whitespace collapsed, at most MAX_NAME_LENGTH
 * characters; null if nothing is left.
 */
export function cleanName(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const cleaned = input
    .slice(0, 400)
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}<>]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = [...cleaned].slice(0, MAX_NAME_LENGTH).join('').trim();
  return chars.length > 0 ? chars : null;
}

/** Chat text: same cleaning as names but keeps line breaks out and allows the full length. */
export function cleanText(input: string, max: number): string | null {
  const cleaned = input
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = [...cleaned].slice(0, max).join('');
  return chars.length > 0 ? chars : null;
}

/** A token bucket: `rate` per second, bursts up to `burst`. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now = Date.now(),
  ) {
    this.tokens = burst;
    this.last = now;
  }
  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Buckets by key (an IP address), forgetting keys that have been idle for a while. */
export class RateLimiter {
  private readonly buckets = new Map<string, { bucket: TokenBucket; seen: number }>();
  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {}
  take(key: string, now = Date.now()): boolean {
    let entry = this.buckets.get(key);
    if (!entry) {
      if (this.buckets.size > 10_000) this.sweep(now);
      entry = { bucket: new TokenBucket(this.rate, this.burst, now), seen: now };
      this.buckets.set(key, entry);
    }
    entry.seen = now;
    return entry.bucket.take(now);
  }
  private sweep(now: number): void {
    for (const [key, entry] of this.buckets) if (now - entry.seen > 10 * 60_000) this.buckets.delete(key);
  }
}
