/**
 * `npm start`: build the client if dist/client is missing or older than any of its sources, then
 * start the server. Building only when needed keeps a restart on a school server instant.
 */
import { buildClientIfStale, clientIsStale } from './lib/client-build.js';

if (clientIsStale()) console.log('Building the client (dist/client is missing or older than its sources)...');
try {
  buildClientIfStale();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
await import('../src/server/main.js');
