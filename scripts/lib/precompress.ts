/**
 * A small Vite plugin: after the client is written, every compressible static file (JS, CSS, HTML,
 * JSON, SVG, source maps, WebAssembly, plain text) over 1 KB gets `.br` and `.gz` siblings, so the
 * server can send the compressed bytes without compressing on each request. Brotli at quality 11
 * and gzip at level 9: this runs once per build, the phones on slow links pay for every byte.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|map|wasm|txt|webmanifest|yaml)$/;
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Writes the .br and .gz siblings of every compressible file under `dir`; returns how many files. */
export function precompressDir(dir: string): number {
  let count = 0;
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    // A sibling that saves nothing would only cost the server a look-up.
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
    count++;
  }
  return count;
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const n = precompressDir(outDir);
      this.info?.(`precompressed ${n} files (.br, .gz)`);
    },
  };
}
