/** Timer callbacks run outside any room: a bug in one must not take the process (and every table) down. */
export function guarded(where: string, fn: () => void): () => void {
  return () => {
    try {
      fn();
    } catch (error) {
      process.stderr.write(`table ${where}: ${(error as Error).stack ?? String(error)}\n`);
    }
  };
}
