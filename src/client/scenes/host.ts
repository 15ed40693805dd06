/**
 * The Phaser game behind the DOM overlay: created once, lazily (Phaser is most of the download),
 * with a transparent canvas filling the window. The DOM screens tell it what to draw and where.
 */
import Phaser from 'phaser';
import type { AssetManifest } from '../assets/manifest.js';
import { OutcomeScene, type ChartSlot } from './outcome-scene.js';
import { PreloadScene } from './preload-scene.js';
import { preferredRenderer } from './renderer.js';
import { TableScene, type StageRect, type TableEffect } from './table-scene.js';
import type { SeatVm } from '../view-models/table.js';

export interface GameHost {
  showTable(seats: SeatVm[], rect: StageRect): void;
  playEffect(effect: TableEffect): void;
  showCharts(slots: ChartSlot[], animate: boolean): void;
  clear(): void;
}

export function startGame(parent: HTMLElement, manifest: AssetManifest, onProgress: (p: number) => void): Promise<GameHost> {
  const renderer = preferredRenderer(new URLSearchParams(location.search));
  // Visible to tests and the benchmark: which renderer this device got.
  parent.dataset.renderer = renderer;
  return new Promise((resolve) => {
    const table = new TableScene();
    const outcome = new OutcomeScene();
    const game = new Phaser.Game({
      type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
      parent,
      transparent: true,
      banner: false,
      scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
      render: { antialias: true },
      audio: { noAudio: true },
      input: { keyboard: false },
      scene: [
        new PreloadScene(manifest, onProgress, () => {
          game.scene.start('table');
          game.scene.start('outcome');
          resolve(host);
        }),
        table,
        outcome,
      ],
    });
    const host: GameHost = {
      showTable: (seats, rect) => {
        outcome.show([], false);
        table.show(seats, rect);
      },
      playEffect: (effect) => table.play(effect),
      showCharts: (slots, animate) => {
        table.show([], { x: 0, y: 0, width: 0, height: 0 });
        outcome.show(slots, animate);
      },
      clear: () => {
        table.show([], { x: 0, y: 0, width: 0, height: 0 });
        outcome.show([], false);
      },
    };
  });
}

export type { ChartSlot, StageRect, TableEffect };
