/** `npm start`'s server: one port (PORT, default 2567) for the game page, the API and the rooms. */
import type { AddressInfo } from 'node:net';
import { attachGameServer, gameServerOptionsFromEnv, type GameServerOptions } from './game-server.js';
import { createHttpServer, defaultStaticDir } from './http-server.js';
import { installProcessGuard } from './process-guard.js';

const port = Number(process.env.PORT ?? 2567);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}"`);
  process.exit(1);
}
let options: GameServerOptions;
try {
  options = gameServerOptionsFromEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
installProcessGuard(process, (line) => process.stderr.write(`${line}\n`));
const server = createHttpServer({ staticDir: defaultStaticDir() });
await attachGameServer(server, options);
server.listen(port, () => {
  console.log(`Ministerial is being served at http://localhost:${(server.address() as AddressInfo).port}/`);
});
