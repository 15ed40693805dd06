/**
 * Levels kept on this device (opened from a file in the menu, or sent from the studio to play-test):
 * stored as text in localStorage and validated again each time the catalog loads. A module of its own
 * so the studio can keep a level without pulling in the catalog.
 */
/** Levels opened from a file (menu) or sent from the studio, kept on this device only. */
export const DEVICE_LEVELS_KEY = 'ministerial.deviceLevels';

export interface DeviceLevel {
  readonly file: string;
  readonly text: string;
}

export function deviceLevels(): DeviceLevel[] {
  try {
    const raw = globalThis.localStorage?.getItem(DEVICE_LEVELS_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((l): l is DeviceLevel => typeof l?.file === 'string' && typeof l?.text === 'string') : [];
  } catch {
    return [];
  }
}

/** Keep a level on this device (replacing one with the same file name) so the menu lists it after a reload. */
export function keepOnDevice(file: string, text: string): void {
  const list = [{ file, text }, ...deviceLevels().filter((l) => l.file !== file)].slice(0, 20);
  globalThis.localStorage?.setItem(DEVICE_LEVELS_KEY, JSON.stringify(list));
}

