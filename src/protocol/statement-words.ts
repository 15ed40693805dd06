/**
 * Bots' public statements and private reasons in words, from one catalog (statement-words.en.json,
 * i18next's format: a translation is another catalog of the same keys). The engine gives codes with
 * ids and, for private reasons, the bot's figures (rules/statements.ts, rules/reasons.ts); this
 * module words them with the level's names. A statement's words hold no figure the engine did not
 * put in its parameters, and those are ids only: the leak test words every statement through here.
 */
import { catalogsFor, type ProtocolCatalogs } from './languages.js';
import type { BotReason } from '../engine/rules/reasons.js';
import { STOCK_STATEMENT_CODES, type Statement, type StockStatementCode } from '../engine/rules/statements.js';
import { catalogText } from './change-words.js';
import { BY_ID, type Naming } from './engine-words.js';

export type StatementWordsCatalog = ProtocolCatalogs['statement'];

/** The catalog for a language (English for one it does not have). */
export function statementWords(language: string): StatementWordsCatalog {
  return catalogsFor(language).statement;
}

/** The stock lines a player may attach to an offer, in catalog order (for a picker). */
export const STOCK_STATEMENTS: readonly StockStatementCode[] = STOCK_STATEMENT_CODES;

/** The concern a statement names: the indicator a clause would cost, the clause, or none. */
function concernText(s: Statement, naming: Naming, catalog: StatementWordsCatalog): string {
  if (s.issue === undefined) return catalogText(catalog, 'part.concernNone');
  const option = s.option === undefined ? '' : naming.option(s.issue, s.option);
  const issue = naming.issue(s.issue);
  if (s.indicator !== undefined) return catalogText(catalog, 'part.concernIndicator', { option, issue, indicator: naming.indicator?.(s.indicator) ?? s.indicator });
  return catalogText(catalog, 'part.concernClause', { option, issue });
}

/** What the delegate says, in words ("We cannot accept “Permanent moratorium” on Customs duties."). */
export function statementText(s: Statement, naming: Naming = BY_ID, catalog: StatementWordsCatalog = statementWords('en')): string {
  return catalogText(catalog, `statement.${s.code}`, {
    issue: s.issue === undefined ? '' : naming.issue(s.issue),
    keep: s.keep === undefined ? '' : naming.issue(s.keep),
    offer: s.offer ?? '',
    card: s.card === undefined ? '' : naming.card(s.card),
    on: s.target === undefined ? '' : catalogText(catalog, 'part.on', { target: naming.role(s.target) }),
    onIssue: s.issue === undefined ? '' : catalogText(catalog, 'part.onIssue', { issue: naming.issue(s.issue) }),
    concern: concernText(s, naming, catalog),
  });
}

/** A bot's private reason in words, with the level's names for the ids among its parameters. */
export function reasonText(why: BotReason, naming: Naming = BY_ID, catalog: StatementWordsCatalog = statementWords('en')): string {
  const p = why.params;
  const w = (key: string, params: Record<string, unknown> = {}): string => catalogText(catalog, key, params);
  const params: Record<string, unknown> = { ...p };
  const issue = typeof p.issue === 'string' ? p.issue : undefined;
  if (issue !== undefined) {
    params.issue = naming.issue(issue);
    if (typeof p.option === 'number') params.option = naming.option(issue, p.option);
  }
  if (typeof p.card === 'string') params.card = naming.card(p.card);
  if (typeof p.target === 'string') params.target = naming.role(p.target);
  // The strategy is an id; its name is the catalog's, so a French reason does not start in English.
  if (typeof p.strategy === 'string') {
    const key = `reason.strategy.${p.strategy}`;
    const name = w(key);
    params.strategy = name === key ? p.strategy : name;
  }
  if (typeof p.gaveOn === 'string') params.gaveOn = naming.issue(p.gaveOn);
  if (typeof p.voters === 'boolean') params.whom = w(`reason.part.${p.voters ? 'voters' : 'others'}`);
  if (typeof p.above === 'boolean') params.side = w(`reason.part.${p.above ? 'above' : 'below'}`);
  if (why.code === 'vote') {
    params.answer = w(`reason.part.${p.accept ? 'yes' : 'no'}`);
    params.share = typeof p.coverage === 'number' && p.coverage < 100 ? w('reason.part.share', { coverage: p.coverage }) : '';
  }
  const text = w(`reason.${why.code}`, params);
  return why.then ? `${text}${w('reason.part.then')}${reasonText(why.then, naming, catalog)}` : text;
}
