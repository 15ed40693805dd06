/**
 * Reading a level file's YAML (or JSON, which is YAML): the data, the positions of everything in
 * it, and its syntax errors as the validator's codes. A slip that yaml reports as a cascade (an
 * indentation that is off, a text with a colon that is not quoted) becomes one error at the line
 * the trainer has to fix, and the rest of the cascade is left out.
 */
import { isMap, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { issue, type LevelError, type LevelIssue } from './issue-codes.js';
import { pathAtOffset, resolveAlias, sameKey, type Position } from './yaml-positions.js';
import { misindentedLines, textWithColon, unclosedBracket } from './yaml-slips.js';

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** The file's data, or undefined when the file could not be read at all. */
  data: unknown;
  errors: LevelError[];
  /** True when the syntax is so broken that checking the shape would only add noise. */
  fatal: boolean;
}

/** yaml's errors that an indentation slip or an unquoted colon sets off, often many at once. */
const STRUCTURE_CODES = new Set(['TAB_AS_INDENT', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BLOCK_IN_FLOW']);

/** yaml's own words for an error, without the position it appends (we give line and column). */
function yamlDetail(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}

/**
 * The one error that stands for a cascade starting at `first` (an indentation or colon slip), at
 * the line the trainer has to fix; undefined when the text shows no such slip near it.
 */
function slipError(text: string, lines: readonly string[], doc: Document, lineCounter: LineCounter, first: YAMLError): LevelError | undefined {
  const errorLine = lineCounter.linePos(first.pos[0]).line;
  const lineStart = (line: number): number => lineCounter.lineStarts[line - 1] ?? 0;
  // The path a slip is at, read from the file with the slip mended (the broken file's structure
  // is what yaml made of the slip, not what the trainer meant); as far as it makes sense otherwise.
  const located = (line: number, column: number, found: LevelIssue, mended?: string): LevelError => {
    let path: LevelError['path'] | undefined;
    if (mended !== undefined) {
      const fixed = parseDocument([...lines.slice(0, line - 1), mended, ...lines.slice(line)].join('\n'));
      const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + mended.search(/\S|$/);
      if (fixed.errors.length === 0) path = pathAtOffset(fixed, offset);
    }
    if (path === undefined) {
      path = pathAtOffset(doc, lineStart(line) + column - 1);
      const broken = path.findIndex((seg) => typeof seg === 'string' && /\s/.test(seg));
      if (broken >= 0) path = path.slice(0, broken);
    }
    return { path, line, column, ...found };
  };
  // A tab in the indentation, on or next to the line yaml stumbled on.
  for (const line of [errorLine, errorLine - 1, errorLine + 1]) {
    if (/^ *\t/.test(lines[line - 1] ?? '')) return located(line, 1, issue('yamlTab', {}));
  }
  // An unquoted text with ": " in it, on the line yaml stumbled on or the one before.
  for (const line of [errorLine, errorLine - 1]) {
    const source = lines[line - 1] ?? '';
    const key = textWithColon(source);
    if (key !== undefined) {
      const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const m = new RegExp(`(^|[\\s{,[-])${escaped}:`).exec(source);
      const at = m ? m.index + (m[1] as string).length : 0;
      const text = source.slice(at + key.length + 1).replace(/\s+#.*$/, '').replace(/[\s}\],]+$/, '').trim();
      const quoted = `${source.slice(0, at + key.length + 1)} ${JSON.stringify(text)}${source.slice(at + key.length + 1).replace(/^.*?([\s}\],]*)$/, '$1')}`;
      return located(line, Math.max(1, at + 1), issue('yamlTextWithColon', { key, text }), quoted);
    }
  }
  // An indentation slip: the misindented line nearest to where yaml noticed it (yaml may notice a
  // line early, on the entry before, or late, on the entries after).
  const near = misindentedLines(text)
    .filter((m) => Math.abs(m.line - errorLine) <= 2)
    .sort((a, b) => Math.abs(a.line - errorLine) - Math.abs(b.line - errorLine) || a.line - b.line)[0];
  if (near === undefined) return first.code === 'BAD_INDENT' ? located(errorLine, 1, issue('yamlBadIndentation', {})) : undefined;
  const source = lines[near.line - 1] ?? '';
  const indent = source.search(/\S|$/);
  const mended = near.expectedColumn === undefined ? undefined : ' '.repeat(near.expectedColumn - 1) + source.slice(indent);
  return located(near.line, indent + 1, issue('yamlBadIndentation', near.expectedColumn === undefined ? {} : { expectedColumn: near.expectedColumn }), mended);
}

/** Parse YAML (or JSON), keeping source positions; collect syntax errors and duplicate keys. */
export function parseYamlText(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const lines = text.split('\n');
  const errors: LevelError[] = [];
  let fatal = false;
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems = [...doc.errors.map((error) => ({ error, isError: true })), ...doc.warnings.map((error) => ({ error, isError: false }))];
  problems.sort((a, b) => a.error.pos[0] - b.error.pos[0]);
  // A cascade: from the first structure error on, only the one error that explains it.
  const first = problems.find((p) => p.isError && STRUCTURE_CODES.has(p.error.code) && !/end with an? [}\]]/.test(p.error.message));
  const slip = first ? slipError(text, lines, doc, lineCounter, first.error) : undefined;
  for (const { error, isError } of problems) {
    const offset = error.pos[0];
    if (slip && at(offset).line >= Math.min(slip.line, at(first?.error.pos[0] ?? 0).line)) continue;
    const pos = error.linePos?.[0] ? { line: error.linePos[0].line, column: error.linePos[0].col } : at(offset);
    const bracket = /end with an? ([}\]])/.exec(error.message);
    if (bracket) {
      // yaml notices an unclosed bracket lines later; point at the bracket left open.
      const opened = unclosedBracket(text, offset);
      const close = bracket[1] as '}' | ']';
      const from = opened ?? offset;
      fatal = true;
      errors.push({ path: pathAtOffset(doc, from), ...(opened === undefined ? pos : at(opened)), ...issue('yamlUnclosedBracket', { open: close === '}' ? '{' : '[', close }) });
      continue;
    }
    const path = pathAtOffset(doc, offset);
    let found: LevelIssue;
    if (error.code === 'DUPLICATE_KEY') {
      const key = path[path.length - 1];
      const parentPath = path.slice(0, -1);
      const parent = resolveAlias(doc, parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true));
      const firstKey = isMap(parent) ? parent.items.find((p) => sameKey(p.key, key ?? ''))?.key : undefined;
      const firstRange = (firstKey as Node | null | undefined)?.range;
      found = issue('yamlDuplicateKey', { key: String(key ?? '?'), ...(firstRange && firstRange[0] !== offset ? { firstLine: at(firstRange[0]).line } : {}) });
    } else if (error.code === 'MULTIPLE_DOCS') {
      if (isError) fatal = true;
      found = issue('yamlMultipleDocuments', {});
    } else {
      if (isError) fatal = true;
      found = error.code === 'TAB_AS_INDENT' ? issue('yamlTab', {}) : issue('yamlSyntax', { yamlCode: error.code, detail: yamlDetail(error.message) });
    }
    errors.push({ path, ...pos, ...found });
  }
  if (slip) {
    fatal = true;
    errors.push(slip);
  }
  let data: unknown;
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      fatal = true;
      errors.push({ path: [], line: 1, column: 1, ...issue('yamlUnreadable', { detail: (e as Error).message }) });
    }
  }
  return { doc, lineCounter, data, errors, fatal };
}
