/** Rounds: texts and drifts fall within the level's rounds; the turn order lists every role once. */
import type { LevelPath } from '../path.js';
import type { CheckContext } from './context.js';

export function tutorialWithinRounds(ctx: CheckContext): void {
  const rounds = ctx.level.rounds.count;
  ctx.level.tutorial.forEach((step, i) => {
    if (step.round !== undefined && step.round > rounds) ctx.report(['tutorial', i, 'round'], 'tutorialAfterLastRound', { round: step.round, rounds });
  });
}

export function turnOrderListsEveryRoleOnce(ctx: CheckContext): void {
  const turnOrder = ctx.level.rounds.turnOrder;
  if (turnOrder === undefined) return;
  const seen = new Set<string>();
  turnOrder.forEach((role, k) => {
    const path: LevelPath = ['rounds', 'turnOrder', k];
    if (!ctx.roleExists(role, path, { in: 'turnOrder' })) return;
    if (seen.has(role)) ctx.report(path, 'turnOrderTwice', { role });
    seen.add(role);
  });
  for (const role of ctx.level.roles) if (!seen.has(role.id)) ctx.report(['rounds', 'turnOrder'], 'turnOrderMissing', { role: role.id });
}

export function driftsWithinRounds(ctx: CheckContext): void {
  const rounds = ctx.level.rounds.count;
  ctx.level.noDeal.drift.forEach((drift, d) => {
    if (drift.round > rounds) ctx.report(['noDeal', 'drift', d, 'round'], 'driftAfterLastRound', { round: drift.round, rounds });
  });
}
