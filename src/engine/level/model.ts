/**
 * A validated level compiled for play: ids mapped to indices and every role's values laid out as
 * arrays in issue order. Built once per level and shared by every game of it (it is never mutated).
 */
import type { Card, GameEventDef, Level, Role } from './schema.js';
import type { CardId, EventId, IssueId, Package, PackageByIssue, RoleId } from '../types.js';

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
}

const models = new WeakMap<Level, LevelModel>();

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

/** Compile a level that has passed validation (see `validate.ts`); cached per level object. */
export function compileLevel(input: Level): LevelModel {
  const cached = models.get(input);
  if (cached) return cached;
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
  };
  models.set(input, model);
  return model;
}

export function packageFromIssues(model: LevelModel, byIssue: PackageByIssue): Package {
  const ids = model.issueIds;
  const pkg = new Array<number>(ids.length);
  for (let i = 0; i < ids.length; i++) pkg[i] = byIssue[ids[i] as IssueId] ?? -1;
  return pkg;
}

export function packageToIssues(model: LevelModel, pkg: Package): Record<IssueId, number> {
  const ids = model.issueIds;
  const out: Record<IssueId, number> = {};
  for (let i = 0; i < ids.length; i++) out[ids[i] as IssueId] = pkg[i] ?? 0;
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
