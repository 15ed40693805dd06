/**
 * The reading list of a level, built from the level and the evidence base: for each issue, the
 * facts each side cites on it (the evidence of the cards in its deck that act on the issue), the
 * background facts the issue and its options cite, and the pairs of rival claims among them (facts
 * that `contests` each other in the evidence base), so a class reads both sides of a dispute.
 */
import type { EvidenceBase, Fact } from '../../engine/evidence/schema.js';
import type { Effect, Level } from '../../engine/level/schema.js';

export interface SideReading {
  readonly role: string;
  readonly facts: readonly string[];
}

export interface IssueReading {
  readonly issue: string;
  readonly sides: readonly SideReading[];
  readonly background: readonly string[];
  /** Pairs of facts in this issue's list that contest each other. */
  readonly rivals: readonly (readonly [string, string])[];
}

export interface ReadingList {
  readonly issues: readonly IssueReading[];
  /** Each role's case at its strongest, as the teaching block cites it. */
  readonly cases: readonly SideReading[];
}

function touches(effect: Effect, issue: string): boolean {
  return (effect.kind === 'shiftValue' || effect.kind === 'unlockOption' || effect.kind === 'noDealDrift') && effect.issue === issue;
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

export function readingList(level: Level, evidence: EvidenceBase): ReadingList {
  const facts = new Map<string, Fact>(evidence.facts.map((f) => [f.id, f]));
  const known = (ids: readonly string[]): string[] => unique(ids).filter((id) => facts.has(id));
  const issues = level.issues.map((issue): IssueReading => {
    const sides = level.roles
      .map((role) => ({
        role: role.id,
        facts: known(level.cards.filter((card) => role.deck.includes(card.id) && card.effects.some((e) => touches(e, issue.id))).flatMap((card) => card.evidence)),
      }))
      .filter((side) => side.facts.length > 0);
    const cited = new Set(sides.flatMap((s) => s.facts));
    const background = known([...issue.evidence, ...issue.options.flatMap((o) => o.evidence)]).filter((id) => !cited.has(id));
    const all = [...cited, ...background];
    // A contest may be listed in one entry only: each pair once, in a stable order.
    const rivals = new Map<string, [string, string]>();
    for (const a of all) {
      for (const b of facts.get(a)?.contests ?? []) {
        if (!all.includes(b)) continue;
        const pair: [string, string] = all.indexOf(a) < all.indexOf(b) ? [a, b] : [b, a];
        rivals.set(pair.join('|'), pair);
      }
    }
    return { issue: issue.id, sides, background, rivals: [...rivals.values()] };
  });
  const cases = level.roles.map((role) => ({ role: role.id, facts: known(level.teaching?.roles[role.id]?.evidence ?? role.evidence) }));
  return { issues, cases };
}
