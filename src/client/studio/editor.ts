/**
 * The studio's code editor: CodeMirror 6 with YAML highlighting, the level validator's errors as
 * lint diagnostics at their line and column (worded by src/protocol/level-words.ts), completion of
 * keys and closed values from the level's JSON Schema (levels/level.schema.json) and hover docs
 * from the schema's descriptions. Only the studio page imports this, so the game's bundle does
 * not carry CodeMirror.
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { LevelError } from '../../engine/level/validate.js';
import { formatPath } from '../../engine/level/path.js';
import { levelIssueText } from '../../protocol/level-words.js';
import schemaText from '../../../levels/level.schema.json?raw';
import { cursorPlace, keyDoc, keySuggestions, valueSuggestions, type JsonSchema } from './yaml-path.js';

const schema = JSON.parse(schemaText) as JsonSchema;

/** The lines above `pos`'s line (and that line's index), which is all the path walk needs. */
function linesAbove(view: { state: EditorView['state'] }, pos: number): { lines: string[]; row: number; from: number; text: string } {
  const line = view.state.doc.lineAt(pos);
  const lines = view.state.doc.sliceString(0, line.to).split('\n');
  return { lines, row: line.number - 1, from: line.from, text: line.text };
}

function schemaCompletions(ctx: CompletionContext): CompletionResult | null {
  const { lines, row, from, text } = linesAbove(ctx, ctx.pos);
  const before = text.slice(0, ctx.pos - from);
  const place = cursorPlace(lines, row, before);
  if (!place || (!ctx.explicit && place.word === '' && place.kind === 'key')) return null;
  const options: Completion[] =
    place.kind === 'key'
      ? keySuggestions(schema, place.path).map((s) => ({ label: s.label, type: 'property', apply: `${s.label}: `, ...(s.detail ? { detail: s.detail } : {}), ...(s.info ? { info: s.info } : {}) }))
      : valueSuggestions(schema, place.path).map((s) => ({ label: s.label, type: 'enum' }));
  if (options.length === 0) return null;
  return { from: from + place.from, options, validFor: /^[\w$-]*$/ };
}

const schemaHover = hoverTooltip((view, pos) => {
  const { lines, row, from, text } = linesAbove(view, pos);
  const found = keyDoc(schema, lines, row);
  if (!found) return null;
  const start = from + text.indexOf(found.key);
  if (pos < start || pos > start + found.key.length) return null;
  return {
    pos: start,
    end: start + found.key.length,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'schema-doc';
      dom.textContent = `${found.key}: ${found.doc}`;
      return { dom };
    },
  };
});

/** One diagnostic per validator error, from its line:column to the end of the word there. */
export function diagnostics(doc: EditorView['state']['doc'], errors: readonly LevelError[]): Diagnostic[] {
  return errors.map((e) => {
    const line = doc.line(Math.min(Math.max(e.line, 1), doc.lines));
    const from = Math.min(line.from + Math.max(e.column - 1, 0), line.to);
    const word = /^[^\s:,[\]{}]+/.exec(doc.sliceString(from, line.to));
    const to = word ? from + word[0].length : line.to;
    return { from, to: Math.max(to, from), severity: 'error', message: `${formatPath(e.path)}: ${levelIssueText(e)}`, source: 'level' };
  });
}

export interface StudioEditor {
  readonly view: EditorView;
  text(): string;
  /** Replace the whole text (a template, a file, a form's change), keeping the scroll place. */
  setText(text: string): void;
}

/**
 * `check` validates the text and returns its errors; it runs through the lint extension after the
 * trainer pauses typing, so the error list, the forms and the diagnostics all come from one run.
 */
export function createEditor(parent: HTMLElement, initial: string, check: (text: string) => readonly LevelError[]): StudioEditor {
  const view = new EditorView({
    parent,
    doc: initial,
    extensions: [
      basicSetup,
      yaml(),
      EditorView.lineWrapping,
      lintGutter(),
      linter((v) => diagnostics(v.state.doc, check(v.state.doc.toString())), { delay: 300 }),
      // Enter accepts the option the trainer can see: CodeMirror's default ignores it for 75 ms after
      // a list opens, so an Enter pressed just as the list appeared typed a newline instead.
      autocompletion({ override: [schemaCompletions], activateOnTyping: true, interactionDelay: 0 }),
      schemaHover,
      EditorView.contentAttributes.of({ 'aria-label': 'Level file (YAML)', spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      const top = view.scrollDOM.scrollTop;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      view.scrollDOM.scrollTop = top;
      forceLinting(view);
    },
  };
}
