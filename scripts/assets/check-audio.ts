/**
 * Level check for the generated WAVs: peak (must be below -1 dBFS), RMS, DC offset, and clicks
 * at the edges (one-shots must start and end at silence; the music loop's seam must be smooth).
 *
 *   npx tsx scripts/assets/check-audio.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const assetsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets');
const manifest = JSON.parse(readFileSync(join(assetsDir, 'generated/manifest.json'), 'utf8')) as {
  audio: Record<string, { files: string[]; seconds: number }>;
};

let bad = 0;
for (const [key, a] of Object.entries(manifest.audio)) {
  const wav = a.files.find((f) => f.endsWith('.wav'));
  if (!wav) continue;
  const buf = readFileSync(join(assetsDir, wav));
  const n = (buf.length - 44) / 2;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = buf.readInt16LE(44 + i * 2) / 32768;
  let peak = 0;
  let sum = 0;
  let dc = 0;
  const diffs: number[] = [];
  for (let i = 0; i < n; i++) {
    peak = Math.max(peak, Math.abs(x[i]!));
    sum += x[i]! ** 2;
    dc += x[i]!;
    if (i > 0) diffs.push(Math.abs(x[i]! - x[i - 1]!));
  }
  diffs.sort((p, q) => p - q);
  const p99 = diffs[Math.floor(diffs.length * 0.99)] ?? 0;
  const loop = key.startsWith('music');
  const edge = loop ? Math.abs(x[0]! - x[n - 1]!) : Math.max(Math.abs(x[0]!), Math.abs(x[n - 1]!));
  const peakDb = 20 * Math.log10(peak);
  const ok = peakDb < -1 && (loop ? edge <= p99 : edge < 0.001) && Math.abs(dc / n) < 0.01;
  if (!ok) bad++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${key.padEnd(12)} ${(n / 22050).toFixed(3)} s  peak ${peakDb.toFixed(1)} dBFS  ` +
      `rms ${(10 * Math.log10(sum / n)).toFixed(1)} dBFS  dc ${(dc / n).toExponential(1)}  ` +
      `${loop ? 'seam jump' : 'edge'} ${edge.toFixed(4)} (99th pct step ${p99.toFixed(4)})`,
  );
}
process.exit(bad ? 1 : 0);
