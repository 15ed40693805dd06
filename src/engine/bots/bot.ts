/**
 * What a bot is: something that, shown its own role's view and nothing else, picks the next
 * event to send. Every event a bot sends carries a one-line reason that goes into the game log
 * and the debrief.
 */
import type { LevelModel } from '../level/model.js';
import type { GameEvent } from '../rules/events.js';
import type { RoleId } from '../types.js';
import type { RoleView } from '../view.js';

export const STRATEGIES = ['hardliner', 'dealmaker', 'reciprocator', 'random'] as const;
export type StrategyId = (typeof STRATEGIES)[number];
/** The strategies that really negotiate; `random` only plays legal moves, for tests. */
export const NEGOTIATING_STRATEGIES: readonly StrategyId[] = ['hardliner', 'dealmaker', 'reciprocator'];

export interface Bot {
  readonly role: RoleId;
  readonly strategy: StrategyId;
  /** The next event: a move on its own turn (ending with endTurn), or its vote in the final decision. */
  act(view: RoleView): GameEvent;
}

export type BotFactory = (model: LevelModel, role: RoleId, seed: number) => Bot;
