import type { LevelModel } from '../level/model.js';
import type { RoleId } from '../types.js';
import type { Bot, StrategyId } from './bot.js';
import { Negotiator, STYLES } from './negotiator.js';
import { RandomBot } from './random-bot.js';

export * from './bot.js';
export { Negotiator, STYLES } from './negotiator.js';
export { RandomBot } from './random-bot.js';

export function createBot(model: LevelModel, role: RoleId, strategy: StrategyId, seed: number): Bot {
  return strategy === 'random' ? new RandomBot(model, role, seed) : new Negotiator(model, role, STYLES[strategy]);
}
