/**
 * Write the JSON Schema of level files to levels/level.schema.json, generated from `LevelSchema`
 * (`npm run level:schema`). Editors use it for autocompletion and inline checks: a level starts
 * with `# yaml-language-server: $schema=./level.schema.json`.
 * `--check` writes nothing and exits 1 if the file on disk is missing or out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LevelSchema } from '../src/engine/level/schema.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(repoRoot, 'levels', 'level.schema.json');

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  process.stderr.write(`level:schema: unknown argument ${unknown.map((a) => `"${a}"`).join(', ')}\nusage: npm run level:schema [-- --check]\n`);
  process.exit(2);
}
const check = args.includes('--check');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The validator rejects keys the schema does not know (a misspelt `handsize` must not be ignored),
 * so the exported schema says so too, letting editors flag them as the trainer types.
 */
function closeObjects(node: Json): Json {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) out[key] = closeObjects(value);
  if (out.type === 'object' && out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const generated = z.toJSONSchema(LevelSchema, { io: 'input' }) as { [key: string]: Json };
const { $schema, title, description, ...rest } = closeObjects(generated) as { [key: string]: Json };
const schema = {
  $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:ecommerce-ministerial:level-schema',
  title: title ?? 'E-commerce ministerial level',
  description: `${typeof description === 'string' ? description : 'A level of the game.'} Generated from src/engine/level/schema.ts by \`npm run level:schema\`; do not edit by hand.`,
  ...rest,
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
const shown = relative(process.cwd(), target) || target;

if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current === text) {
    process.stdout.write(`✔ ${shown} is up to date\n`);
  } else {
    process.stderr.write(`✘ ${shown} is ${current === undefined ? 'missing' : 'out of date'}: run npm run level:schema\n`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`✔ wrote ${shown}\n`);
}
