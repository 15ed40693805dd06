/**
 * `npm run bench:client [-- --json]`: the browser game's performance budget, measured on a fresh
 * build in headless Chromium (the system one, as in the browser tests):
 * 1. initial download: gzip size of the JS and CSS the index page loads before any dynamic import
 *    (the entry chunk, its static imports and their CSS, read from Vite's manifest), against 520 KB;
 * 2. menu interactive: median over 5 cold loads from navigation start to `performance.mark('menu-interactive')`
 *    (set when the menu's first control is enabled and focused), against 2 s;
 * 3. table frame times: requestAnimationFrame deltas over ~5 s on the table while bots move and the
 *    table animates, median and p95, against 20 ms; with an empty page's rAF p95 measured in the same
 *    run as the baseline (what this machine's compositor gives at best).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { buildClient, CLIENT_DIR } from './lib/client-build.js';
import { createHttpServer } from '../src/server/http-server.js';

const BUDGET_KB = 520;
const MENU_BUDGET_MS = 2000;
const FRAME_BUDGET_MS = 20;
const json = process.argv.includes('--json');

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

/** The files the page loads before any dynamic import: the entry, its static imports, their CSS. */
export function initialFiles(manifest: Record<string, ManifestChunk>, entry = 'index.html'): string[] {
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  visit(entry);
  return [...files];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

// Passed as source text: tsx's helpers (like __name) do not exist inside the page.
const FRAME_PROBE = `(duration) => new Promise((resolve) => {
  const deltas = [];
  let last = performance.now();
  const start = last;
  const step = (now) => {
    deltas.push(now - last);
    last = now;
    if (now - start < duration) requestAnimationFrame(step);
    else resolve(deltas.slice(1));
  };
  requestAnimationFrame(step);
})`;

async function frameTimes(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`(${FRAME_PROBE})(${ms})`) as Promise<number[]>;
}

async function main(): Promise<void> {
  if (!json) console.log('Building the client...');
  buildClient();
  const manifest = JSON.parse(readFileSync(join(CLIENT_DIR, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const html = readFileSync(join(CLIENT_DIR, 'index.html'), 'utf8');
  const files = initialFiles(manifest);
  // Cross-check with the built page itself: every script and stylesheet it links must be counted.
  for (const m of html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)) if (!files.includes(m[1] as string)) files.push(m[1] as string);
  const sizes = files.map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(CLIENT_DIR, f)), { level: 9 }).length }));
  const initialKb = sizes.reduce((a, s) => a + s.gzip, 0) / 1024;

  const server = createHttpServer({ staticDir: CLIENT_DIR });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  try {
    const menuTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const handle = await page.waitForFunction("performance.getEntriesByName('menu-interactive')[0]?.startTime ?? false", undefined, { timeout: 10_000 });
      menuTimes.push((await handle.jsonValue()) as number);
      await context.close();
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const blank = await context.newPage();
    await blank.setContent('<!doctype html><title>baseline</title><body></body>');
    const baseline = await frameTimes(blank, 3000);
    await blank.close();

    const page = await context.newPage();
    // The human plays the last seat, so the three bots move first (with their normal pause) and the
    // table animates cards, offers and the turn glow while we measure.
    await page.goto(`${base}/?level=tutorial&mode=solo&role=developing&seed=3${process.env.BENCH_QUERY ?? ''}`);
    await page.click('[data-testid="menu-play"]:not([disabled])');
    await page.click('[data-testid="roles-continue"]');
    await page.click('[data-testid="briefing-continue"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="table"]');
    const frames = await frameTimes(page, 5000);
    const renderer = await page.getAttribute('#stage', 'data-renderer');
    const logLength = (await page.locator('[data-testid^="offer-"]').count());

    const result = {
      initialDownload: { kb: Math.round(initialKb * 10) / 10, budgetKb: BUDGET_KB, ok: initialKb <= BUDGET_KB, files: sizes.map((s) => ({ file: s.file, kb: Math.round((s.gzip / 1024) * 10) / 10 })) },
      menuInteractive: { medianMs: Math.round(percentile(menuTimes, 50)), runsMs: menuTimes.map(Math.round), budgetMs: MENU_BUDGET_MS, ok: percentile(menuTimes, 50) <= MENU_BUDGET_MS },
      tableFrames: {
        frames: frames.length,
        medianMs: Math.round(percentile(frames, 50) * 10) / 10,
        p95Ms: Math.round(percentile(frames, 95) * 10) / 10,
        budgetMs: FRAME_BUDGET_MS,
        ok: percentile(frames, 95) <= FRAME_BUDGET_MS,
        offersOnTableAtEnd: logLength,
        renderer,
      },
      baselineEmptyPage: { frames: baseline.length, medianMs: Math.round(percentile(baseline, 50) * 10) / 10, p95Ms: Math.round(percentile(baseline, 95) * 10) / 10 },
    };
    if (json) console.log(JSON.stringify(result, null, 2));
    else {
      const row = (name: string, value: string, budget: string, ok: boolean | null): string => `${name.padEnd(34)}${value.padEnd(26)}${budget.padEnd(14)}${ok === null ? '' : ok ? 'ok' : 'OVER'}`;
      console.log(row('measure', 'value', 'budget', null));
      console.log(row('initial download (JS+CSS, gzip)', `${result.initialDownload.kb} KB`, `${BUDGET_KB} KB`, result.initialDownload.ok));
      console.log(row('menu interactive (median of 5)', `${result.menuInteractive.medianMs} ms`, `${MENU_BUDGET_MS} ms`, result.menuInteractive.ok));
      console.log(row('table frame time median / p95', `${result.tableFrames.medianMs} / ${result.tableFrames.p95Ms} ms`, `p95 ${FRAME_BUDGET_MS} ms`, result.tableFrames.ok));
      console.log(row('empty page frame median / p95', `${result.baselineEmptyPage.medianMs} / ${result.baselineEmptyPage.p95Ms} ms`, '(baseline)', null));
      console.log(`\ninitial files: ${result.initialDownload.files.map((f) => `${f.file} ${f.kb} KB`).join(', ')}`);
      console.log(`menu runs: ${result.menuInteractive.runsMs.join(', ')} ms; table frames measured: ${frames.length} (renderer: ${renderer})`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
