/**
 * The game's vocabulary, declared once. Role, issue, card and event ids are level data (trainers
 * name them): strings branded by the level schema (level/schema-common.ts), so that an issue id
 * passed where a role id is expected, or a raw string from the network, does not compile. A string
 * from outside becomes an id only through a check against the level (level/ids.ts). Inside the
 * engine a package is an array of option indices in the level's issue order, which keeps hot paths
 * (bots, Pareto frontier) allocation-light.
 */
import type { z } from 'zod';

export type RoleId = string & z.$brand<'RoleId'>;
export type IssueId = string & z.$brand<'IssueId'>;
export type CardId = string;
export type EventId = string;
/** Index into an issue's ordered options: 0 is the most protective of policy space. */
export type OptionIndex = number;

/** One option per issue, in the level's issue order. */
export type Package = readonly OptionIndex[];
/** A package as players and files write it: `{ "data-flows": 2, "moratorium": 0 }`. */
export type PackageByIssue = Readonly<Record<IssueId, OptionIndex>>;

/** A table keyed by every role of the level. */
export type ByRole<T> = Record<RoleId, T>;

export type Language = string;
