/**
 * A seeded random source whose whole state is one 32-bit integer kept in the game state, so a
 * snapshot carries its randomness with it and a replay draws the same numbers (mulberry32).
 */
export interface Draw {
  /** A number in [0, 1). */
  readonly value: number;
  /** The generator state after the draw. */
  readonly next: number;
}

export function seedToState(seed: number | string): number {
  if (typeof seed === 'number' && Number.isInteger(seed)) return seed >>> 0;
  // A seed typed as digits ("42", from a URL or a command line) is the number 42.
  if (typeof seed === 'string' && /^\d{1,9}$/.test(seed)) return Number(seed) >>> 0;
  // Any other text: FNV-1a over it, so every text is a valid seed.
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function draw(state: number): Draw {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, next };
}

/** An integer in [0, n). */
export function drawInt(state: number, n: number): { value: number; next: number } {
  const d = draw(state);
  return { value: Math.floor(d.value * n), next: d.next };
}

/** Fisher–Yates with the seeded source; returns the shuffled copy and the new state. */
export function shuffle<T>(items: readonly T[], state: number): { items: T[]; next: number } {
  const out = items.slice();
  let s = state;
  for (let i = out.length - 1; i > 0; i--) {
    const d = drawInt(s, i + 1);
    s = d.next;
    const j = d.value;
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return { items: out, next: s };
}

/** A mutable stream over the same generator, for scripts and bots that draw many numbers. */
export class Rng {
  constructor(public state: number) {}
  next(): number {
    const d = draw(this.state);
    this.state = d.next;
    return d.value;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
}
