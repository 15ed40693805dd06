/** Sound effects (all under 1.2 s): card, offer, accept, reject, event, gavel and click. */
import { biquad, envAD, envASR, len, mixInto, mtof, mul, noise, partials, reverb, SR, TAU } from './synth.js';

export function sfxCard(): Float32Array {
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

export function sfxOffer(): Float32Array {
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

export function sfxAccept(): Float32Array {
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

export function sfxReject(): Float32Array {
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

export function sfxEvent(): Float32Array {
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

export function sfxGavel(): Float32Array {
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

export function sfxClick(): Float32Array {
  const N = len(0.06);
  const out = partials(0.06, [{ f: 2900, a: 0.6, decay: 0.008 }, { f: 1450, a: 0.4, decay: 0.012 }], 0.0005);
  const x = noise(0.06, 51);
  mixInto(out, mul(biquad(x, 'highpass', 3000, 0.7), envAD(N, 0.0003, 0.003)), 0, 0.6);
  return out;
}

