/**
 * What the delegations say at the table, during play: each move's public statement (a bot's, or a
 * player's stock line), newest first. Statements are codes with ids only (engine rules/statements.ts),
 * worded by the protocol's catalog, so no line can carry a point value.
 */
import { STOCK_STATEMENT_CODES, type StockStatementCode } from '../../engine/rules/statements.js';
import type { PublicLevel, RoleView } from '../../engine/view.js';
import { levelNaming } from '../../protocol/engine-words.js';
import { statementText, statementWords } from '../../protocol/statement-words.js';
import { roleColour, roleName } from './text.js';

export interface StatementVm {
  readonly logIndex: number;
  readonly role: string;
  readonly name: string;
  readonly colour: string;
  readonly text: string;
}

/** The newest `limit` public statements in the view's log. */
export function statementsVm(level: PublicLevel, view: RoleView, language: string, limit = 4): StatementVm[] {
  const naming = levelNaming(level, language);
  const out: StatementVm[] = [];
  for (let i = view.log.length - 1; i >= 0 && out.length < limit; i--) {
    const e = view.log[i];
    if (!e || !('statement' in e) || !e.statement || !('role' in e)) continue;
    out.push({ logIndex: i, role: e.role, name: roleName(level, e.role, language), colour: roleColour(level, e.role), text: statementText(e.statement, naming, statementWords(language)) });
  }
  return out;
}

/** The stock lines a player may attach to an offer, worded (none chosen: the empty code). */
export function stockStatementsVm(level: PublicLevel, language: string): { code: StockStatementCode; text: string }[] {
  const naming = levelNaming(level, language);
  return STOCK_STATEMENT_CODES.map((code) => ({ code, text: statementText({ code }, naming, statementWords(language)) }));
}
