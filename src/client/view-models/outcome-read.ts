/**
 * The outcome as students read it (issue 14): per role, a bar of what the outcome is worth beside
 * what walking away was worth; the packages every voter would have preferred, with how much each
 * would have gained (works for any number of roles, unlike a two-axis projection); who did best,
 * without crowning everyone when nobody gained; and headings that say what a no deal means.
 */
import type { Debrief } from '../../engine/debrief.js';
import type { PublicLevel } from '../../engine/view.js';
import { localText, roleColour, roleName, type T } from './text.js';
import { type RoleId } from '../../engine/types.js';

export interface ScoreBarVm {
  readonly role: RoleId;
  readonly name: string;
  readonly colour: string;
  readonly you: boolean;
  readonly noDealValue: number;
  readonly value: number;
  /** Against walking away at the end: value − noDealValue. */
  readonly score: number;
  /** What walking away was worth when the talks opened, and the outcome against it. */
  readonly openingValue: number;
  readonly scoreVsOpening: number;
  readonly openingShare: number;
  /** Bar lengths as shares (0..1) of the largest figure on the chart, so every role shares one axis. */
  readonly noDealShare: number;
  readonly valueShare: number;
  /** Shown only when some roles did better than others (a no deal where nobody gained crowns nobody). */
  readonly best: boolean;
  /** One sentence a screen reader (and a student) reads for the bar. */
  readonly sentence: string;
}

export interface BetterPackageVm {
  /** What each voter would have gained over the outcome, in its own points. */
  readonly gains: readonly { role: string; name: string; gain: number }[];
  readonly total: number;
}

export interface ReadableOutcomeVm {
  readonly headline: string;
  readonly textHeading: string;
  readonly bars: readonly ScoreBarVm[];
  /** Which score decides who did best, and a sentence that says so. */
  readonly decidedBy: 'opening' | 'walkAway';
  readonly decides: string;
  /** The axis' top figure (points), for its label. */
  readonly axisMax: number;
  readonly better: readonly BetterPackageVm[];
  /** How many frontier packages every voter would have preferred (the list shows the first few). */
  readonly betterCount: number;
  readonly betterSummary: string;
}

/** The packages on the frontier that leave every voter at least as well off and one better off than the outcome. */
export function betterPackages(level: PublicLevel, debrief: Debrief, language: string): BetterPackageVm[] {
  const { chart } = debrief;
  const voters = level.decision.voters.map((v) => ({ role: v, at: chart.roles.indexOf(v) })).filter((v) => v.at >= 0);
  const found: BetterPackageVm[] = [];
  for (const point of chart.frontier) {
    const gains = voters.map((v) => ({ role: v.role, name: roleName(level, v.role, language), gain: (point[v.at] ?? 0) - (chart.outcome[v.at] ?? 0) }));
    if (gains.every((g) => g.gain >= 0) && gains.some((g) => g.gain > 0)) found.push({ gains, total: gains.reduce((sum, g) => sum + g.gain, 0) });
  }
  // The most shared gain first: the package that would have been the easiest to agree on.
  return found.sort((a, b) => Math.min(...b.gains.map((g) => g.gain)) - Math.min(...a.gains.map((g) => g.gain)) || b.total - a.total);
}

export function readableOutcomeVm(level: PublicLevel, debrief: Debrief, viewer: string | null, language: string, t: T, shown = 3): ReadableOutcomeVm {
  const { outcome, result } = debrief;
  const agreement = outcome.kind === 'agreement';
  const rows = level.roles.map((r) => ({ r, res: result.roles[r.id] }));
  const axisMax = Math.max(1, ...rows.flatMap(({ res }) => [res?.value ?? 0, res?.noDealValue ?? 0, res?.openingNoDealValue ?? 0]));
  const crown = result.winners.length > 0 && result.winners.length < level.roles.length;
  const bars = rows.map(({ r, res }) => {
    const value = res?.value ?? 0;
    const noDealValue = res?.noDealValue ?? 0;
    const score = value - noDealValue;
    const openingValue = res?.openingNoDealValue ?? noDealValue;
    const scoreVsOpening = value - openingValue;
    const name = localText(r.name, language);
    const sign = (x: number) => (x > 0 ? `+${x}` : String(x));
    return {
      role: r.id,
      name,
      colour: roleColour(level, r.id),
      you: r.id === viewer,
      noDealValue,
      value,
      score,
      openingValue,
      scoreVsOpening,
      openingShare: Math.max(0, openingValue) / axisMax,
      noDealShare: Math.max(0, noDealValue) / axisMax,
      valueShare: Math.max(0, value) / axisMax,
      best: crown && result.winners.includes(r.id),
      sentence: `${t('reading.barSentence', { role: name, noDeal: noDealValue, value, delta: sign(score) })} ${t('reading.openingSentence', { opening: openingValue, delta: sign(scoreVsOpening) })}`,
    };
  });
  const better = betterPackages(level, debrief, language);
  return {
    headline: agreement ? t('outcome.agreement', { offer: outcome.offer, round: outcome.round }) : t('reading.noDealHeadline'),
    textHeading: agreement ? t('outcome.text') : t('reading.noDealText'),
    bars,
    decidedBy: result.decidedBy,
    decides: t(result.decidedBy === 'opening' ? 'reading.decidesOpening' : 'reading.decidesWalkAway'),
    axisMax,
    better: better.slice(0, shown),
    betterCount: better.length,
    betterSummary: better.length === 0 ? t('reading.noBetter') : t('reading.betterCount', { count: better.length }),
  };
}
