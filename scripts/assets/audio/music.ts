/**
 * Music: 8 bars of 4/4 at 90 BPM = 21.33 s. Rendered with a tail that is folded back onto the
 * start, so reverb and pad releases of the last bar ring on into the first: a seamless loop.
 */
import { biquad, envAD, envASR, len, mixInto, mtof, mul, noise, normalise, partials, reverb, rng, SR, TAU, type Sound } from './synth.js';

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

