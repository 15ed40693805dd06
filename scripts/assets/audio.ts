/**
 * The game's sounds, in the manifest's order: the music loop (audio/music.ts) and the one-shot
 * effects (audio/effects.ts), each faded at its edges and normalised to its peak level.
 */
import { sfxAccept, sfxCard, sfxClick, sfxEvent, sfxGavel, sfxOffer, sfxReject } from './audio/effects.js';
import { musicLoop } from './audio/music.js';
import { fades, normalise, type Sound } from './audio/synth.js';

export type { Sound } from './audio/synth.js';

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
