/**
 * The embedded store: a torn last line (a crash mid-write) is dropped, damage elsewhere is
 * reported, and sessions past their expiry are not brought back on start but archived.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Store } from '../../src/server/store.js';
import { createSession, sleep, startServer } from './helpers.js';

test('a line torn by a crash is skipped, and the next record after a restart starts on its own line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ministerial-store-'));
  const store = new Store(dir);
  const file = store.open('abcdef123456');
  file.append({ k: 'settings', n: 1 });
  file.append({ k: 'status', n: 2 });
  file.close();
  appendFileSync(join(store.dir, 'abcdef123456.jsonl'), '{"k":"game","t":0,"e":{"ty');
  const torn = { count: 0 };
  expect(store.read('abcdef123456', torn)).toEqual([{ k: 'settings', n: 1 }, { k: 'status', n: 2 }]);
  expect(torn.count).toBe(1);
  // The restarted server appends: the torn fragment must not swallow the new record.
  const again = store.open('abcdef123456');
  again.append({ k: 'after', n: 3 });
  again.close();
  expect(store.read('abcdef123456')).toEqual([{ k: 'settings', n: 1 }, { k: 'status', n: 2 }, { k: 'after', n: 3 }]);
  expect(() => store.open('../escape')).toThrow();
});

test('expired sessions are not resumed on start, and are archived', async () => {
  const first = await startServer({ sessionTtlMs: 300 });
  const session = await createSession(first.url);
  const kept = await createSession(first.url);
  expect(first.api.sessions.size).toBe(2);
  await first.close();
  await sleep(400);
  const second = await startServer({ dataDir: first.dataDir, sessionTtlMs: 300 });
  expect(second.api.sessions.size).toBe(0);
  expect(existsSync(join(first.dataDir, 'expired', `${session.sessionId}.jsonl`))).toBe(true);
  expect(readdirSync(join(first.dataDir, 'sessions'))).not.toContain(`${kept.sessionId}.jsonl`);
  const res = await fetch(`${second.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: session.code, name: 'Late' }) });
  expect(res.status).toBe(404);
  await second.close();
});
