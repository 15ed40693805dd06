/** WAV writing and the level checks every sound must pass (peak, loudness, clicks at the edges). */
import { SR } from './synth.js';

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
