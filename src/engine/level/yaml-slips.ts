/**
 * Trainers' usual YAML slips, found in the text itself: yaml notices them late or words them for
 * programmers, but the trainer has to fix one line. Each looks only near where yaml saw an error,
 * so a file yaml reads well is never flagged.
 */

/**
 * Where the last bracket still open before `offset` was opened: yaml notices an unclosed `{` or
 * `[` only lines later. Quotes and comments are skipped roughly (a quoted text never spans lines
 * in a flow collection worth guessing about).
 */
export function unclosedBracket(text: string, offset: number): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      quote = undefined;
    } else if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      const prev = text[i - 1];
      if (prev === undefined || /[\s,[{:]/.test(prev)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i + 1 < offset && text[i + 1] !== '\n') i++;
    } else if (c === '{' || c === '[') {
      open.push(i);
    } else if (c === '}' || c === ']') {
      open.pop();
    }
  }
  return open[open.length - 1];
}

/** A line without its quoted texts and its comment (for looking at its structure only). */
function bareLine(line: string): string {
  return line
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""')
    .replace(/(^|\s)#.*$/, '')
    .trimEnd();
}

/**
 * Whether the line gives an unquoted text with a colon in it (`title: The deal: part 2`, or
 * `{ en: The deal: part 2 }`): YAML reads "The deal:" as a key. Returns the key whose text it is.
 */
export function textWithColon(line: string): string | undefined {
  const bare = bareLine(line);
  // Each part between flow punctuation holds one `key: value`; a second ": " is the slip.
  for (const part of bare.split(/[{}[\],]/)) {
    const m = /^\s*(?:-\s+)?([^\s:][^:]*?):\s+(\S.*)$/.exec(part);
    if (m && /:(\s|$)/.test(m[2] as string)) return (m[1] as string).trim();
  }
  return undefined;
}

export interface Misindented {
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column the line's entry should start at, when the lines around it tell. */
  readonly expectedColumn?: number;
}

/**
 * The lines whose indentation fits none of the blocks around them: indented deeper though the line
 * before opens nothing, back to a column no enclosing entry starts at, or a key at the column of a
 * list's dashes. Lines inside multi-line brackets and block texts (`|`, `>`) are skipped.
 */
export function misindentedLines(text: string): Misindented[] {
  const out: Misindented[] = [];
  /** The columns of the open blocks, innermost last; `list` for a column of "- " items. */
  const stack: { column: number; list: boolean }[] = [{ column: 0, list: false }];
  const top = (): { column: number; list: boolean } => stack[stack.length - 1] as { column: number; list: boolean };
  let opens = false; // the previous entry line ends with "key:" or "-": a deeper line may follow
  let flowDepth = 0;
  let blockText: number | undefined; // the indent of a `key: |` whose text lines follow
  text.split('\n').forEach((raw, index) => {
    const bare = bareLine(raw);
    if (bare.trim() === '') return;
    const indent = bare.length - bare.trimStart().length;
    if (blockText !== undefined) {
      if (indent > blockText) return;
      blockText = undefined;
    }
    if (flowDepth > 0) {
      flowDepth += (bare.match(/[{[]/g)?.length ?? 0) - (bare.match(/[}\]]/g)?.length ?? 0);
      return;
    }
    const item = /^(\s*)-(\s+|$)/.exec(bare);
    const fits = (level: { column: number; list: boolean }): boolean => item !== null || !level.list;
    const flag = (candidates: readonly { column: number; list: boolean }[]): void => {
      // The column it was most likely meant to start at: the nearest that takes this kind of line.
      const listFirst = (a: { list: boolean }, b: { list: boolean }): number => (item && a.list !== b.list ? (a.list ? -1 : 1) : 0);
      const near = candidates.filter(fits).sort((a, b) => listFirst(a, b) || Math.abs(a.column - indent) - Math.abs(b.column - indent) || a.column - b.column)[0];
      out.push({ line: index + 1, ...(near ? { expectedColumn: near.column + 1 } : {}) });
    };
    if (indent > top().column) {
      if (!opens) flag([top()]);
      stack.push({ column: indent, list: item !== null });
    } else if (indent < top().column) {
      const popped: { column: number; list: boolean }[] = [];
      while (top().column > indent) popped.push(stack.pop() as { column: number; list: boolean });
      if (top().column !== indent) {
        flag([...popped, top()]);
        stack.push({ column: indent, list: item !== null });
      } else if (!fits(top())) flag([...popped, top()]);
    } else if (!fits(top())) {
      flag([{ column: indent + 2, list: false }]);
    }
    // A list item "- key: value" starts a group whose keys line up after the dash.
    if (item && /^[^\s:][^:]*:(\s|$)/.test(bare.slice(item[0].length))) stack.push({ column: item[0].length, list: false });
    const content = item ? bare.slice(item[0].length) : bare;
    opens = /:$/.test(content) || item?.[0].trim() === '-' && content.trim() === '';
    if (/:\s*[|>][+-]?\d*$/.test(content)) blockText = indent;
    flowDepth = Math.max(0, (content.match(/[{[]/g)?.length ?? 0) - (content.match(/[}\]]/g)?.length ?? 0));
  });
  return out;
}
