/**
 * Where a path of the level's data is in its YAML source: the line and column a trainer should
 * look at, and back, which path a position in the file belongs to.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { LevelPath } from './path.js';

export interface Position {
  line: number;
  column: number;
}

export function resolveAlias(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

export function sameKey(key: unknown, seg: string | number): boolean {
  return isScalar(key) ? String(key.value) === String(seg) : key === seg;
}

/**
 * Where a path is in the file: the key of a mapping entry (or the value itself when it is a
 * scalar), the item of a list, or, when the path does not exist in the file (a missing key), the
 * nearest ancestor that does.
 */
export function locatePath(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): Position {
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const rootStart = (): Position => {
    const range = (doc.contents as Node | null)?.range;
    return range ? at(range[0]) : { line: 1, column: 1 };
  };
  // Walk down as far as the path exists, remembering the position of the deepest step found.
  let best = rootStart();
  let node: unknown = doc.contents;
  for (const seg of path) {
    node = resolveAlias(doc, node);
    if (isMap(node)) {
      const pair = node.items.find((p) => sameKey(p.key, seg));
      if (!pair) break;
      const value = resolveAlias(doc, pair.value);
      const keyRange = (pair.key as Node | null)?.range;
      if (isScalar(value) && value.value !== null && value.range) best = at(value.range[0]);
      else if (keyRange) best = at(keyRange[0]);
      else if (isScalar(value) && value.range) best = at(value.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      const range = (resolveAlias(doc, item) as Node | null)?.range;
      if (range) best = at(range[0]);
      node = item;
    } else {
      break;
    }
  }
  return best;
}

/** The position of a key itself (for "unknown key" errors), falling back to `locatePath`. */
export function locateKey(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): Position {
  const last = path[path.length - 1];
  if (last !== undefined) {
    let parent: unknown = doc.contents;
    for (const seg of path.slice(0, -1)) {
      parent = resolveAlias(doc, parent);
      if (isMap(parent)) parent = parent.items.find((p) => sameKey(p.key, seg))?.value;
      else if (isSeq(parent) && typeof seg === 'number') parent = parent.items[seg];
      else parent = undefined;
    }
    parent = resolveAlias(doc, parent);
    if (isMap(parent)) {
      const range = (parent.items.find((p) => sameKey(p.key, last))?.key as Node | null | undefined)?.range;
      if (range) {
        const p = lineCounter.linePos(range[0]);
        return { line: p.line, column: p.col };
      }
    }
  }
  return locatePath(doc, lineCounter, path);
}

/** The path of the deepest key or item whose source covers `offset` (for YAML syntax errors). */
export function pathAtOffset(doc: Document, offset: number): LevelPath {
  const path: LevelPath = [];
  const inside = (node: unknown): boolean => {
    const range = (node as Node | null)?.range;
    return !!range && offset >= range[0] && offset < Math.max(range[2], range[0] + 1);
  };
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => inside(p.key) || inside(p.value));
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      if (inside(pair.key)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => inside(item));
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else {
      break;
    }
  }
  return path;
}
