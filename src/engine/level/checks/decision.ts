/** The final decision: its voters are the roles that vote, and its rule has the settings it needs. */
import type { LevelPath } from '../path.js';
import type { CheckContext } from './context.js';

export function votersAreVotingRoles(ctx: CheckContext): void {
  const { level } = ctx;
  const seen = new Set<string>();
  level.decision.voters.forEach((voter, k) => {
    const path: LevelPath = ['decision', 'voters', k];
    if (!ctx.roleExists(voter, path, { in: 'voters' })) return;
    if (seen.has(voter)) ctx.report(path, 'voterTwice', { role: voter });
    seen.add(voter);
    if (level.roles.find((r) => r.id === voter)?.votes === false) ctx.report(path, 'voterWithoutVote', { role: voter });
  });
  level.roles.forEach((role, r) => {
    if (role.votes && !level.decision.voters.includes(role.id)) ctx.report(['roles', r, 'votes'], 'votingRoleNotVoter', { role: role.id });
  });
}

export function signatoriesFitTheRule(ctx: CheckContext): void {
  const decision = ctx.level.decision;
  const voters = decision.voters.length;
  if (decision.rule === 'plurilateral') {
    if (decision.minSignatories === undefined) ctx.report(['decision'], 'plurilateralWithoutMin', { voters });
    else if (decision.minSignatories > voters) ctx.report(['decision', 'minSignatories'], 'minSignatoriesTooMany', { min: decision.minSignatories, voters });
  } else if (decision.minSignatories !== undefined) {
    ctx.report(['decision', 'minSignatories'], 'minSignatoriesNotPlurilateral', { rule: decision.rule });
  }
}
