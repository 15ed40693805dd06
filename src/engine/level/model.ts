/**
 * A validated level compiled for play: ids mapped to indices and every role's values laid out as
 * arrays in issue order. Built once per level and shared by every game of it (it is never mutated).
 */
import type { Card, GameEventDef, Level, Role } from './schema.js';
import type { PackageRanking, PackageTable } from './packages.js';
import type { PackageSearch } from '../bots/offer-search.js';
import type { ConcernTable } from '../bots/statements.js';
import type { GameMachine } from '../rules/machine.js';
import type { FrontierCache } from '../scoring/outcome.js';
import type { FrontierScratch } from '../scoring/frontier-tables.js';
import type { CompiledCoefficient } from '../impact.js';
import type { CardId, EventId, IssueId, Package, PackageByIssue, RoleId } from '../types.js';

/**
 * What is worked out from a level on first use and then kept with its model, so that every game of
 * the level shares it instead of building it again. Each slot is filled by the one function named
 * beside it and by nothing else; the values are shared, so callers only read them. Per-role slots
 * are indexed by the role's index (`roleIndex`).
 */
export interface LevelDerived {
  /** `packageTable` (level/packages.ts): every package laid out flat. */
  packageTable?: PackageTable;
  /** `roleRanking` (level/packages.ts): every package ranked by the role's starting values. */
  readonly rankings: (PackageRanking | undefined)[];
  /** `PackageSearch.forRole` (bots/offer-search.ts): the role's offer search. */
  readonly searches: (PackageSearch | undefined)[];
  /** `concernTable` (bots/statements.ts): the indicator each option hurts for the role. */
  readonly concerns: (ConcernTable | undefined)[];
  /** `just` (rules/effects.ts): [role] as one shared array per role. */
  readonly singles: (readonly RoleId[] | undefined)[];
  /** `machineFor` (session.ts): the statechart, which holds no per-game data. */
  machine?: GameMachine;
  /** `scratchFor` (scoring/frontier-tables.ts): the frontier's working tables. */
  frontierScratch?: FrontierScratch;
  /** `cachedFrontier` (scoring/outcome.ts): frontiers already found, by their values. */
  frontierCache?: FrontierCache;
  /** `coefficientsOf` (impact.ts): the impact coefficients grouped by indicator. */
  impactCoefficients?: readonly (readonly CompiledCoefficient[])[];
}

/** A model's derived tables before anything has asked for them. */
export function emptyDerived(): LevelDerived {
  return { rankings: [], searches: [], concerns: [], singles: [] };
}

export interface LevelModel {
  readonly level: Level;
  readonly roleIds: readonly RoleId[];
  readonly issueIds: readonly IssueId[];
  readonly roleIndex: ReadonlyMap<RoleId, number>;
  readonly issueIndex: ReadonlyMap<IssueId, number>;
  /** Number of options of each issue, in issue order. */
  readonly optionCounts: readonly number[];
  /** values[role][issue][option]: each role's starting private points. */
  readonly values: readonly (readonly (readonly number[])[])[];
  readonly noDealStart: Package;
  readonly turnOrder: readonly RoleId[];
  readonly voters: readonly RoleId[];
  /** The voters again, for membership tests in the hot paths (bots, rules). */
  readonly voterSet: ReadonlySet<RoleId>;
  /** othersOf.get(r): every role but r, in role order (shared: do not modify). */
  readonly othersOf: ReadonlyMap<RoleId, readonly RoleId[]>;
  readonly cards: ReadonlyMap<CardId, Card>;
  readonly events: ReadonlyMap<EventId, GameEventDef>;
  readonly roles: ReadonlyMap<RoleId, Role>;
  /** Product of the option counts: how many distinct packages exist. */
  readonly packageCount: number;
  /** Tables derived from the level when first needed (the one part of a model that fills in). */
  readonly derived: LevelDerived;
}

/**
 * A copy of plain data in which equal strings are one and the same string, each internalized
 * (made a property key once). Ids are compared and looked up millions of times in self-play: V8
 * compares two copies of the same id character by character and hashes a copy it has not seen as a
 * key before, but a shared internalized string is matched by reference.
 */
function withSharedStrings<T>(value: T, table: Map<string, string>): T {
  if (typeof value === 'string') {
    let shared = table.get(value);
    if (shared === undefined) {
      shared = Object.keys({ [value]: true })[0] as string;
      table.set(value, shared);
    }
    return shared as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => withSharedStrings(item, table)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // A key named like the prototype accessor stays a plain own property, as it was.
      if (key === '__proto__') Object.defineProperty(out, key, { value: withSharedStrings(item, table), enumerable: true, writable: true, configurable: true });
      else out[key] = withSharedStrings(item, table);
    }
    return out as T;
  }
  return value;
}

/**
 * Compile a level that has passed validation (see `validate.ts`). Each call builds a new model:
 * keep it and pass it on, as the tables derived from it are kept on it.
 */
export function compileLevel(input: Level): LevelModel {
  const level = withSharedStrings(input, new Map());
  const roleIds = level.roles.map((r) => r.id);
  const issueIds = level.issues.map((i) => i.id);
  const optionCounts = level.issues.map((i) => i.options.length);
  const model: LevelModel = {
    level,
    roleIds,
    issueIds,
    roleIndex: new Map(roleIds.map((id, i) => [id, i])),
    issueIndex: new Map(issueIds.map((id, i) => [id, i])),
    optionCounts,
    values: level.roles.map((r) => issueIds.map((issue) => (r.values[issue] ?? []).slice())),
    noDealStart: issueIds.map((issue) => level.noDeal.start[issue] ?? 0),
    turnOrder: level.rounds.turnOrder ?? roleIds,
    voters: level.decision.voters,
    voterSet: new Set(level.decision.voters),
    othersOf: new Map(roleIds.map((id) => [id, roleIds.filter((r) => r !== id)])),
    cards: new Map(level.cards.map((c) => [c.id, c])),
    events: new Map(level.events.map((e) => [e.id, e])),
    roles: new Map(level.roles.map((r) => [r.id, r])),
    packageCount: optionCounts.reduce((a, b) => a * b, 1),
    derived: emptyDerived(),
  };
  return model;
}

export function packageFromIssues(model: LevelModel, byIssue: PackageByIssue): Package {
  const ids = model.issueIds;
  const pkg = new Array<number>(ids.length);
  for (const [i, id] of ids.entries()) pkg[i] = byIssue[id] ?? -1;
  return pkg;
}

export function packageToIssues(model: LevelModel, pkg: Package): Record<IssueId, number> {
  const ids = model.issueIds;
  const out: Record<IssueId, number> = {};
  for (const [i, id] of ids.entries()) out[id] = pkg[i] ?? 0;
  return out;
}

/** The i-th package in mixed-radix order (issue 0 varies slowest); used to enumerate them all. */
export function packageAt(model: LevelModel, index: number): number[] {
  const pkg = new Array<number>(model.optionCounts.length);
  let rest = index;
  for (let i = model.optionCounts.length - 1; i >= 0; i--) {
    const n = model.optionCounts[i] as number;
    pkg[i] = rest % n;
    rest = Math.floor(rest / n);
  }
  return pkg;
}

export function packageKey(pkg: Package): string {
  return pkg.join('.');
}
