/**
 * The engine's codes in words, in any of the game's languages: the client words a refusal in its
 * player's language, the server sends a readable `reason` beside the code (in the session's
 * language), the command-line scripts in theirs. The words are the protocol's catalogs
 * (engine-words.en.json, .fr.json, .es.json, through src/protocol/words.ts); ids in the
 * parameters become the level's names for them.
 */
import type { Refusal } from '../engine/rules/refusal.js';
import type { SessionResult } from '../engine/session.js';
import type { PublicLevel } from '../engine/view.js';
import type { LocalText } from '../engine/level/schema.js';
import { protocolT } from './words.js';
import type { ServerProblem } from './server-words.js';

/** A move's answer as the server and the client ports pass it on: the code and its words. */
export type SendResult = { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly refusal?: Refusal; readonly problem?: ServerProblem };

/** How an edge names the things a code's parameters point at (ids when it has no level at hand). */
export interface Naming {
  role(id: string): string;
  card(id: string): string;
  issue(id: string): string;
  option(issue: string, option: number): string;
  event(id: string): string;
  /** An impact indicator's name (optional: edges without the level's impact model name it by id). */
  indicator?(id: string): string;
}

/** Ids as they are (an option by its number, worded in `language`), for an edge with no level at hand. */
export function byId(language = 'en'): Naming {
  const t = protocolT(language, 'engine');
  return { role: (id) => id, card: (id) => id, issue: (id) => id, option: (_issue, option) => t('part.option', { option }), event: (id) => id };
}

export const BY_ID: Naming = byId('en');

function pick(text: LocalText | undefined, language: string, fallback: string): string {
  if (!text) return fallback;
  return text[language] ?? text.en ?? Object.values(text)[0] ?? fallback;
}

/** The level's own names, in `language` (falling back to English, then to the id). */
export function levelNaming(level: PublicLevel, language = 'en'): Naming {
  return {
    role: (id) => pick(level.roles.find((r) => r.id === id)?.name, language, id),
    card: (id) => pick(level.cards.find((c) => c.id === id)?.name, language, id),
    issue: (id) => pick(level.issues.find((i) => i.id === id)?.name, language, id),
    option: (issue, option) => pick(level.issues.find((i) => i.id === issue)?.options[option]?.label, language, protocolT(language, 'engine')('part.option', { option })),
    event: (id) => pick(level.events.find((e) => e.id === id)?.name, language, id),
    indicator: (id) => pick(level.impact.indicators.find((i) => i.id === id)?.name, language, id),
  };
}

const ROLE_PARAMS = new Set(['role', 'turnRole', 'by', 'target']);

/**
 * A refusal's parameters with ids replaced by names, plus what i18next needs (`count` for plurals,
 * phase and status words): hand the result to the engine catalog's `t('refusal.' + code, params)`.
 */
export function namedParams(refusal: Refusal, naming: Naming, word: (key: string, params?: Record<string, unknown>) => string): Record<string, unknown> {
  const params: Record<string, unknown> = { ...refusal.params };
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (typeof value !== 'string') continue;
    if (ROLE_PARAMS.has(key)) params[key] = naming.role(value);
    else if (key === 'card') params[key] = naming.card(value);
    else if (key === 'event') params[key] = naming.event(value);
  }
  const p = refusal.params as Record<string, unknown>;
  if (refusal.code === 'malformed') params.where = refusal.params.path === '' ? '' : word('part.at', { path: refusal.params.path });
  if (refusal.code === 'optionLocked') params.option = naming.option(String(p.issue), Number(p.option));
  if (typeof p.issue === 'string') params.issue = naming.issue(p.issue);
  if (refusal.code === 'cardLimit') params.count = refusal.params.limit;
  if (refusal.code === 'wrongPhase') params.phase = word(`phase.${refusal.params.phase}`);
  if (refusal.code === 'offerClosed') params.status = word(`offerStatus.${refusal.params.status}`);
  if (refusal.code === 'notYourTurn') params.turnRole = refusal.params.turnRole === null ? word('part.nobody') : naming.role(refusal.params.turnRole);
  return params;
}

/** The refusal in words in `language` (level names when a naming is given). */
export function refusalText(refusal: Refusal, naming: Naming = BY_ID, language = 'en'): string {
  const t = protocolT(language, 'engine');
  return t(`refusal.${refusal.code}`, namedParams(refusal, naming, (key, params) => t(key, params ?? {})));
}

/** A session's answer with the refusal's words (in `language`) beside its code. */
export function worded(result: SessionResult, naming: Naming = BY_ID, language = 'en'): SendResult {
  return result.ok ? result : { ok: false, reason: refusalText(result.refusal, naming, language), refusal: result.refusal };
}
