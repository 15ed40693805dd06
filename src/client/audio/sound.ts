/**
 * Music and sound effects with Howler. Nothing is created before the first user gesture (browsers
 * block audio until then, and a class of thirty laptops starting music at once is nobody's wish);
 * Howler itself is loaded lazily at that moment.
 */
import type { Howl } from 'howler';
import { loadManifest } from '../assets/manifest.js';
import { loadSoundSettings, saveSoundSettings, type SoundSettings } from './settings.js';

export type Effect = 'card' | 'offer' | 'accept' | 'reject' | 'event' | 'gavel' | 'click';

class Sound {
  settings: SoundSettings = loadSoundSettings();
  private howls = new Map<string, Howl>();
  private music: Howl | null = null;
  private unlocked = false;
  private readonly listeners = new Set<() => void>();

  /** Call from a user gesture handler (the first click or key press). */
  async unlock(): Promise<void> {
    if (this.unlocked) return;
    this.unlocked = true;
    const [{ Howl, Howler }, manifest] = await Promise.all([import('howler'), loadManifest()]);
    Howler.volume(this.settings.volume);
    Howler.mute(this.settings.muted);
    for (const [key, src] of Object.entries(manifest.audio)) {
      const isMusic = key === 'music-loop';
      const howl = new Howl({ src: [...src], loop: isMusic, volume: isMusic ? 0.35 : 0.8, preload: true, html5: isMusic });
      this.howls.set(key, howl);
      if (isMusic) this.music = howl;
    }
    this.music?.play();
  }

  play(effect: Effect): void {
    if (!this.unlocked || this.settings.muted) return;
    this.howls.get(`sfx-${effect}`)?.play();
  }

  async apply(settings: Partial<SoundSettings>): Promise<void> {
    this.settings = { ...this.settings, ...settings };
    saveSoundSettings(this.settings);
    if (this.unlocked) {
      const { Howler } = await import('howler');
      Howler.volume(this.settings.volume);
      Howler.mute(this.settings.muted);
    }
    for (const l of this.listeners) l();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const sound = new Sound();
