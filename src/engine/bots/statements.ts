/**
 * What a bot says in public, chosen from the reasoning behind its move: a package it rejects is
 * answered with the clause that costs it most ("Permanent moratorium on customs duties is the
 * problem"), and, when the level's impact model says why (the option lowers an indicator the role
 * counts as good news, e.g. tariff revenue), with that concern. Statements carry ids only
 * (rules/statements.ts): the bot's points stay its own.
 */
import type { LevelModel } from '../level/model.js';
import type { Card } from '../level/schema.js';
import { mostValuedIssue } from '../rules/effects.js';
import type { Statement } from '../rules/statements.js';
import type { IssueId, Package, RoleId } from '../types.js';

/** table[issue][option]: the indicator an option hurts for one role, if any. */
export type ConcernTable = readonly (readonly (string | null)[])[];

/** The role's concern table, worked out on first use and kept on the model. */
function concernTable(model: LevelModel, role: RoleId): ConcernTable {
  const roleIndex = model.roleIndex.get(role);
  if (roleIndex === undefined) return [];
  let kept = model.derived.concerns[roleIndex];
  if (!kept) {
    const table = model.optionCounts.map((n) => new Array<string | null>(n).fill(null));
    const indicators = new Map(model.level.impact.indicators.map((i) => [i.id, i]));
    // The option's strongest push against something the role counts as good news.
    const strongest = model.optionCounts.map((n) => new Array<number>(n).fill(0));
    for (const c of model.level.impact.coefficients) {
      const issue = model.issueIndex.get(c.issue);
      const good = indicators.get(c.indicator)?.higherIsBetterFor.includes(role);
      if (issue === undefined || !good || c.perYear >= 0) continue;
      const row = strongest[issue] as number[];
      if (-c.perYear > (row[c.option] ?? 0)) {
        row[c.option] = -c.perYear;
        const cells = table[issue];
        if (cells) cells[c.option] = c.indicator;
      }
    }
    kept = table;
    model.derived.concerns[roleIndex] = kept;
  }
  return kept;
}

/** The clause of `pkg` that costs the role most against its best option on that issue, or -1. */
export function worstClause(values: readonly (readonly number[])[], pkg: Package): number {
  let worst = -1;
  let loss = 0;
  for (let i = 0; i < pkg.length; i++) {
    const opts = values[i] as readonly number[];
    let top = -Infinity;
    for (const v of opts) if (v > top) top = v;
    const l = top - (opts[pkg[i] as number] as number);
    if (l > loss) {
      loss = l;
      worst = i;
    }
  }
  return worst;
}

/** A statement of concern about the clause of `pkg` that costs the role most (none named if none does). */
export function concernStatement(
  model: LevelModel,
  role: RoleId,
  values: readonly (readonly number[])[],
  pkg: Package,
  code: 'rejectConcern' | 'rejectBetterAlone' | 'counterConcern' | 'voteNo',
): Statement {
  const i = worstClause(values, pkg);
  if (i < 0) return { code };
  const option = pkg[i] as number;
  const issue = model.issueIds[i] as IssueId;
  const indicator = concernTable(model, role)[i]?.[option] ?? null;
  return indicator === null ? { code, issue, option } : { code, issue, option, indicator };
}

/** An offer's statement: the trade it makes (give on one issue, hold on the one valued most), if any. */
export function offerStatement(model: LevelModel, values: readonly (readonly number[])[], gaveOn: number): Statement {
  const keep = mostValuedIssue(values);
  if (gaveOn < 0 || keep === gaveOn) return { code: 'proposeOwn' };
  return { code: 'proposeTrade', issue: model.issueIds[gaveOn] as IssueId, keep: model.issueIds[keep] as IssueId };
}

const CARD_CODES = { proposal: 'cardProposal', influence: 'cardInfluence', evidence: 'cardEvidence', information: 'cardInformation' } as const;

/** What a delegate says as it plays a card: by the card's kind, naming the card and its target. */
export function cardStatement(card: Card, target: RoleId | undefined): Statement {
  const code = CARD_CODES[card.kind];
  return target === undefined ? { code, card: card.id } : { code, card: card.id, target };
}
