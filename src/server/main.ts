/** `npm start`'s server: one port (PORT, default 2567) for the game page and, later, the rooms. */
import { attachGameServer, gameServerOptionsFromEnv } from './game-server.js';
import { createHttpServer, defaultStaticDir } from './http-server.js';

const port = Number(process.env.PORT ?? 2567);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}"`);
  process.exit(1);
}
const server = createHttpServer({ staticDir: defaultStaticDir() });
await attachGameServer(server, gameServerOptionsFromEnv());
server.listen(port, () => {
  console.log(`Ministerial is being served at http://localhost:${port}/`);
});
