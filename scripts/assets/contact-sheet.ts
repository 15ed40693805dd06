/**
 * Contact sheet for checking the generated art by eye: composes every image of the manifest
 * (native size, and icons again at 32 px on the felt and on paper) plus a waveform of every sound
 * into one HTML page, and screenshots it with Debian's Chromium through playwright-core.
 *
 *   npx tsx scripts/assets/contact-sheet.ts [outDir]      (default /tmp/assets-contact)
 *
 * Writes contact-sheet.png (whole page) and one PNG per section. Run `npm run assets` first.
 * Never downloads a browser: it uses /usr/bin/chromium (apt-get install -y chromium).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { palette } from './palette.js';

const here = dirname(fileURLToPath(import.meta.url));
const assetsDir = resolve(here, '../../assets');
const outDir = resolve(process.argv[2] ?? '/tmp/assets-contact');

interface Manifest {
  images: Record<string, { file: string; width: number; height: number }>;
  audio: Record<string, { files: string[]; seconds: number }>;
  palette: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(assetsDir, 'generated/manifest.json'), 'utf8')) as Manifest;
const url = (file: string): string => pathToFileURL(join(assetsDir, file)).href;

function waveform(file: string, w: number, h: number): string {
  const buf = readFileSync(join(assetsDir, file));
  const n = (buf.length - 44) / 2;
  const cols = w;
  let d = '';
  for (let c = 0; c < cols; c++) {
    let lo = 0;
    let hi = 0;
    const a = Math.floor((c * n) / cols);
    const b = Math.max(a + 1, Math.floor(((c + 1) * n) / cols));
    for (let i = a; i < b; i++) {
      const v = buf.readInt16LE(44 + i * 2) / 32768;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    d += `M${c} ${(h / 2 - (hi * h) / 2).toFixed(1)} V${(h / 2 - (lo * h) / 2 + 0.5).toFixed(1)} `;
  }
  return (
    `<svg width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#0b1014"/>` +
    `<line x1="0" y1="${h / 2}" x2="${w}" y2="${h / 2}" stroke="#333"/>` +
    `<line x1="0" y1="${h * 0.05}" x2="${w}" y2="${h * 0.05}" stroke="#633" stroke-dasharray="4 4"/>` +
    `<path d="${d}" stroke="${palette.proposal}" stroke-width="1"/></svg>`
  );
}

function section(id: string, title: string, inner: string): string {
  return `<section id="${id}"><h2>${title}</h2><div class="row">${inner}</div></section>`;
}

function tile(key: string, scale = 1, bg = ''): string {
  const im = manifest.images[key]!;
  return (
    `<figure${bg ? ` style="background:${bg}"` : ''}><img src="${url(im.file)}" width="${im.width * scale}" height="${im.height * scale}">` +
    `<figcaption>${key}</figcaption></figure>`
  );
}

const keys = Object.keys(manifest.images);
const icons = keys.filter((k) => k.startsWith('icon-'));
const cards = keys.filter((k) => k.startsWith('card-'));
const seats = keys.filter((k) => k.startsWith('seat-'));

const swatches = Object.entries(manifest.palette)
  .map(([k, v]) => `<figure><div style="width:64px;height:40px;background:${v};border:2px solid #000"></div><figcaption>${k}<br>${v}</figcaption></figure>`)
  .join('');

const audio = Object.entries(manifest.audio)
  .map(([k, a]) => {
    const wav = a.files.find((f) => f.endsWith('.wav'))!;
    const w = Math.max(120, Math.round(a.seconds * (k === 'music-loop' ? 40 : 600)));
    return `<figure>${waveform(wav, w, 90)}<figcaption>${k} (${a.seconds} s)</figcaption></figure>`;
  })
  .join('');

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;padding:16px;background:${palette['felt-dark']};color:${palette.paper};font:14px sans-serif;width:1800px}
h2{margin:18px 0 8px;font-size:18px;color:${palette.brass}}
.row{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-end}
figure{margin:0;padding:6px;text-align:center}
figcaption{font-size:11px;margin-top:4px;max-width:180px;word-break:break-all}
.paper figcaption{color:${palette.ink}}
</style></head><body>
${section('s-table', 'Table (1280×720) and logo', tile('table') + tile('logo') + tile('logo', 1, palette.paper) + tile('panel') + tile('button') + tile('button-focus'))}
${section('s-cards', 'Cards (180×252) and seats (128×128)', cards.map((k) => tile(k)).join('') + seats.map((k) => tile(k)).join(''))}
${section('s-icons', 'Icons, native size, on felt', icons.map((k) => tile(k)).join(''))}
${section('s-icons32', 'Icons at 32 px on felt, then on paper; seats at 48 px', icons.map((k) => tile(k, 32 / manifest.images[k]!.width)).join('') + seats.map((k) => tile(k, 48 / 128)).join(''))}
<div class="paper" style="background:${palette.paper}">${section('s-icons32p', '', icons.map((k) => tile(k, 32 / manifest.images[k]!.width)).join(''))}</div>
${section('s-zoom-icons', 'Icons at 2× (detail check)', icons.map((k) => tile(k, 2)).join(''))}
${section('s-zoom-cards', 'Cards at 1.5× (detail check)', cards.slice(0, 5).map((k) => tile(k, 1.5)).join(''))}
${section('s-palette', 'Palette', swatches)}
${section('s-audio', 'Audio waveforms (dashed line: -1 dBFS)', audio)}
</body></html>`;

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const htmlPath = join(outDir, 'contact-sheet.html');
  writeFileSync(htmlPath, html);
  const exe = '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error(`${exe} is missing: apt-get update && apt-get install -y chromium`);
  const browser = await chromium.launch({
    executablePath: exe,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--allow-file-access-from-files'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1832, height: 1000 } });
    await page.goto(pathToFileURL(htmlPath).href);
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
    const broken = await page.evaluate(() => Array.from(document.images).filter((i) => i.naturalWidth === 0).map((i) => i.src));
    if (broken.length) console.error(`images that failed to load:\n  ${broken.join('\n  ')}`);
    await page.screenshot({ path: join(outDir, 'contact-sheet.png'), fullPage: true });
    for (const id of ['s-table', 's-cards', 's-icons', 's-icons32', 's-icons32p', 's-zoom-icons', 's-zoom-cards', 's-palette', 's-audio']) {
      await page.locator(`#${id}`).screenshot({ path: join(outDir, `${id}.png`) });
    }
    console.log(`contact sheet written to ${outDir}`);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
