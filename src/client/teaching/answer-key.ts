/**
 * The answer key of a level, computed from the level and the engine's own scoring (never typed
 * in): each role's points, what no deal is worth to it round by round as the no-deal outcome
 * drifts, the zone of possible agreement, the Nash bargaining point, and which cards and events
 * table which locked options. Pure: the teaching note, the slides and the role packs draw it.
 */
import type { LevelModel } from '../../engine/level/model.js';
import { packageAt } from '../../engine/level/model.js';
import type { Effect } from '../../engine/level/schema.js';
import { analyseLevel } from '../../engine/scoring/outcome.js';
import { packageValue, valueRange } from '../../engine/scoring/value.js';
import type { IssueId, RoleId } from '../../engine/types.js';

export interface RoleKey {
  readonly role: RoleId;
  /** values[issue][option], in issue order: the role's starting points. */
  readonly values: readonly (readonly number[])[];
  readonly noDealAdjustment: number;
  /** What no deal is worth to the role at each round (index 0 = round 1), after the scheduled drift. */
  readonly noDealByRound: readonly number[];
  readonly best: number;
  readonly worst: number;
  /** The role's favourite package (issue order) and what the others make of it. */
  readonly bestPackage: readonly number[];
  readonly votes: boolean;
}

export interface ZoneOfAgreement {
  readonly round: number;
  /** Packages every voter strictly prefers to its no-deal value. */
  readonly voters: number;
  /** The same among packages with no locked option (what can be offered before any card is played). */
  readonly votersUnlocked: number;
  /** Packages every role, voter or not, strictly prefers to no deal. */
  readonly allRoles: number;
}

export interface Unlock {
  readonly issue: string;
  readonly option: number;
  /** Cards whose effects table the option, with the roles whose decks hold them. */
  readonly cards: readonly { readonly card: string; readonly holders: readonly string[] }[];
  readonly events: readonly string[];
}

export interface AnswerKey {
  readonly packageCount: number;
  readonly roles: readonly RoleKey[];
  /** The no-deal outcome at each round (index 0 = round 1), one option per issue. */
  readonly noDealByRound: readonly (readonly number[])[];
  readonly zones: readonly ZoneOfAgreement[];
  /** The Nash bargaining point at the start, over every role, or null if no package beats no deal for all. */
  readonly nash: { readonly package: readonly number[]; readonly values: Readonly<Record<string, number>> } | null;
  readonly unlocks: readonly Unlock[];
}

interface NoDealSchedule {
  /** The shared no-deal outcome at each round (index 0 = round 1), one option per issue. */
  readonly shared: number[][];
  /** For each role (model order), what drifts that bind only their parties added to its walking away, by round. */
  readonly partyShift: number[][];
}

/**
 * The no-deal world round by round: the start, moved at each round by the level's drift schedule
 * and then by its scheduled events' drift effects, in the order the rules apply them (src/engine/
 * rules/rounds.ts). A drift that names its parties leaves the shared outcome where it is and moves
 * only each party's walking away, by what the new option is worth to it against the shared one
 * (driftForParties in src/engine/rules/effects.ts). Random and injected events and cards may move
 * it further; the key cannot know whether they will.
 */
export function noDealSchedule(model: LevelModel): NoDealSchedule {
  const shared: number[][] = [];
  const partyShift: number[][] = model.roleIds.map(() => []);
  const shift = model.roleIds.map(() => 0);
  let current = [...model.noDealStart];
  const drift = (issueId: IssueId, option: number, parties: readonly RoleId[] | undefined): void => {
    const issue = model.issueIndex.get(issueId) as number;
    const from = current[issue] as number;
    if (!parties) {
      current[issue] = option;
      return;
    }
    for (const party of parties) {
      const r = model.roleIndex.get(party);
      if (r === undefined) continue;
      const options = (model.values[r] as readonly (readonly number[])[])[issue] as readonly number[];
      shift[r] = (shift[r] as number) + (options[option] as number) - (options[from] as number);
    }
  };
  for (let round = 1; round <= model.level.rounds.count; round++) {
    const scheduled = model.level.noDeal.drift.filter((d) => d.round === round);
    for (const d of scheduled) if (!d.parties) drift(d.issue, d.option, undefined);
    for (const d of scheduled) if (d.parties) drift(d.issue, d.option, d.parties);
    for (const event of model.level.events) {
      if (event.trigger !== 'scheduled' || event.round !== round) continue;
      for (const effect of event.effects) if (effect.kind === 'noDealDrift') drift(effect.issue, effect.option, effect.parties);
    }
    shared.push(current);
    current = [...current];
    shift.forEach((v, r) => partyShift[r]?.push(v));
  }
  return { shared, partyShift };
}

/** The shared no-deal outcome at each round (index 0 = round 1). */
export function noDealByRound(model: LevelModel): number[][] {
  return noDealSchedule(model).shared;
}

function unlocksOf(effects: readonly Effect[]): { issue: string; option: number }[] {
  return effects.flatMap((e) => (e.kind === 'unlockOption' ? [{ issue: e.issue, option: e.option }] : []));
}

export function answerKey(model: LevelModel): AnswerKey {
  const level = model.level;
  const schedule = noDealSchedule(model);
  const drifted = schedule.shared;
  const voterSet = new Set(model.voters);
  const roles: RoleKey[] = model.roleIds.map((id, r) => {
    const values = model.values[r] as readonly (readonly number[])[];
    const adjustment = model.roles.get(id)?.noDealAdjustment ?? 0;
    const range = valueRange(values);
    return {
      role: id,
      values,
      noDealAdjustment: adjustment,
      noDealByRound: drifted.map((pkg, i) => packageValue(values, pkg) + adjustment + (schedule.partyShift[r]?.[i] ?? 0)),
      best: range.best,
      worst: range.worst,
      bestPackage: values.map((options) => options.indexOf(Math.max(...options))),
      votes: voterSet.has(id),
    };
  });
  const locked = level.issues.map((issue) => issue.options.map((o) => o.locked));
  const zones: ZoneOfAgreement[] = drifted.map((_, i) => {
    let voters = 0;
    let votersUnlocked = 0;
    let allRoles = 0;
    for (let p = 0; p < model.packageCount; p++) {
      const pkg = packageAt(model, p);
      let everyVoter = true;
      let everyone = true;
      roles.forEach((role) => {
        const beats = packageValue(role.values, pkg) > (role.noDealByRound[i] as number);
        if (!beats) {
          everyone = false;
          if (role.votes) everyVoter = false;
        }
      });
      if (everyVoter) {
        voters++;
        if (!pkg.some((option, issue) => locked[issue]?.[option])) votersUnlocked++;
      }
      if (everyone) allRoles++;
    }
    return { round: i + 1, voters, votersUnlocked, allRoles };
  });
  const analysis = analyseLevel(model);
  const nash = analysis.nash ? { package: model.issueIds.map((issue) => analysis.nash?.package[issue] ?? 0), values: analysis.nash.values } : null;
  const unlocks: Unlock[] = [];
  level.issues.forEach((issue) =>
    issue.options.forEach((option, o) => {
      if (!option.locked) return;
      const cards = level.cards
        .filter((card) => unlocksOf(card.effects).some((u) => u.issue === issue.id && u.option === o))
        .map((card) => ({ card: card.id, holders: level.roles.filter((role) => role.deck.includes(card.id)).map((role) => role.id) }));
      const events = level.events.filter((event) => unlocksOf(event.effects).some((u) => u.issue === issue.id && u.option === o)).map((event) => event.id);
      unlocks.push({ issue: issue.id, option: o, cards, events });
    }),
  );
  return { packageCount: model.packageCount, roles, noDealByRound: drifted, zones, nash, unlocks };
}
