/**
 * The level studio: pick a shipped level as a template or open a file, edit the YAML (or the forms
 * for roles and cards, kept in sync), see errors located as you type from the engine's validator
 * (the one `npm run level:validate` runs), preview what players see, check the balance with bots
 * in a Web Worker, play-test solo, save to a file. The text is kept in localStorage across reloads.
 */
import { parseEvidenceText } from '../../engine/evidence/load.js';
import type { BalanceReport } from '../../engine/balance/check.js';
import type { Level } from '../../engine/level/schema.js';
import { formatPath, validateLevelText, type LevelError } from '../../engine/level/validate.js';
import { levelIssueText } from '../../protocol/level-words.js';
import evidenceText from '../../../seeds/evidence.yaml?raw';
import { keepOnDevice } from '../level/device.js';
import { keepForKit, keptKitUrl } from '../level/kit-level.js';
import { balanceCharts } from './charts.js';
import { createEditor } from './editor.js';
import { addCard, cardForm, el, rolesForm, setRoleNumber } from './forms.js';
import './studio.css';

const STORE = 'ministerial.studio.text';
const templates = import.meta.glob('/levels/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const evidence = parseEvidenceText(evidenceText);
const evidenceIds = evidence.ok ? evidence.ids : undefined;

const root = document.getElementById('studio') as HTMLElement;
const code = el('div', { class: 'code', 'data-testid': 'studio-text' });
const status = el('div', { role: 'status', 'data-testid': 'studio-status' });
const errorList = el('ol', { class: 'errors', 'data-testid': 'studio-errors' });
const forms = el('div', { 'data-testid': 'studio-forms' });
const preview = el('div', { class: 'preview', 'data-testid': 'studio-preview' });
const balanceOut = el('div', {});
const progress = el('progress', { max: '1', value: '0', 'data-testid': 'studio-progress', hidden: '' });
let current: Level | null = null;

/** Validate the text, then update the status, the error list, the forms and the preview; the editor shows the errors returned. */
function render(text: string): readonly LevelError[] {
  localStorage.setItem(STORE, text);
  const result = validateLevelText(text, { evidenceIds, fileName: 'studio.yaml' });
  errorList.replaceChildren();
  if (result.ok) {
    status.textContent = `✓ Valid: ${result.level.roles.length} roles, ${result.level.issues.length} issues, ${result.level.cards.length} cards.`;
    status.className = 'ok';
    const changed = JSON.stringify(result.level) !== JSON.stringify(current);
    current = result.level;
    if (changed) renderForms(result.level);
    return [];
  } else {
    status.textContent = `✗ ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}: the first is on line ${result.errors[0]?.line}.`;
    status.className = 'bad';
    for (const e of result.errors.slice(0, 30)) {
      const item = el('li', { 'data-testid': 'studio-error', 'data-line': String(e.line) }, el('button', { type: 'button', class: 'link' }, `Line ${e.line}, column ${e.column}`), ` ${formatPath(e.path)}: ${levelIssueText(e)}`);
      item.querySelector('button')?.addEventListener('click', () => goTo(e));
      errorList.append(item);
    }
    return result.errors;
  }
}

const editor = createEditor(code, localStorage.getItem(STORE) ?? templates['/levels/tutorial.yaml'] ?? '', render);
// For browser tests and the devtools console: read or replace the text as the forms do.
(window as unknown as { studio: typeof editor }).studio = editor;

function goTo(e: LevelError): void {
  const doc = editor.view.state.doc;
  const line = doc.line(Math.min(Math.max(e.line, 1), doc.lines));
  const at = Math.min(line.from + e.column - 1, line.to);
  editor.view.dispatch({ selection: { anchor: at, head: line.to }, scrollIntoView: true });
  editor.view.focus();
}

function setText(text: string): void {
  editor.setText(text);
}

function renderForms(level: Level): void {
  forms.replaceChildren(
    el('h2', {}, 'Roles: values per option and no-deal adjustment'),
    rolesForm(level, (role, key, value, option) => setText(setRoleNumber(editor.text(), role, key, value, option))),
    el('h2', {}, 'Add a card'),
    cardForm(level, (card) => setText(addCard(editor.text(), card))),
  );
  const lang = level.languages[0] ?? 'en';
  const t = (x: Record<string, string> | undefined) => (x ? (x[lang] ?? Object.values(x)[0] ?? '') : '');
  const role = level.roles.find((r) => r.playable) ?? level.roles[0];
  const card = level.cards.at(-1);
  preview.replaceChildren(
    el('h2', {}, 'What players see'),
    el('h3', {}, t(level.title)),
    el('p', {}, t(level.scenario)),
    ...(role ? [el('div', { class: 'pcard' }, el('h4', {}, `Briefing: ${t(role.name)}`), el('p', {}, t(role.brief)), el('p', { class: 'muted' }, t(role.objectives)))] : []),
    el('h4', {}, 'The draft text (first options)'),
    ...level.issues.map((i) => el('p', { class: 'clause' }, `[${t(i.options[0]?.clause)} / ${t(i.options.at(-1)?.clause)}]`)),
    ...(card ? [el('div', { class: 'pcard card' }, el('h4', {}, `${t(card.name)} · cost ${card.cost}`), el('p', {}, t(card.text)))] : []),
  );
}

let worker: Worker | null = null;
function runBalance(games: number): void {
  worker?.terminate();
  worker = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });
  progress.hidden = false;
  progress.value = 0;
  balanceOut.replaceChildren(el('p', {}, 'Bots are playing…'));
  worker.onmessage = (ev: MessageEvent<{ type: 'progress'; done: number; total: number } | { type: 'done'; report: BalanceReport } | { type: 'error'; message: string }>) => {
    const m = ev.data;
    if (m.type === 'progress') progress.value = m.done / m.total;
    else if (m.type === 'error') balanceOut.replaceChildren(el('p', { class: 'bad' }, m.message));
    else {
      progress.value = 1;
      balanceOut.replaceChildren(balanceCharts(m.report));
      worker?.terminate();
      worker = null;
    }
  };
  worker.postMessage({ text: editor.text(), games, seed: 1 });
}

function fileName(): string {
  return `${current?.id ?? 'my-level'}.yaml`;
}

function download(): void {
  const url = URL.createObjectURL(new Blob([editor.text()], { type: 'text/yaml' }));
  const a = el('a', { href: url, download: fileName() });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function playTest(): void {
  if (!current) return void alert('Fix the errors first: a level with errors cannot be played.');
  keepOnDevice(`studio-${fileName()}`, editor.text());
  window.open(`/?level=${encodeURIComponent(current.id)}&mode=solo`, '_blank');
}

/** The teacher's kit, rendered from the text being edited (handed over in localStorage: level/kit-level.ts). */
function openKit(): void {
  if (!current) return void alert('Fix the errors first: the kit is made from a valid level.');
  keepForKit(fileName(), editor.text());
  window.open(`/${keptKitUrl(current.id)}`, '_blank');
}

const template = el('select', { 'data-testid': 'studio-template', 'aria-label': 'Start from a shipped level' }, el('option', { value: '' }, 'Start from a shipped level…'), ...Object.keys(templates).map((f) => el('option', { value: f }, f.replace('/levels/', ''))));
template.addEventListener('change', () => {
  const text = templates[template.value];
  if (text !== undefined && (editor.text().trim() === '' || confirm('Replace the text in the editor with this template?'))) setText(text);
  template.value = '';
});
const open = el('input', { type: 'file', accept: '.yaml,.yml,.json', 'data-testid': 'studio-open', 'aria-label': 'Open a level file' });
open.addEventListener('change', async () => {
  const f = open.files?.[0];
  if (f) setText(await f.text());
});
const games = el('select', { 'aria-label': 'Bot games', 'data-testid': 'studio-games' }, ...[200, 1000, 4000].map((n) => el('option', { value: String(n) }, `${n} games`)));
const balanceBtn = el('button', { type: 'button', 'data-testid': 'studio-balance' }, 'Check the balance');
balanceBtn.addEventListener('click', () => runBalance(Number(games.value)));
const playBtn = el('button', { type: 'button', 'data-testid': 'studio-play' }, 'Play-test solo');
playBtn.addEventListener('click', playTest);
const saveBtn = el('button', { type: 'button', 'data-testid': 'studio-save' }, 'Save to a file');
saveBtn.addEventListener('click', download);
const kitBtn = el('button', { type: 'button', 'data-testid': 'studio-kit' }, "Teacher's kit");
kitBtn.addEventListener('click', openKit);


root.replaceChildren(
  el('header', {}, el('h1', {}, 'Level studio'), template, el('label', { class: 'file' }, 'Open a file ', open), saveBtn, playBtn, kitBtn),
  el('div', { class: 'layout' }, el('section', { class: 'edit' }, status, code, errorList), el('section', { class: 'side' }, forms, preview)),
  el('section', { class: 'balance' }, el('h2', {}, 'Balance'), el('div', { class: 'row' }, games, balanceBtn, progress), balanceOut),
);
