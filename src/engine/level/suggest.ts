/**
 * "Did you mean" for names a trainer mistyped: the closest known name, if it is close enough to
 * be a likely typo. The validator passes it on as a parameter; the edges word the hint.
 */

/** Levenshtein distance. Small strings only. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The closest candidate to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    if (candidate === word) continue;
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  if (best !== undefined && bestDistance <= allowed) return best;
  // "lobbyist" for "lobby", "data" for "data-flows": one is the start of the other.
  if (lower.length >= 3) {
    const prefixed = list.filter((c) => c !== word && (c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase())) && c.length >= 3);
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/** `{ suggestion }` when there is a close name, else nothing (spread into an issue's parameters). */
export function suggesting(word: string, candidates: Iterable<string>): { suggestion?: string } {
  const hint = closest(word, candidates);
  return hint === undefined ? {} : { suggestion: hint };
}
