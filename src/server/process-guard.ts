/**
 * The last line of defence of `npm start`: an exception nothing caught, in one request or one
 * room, is logged and the process keeps serving the other sessions. Rooms and routes catch their
 * own errors first (with the session id: rooms/table-room.ts, api-routes.ts); this is for what
 * slips past them, such as an error thrown from a library's event handler.
 *
 * Carrying on is safe for the session logs because a log line is written and synced before the
 * move it records is acknowledged or applied (store.ts): an exception in the middle of handling a
 * message leaves at worst a move that was never acknowledged and never logged, which a restart
 * replays exactly as the other players saw it.
 */
export interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export function installProcessGuard(proc: ProcessLike, log: (line: string) => void): void {
  let count = 0;
  const report = (kind: string, error: unknown): void => {
    count += 1;
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${new Date().toISOString()} ${kind} #${count} (kept serving): ${text}`);
  };
  proc.on('uncaughtException', (error) => report('uncaught exception', error));
  proc.on('unhandledRejection', (reason) => report('unhandled rejection', reason));
}
