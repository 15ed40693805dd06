/**
 * A tiny deterministic synthesiser: oscillators, envelopes, filters and a Schroeder reverb, enough
 * to make the game's music loop and sound effects. Mono, 22,050 Hz; noise comes from a seeded PRNG
 * so every run writes the same samples.
 */

export const SR = 22_050;

export interface Sound {
  key: string;
  name: string;
  samples: Float32Array;
  /** Loops are joined end to start, so they get no fades. */
  loop: boolean;
}

/** Seeded PRNG (mulberry32), so noise is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TAU = Math.PI * 2;
export const len = (sec: number): number => Math.round(sec * SR);
export const mtof = (m: number): number => 440 * Math.pow(2, (m - 69) / 12);

/** Add `src` into `dst` starting at sample `at`, scaled by `gain`. */
export function mixInto(dst: Float32Array, src: Float32Array, at: number, gain = 1): void {
  for (let i = 0; i < src.length; i++) {
    const j = at + i;
    if (j >= 0 && j < dst.length) dst[j]! += src[i]! * gain;
  }
}

/** Exponential decay envelope with a short linear attack. */
export function envAD(nSamples: number, attack: number, decay: number): Float32Array {
  const out = new Float32Array(nSamples);
  const a = Math.max(1, len(attack));
  for (let i = 0; i < nSamples; i++) {
    const t = i / SR;
    out[i] = i < a ? i / a : Math.exp(-(t - attack) / decay);
  }
  return out;
}

/** Attack-sustain-release envelope (linear ramps, raised-cosine shaped). */
export function envASR(nSamples: number, attack: number, release: number): Float32Array {
  const out = new Float32Array(nSamples);
  const a = Math.max(1, len(attack));
  const r = Math.max(1, len(release));
  for (let i = 0; i < nSamples; i++) {
    let v = 1;
    if (i < a) v = 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
    const fromEnd = nSamples - 1 - i;
    if (fromEnd < r) v *= 0.5 - 0.5 * Math.cos((Math.PI * fromEnd) / r);
    out[i] = v;
  }
  return out;
}

/** Sine partials with individual decays: bells, marimba, chimes, wood. */
export function partials(
  sec: number,
  list: Array<{ f: number; a: number; decay: number }>,
  attack = 0.002,
): Float32Array {
  const N = len(sec);
  const out = new Float32Array(N);
  const at = Math.max(1, len(attack));
  for (const p of list) {
    const w = (TAU * p.f) / SR;
    for (let i = 0; i < N; i++) {
      const e = (i < at ? i / at : 1) * Math.exp(-i / SR / p.decay);
      out[i]! += p.a * e * Math.sin(w * i);
    }
  }
  return out;
}

export function noise(sec: number, seed: number): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(len(sec));
  for (let i = 0; i < out.length; i++) out[i] = r() * 2 - 1;
  return out;
}

/** RBJ biquad; `fc` may vary per sample (a function of the sample index). */
export function biquad(
  x: Float32Array,
  type: 'lowpass' | 'highpass' | 'bandpass',
  fc: number | ((i: number) => number),
  q: number,
): Float32Array {
  const y = new Float32Array(x.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const f = typeof fc === 'number' ? fc : fc(i);
    const w0 = (TAU * Math.min(f, SR * 0.45)) / SR;
    const cs = Math.cos(w0);
    const alpha = Math.sin(w0) / (2 * q);
    let b0: number;
    let b1: number;
    let b2: number;
    if (type === 'lowpass') {
      b0 = (1 - cs) / 2;
      b1 = 1 - cs;
      b2 = (1 - cs) / 2;
    } else if (type === 'highpass') {
      b0 = (1 + cs) / 2;
      b1 = -(1 + cs);
      b2 = (1 + cs) / 2;
    } else {
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
    }
    const a0 = 1 + alpha;
    const a1 = -2 * cs;
    const a2 = 1 - alpha;
    const xi = x[i]!;
    const yi = (b0 * xi + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
    x2 = x1;
    x1 = xi;
    y2 = y1;
    y1 = yi;
    y[i] = yi;
  }
  return y;
}

export function mul(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! * (b[i] ?? 0);
  return out;
}

/** Schroeder reverb: four damped combs in parallel, two all-passes in series. Returns the wet signal. */
export function reverb(x: Float32Array, size = 1, damp = 0.35, feedback = 0.78): Float32Array {
  const combs = [1116, 1188, 1277, 1356].map((d) => Math.round((d * size * SR) / 44_100));
  const allp = [556, 441].map((d) => Math.round((d * SR) / 44_100));
  const wet = new Float32Array(x.length);
  for (const d of combs) {
    const buf = new Float32Array(d);
    let idx = 0;
    let store = 0;
    for (let i = 0; i < x.length; i++) {
      const out = buf[idx]!;
      store = out * (1 - damp) + store * damp;
      buf[idx] = x[i]! + store * feedback;
      idx = (idx + 1) % d;
      wet[i]! += out / combs.length;
    }
  }
  let y = wet;
  for (const d of allp) {
    const buf = new Float32Array(d);
    const out = new Float32Array(y.length);
    let idx = 0;
    for (let i = 0; i < y.length; i++) {
      const b = buf[idx]!;
      const v = -y[i]! + b;
      buf[idx] = y[i]! + b * 0.5;
      idx = (idx + 1) % d;
      out[i] = v;
    }
    y = out;
  }
  return y;
}

/** Scale so the peak sits at `dbfs`. */
export function normalise(x: Float32Array, dbfs: number): Float32Array {
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  const g = peak > 0 ? Math.pow(10, dbfs / 20) / peak : 1;
  for (let i = 0; i < x.length; i++) x[i]! *= g;
  return x;
}

/** Raised-cosine fade in and out, so one-shots start and end at silence. */
export function fades(x: Float32Array, inSec = 0.004, outSec = 0.02): Float32Array {
  const a = len(inSec);
  const b = len(outSec);
  for (let i = 0; i < a && i < x.length; i++) x[i]! *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b && i < x.length; i++) x[x.length - 1 - i]! *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  x[0] = 0;
  x[x.length - 1] = 0;
  return x;
}
