/**
 * Every catalog of the game, by place: the English one and its translations. The catalog and
 * glossary tests walk these, so a catalog added here is checked by both.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CATALOG_LANGUAGES = ['en', 'fr', 'es'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

/** Where each catalog sits, `{lang}` for the language code. */
export const CATALOG_PLACES = [
  'src/client/i18n/{lang}.json',
  'src/client/facilitator/i18n/{lang}.json',
  'src/client/teaching/i18n/{lang}.json',
  'src/protocol/level-words.{lang}.json',
  'src/protocol/engine-words.{lang}.json',
  'src/protocol/change-words.{lang}.json',
  'src/protocol/statement-words.{lang}.json',
  'src/protocol/server-words.{lang}.json',
  'src/protocol/move-words.{lang}.json',
] as const;

const root = fileURLToPath(new URL('../../', import.meta.url));

export function catalogPath(place: string, language: string): string {
  return root + place.replace('{lang}', language);
}

export function catalogExists(place: string, language: string): boolean {
  return existsSync(catalogPath(place, language));
}

export function readCatalog(place: string, language: string): Record<string, unknown> {
  return JSON.parse(readFileSync(catalogPath(place, language), 'utf8')) as Record<string, unknown>;
}

/** Every string of a catalog by its dotted key. */
export function flatten(node: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') into.set(prefix, node);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A key without its plural suffix, and the suffix (undefined for a key that is not plural). */
export function pluralBase(key: string): { base: string; suffix?: string } {
  const match = PLURAL_SUFFIX.exec(key);
  return match ? { base: key.slice(0, match.index), suffix: match[1] } : { base: key };
}

/** The plural categories a language uses (what i18next asks for, by Intl.PluralRules). */
export function pluralCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/** The `{{name}}` placeholders of a text, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] as string))].sort();
}
