/**
 * A facilitator's own level, over real HTTP and WebSockets: uploaded with the create form's
 * settings, validated by the same validator as the levels folder (errors as codes with line and
 * column), kept with its session only (never in the catalogue, never usable by another session),
 * played at a table, resumed after a restart; junk uploads are refused and change nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LEVEL_MAX_BYTES } from '../../src/server/levels.js';
import type { CreateSessionResponse } from '../../src/protocol/messages.js';
import { facilitator, joinAsParticipant, post, startServer, type Running } from './helpers.js';

const tutorial = readFileSync('levels/tutorial.yaml', 'utf8');
const own = tutorial.replace(/^id: tutorial$/m, 'id: my-own-level').replace(/^title:\n {2}en: .*$/m, 'title:\n  en: "Our class: data and duties"');
const settings = { tables: 1, seatsPerTable: 1, bots: true, turnSeconds: 0 };

let server: Running;
beforeAll(async () => {
  server = await startServer({ createsPerMinute: 1000 });
});
afterAll(async () => server?.close());

async function upload(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}/api/sessions/own-level`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { raw: text };
  }
  return { status: res.status, body: parsed };
}

async function catalogue(url = server.url): Promise<string[]> {
  return ((await (await fetch(`${url}/api/levels`)).json()) as { id: string }[]).map((l) => l.id);
}

describe('a facilitator uploads a level of their own', () => {
  let session: CreateSessionResponse & { level: { id: string; title: string } };

  test('a valid file makes a session on that level, which only that session sees', async () => {
    const res = await upload({ settings, levelText: own });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    session = res.body as unknown as typeof session;
    expect(session.level).toEqual({ id: 'my-own-level', title: 'Our class: data and duties' });
    expect(server.api.sessions.get(session.sessionId)?.model.level.id).toBe('my-own-level');
    // Not in the catalogue, and another session cannot be created on it.
    expect(await catalogue()).not.toContain('my-own-level');
    const other = await post<{ error: string }>(`${server.url}/api/sessions`, { level: 'my-own-level', ...settings });
    expect(other).toEqual({ status: 400, body: { error: 'no level "my-own-level"', code: 'noLevel', params: { level: 'my-own-level' } } });
  });

  test('a participant plays at a table on it, over a real socket', async () => {
    const f = await facilitator(server.url, session);
    const p = await joinAsParticipant(server.url, session.code, 'Ana');
    const welcome = p.table.messages.find((m) => m.type === 'welcome');
    expect(welcome?.payload.level.id).toBe('my-own-level');
    expect(welcome?.payload.level.title.en).toBe('Our class: data and duties');
    await f.room.leave();
    await p.table.room.leave();
  });

  test('an invalid file is refused with its errors as codes with line and column, and makes no session', async () => {
    const before = server.api.sessions.size;
    const broken = own.replace('year: 2017', 'year: soon').replace('durationMinutes: 10', 'durationMinutes: 10\ncolour: red');
    const res = await upload({ settings, levelText: broken });
    expect(res.status).toBe(422);
    const errors = res.body.levelErrors as { code: string; line: number; column: number; path: string; text: string }[];
    const lines = broken.split('\n');
    const year = errors.find((e) => e.path === 'year');
    expect(year).toMatchObject({ code: 'wrongType', line: lines.indexOf('year: soon') + 1, column: 7 });
    expect(errors.find((e) => e.path === 'colour')).toMatchObject({ code: 'unknownKey', line: lines.indexOf('colour: red') + 1, column: 1 });
    expect(res.body.errorCount).toBe(errors.length);
    expect(String(res.body.error)).toMatch(/^the level file has 2 errors; the first, line \d+, column 7: /);
    expect(server.api.sessions.size).toBe(before);
  });

  test('junk is refused in plain words, changes nothing and never stops the server', async () => {
    const before = server.api.sessions.size;
    const big = `${own}\n# ${'x'.repeat(LEVEL_MAX_BYTES)}\n`;
    const cases: [unknown, number, Record<string, string>?][] = [
      ['{"settings": {', 400],
      ['not json at all', 400],
      [{ settings, levelText: own }, 415, { 'content-type': 'text/yaml' }],
      [[1, 2, 3], 400],
      [null, 400],
      [{ settings, levelText: 42 }, 400],
      [{ settings: 'tables=1', levelText: own }, 400],
      [{ settings, levelText: own, extra: true }, 400],
      [{ settings: { ...settings, level: 'tutorial' }, levelText: own }, 400],
      [{ settings: { ...settings, tables: 1e9 }, levelText: own }, 400],
      [`{"settings":{"tables":1,"seatsPerTable":1,"bots":true,"__proto__":{"admin":true}},"levelText":${JSON.stringify(own)}}`, 400],
      [{ settings, levelText: big }, 413],
      [`{"settings":{},"levelText":"${'a'.repeat(LEVEL_MAX_BYTES * 2 + 8192)}"}`, 413],
      [{ settings, levelText: '' }, 422],
      [{ settings, levelText: '\u0000\u0001\ufffd' }, 422],
      [{ settings, levelText: 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]' }, 422],
      [{ settings, levelText: '[' .repeat(5000) }, 422],
      [{ settings, levelText: own.replace(/^ {4}/gm, '\t') }, 422],
    ];
    for (const [body, status, headers] of cases) {
      const res = await upload(body, headers);
      expect(res.status, `case ${cases.findIndex((c) => c[0] === body)} → ${JSON.stringify(res.body).slice(0, 200)}`).toBe(status);
      expect(typeof res.body.error).toBe('string');
    }
    // A few random bodies: never a 5xx, never a session.
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 20; i++) {
      const cut = own.slice(0, Math.floor(rand() * own.length));
      const noisy = cut.replace(/./g, (c) => (rand() < 0.01 ? String.fromCharCode(Math.floor(rand() * 128)) : c));
      const res = await upload({ settings, levelText: noisy });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect(server.api.sessions.size).toBe(before);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await catalogue()).toContain('tutorial');
  });

  test('a restart resumes the session on the uploaded level', async () => {
    const dataDir = server.dataDir;
    await server.close();
    server = await startServer({ dataDir, createsPerMinute: 1000 });
    const back = server.api.sessions.get(session.sessionId);
    expect(back?.model.level.id).toBe('my-own-level');
    expect(back?.model.level.title.en).toBe('Our class: data and duties');
    expect(await catalogue()).not.toContain('my-own-level');
  });
});
