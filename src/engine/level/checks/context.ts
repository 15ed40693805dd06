/**
 * What every check of a level's meaning gets: the level (already of the right shape), lookups
 * built once, a way to report an issue at a path, and the reference checks most of them share.
 */
import { issue, type LevelIssue, type LevelIssueCode, type LevelIssueParams, type PathIssue, type ReferencePlace } from '../issue-codes.js';
import type { LevelPath } from '../path.js';
import type { Issue, Level } from '../schema.js';
import { suggesting } from '../suggest.js';

export interface CheckOptions {
  /** Ids of the facts in the evidence base; when given, every cited id must be one of them. */
  evidenceIds?: ReadonlySet<string> | undefined;
  /** How messages name the evidence base; `seeds/evidence.yaml` unless told. */
  evidenceSource?: string | undefined;
  /** The level's own evidence file (its `localEvidence`), read by the caller: its ids and its name. */
  localEvidence?: { readonly ids: ReadonlySet<string>; readonly source: string } | undefined;
}

export interface CheckContext {
  readonly level: Level;
  readonly options: CheckOptions;
  readonly roleIds: ReadonlySet<string>;
  readonly issueById: ReadonlyMap<string, Issue>;
  readonly cardIds: ReadonlySet<string>;
  readonly indicatorIds: ReadonlySet<string>;
  /** Report a problem at `path`. */
  report<C extends LevelIssueCode>(path: LevelPath, code: C, params: LevelIssueParams[C]): void;
  /** Whether the issue exists; reports it when not. */
  issueExists(id: string, path: LevelPath, place: ReferencePlace): boolean;
  /** Whether the option exists on the (existing) issue; reports it when not. */
  optionExists(issueId: string, option: number, path: LevelPath, place: ReferencePlace): boolean;
  /** Whether the role exists; reports it when not. */
  roleExists(id: string, path: LevelPath, place: ReferencePlace): boolean;
}

/** A named rule of a level's meaning: it reports what breaks it through the context. */
export type LevelCheck = (ctx: CheckContext) => void;

export function checkContext(level: Level, options: CheckOptions, out: PathIssue[]): CheckContext {
  const roleIds = new Set<string>(level.roles.map((r) => r.id));
  const issueById = new Map<string, Issue>(level.issues.map((i) => [i.id, i] as const));
  const add = (path: LevelPath, found: LevelIssue): void => {
    out.push({ path, ...found });
  };
  return {
    level,
    options,
    roleIds,
    issueById,
    cardIds: new Set(level.cards.map((c) => c.id)),
    indicatorIds: new Set(level.impact.indicators.map((i) => i.id)),
    report: (path, code, params) => add(path, issue(code, params)),
    issueExists(id, path, place) {
      if (issueById.has(id)) return true;
      add(path, issue('undefinedIssue', { issue: id, place, ...suggesting(id, issueById.keys()) }));
      return false;
    },
    optionExists(issueId, option, path, place) {
      const options = issueById.get(issueId)?.options.length;
      if (options === undefined || option < options) return true;
      add(path, issue('optionOutOfRange', { issue: issueId, option, options, place }));
      return false;
    },
    roleExists(id, path, place) {
      if (roleIds.has(id)) return true;
      add(path, issue('undefinedRole', { role: id, place, ...suggesting(id, roleIds) }));
      return false;
    },
  };
}
