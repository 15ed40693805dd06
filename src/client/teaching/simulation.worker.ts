/** Bot self-play for the kit off the page's thread: receives a validated level, posts progress, then the outcomes. */
import { compileLevel } from '../../engine/level/model.js';
import type { Level } from '../../engine/level/schema.js';
import { botOutcomes } from './bot-outcomes.js';

export interface OutcomesRequest {
  readonly level: Level;
  readonly games: number;
  readonly seed: number;
}

self.onmessage = (event: MessageEvent<OutcomesRequest>) => {
  const { level, games, seed } = event.data;
  try {
    const result = botOutcomes(compileLevel(level), games, seed, 5, (done) => self.postMessage({ type: 'progress', done, games }));
    self.postMessage({ type: 'done', result });
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
