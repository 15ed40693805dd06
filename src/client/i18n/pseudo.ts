/**
 * Pseudo-localisation for layout tests (`?lang=pseudo`): every text is ~40% longer, its letters
 * accented and its ends marked, the way French and Spanish run longer than English. Placeholders
 * (`{{name}}`) and the digits stay as they are, so the game still reads and plays.
 */
export const PSEUDO = 'pseudo';

const ACCENTED: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Á', E: 'É', I: 'Í', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};

/** One text made longer and accented (placeholders kept). */
export function pseudoLocalise(text: string): string {
  if (text.trim() === '') return text;
  const parts = text.split(/(\{\{[^}]+\}\})/);
  const body = parts.map((part) => (part.startsWith('{{') ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch))).join('');
  // ~40% longer than the text around the placeholders (brackets included), with a filler.
  const visible = parts.filter((part) => !part.startsWith('{{')).join('').length;
  const extra = Math.max(1, Math.round(visible * 0.4) - 3);
  const filler = 'ĺőŕéḿ íṕšüḿ ďőĺőŕ šíţ áḿéţ'.repeat(Math.ceil(extra / 26) + 1).slice(0, extra);
  return `[${body} ${filler}]`;
}

/** Every string of a catalog pseudo-localised, its keys unchanged. */
export function pseudoCatalog<T>(catalog: T): T {
  if (typeof catalog === 'string') return pseudoLocalise(catalog) as T;
  if (Array.isArray(catalog)) return catalog.map((item: unknown) => pseudoCatalog(item)) as T;
  if (catalog && typeof catalog === 'object') return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, pseudoCatalog(value)])) as T;
  return catalog;
}
