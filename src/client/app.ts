/**
 * The client's state between screens: the message catalog, the level catalog, the chosen level,
 * mode, language and seats, the table port once a game runs, and the Phaser host once loaded.
 * Screens are plain functions that render into `app.ui` and call `app.go(...)` to move on.
 */
import type { Translate } from './i18n/index.js';
import type { Catalog, LevelEntry } from './level/catalog.js';
import type { GameHost } from './scenes/host.js';
import type { TablePort } from '../protocol/port.js';
import type { RoleId } from '../engine/types.js';

export type Mode = 'solo' | 'hotseat';

export interface Setup {
  levelId: string;
  mode: Mode;
  language: string;
  /** Seats held by humans (solo: one). */
  humans: RoleId[];
}

export interface App {
  readonly t: Translate;
  readonly ui: HTMLElement;
  readonly stage: HTMLElement;
  readonly params: URLSearchParams;
  /** Tests and benchmarks: bots move without delay and turns are not timed. */
  readonly fast: boolean;
  catalog: Catalog | null;
  setup: Setup;
  /** Whether the player chose the language (address, menu, join form, or remembered) rather than a default. */
  languageChosen: boolean;
  port: TablePort | null;
  host: GameHost | null;
  /** Leave the current screen's listeners behind before the next one renders. */
  cleanup: (() => void)[];
  go(screen: Screen): void;
}

export type Screen = (app: App) => void | Promise<void>;

export function levelEntry(app: App): LevelEntry | undefined {
  return app.catalog?.levels.find((l) => l.id === app.setup.levelId);
}
