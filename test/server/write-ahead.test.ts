/**
 * A move is saved before it is applied: when the save fails (a full disk, say), the move is refused
 * and the table is exactly as it was, so a restart can never replay a different game.
 */
import { afterEach, expect, it } from 'vitest';
import { TableHost } from '../../src/server/table-host.js';
import { shippedLevel, shippedLevelFiles } from '../shipped-levels.js';

const tutorial = shippedLevelFiles.find((f) => f.endsWith('tutorial.yaml')) as string;
let host: TableHost | undefined;
afterEach(() => host?.dispose());

it('refuses a move it cannot save, and changes nothing', () => {
  const { model } = shippedLevel(tutorial);
  let failing = false;
  const saved: object[] = [];
  host = new TableHost(
    { index: 0, roomId: 't0', model, seed: 7, humanRoles: [], bots: false, botDelayMs: 0, holdSeatMs: 1000 },
    {
      record: (r) => {
        if (failing) throw new Error('ENOSPC: no space left on device');
        saved.push(r);
      },
      changed: () => undefined,
      chat: () => undefined,
    },
  );
  failing = true;
  const result = host.start();
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(/could not save/);
  expect(host.session.phase).toBe('briefing');
  expect(host.session.history.length).toBe(0);
  expect(saved.length).toBe(0);
  failing = false;
  expect(host.start().ok).toBe(true);
  expect(host.session.phase).toBe('negotiating');
  expect(saved.length).toBe(1);
});
