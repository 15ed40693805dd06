/**
 * The README is for users (set-up, playing, trainers, facilitators, settings, security) and stays
 * short enough to read: lab notes and figures go to docs/. Every link in it must lead to a file in
 * the repository, so a fresh clone has everything it points at.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

it('stays at most 250 lines', () => {
  expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(250);
});

it('links only to files in the repository, and each exists', () => {
  const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] as string);
  expect(links.length).toBeGreaterThan(0);
  const outside = links.filter((l) => /^[a-z]+:/i.test(l));
  expect(outside).toEqual([]);
  const missing = links.map((l) => l.split('#')[0] as string).filter((l) => l !== '' && !existsSync(join(ROOT, l)));
  expect(missing).toEqual([]);
});

it('links every document in docs/ so none is orphaned', () => {
  const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
  expect(docs.filter((f) => !readme.includes(`docs/${f}`))).toEqual([]);
});
