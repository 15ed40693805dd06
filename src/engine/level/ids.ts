/**
 * Where a string from outside the level (a network message, a URL, a command-line flag, a form)
 * becomes an id: only through a check that the level has it. The level itself brands its ids when
 * it is read (schema-common.ts); these are the other way in, so "is this a real role of this
 * level" is asked wherever the types require an id.
 */
import { z } from 'zod';
import type { ByRole, IssueId, RoleId } from '../types.js';
import type { LevelModel } from './model.js';

/** The role of this level named `s`, or null when the level has no such role. */
export function roleIdIn(model: Pick<LevelModel, 'roleIndex'>, s: unknown): RoleId | null {
  return typeof s === 'string' && model.roleIndex.has(s as RoleId) ? (s as RoleId) : null;
}

/** The issue of this level named `s`, or null when the level has no such issue. */
export function issueIdIn(model: Pick<LevelModel, 'issueIndex'>, s: unknown): IssueId | null {
  return typeof s === 'string' && model.issueIndex.has(s as IssueId) ? (s as IssueId) : null;
}

/** The issue of `issues` named `s`, or null. */
export function issueIdAmong(issues: readonly IssueId[], s: unknown): IssueId | null {
  return issues.find((i) => i === s) ?? null;
}

/** The role of `roles` (a level's, a table's seats, a card's targets) named `s`, or null. */
export function roleIdAmong(roles: readonly RoleId[], s: unknown): RoleId | null {
  return roles.find((r) => r === s) ?? null;
}

/** The roles a table keyed by role has, in its key order (its keys are roles by its type). */
export function rolesOf<T>(table: ByRole<T>): RoleId[] {
  return Object.keys(table) as RoleId[];
}

/**
 * A role as a message names it (an event, a player's action, a statement): the shape is checked and
 * branded here; whether the level has the role is the first rule asked of every event (rules/
 * checks.ts: isKnownRole, and the target's and statement's checks) before any other rule reads it.
 */
export const RoleRefSchema = z.string().min(1).max(64).brand<'RoleId'>();

/** An issue as a message names it (a package's keys, a statement's issue), checked by the rules likewise. */
export const IssueRefSchema = z.string().min(1).max(64).brand<'IssueId'>();
