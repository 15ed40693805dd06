/**
 * Restart recovery: the real server (`node --import tsx src/server/main.ts`) is killed with -9
 * in the middle of a game, started again on the same data directory, and the game is finished:
 * no accepted move is lost, and participants get their seats back with their tokens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { act, createSession, facilitator, joinAsParticipant, playUntilConcluded, sleep, type Player } from './helpers.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ministerial-restart-'));
let child: ChildProcess | null = null;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function startChild(port: number): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, BOT_DELAY_MS: '0', HOLD_SEAT_SECONDS: '30' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${err}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return proc;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${err}`);
    await sleep(100);
  }
}

afterAll(() => {
  child?.kill('SIGKILL');
});

test('kill -9 mid-game, restart, every accepted move is still there, and the game finishes', async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  child = await startChild(port);
  const session = await createSession(url, { bots: false });
  const f = await facilitator(url, session);
  const players: Player[] = [];
  for (const name of ['Ana', 'Bo', 'Cy']) players.push(await joinAsParticipant(url, session.code, name));
  await f.command({ command: 'start' });
  players[0]?.table.room.send('chat', { text: 'before the crash' });

  // Play a few accepted moves (each acknowledged after it was fsync'd).
  let accepted = 0;
  const watcher = players[0] as Player;
  for (let i = 0; i < 4; i++) {
    const u = await watcher.table.update((x) => x.view.phase === 'negotiating' && players.some((p) => p.role === x.view.turnRole));
    const p = players.find((x) => x.role === u.view.turnRole) as Player;
    if ((await act(p, { type: 'endTurn' })).ok) accepted++;
    await watcher.table.update((x) => x.seq > u.seq && x.view.turnRole !== u.view.turnRole);
  }
  expect(accepted).toBeGreaterThan(0);
  await sleep(50);
  const before = players[0]?.table.last('update');
  const logLength = before.view.log.length as number;

  for (const p of players) p.table.room.reconnection.enabled = false;
  f.room.reconnection.enabled = false;
  child.kill('SIGKILL');
  await new Promise((resolve) => child?.once('exit', resolve));

  child = await startChild(port);
  // Everyone comes back with their token (what the browser keeps in sessionStorage).
  const back: Player[] = [];
  for (const p of players) back.push(await joinAsParticipant(url, session.code, p.name, p.token));
  expect(back.map((p) => p.role)).toEqual(players.map((p) => p.role));
  const after = await back[0]?.table.update(() => true);
  expect(after.view.log.length).toBe(logLength);
  expect(after.view.round).toBe(before.view.round);
  expect(after.view.turnRole).toBe(before.view.turnRole);
  expect(after.status).toBe('running');
  expect(back[0]?.table.messages.some((m) => m.type === 'chat' && m.payload.text === 'before the crash')).toBe(true);

  // The facilitator link still works, and the game is played to its end.
  const f2 = await facilitator(url, session);
  await playUntilConcluded(back);
  const done = await f2.wait((m) => m.type === 'console' && m.payload.results.length === 1);
  expect(done.payload.results[0].outcome).toMatch(/agreement|noDeal/);
  for (const p of back) await p.table.room.leave();
  await f2.room.leave();
}, 60_000);
