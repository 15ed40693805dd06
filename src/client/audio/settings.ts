/** Volume and mute, remembered on this device. Kept apart from Howler so the menu can show them before any audio loads. */
export interface SoundSettings {
  volume: number;
  muted: boolean;
}

const KEY = 'ministerial.sound';

export function loadSoundSettings(): SoundSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<SoundSettings>;
    const volume = typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : 0.6;
    return { volume, muted: raw.muted === true };
  } catch {
    return { volume: 0.6, muted: false };
  }
}

export function saveSoundSettings(settings: SoundSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private browsing may forbid storage: the setting then lasts for this visit only.
  }
}
