/**
 * Plays games in which bots hold some or all seats: asks whichever bot is due for its next move,
 * sends it through the same session interface a human's moves go through, one move at a time, and
 * stops when a human is due or the game is over.
 */
import type { LevelModel } from '../level/model.js';
import type { GameSession } from '../session.js';
import type { RoleId } from '../types.js';
import { viewFor } from '../view.js';
import type { Bot } from './bot.js';

/** A guard against a bot that never ends its turn; far above any real turn's length. */
const MAX_EVENTS_PER_TURN = 64;

/** The role whose move the game waits for, if it is one of `bots`. */
function dueBot(model: LevelModel, session: GameSession, bots: ReadonlyMap<RoleId, Bot>): Bot | undefined {
  if (session.phase === 'negotiating') return bots.get(model.turnOrder[session.state.turn] as RoleId);
  if (session.phase === 'finalDecision') {
    for (const voter of model.voters) if (!(voter in session.state.votes) && bots.has(voter)) return bots.get(voter);
  }
  return undefined;
}

/**
 * Let the bots move until a human must act or the game ends. A bot whose event is refused has
 * broken the rules: that is a bug, so it throws with the reason rather than hiding it.
 */
export function runBots(session: GameSession, bots: ReadonlyMap<RoleId, Bot>): void {
  const model = session.model;
  let streak = 0;
  let lastTurn = -1;
  for (;;) {
    const bot = dueBot(model, session, bots);
    if (!bot) return;
    const view = viewFor(model, session.state, session.phase, bot.role, false);
    const event = bot.act(view);
    const result = session.send(event);
    if (!result.ok) throw new Error(`bot ${bot.role} (${bot.strategy}) sent a refused ${event.type}: ${JSON.stringify(result.refusal)}`);
    const turn = session.state.round * 100 + session.state.turn;
    streak = turn === lastTurn ? streak + 1 : 0;
    lastTurn = turn;
    if (streak > MAX_EVENTS_PER_TURN) session.send({ type: 'timeout' });
  }
}
