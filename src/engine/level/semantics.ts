/**
 * The rules a level must follow beyond its shape, as a list of named checks (one concern a file in
 * `checks/`): ids are unique and every reference resolves, every role values every option, every
 * text exists in every language, numbers make sense together, the decision rule is coherent. Runs
 * on a level that has passed `LevelSchema`; never throws: it returns every problem it finds, each
 * with the path of the offending value, as a code with parameters (issue-codes.ts).
 * Adding a rule: write a check in `checks/`, add it here, give it a code and a broken-level fixture.
 */
import type { PathIssue } from './issue-codes.js';
import type { Level } from './schema.js';
import { checkContext, type CheckOptions, type LevelCheck } from './checks/context.js';
import { idsAreUnique, roleIdsAreNotReserved } from './checks/ids.js';
import { languagesListedOnce, textsInEveryLanguage } from './checks/texts.js';
import { decksHoldKnownCards, everyOptionHasPoints, somebodyCanPlay } from './checks/roles.js';
import { lockedOptionsCanBeUnlocked, packagesAreFewEnough } from './checks/issues.js';
import { cardEffectsResolve, eventEffectsResolve, targetsAreDeclared } from './checks/effects.js';
import { triggersHaveTheirSettings } from './checks/events.js';
import { driftsWithinRounds, tutorialWithinRounds, turnOrderListsEveryRoleOnce } from './checks/rounds.js';
import { driftsNameOptions, noDealStartCoversEveryIssue } from './checks/no-deal.js';
import { signatoriesFitTheRule, votersAreVotingRoles } from './checks/decision.js';
import { coefficientsResolve, indicatorsHaveARange } from './checks/impact.js';
import { debriefNamesRoles } from './checks/debrief.js';
import { evidenceIsInTheBase, ownEvidenceHolds } from './checks/evidence.js';
import { teachingReferencesResolve } from './checks/teaching.js';

export { MAX_PACKAGES } from './checks/issues.js';
export { RESERVED_WHO } from './checks/ids.js';
export type { CheckOptions as SemanticOptions } from './checks/context.js';

/** Every check, in the order their problems are listed when they share a place in the file. */
export const LEVEL_CHECKS: readonly LevelCheck[] = [
  idsAreUnique,
  roleIdsAreNotReserved,
  languagesListedOnce,
  textsInEveryLanguage,
  somebodyCanPlay,
  decksHoldKnownCards,
  everyOptionHasPoints,
  lockedOptionsCanBeUnlocked,
  packagesAreFewEnough,
  cardEffectsResolve,
  targetsAreDeclared,
  eventEffectsResolve,
  triggersHaveTheirSettings,
  tutorialWithinRounds,
  turnOrderListsEveryRoleOnce,
  noDealStartCoversEveryIssue,
  driftsNameOptions,
  driftsWithinRounds,
  votersAreVotingRoles,
  signatoriesFitTheRule,
  indicatorsHaveARange,
  coefficientsResolve,
  debriefNamesRoles,
  ownEvidenceHolds,
  evidenceIsInTheBase,
  teachingReferencesResolve,
];

export function checkLevelSemantics(level: Level, options: CheckOptions = {}): PathIssue[] {
  const issues: PathIssue[] = [];
  const ctx = checkContext(level, options, issues);
  for (const check of LEVEL_CHECKS) check(ctx);
  return issues;
}
