/**
 * `npm run assets`: writes every picture and sound of the game into assets/generated/, plus
 * assets/generated/manifest.json for the client. Deterministic: the same files on every run.
 *
 * Images are SVG built in art.ts (drawn in art/); sounds are synthesised in audio.ts (audio/),
 * written as 16-bit PCM WAV (mono, 22,050 Hz) and encoded to Ogg Vorbis and MP3 with wasm-media-encoders (MIT; libvorbis, BSD;
 * LAME, LGPL). The client lists Ogg then MP3 and Howler plays the first the browser can: Safari on
 * iOS has no Vorbis, every browser plays MP3. The WAV stays for the level checks, not shipped.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { buildImages } from './art.js';
import { buildSounds } from './audio.js';
import { SR } from './audio/synth.js';
import { encodeWav, levels } from './audio/wav.js';
import { palette } from './palette.js';

const here = dirname(fileURLToPath(import.meta.url));
export const ASSETS_DIR = resolve(here, '../../assets');
const OUT = join(ASSETS_DIR, 'generated');

export interface Manifest {
  images: Record<string, { file: string; width: number; height: number }>;
  audio: Record<string, { files: string[]; seconds: number }>;
  palette: Record<string, string>;
}

async function encodeOgg(x: Float32Array, serial: number): Promise<Buffer> {
  const enc = await createOggEncoder();
  enc.configure({ channels: 1, sampleRate: SR, vbrQuality: 3, oggSerialNo: serial });
  const parts: Buffer[] = [];
  // encode() returns a view into the encoder's memory: copy each chunk before the next call
  const block = 4096;
  for (let i = 0; i < x.length; i += block) {
    parts.push(Buffer.from(enc.encode([x.subarray(i, Math.min(x.length, i + block))])));
  }
  parts.push(Buffer.from(enc.finalize()));
  return Buffer.concat(parts);
}

async function encodeMp3(x: Float32Array): Promise<Buffer> {
  const enc = await createMp3Encoder();
  enc.configure({ channels: 1, sampleRate: SR, vbrQuality: 4 });
  const parts: Buffer[] = [];
  const block = 4096;
  for (let i = 0; i < x.length; i += block) {
    parts.push(Buffer.from(enc.encode([x.subarray(i, Math.min(x.length, i + block))])));
  }
  parts.push(Buffer.from(enc.finalize()));
  return Buffer.concat(parts);
}

function clean(dir: string, ext: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith(ext)) rmSync(join(dir, f));
}

async function main(): Promise<void> {
  const imgDir = join(OUT, 'img');
  const audioDir = join(OUT, 'audio');
  clean(imgDir, '.svg');
  clean(audioDir, '.wav');
  clean(audioDir, '.ogg');
  clean(audioDir, '.mp3');

  const manifest: Manifest = { images: {}, audio: {}, palette: { ...palette } };

  for (const img of buildImages()) {
    if (manifest.images[img.key]) throw new Error(`duplicate image key ${img.key}`);
    writeFileSync(join(imgDir, `${img.name}.svg`), img.svg);
    manifest.images[img.key] = { file: `generated/img/${img.name}.svg`, width: img.width, height: img.height };
  }

  let serial = 1;
  let audioBytes = 0;
  const problems: string[] = [];
  for (const s of buildSounds()) {
    const rep = levels(s.samples, s.loop);
    if (rep.peakDb > -1) problems.push(`${s.key}: peak ${rep.peakDb.toFixed(2)} dBFS is above -1 dBFS`);
    if (rep.edgeJump > 0.02) problems.push(`${s.key}: click at the edges (jump ${rep.edgeJump.toFixed(3)})`);
    if (!s.loop && rep.seconds >= 1.2) problems.push(`${s.key}: ${rep.seconds.toFixed(2)} s is not under 1.2 s`);
    const wav = encodeWav(s.samples);
    const ogg = await encodeOgg(s.samples, serial++);
    writeFileSync(join(audioDir, `${s.name}.wav`), wav);
    const mp3 = await encodeMp3(s.samples);
    writeFileSync(join(audioDir, `${s.name}.ogg`), ogg);
    writeFileSync(join(audioDir, `${s.name}.mp3`), mp3);
    audioBytes += ogg.length + mp3.length;
    manifest.audio[s.key] = {
      files: [`generated/audio/${s.name}.ogg`, `generated/audio/${s.name}.mp3`, `generated/audio/${s.name}.wav`],
      seconds: Math.round(rep.seconds * 1000) / 1000,
    };
    console.log(
      `${s.key.padEnd(12)} ${rep.seconds.toFixed(2)} s  peak ${rep.peakDb.toFixed(1)} dBFS  rms ${rep.rmsDb.toFixed(1)} dBFS  ` +
        `ogg ${(ogg.length / 1024).toFixed(0)} KiB  mp3 ${(mp3.length / 1024).toFixed(0)} KiB`,
    );
  }
  if (problems.length) throw new Error(`audio checks failed:\n  ${problems.join('\n  ')}`);

  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(
    `${Object.keys(manifest.images).length} images, ${Object.keys(manifest.audio).length} sounds ` +
      `(${(audioBytes / 1024).toFixed(0)} KiB of shipped audio) written to ${OUT}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
