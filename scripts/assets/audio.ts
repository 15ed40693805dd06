/**
 * A tiny deterministic synthesiser: oscillators, envelopes, filters, a Schroeder reverb and a
 * step sequencer, enough to make the game's music loop and sound effects. Mono, 22,050 Hz.
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

const TAU = Math.PI * 2;
const len = (sec: number): number => Math.round(sec * SR);
export const mtof = (m: number): number => 440 * Math.pow(2, (m - 69) / 12);

/** Add `src` into `dst` starting at sample `at`, scaled by `gain`. */
function mixInto(dst: Float32Array, src: Float32Array, at: number, gain = 1): void {
  for (let i = 0; i < src.length; i++) {
    const j = at + i;
    if (j >= 0 && j < dst.length) dst[j]! += src[i]! * gain;
  }
}

/** Exponential decay envelope with a short linear attack. */
function envAD(nSamples: number, attack: number, decay: number): Float32Array {
  const out = new Float32Array(nSamples);
  const a = Math.max(1, len(attack));
  for (let i = 0; i < nSamples; i++) {
    const t = i / SR;
    out[i] = i < a ? i / a : Math.exp(-(t - attack) / decay);
  }
  return out;
}

/** Attack-sustain-release envelope (linear ramps, raised-cosine shaped). */
function envASR(nSamples: number, attack: number, release: number): Float32Array {
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
function partials(
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

function noise(sec: number, seed: number): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(len(sec));
  for (let i = 0; i < out.length; i++) out[i] = r() * 2 - 1;
  return out;
}

/** RBJ biquad; `fc` may vary per sample (a function of the sample index). */
function biquad(
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

function mul(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! * (b[i] ?? 0);
  return out;
}

/** Schroeder reverb: four damped combs in parallel, two all-passes in series. Returns the wet signal. */
function reverb(x: Float32Array, size = 1, damp = 0.35, feedback = 0.78): Float32Array {
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
function normalise(x: Float32Array, dbfs: number): Float32Array {
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  const g = peak > 0 ? Math.pow(10, dbfs / 20) / peak : 1;
  for (let i = 0; i < x.length; i++) x[i]! *= g;
  return x;
}

/** Raised-cosine fade in and out, so one-shots start and end at silence. */
function fades(x: Float32Array, inSec = 0.004, outSec = 0.02): Float32Array {
  const a = len(inSec);
  const b = len(outSec);
  for (let i = 0; i < a && i < x.length; i++) x[i]! *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b && i < x.length; i++) x[x.length - 1 - i]! *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  x[0] = 0;
  x[x.length - 1] = 0;
  return x;
}

// ---------------------------------------------------------------------------------------------
// Music: 8 bars of 4/4 at 90 BPM = 21.33 s. Rendered with a tail that is folded back onto the
// start, so reverb and pad releases of the last bar ring on into the first: a seamless loop.

const BPM = 90;
const BEAT = 60 / BPM;

function pad(sec: number, notes: number[], seed: number): Float32Array {
  const N = len(sec);
  const out = new Float32Array(N);
  const r = rng(seed);
  for (const m of notes) {
    for (const detune of [-0.07, 0, 0.07]) {
      const f = mtof(m + detune);
      const phase0 = r() * TAU;
      // a soft, band-limited "saw": first six harmonics falling off fast
      for (let h = 1; h <= 6; h++) {
        const amp = 1 / (h * h);
        const w = (TAU * f * h) / SR;
        if (f * h > SR * 0.4) break;
        for (let i = 0; i < N; i++) out[i]! += amp * Math.sin(w * i + phase0 * h);
      }
    }
  }
  // slow swell and breathing filter
  const env = envASR(N, sec * 0.4, sec * 0.45);
  return biquad(mul(out, env), 'lowpass', (i) => 900 + 500 * Math.sin((Math.PI * i) / N), 0.7);
}

function pluck(m: number, sec: number): Float32Array {
  const f = mtof(m);
  return partials(sec, [
    { f, a: 1, decay: 0.45 },
    { f: f * 2, a: 0.35, decay: 0.18 },
    { f: f * 3.98, a: 0.12, decay: 0.07 },
  ], 0.004);
}

function bass(m: number, sec: number): Float32Array {
  const f = mtof(m);
  const N = len(sec);
  const out = new Float32Array(N);
  const env = envASR(N, 0.03, sec * 0.6);
  for (let i = 0; i < N; i++) {
    const t = i / SR;
    out[i] = (Math.sin(TAU * f * t) + 0.25 * Math.sin(TAU * 2 * f * t)) * env[i]! * Math.exp(-t / 2.5);
  }
  return out;
}

function tick(seed: number): Float32Array {
  const n0 = noise(0.05, seed);
  return mul(biquad(n0, 'bandpass', 5200, 3), envAD(n0.length, 0.001, 0.012));
}

export function musicLoop(): Sound {
  const bars = 8;
  const loopLen = len(bars * 4 * BEAT);
  const tail = len(4);
  const buf = new Float32Array(loopLen + tail);
  const at = (beat: number): number => len(beat * BEAT);

  // D dorian-ish, unresolved and calm: Dm9, Bbmaj7, Fmaj7/A, Csus2 — two bars each.
  const chords: Array<{ pad: number[]; bass: number; arp: number[] }> = [
    { pad: [50, 53, 57, 60, 64], bass: 38, arp: [62, 65, 69, 72, 69, 65, 64, 65] },
    { pad: [46, 50, 53, 57, 62], bass: 34, arp: [62, 65, 69, 70, 69, 65, 62, 65] },
    { pad: [45, 48, 53, 57, 64], bass: 41, arp: [60, 64, 65, 69, 72, 69, 65, 64] },
    { pad: [48, 50, 55, 60, 62], bass: 36, arp: [60, 62, 67, 69, 67, 62, 60, 62] },
  ];

  const padLayer = new Float32Array(buf.length);
  const pluckLayer = new Float32Array(buf.length);
  const low = new Float32Array(buf.length);
  const ticks = new Float32Array(buf.length);

  chords.forEach((c, k) => {
    const start = k * 8; // beats
    // pads overlap the next chord by a beat for smooth changes
    mixInto(padLayer, pad(9 * BEAT, c.pad, 100 + k), at(start) - len(0.5 * BEAT), 1);
    mixInto(low, bass(c.bass, 3.8 * BEAT), at(start), 1);
    mixInto(low, bass(c.bass, 3.8 * BEAT), at(start + 4), 0.8);
    // gentle pulse: an eighth-note arpeggio, thinned so it breathes
    for (let e = 0; e < 16; e++) {
      const skip = (e % 8 === 7 && k % 2 === 1) || e % 8 === 3;
      if (skip) continue;
      const note = c.arp[e % 8]!;
      const vel = e % 2 === 0 ? 1 : 0.6;
      mixInto(pluckLayer, pluck(note, 1.4), at(start + e * 0.5), vel);
    }
    for (let b = 0; b < 8; b++) mixInto(ticks, tick(500 + k * 8 + b), at(start + b), b % 2 === 0 ? 1 : 0.55);
  });

  // the first pad also needs its own pre-roll from the previous (last) chord: handled by the fold.
  const wetSource = new Float32Array(buf.length);
  for (let i = 0; i < buf.length; i++) wetSource[i] = pluckLayer[i]! * 0.6 + padLayer[i]! * 0.15;
  const wet = reverb(wetSource, 1.3, 0.4, 0.82);
  for (let i = 0; i < buf.length; i++) {
    buf[i] = padLayer[i]! * 0.05 + pluckLayer[i]! * 0.16 + low[i]! * 0.22 + ticks[i]! * 0.05 + wet[i]! * 0.35;
  }
  // The pad of chord 0 starts half a beat before 0: render that bit at the loop's end instead.
  const pre = len(0.5 * BEAT);
  const prePad = pad(9 * BEAT, chords[0]!.pad, 100);
  for (let i = 0; i < pre; i++) buf[loopLen - pre + i]! += prePad[i]! * 0.05;

  // fold the tail onto the start
  const out = new Float32Array(loopLen);
  for (let i = 0; i < loopLen; i++) out[i] = buf[i]!;
  for (let i = 0; i < tail; i++) out[i % loopLen]! += buf[loopLen + i]!;
  // a gentle high-pass to keep the low end clean, run twice around the loop so it settles
  const twice = new Float32Array(loopLen * 2);
  twice.set(out, 0);
  twice.set(out, loopLen);
  const hp = biquad(twice, 'highpass', 45, 0.7);
  const final = hp.slice(loopLen);
  return { key: 'music-loop', name: 'music-loop', samples: normalise(final, -3), loop: true };
}

// ---------------------------------------------------------------------------------------------
// Sound effects (all under 1.2 s).

function sfxCard(): Float32Array {
  const sec = 0.32;
  const x = noise(sec, 11);
  const N = x.length;
  const swept = biquad(x, 'bandpass', (i) => 3800 - 2600 * (i / N), 1.2);
  const env = new Float32Array(N);
  for (let i = 0; i < N; i++) {
    const t = i / SR;
    env[i] = Math.min(1, t / 0.03) * Math.exp(-Math.max(0, t - 0.03) / 0.08);
  }
  const out = mul(swept, env);
  mixInto(out, partials(0.08, [{ f: 240, a: 0.5, decay: 0.02 }, { f: 610, a: 0.2, decay: 0.012 }]), len(0.17), 0.6);
  return out;
}

function sfxOffer(): Float32Array {
  const sec = 1.1;
  const out = new Float32Array(len(sec));
  // paper: three short rustles
  for (const [t, seed] of [[0, 21], [0.06, 22], [0.13, 23]] as Array<[number, number]>) {
    const x = noise(0.12, seed);
    const r = mul(biquad(x, 'bandpass', 2800, 0.8), envAD(x.length, 0.005, 0.03));
    mixInto(out, r, len(t), 0.6);
  }
  // chime: a soft bell (inharmonic partials)
  const f = mtof(81);
  const bell = partials(0.9, [
    { f, a: 1, decay: 0.35 },
    { f: f * 2.76, a: 0.3, decay: 0.15 },
    { f: f * 5.4, a: 0.1, decay: 0.06 },
    { f: mtof(88), a: 0.5, decay: 0.3 },
  ], 0.003);
  mixInto(out, bell, len(0.16), 0.35);
  return out;
}

function sfxAccept(): Float32Array {
  const out = new Float32Array(len(0.75));
  const tone = (m: number): Float32Array =>
    partials(0.55, [
      { f: mtof(m), a: 1, decay: 0.22 },
      { f: mtof(m) * 2, a: 0.3, decay: 0.1 },
      { f: mtof(m) * 3, a: 0.1, decay: 0.05 },
    ], 0.006);
  mixInto(out, tone(72), 0, 1);
  mixInto(out, tone(79), len(0.14), 1);
  return out;
}

function sfxReject(): Float32Array {
  const sec = 0.45;
  const N = len(sec);
  const out = new Float32Array(N);
  let ph = 0;
  for (let i = 0; i < N; i++) {
    const t = i / SR;
    const f = 55 + 70 * Math.exp(-t / 0.04);
    ph += (TAU * f) / SR;
    out[i] = Math.sin(ph) * Math.min(1, t / 0.003) * Math.exp(-t / 0.11);
  }
  const thump = mul(biquad(noise(sec, 31), 'lowpass', 300, 0.7), envAD(N, 0.002, 0.03));
  mixInto(out, thump, 0, 1.2);
  // a muted low second tone, a semitone down: "no"
  const low = partials(0.3, [{ f: mtof(40), a: 0.5, decay: 0.09 }], 0.004);
  mixInto(out, low, len(0.11), 0.7);
  return biquad(out, 'lowpass', 900, 0.7);
}

function sfxEvent(): Float32Array {
  const out = new Float32Array(len(1.15));
  // a brassy three-note sting then a held chord
  const brass = (m: number, sec: number): Float32Array => {
    const N = len(sec);
    const x = new Float32Array(N);
    const f = mtof(m);
    for (let h = 1; h <= 8; h++) {
      const w = (TAU * f * h) / SR;
      for (let i = 0; i < N; i++) x[i]! += Math.sin(w * i) / h;
    }
    const env = envASR(N, 0.012, Math.min(0.25, sec * 0.6));
    return biquad(mul(x, env), 'lowpass', (i) => 1200 + 2000 * Math.exp(-i / SR / 0.12), 0.9);
  };
  mixInto(out, brass(74, 0.12), 0, 0.5);
  mixInto(out, brass(74, 0.12), len(0.13), 0.5);
  for (const m of [69, 74, 78]) mixInto(out, brass(m, 0.75), len(0.27), 0.4);
  // a timpani-like thump under the chord
  mixInto(out, partials(0.5, [{ f: 73, a: 1, decay: 0.2 }, { f: 110, a: 0.4, decay: 0.1 }], 0.004), len(0.27), 0.8);
  const wet = reverb(out, 0.8, 0.4, 0.7);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * 0.8 + wet[i]! * 0.4;
  return out;
}

function knock(seed: number): Float32Array {
  const body = partials(0.25, [
    { f: 190, a: 0.9, decay: 0.05 },
    { f: 455, a: 0.7, decay: 0.035 },
    { f: 1120, a: 0.4, decay: 0.02 },
    { f: 2310, a: 0.2, decay: 0.01 },
  ], 0.0008);
  const x = noise(0.25, seed);
  const click = mul(biquad(x, 'bandpass', 1600, 1.5), envAD(x.length, 0.0005, 0.006));
  mixInto(body, click, 0, 1.6);
  return body;
}

function sfxGavel(): Float32Array {
  const out = new Float32Array(len(1.15));
  mixInto(out, knock(41), len(0.01), 1);
  mixInto(out, knock(42), len(0.3), 0.9);
  const wet = reverb(out, 1.1, 0.3, 0.8);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! + wet[i]! * 0.9;
  // let the room die away before the end
  const N = out.length;
  const tailStart = len(0.75);
  for (let i = tailStart; i < N; i++) out[i]! *= Math.exp(-(i - tailStart) / SR / 0.12);
  return out;
}

function sfxClick(): Float32Array {
  const N = len(0.06);
  const out = partials(0.06, [{ f: 2900, a: 0.6, decay: 0.008 }, { f: 1450, a: 0.4, decay: 0.012 }], 0.0005);
  const x = noise(0.06, 51);
  mixInto(out, mul(biquad(x, 'highpass', 3000, 0.7), envAD(N, 0.0003, 0.003)), 0, 0.6);
  return out;
}

export function buildSounds(): Sound[] {
  const fx: Array<[string, () => Float32Array, number]> = [
    ['sfx-card', sfxCard, -4],
    ['sfx-offer', sfxOffer, -4],
    ['sfx-accept', sfxAccept, -4],
    ['sfx-reject', sfxReject, -3],
    ['sfx-event', sfxEvent, -3],
    ['sfx-gavel', sfxGavel, -3],
    ['sfx-click', sfxClick, -6],
  ];
  const out: Sound[] = [musicLoop()];
  for (const [key, make, db] of fx) {
    out.push({ key, name: key, samples: normalise(fades(make(), 0.003, 0.02), db), loop: false });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// WAV I/O and level checks.

export function encodeWav(x: Float32Array): Buffer {
  const data = Buffer.alloc(x.length * 2);
  for (let i = 0; i < x.length; i++) {
    const v = Math.max(-1, Math.min(1, x[i]!));
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

export interface LevelReport {
  peakDb: number;
  rmsDb: number;
  first: number;
  last: number;
  /** Largest jump between consecutive samples at the edges (or across the loop seam). */
  edgeJump: number;
  seconds: number;
}

export function levels(x: Float32Array, loop: boolean): LevelReport {
  let peak = 0;
  let sum = 0;
  for (const v of x) {
    peak = Math.max(peak, Math.abs(v));
    sum += v * v;
  }
  const first = x[0] ?? 0;
  const last = x[x.length - 1] ?? 0;
  const edgeJump = loop ? Math.abs(first - last) : Math.max(Math.abs(first), Math.abs(last));
  return {
    peakDb: 20 * Math.log10(peak || 1e-9),
    rmsDb: 10 * Math.log10(sum / x.length || 1e-18),
    first,
    last,
    edgeJump,
    seconds: x.length / SR,
  };
}
