/**
 * A game server for the browser tests that play online: the same HTTP server `npm start` uses,
 * serving the client that global-setup.ts built, with its own data folder, on a free port (port 0),
 * so test files and other worktrees never collide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENT_DIR } from '../../scripts/lib/client-build.js';
import { attachGameServer, type GameServer, type GameServerOptions } from '../../src/server/game-server.js';
import { createHttpServer } from '../../src/server/http-server.js';

export interface TestGameServer {
  readonly baseUrl: string;
  /** The server's own side, for tests that look at its sessions. */
  readonly api: GameServer;
  /** Stops the rooms, drops open connections and removes the data folder. */
  close(): Promise<void>;
}

/**
 * Starts a server; a seat is held 30 s after a drop (so a slow browser does not lose it to a bot)
 * unless the test says otherwise.
 */
export async function startGameServer(options: Partial<GameServerOptions> = {}): Promise<TestGameServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ministerial-browser-'));
  const server = createHttpServer({ staticDir: CLIENT_DIR });
  const api = await attachGameServer(server, { holdSeatMs: 30_000, ...options, dataDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    api,
    async close() {
      await api.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
