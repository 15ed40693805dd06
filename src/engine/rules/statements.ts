/**
 * Public statements: what a delegate says at the table when it moves ("We cannot sign away our
 * tariff revenue"), as a code with parameters that the edges word (src/protocol/statement-words.ts).
 * A statement is public, so its parameters are ids only (issues, options, roles, offers, cards, the
 * impact indicator a concern is about): never a point value, which would give the speaker's
 * private values away. Bots choose theirs from their actual reasoning (bots/statements.ts); human
 * players may attach a stock statement to an offer or a counter.
 */
import { z } from 'zod';
import type { CardId, IssueId, OptionIndex, RoleId } from '../types.js';
import { IssueRefSchema, RoleRefSchema } from '../level/ids.js';

/** What bots say, each from the reasoning behind its move. */
export const BOT_STATEMENT_CODES = [
  /** Offer: we move on `issue` to hold firm on `keep`. */
  'proposeTrade',
  /** Offer: a text we can defend, nothing conceded. */
  'proposeOwn',
  /** Counter: `option` on `issue` is the problem (for `indicator`, when the impact model says why); here is ours. */
  'counterConcern',
  /** Accept: we can live with offer `offer`. */
  'acceptCanLiveWith',
  /** Accept late in the talks: time to close on offer `offer`. */
  'acceptClose',
  /** Reject: `option` on `issue` is the problem (for `indicator`, when the impact model says why). */
  'rejectConcern',
  /** Reject: we are better placed without a deal than under this text (`issue`/`option`: the worst of it). */
  'rejectBetterAlone',
  /** Card played, by its kind: tabling a clause, lobbying, evidence, gathering information. */
  'cardProposal',
  'cardInfluence',
  'cardEvidence',
  'cardInformation',
  /** Final vote. */
  'voteYes',
  'voteNo',
] as const;

/** The stock lines a human player may attach to an offer or a counter (`issue` optional). */
export const STOCK_STATEMENT_CODES = ['stockBalanced', 'stockMoveTogether', 'stockPolicySpace', 'stockCertainty', 'stockDevelopment', 'stockLastChance'] as const;

export const STATEMENT_CODES = [...BOT_STATEMENT_CODES, ...STOCK_STATEMENT_CODES] as const;

export type BotStatementCode = (typeof BOT_STATEMENT_CODES)[number];
export type StockStatementCode = (typeof STOCK_STATEMENT_CODES)[number];
export type StatementCode = (typeof STATEMENT_CODES)[number];

/** A statement: its code and the ids it names (each optional; which ones a code uses is in its words). */
export interface Statement {
  readonly code: StatementCode;
  readonly issue?: IssueId;
  readonly option?: OptionIndex;
  /** The issue a trade holds firm on (proposeTrade). */
  readonly keep?: IssueId;
  /** The impact indicator a concern is about (an id of the level's impact model). */
  readonly indicator?: string;
  readonly offer?: number;
  readonly card?: CardId;
  readonly target?: RoleId;
}

/** The parameter names a statement may carry: ids, never values (the leak test holds to this list). */
export const STATEMENT_PARAMS: readonly (keyof Statement)[] = ['code', 'issue', 'option', 'keep', 'indicator', 'offer', 'card', 'target'];

const id = z.string().min(1).max(64);

/** Any statement, as events carry it (bots' and stock ones); the rules check its ids against the level. */
export const StatementSchema = z.strictObject({
  code: z.enum(STATEMENT_CODES),
  issue: IssueRefSchema.optional(),
  option: z.number().int().min(0).max(99).optional(),
  keep: IssueRefSchema.optional(),
  indicator: id.optional(),
  offer: z.number().int().min(1).optional(),
  card: id.optional(),
  target: RoleRefSchema.optional(),
});

/** A stock statement, as a human player's message may carry it: one of the stock codes, an issue at most. */
export const StockStatementSchema = z.strictObject({ code: z.enum(STOCK_STATEMENT_CODES), issue: IssueRefSchema.optional() });

export interface StockStatement {
  readonly code: StockStatementCode;
  readonly issue?: IssueId;
}

// Fails to compile if the schema and the Statement type drift apart.
const _sameShape: [z.output<typeof StatementSchema> extends Statement ? true : false, Statement extends z.output<typeof StatementSchema> ? true : false] = [true, true];
void _sameShape;
