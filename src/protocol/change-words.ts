/**
 * What changed for a role, and what it learned, in English words (change-words.en.json, i18next's
 * format, so a translation is another catalog of the same keys): the engine writes change and intel
 * entries as data (src/engine/rules/changes.ts); this module words them with the level's names,
 * for the command line, the server and any screen that has no translation yet.
 */
import { catalogsFor, type ProtocolCatalogs } from './languages.js';
import type { ChangeCause, ChangeEntry, IntelEntry } from '../engine/rules/changes.js';
import { BY_ID, type Naming } from './engine-words.js';

export type ChangeWordsCatalog = ProtocolCatalogs['change'];

/** The catalog for a language (English for one it does not have). */
export function changeWords(language: string): ChangeWordsCatalog {
  return catalogsFor(language).change;
}

/** A catalog entry by dotted key, `{{name}}` filled in (the key itself when it is missing). */
export function catalogText(catalog: unknown, key: string, params: Record<string, unknown> = {}): string {
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A signed difference: "+8", "−3" (with a true minus sign), "±0". */
export function signed(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `−${-delta}`;
  return '±0';
}

/** Who or what made a change, in words. */
export function causeText(cause: ChangeCause, naming: Naming = BY_ID, catalog: ChangeWordsCatalog = changeWords('en')): string {
  switch (cause.source) {
    case 'card':
      return cause.target === null
        ? catalogText(catalog, 'cause.card', { by: naming.role(cause.by), card: naming.card(cause.id) })
        : catalogText(catalog, 'cause.cardOn', { by: naming.role(cause.by), card: naming.card(cause.id), target: naming.role(cause.target) });
    case 'event':
      return catalogText(catalog, 'cause.event', { event: naming.event(cause.id) });
    case 'schedule':
      return catalogText(catalog, 'cause.schedule');
    case 'rule':
      return catalogText(catalog, `cause.rule.${cause.id}`);
  }
}

/** One change to the reader's own figures, as a sentence addressed to it ("you now value …"). */
export function changeText(entry: ChangeEntry, naming: Naming = BY_ID, catalog: ChangeWordsCatalog = changeWords('en')): string {
  const c = entry.change;
  const params: Record<string, unknown> = { cause: causeText(entry.cause, naming, catalog), before: c.before, after: c.after, delta: signed(c.after - c.before) };
  if (c.effect === 'shiftValue') Object.assign(params, { issue: naming.issue(c.issue), option: naming.option(c.issue, c.option) });
  if (c.effect === 'noDealDrift') Object.assign(params, { issue: naming.issue(c.issue), from: naming.option(c.issue, c.from), option: naming.option(c.issue, c.option) });
  return catalogText(catalog, `change.${c.effect}`, params);
}

/** What the reader learned, option by option ("Right to regulate 30 · Binding free flow 9"). */
export function intelText(entry: IntelEntry, naming: Naming = BY_ID, catalog: ChangeWordsCatalog = changeWords('en')): string {
  const values = entry.values.map((v, i) => `${naming.option(entry.issue, i)} ${v}`).join(' · ');
  return catalogText(catalog, 'intel', { cause: causeText(entry.cause, naming, catalog), about: naming.role(entry.about), issue: naming.issue(entry.issue), values });
}
