/**
 * Browser tests: build the client once (skipped when dist/client is fresh) and serve it with the
 * same HTTP server `npm start` uses, on a free port.
 */
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { buildClientIfStale, CLIENT_DIR } from '../../scripts/lib/client-build.js';
import { createHttpServer } from '../../src/server/http-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildClientIfStale();
  const server = createHttpServer({ staticDir: CLIENT_DIR });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
