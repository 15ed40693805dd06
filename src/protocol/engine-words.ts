/**
 * The engine's codes in English words, for the edges that have no i18n instance: the server (a
 * readable `reason` sent beside the code while clients move to wording codes themselves) and the
 * command-line scripts. The words are the client's English catalog (`engine.*` in
 * src/client/i18n/en.json), so there is one English text per code; ids in the parameters become
 * the level's names for them.
 */
import en from '../client/i18n/en.json' with { type: 'json' };
import type { Refusal } from '../engine/rules/refusal.js';
import type { SessionResult } from '../engine/session.js';
import type { PublicLevel } from '../engine/view.js';
import type { LocalText } from '../engine/level/schema.js';

/** A move's answer as the server and the client ports pass it on: the code and, in English, its words. */
export type SendResult = { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly refusal?: Refusal };

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

export const BY_ID: Naming = { role: (id) => id, card: (id) => id, issue: (id) => id, option: (_issue, option) => `option ${option}`, event: (id) => id };

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
    option: (issue, option) => pick(level.issues.find((i) => i.id === issue)?.options[option]?.label, language, `option ${option}`),
    event: (id) => pick(level.events.find((e) => e.id === id)?.name, language, id),
    indicator: (id) => pick(level.impact.indicators.find((i) => i.id === id)?.name, language, id),
  };
}

const ROLE_PARAMS = new Set(['role', 'turnRole', 'by', 'target']);

/**
 * A refusal's parameters with ids replaced by names, plus what i18next needs (`count` for plurals,
 * phase and status words): hand the result to `t('engine.refusal.' + code, params)`.
 */
export function namedParams(refusal: Refusal, naming: Naming, word: (key: string) => string): Record<string, unknown> {
  const params: Record<string, unknown> = { ...refusal.params };
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (typeof value !== 'string') continue;
    if (ROLE_PARAMS.has(key)) params[key] = naming.role(value);
    else if (key === 'card') params[key] = naming.card(value);
    else if (key === 'event') params[key] = naming.event(value);
  }
  const p = refusal.params as Record<string, unknown>;
  if (refusal.code === 'malformed') params.where = refusal.params.path === '' ? '' : ` at "${refusal.params.path}"`;
  if (refusal.code === 'optionLocked') params.option = naming.option(String(p.issue), Number(p.option));
  if (typeof p.issue === 'string') params.issue = naming.issue(p.issue);
  if (refusal.code === 'cardLimit') params.count = refusal.params.limit;
  if (refusal.code === 'wrongPhase') params.phase = word(`engine.phase.${refusal.params.phase}`);
  if (refusal.code === 'offerClosed') params.status = word(`engine.offerStatus.${refusal.params.status}`);
  if (refusal.code === 'notYourTurn') params.turnRole = refusal.params.turnRole === null ? 'nobody' : naming.role(refusal.params.turnRole);
  return params;
}

/** A catalog entry by dotted key from the English catalog, `{{name}}` filled in (i18next's syntax). */
function english(key: string, params: Record<string, unknown> = {}): string {
  const count = params.count;
  const path = key.split('.');
  let node: unknown = en;
  const last = path.pop() as string;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  const table = node as Record<string, string> | undefined;
  const text = table?.[typeof count === 'number' ? `${last}_${count === 1 ? 'one' : 'other'}` : last] ?? table?.[last] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

/** The refusal in plain English (level names when a naming is given). */
export function refusalText(refusal: Refusal, naming: Naming = BY_ID): string {
  return english(`engine.refusal.${refusal.code}`, namedParams(refusal, naming, (key) => english(key)));
}

/** A session's answer with the refusal's English words beside its code. */
export function worded(result: SessionResult, naming: Naming = BY_ID): SendResult {
  return result.ok ? result : { ok: false, reason: refusalText(result.refusal, naming), refusal: result.refusal };
}
