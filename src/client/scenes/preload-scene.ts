/** Loads the generated art named in the manifest, with a progress bar; missing files fall back to drawn shapes. */
import Phaser from 'phaser';
import type { AssetManifest } from '../assets/manifest.js';

/**
 * The textures the scenes draw (table-scene.ts: the table, the seats' emblems, the card backs).
 * The other pictures are icons the DOM shows as <img>: rasterising them here too cost a phone
 * about a second at Phaser's start (docs/phones.md).
 */
export const SCENE_TEXTURES = /^(table|seat-.+|card-back-.+)$/;

export class PreloadScene extends Phaser.Scene {
  constructor(private readonly manifest: AssetManifest, private readonly onProgress: (p: number) => void, private readonly onDone: () => void) {
    super({ key: 'preload' });
  }

  preload(): void {
    const { width, height } = this.scale;
    const bar = this.add.graphics();
    const frame = this.add.graphics();
    frame.lineStyle(2, 0xc9a24a, 1).strokeRect(width / 2 - 160, height / 2 - 10, 320, 20);
    this.load.on('progress', (p: number) => {
      bar.clear().fillStyle(0xc9a24a, 1).fillRect(width / 2 - 156, height / 2 - 6, 312 * p, 12);
      this.onProgress(p);
    });
    // A file that fails to load is not fatal: the scenes draw a shape instead.
    this.load.on('loaderror', () => undefined);
    for (const [key, url] of Object.entries(this.manifest.images)) {
      if (!SCENE_TEXTURES.test(key)) continue;
      if (url.endsWith('.svg')) this.load.svg(key, url);
      else this.load.image(key, url);
    }
  }

  create(): void {
    this.onProgress(1);
    this.onDone();
    // The bar is only for loading: stop the scene so it never shows through the other screens.
    this.scene.stop();
  }
}
