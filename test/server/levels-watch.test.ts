/**
 * The levels folder on a running server: a file dropped in reaches the catalogue within seconds,
 * a changed one is re-read, a removed one leaves; an invalid file is logged and listed at
 * /api/levels/problems with its first errors; two files with one id are named together; nothing
 * of it stops the server.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSession, sleep, startServer, type Running } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'ministerial-levels-'));
const tutorial = readFileSync('levels/tutorial.yaml', 'utf8');
const logged: string[] = [];
let server: Running;

beforeAll(async () => {
  copyFileSync('levels/tutorial.yaml', join(dir, 'tutorial.yaml'));
  server = await startServer({ levelsDir: dir, log: (line) => logged.push(line), createsPerMinute: 1000 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function levels(): Promise<{ id: string; title: string }[]> {
  return (await (await fetch(`${server.url}/api/levels`)).json()) as { id: string; title: string }[];
}
async function problems(): Promise<{ file: string; code: string; errors?: { code: string; line: number; column: number; text: string }[]; text?: string }[]> {
  return (await (await fetch(`${server.url}/api/levels/problems`)).json()) as Awaited<ReturnType<typeof problems>>;
}
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await sleep(50);
  }
}

test('a new file appears without a restart, and a session can be created on it', async () => {
  expect((await levels()).map((l) => l.id)).toEqual(['tutorial']);
  const started = Date.now();
  writeFileSync(join(dir, 'our-class.yaml'), tutorial.replace(/^id: tutorial$/m, 'id: our-class'));
  const now = await until(levels, (l) => l.some((x) => x.id === 'our-class'));
  expect(now.map((l) => l.id).sort()).toEqual(['our-class', 'tutorial']);
  expect(Date.now() - started).toBeLessThan(3000);
  const session = await createSession(server.url, { level: 'our-class' });
  expect(server.api.sessions.get(session.sessionId)?.model.level.id).toBe('our-class');
});

test('a changed file is re-read; a removed one leaves the catalogue', async () => {
  writeFileSync(join(dir, 'our-class.yaml'), tutorial.replace(/^id: tutorial$/m, 'id: our-class').replace(/^title:\n {2}en: .*$/m, 'title:\n  en: "Renamed"'));
  const renamed = await until(levels, (l) => l.some((x) => x.title === 'Renamed'));
  expect(renamed.find((l) => l.id === 'our-class')?.title).toBe('Renamed');
  rmSync(join(dir, 'our-class.yaml'));
  expect((await until(levels, (l) => !l.some((x) => x.id === 'our-class'))).map((l) => l.id)).toEqual(['tutorial']);
});

test('an invalid file is logged once and listed with its first errors, never crashing the server', async () => {
  const broken = tutorial.replace(/^id: tutorial$/m, 'id: broken-one').replace('year: 2017', 'year: soon');
  writeFileSync(join(dir, 'broken.yaml'), broken);
  const listed = await until(problems, (p) => p.some((x) => x.file === 'broken.yaml'));
  const entry = listed.find((x) => x.file === 'broken.yaml');
  expect(entry?.code).toBe('invalid');
  expect(entry?.errors?.[0]).toMatchObject({ code: 'wrongType', line: broken.split('\n').indexOf('year: soon') + 1, column: 7 });
  expect((await levels()).map((l) => l.id)).toEqual(['tutorial']);
  // Touching another file re-scans; the same problem is not logged twice.
  writeFileSync(join(dir, 'notes.txt'), 'not a level');
  await sleep(400);
  expect(logged.filter((l) => l.includes('broken.yaml'))).toHaveLength(1);
  expect(logged.find((l) => l.includes('broken.yaml'))).toMatch(/leaving out broken\.yaml \(1 error\): \d+:7 {2}year {2}/);
  // Junk and an empty file: listed, and the server goes on.
  writeFileSync(join(dir, 'junk.yaml'), '\u0000\u0001[[[: :');
  writeFileSync(join(dir, 'empty.yaml'), '');
  const all = await until(problems, (p) => p.some((x) => x.file === 'junk.yaml') && p.some((x) => x.file === 'empty.yaml'));
  expect(all.map((p) => p.file).sort()).toEqual(['broken.yaml', 'empty.yaml', 'junk.yaml']);
  rmSync(join(dir, 'broken.yaml'));
  rmSync(join(dir, 'junk.yaml'));
  rmSync(join(dir, 'empty.yaml'));
  expect(await until(problems, (p) => p.length === 0)).toEqual([]);
  expect((await fetch(`${server.url}/health`)).status).toBe(200);
});

test('two files with one id: the message names both, the first keeps the id', async () => {
  writeFileSync(join(dir, 'z-copy.yaml'), tutorial.replace(/^title:\n {2}en: .*$/m, 'title:\n  en: "A copy"'));
  const listed = await until(problems, (p) => p.some((x) => x.file === 'z-copy.yaml'));
  const dup = listed.find((x) => x.file === 'z-copy.yaml');
  expect(dup).toMatchObject({ code: 'duplicateId', id: 'tutorial', keptFile: 'tutorial.yaml' });
  expect(dup?.text).toBe('z-copy.yaml and tutorial.yaml both have the id "tutorial"; tutorial.yaml keeps it, z-copy.yaml is left out until one of them changes its id');
  expect(logged.some((l) => l.includes('z-copy.yaml and tutorial.yaml both have the id "tutorial"'))).toBe(true);
  const list = await levels();
  expect(list.filter((l) => l.id === 'tutorial')).toHaveLength(1);
  expect(list.find((l) => l.id === 'tutorial')?.title).not.toBe('A copy');
  rmSync(join(dir, 'z-copy.yaml'));
});
