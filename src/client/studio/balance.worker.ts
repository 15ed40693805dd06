/** Bot self-play off the page's thread: receives a level's text, posts progress, then the balance report. */
import { checkBalance } from '../../engine/balance/check.js';
import { validateLevelText } from '../../engine/level/validate.js';

export interface BalanceRequest {
  readonly text: string;
  readonly games: number;
  readonly seed: number;
}

self.onmessage = (event: MessageEvent<BalanceRequest>) => {
  const { text, games, seed } = event.data;
  const result = validateLevelText(text, { fileName: 'studio.yaml' });
  if (!result.ok) {
    self.postMessage({ type: 'error', message: `The level has ${result.errors.length} errors: fix them first.` });
    return;
  }
  let last = 0;
  const report = checkBalance(result.level, {
    games,
    seed,
    hints: true,
    hintGames: Math.max(50, Math.floor(games / 4)),
    onProgress: (done, total) => {
      const now = Date.now();
      if (now - last > 100 || done === total) {
        last = now;
        self.postMessage({ type: 'progress', done, total });
      }
    },
  });
  self.postMessage({ type: 'done', report });
};
