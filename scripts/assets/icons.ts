/**
 * `npm run assets:icons`: the installed app's icons (web app manifest, home screen, favicon), drawn
 * from the logo's roundel (the gavel in a brass ring, art/logo.ts) and written to assets/icons/.
 *
 * The SVGs are ours, built here like the rest of the art; the PNGs that the manifest and iOS need
 * are those SVGs rasterised by the system Chromium (the one the browser tests drive), so no image
 * library is needed. Maskable icons keep the roundel inside the central 80% circle that launchers
 * may crop to; the "any" icon has transparent rounded corners.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { g } from './art/glyphs.js';
import { n, place, svgDoc } from './art/svg.js';
import { palette as P } from './palette.js';

export const ICONS_DIR = resolve(import.meta.dirname, '../../assets/icons');
const SIZE = 512;

/** The roundel (ring, dashed inner ring, gavel) centred at (c, c) with radius r. */
function roundel(c: number, r: number): string {
  const gavel = g('gavel')({ fg: P.paper, ac: P.brass, bg: P.ink });
  return (
    `<circle cx="${c}" cy="${c}" r="${n(r)}" fill="${P.ink}" stroke="${P.brass}" stroke-width="${n(r * 0.08)}"/>` +
    `<circle cx="${c}" cy="${c}" r="${n(r * 0.84)}" fill="none" stroke="${P.brass}" stroke-opacity="0.45" stroke-width="${n(r * 0.05)}" stroke-dasharray="${n(r * 0.05)} ${n(r * 0.15)}" stroke-linecap="round"/>` +
    place(gavel, c, c, r * 1.3)
  );
}

/** The icon for "any" purpose: a felt tile with rounded corners and the roundel filling it. */
export function appIconSvg(): string {
  const c = SIZE / 2;
  return svgDoc(SIZE, SIZE, `<rect width="${SIZE}" height="${SIZE}" rx="${SIZE * 0.19}" fill="${P.felt}"/>` + roundel(c, SIZE * 0.42));
}

/** Maskable: full-bleed felt, the roundel within the safe zone (radius 40% of the side). */
export function maskableIconSvg(): string {
  const c = SIZE / 2;
  return svgDoc(SIZE, SIZE, `<rect width="${SIZE}" height="${SIZE}" fill="${P.felt}"/>` + roundel(c, SIZE * 0.34));
}

export const PNG_ICONS: ReadonlyArray<{ file: string; size: number; svg: () => string }> = [
  { file: 'icon-192.png', size: 192, svg: appIconSvg },
  { file: 'icon-512.png', size: 512, svg: appIconSvg },
  { file: 'icon-maskable-512.png', size: 512, svg: maskableIconSvg },
  // iOS fills transparency with black and rounds the corners itself: the full-bleed design.
  { file: 'apple-touch-icon-180.png', size: 180, svg: maskableIconSvg },
];

async function main(): Promise<void> {
  mkdirSync(ICONS_DIR, { recursive: true });
  writeFileSync(join(ICONS_DIR, 'icon.svg'), appIconSvg());
  writeFileSync(join(ICONS_DIR, 'icon-maskable.svg'), maskableIconSvg());
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const icon of PNG_ICONS) {
      await page.setViewportSize({ width: icon.size, height: icon.size });
      const src = `data:image/svg+xml;base64,${Buffer.from(icon.svg()).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${icon.size}" height="${icon.size}">`);
      await page.waitForFunction(() => document.images[0]?.complete);
      writeFileSync(join(ICONS_DIR, icon.file), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } }));
      console.log(`assets/icons/${icon.file} (${icon.size}×${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
