/**
 * The form that opens a workshop session: a level from the server's folder (or the trainer's own
 * file), tables, seats, turn timer, bots, automatic seating and the session's language. Level files
 * the server could not read are listed under the form, with their first errors.
 */
import type { TFunction } from 'i18next';
import type { CreateSessionResponse } from '../../protocol/messages.js';
import { LANGUAGE_NAMES, LANGUAGES } from '../../protocol/words.js';
import { httpErrorText } from '../../protocol/server-words.js';
import { i18next } from '../i18n/setup.js';
import { el } from './render.js';

interface LevelInfo {
  id: string;
  title: string;
  playableRoles: number;
  turnSeconds: number;
}

interface LevelErrorOut {
  line: number;
  column: number;
  path: string;
  text: string;
}
type LevelProblem = { file: string; code: string; text?: string; errorCount?: number; errors?: LevelErrorOut[] };

function field(label: string, input: HTMLElement, id: string): HTMLElement {
  input.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), input);
}

function errorItems(errors: readonly LevelErrorOut[]): HTMLElement {
  return el('ol', { class: 'level-errors', 'data-testid': 'level-errors' }, ...errors.map((e) => el('li', {}, `${e.line}:${e.column}  ${e.path}  ${e.text}`)));
}

/** Shows the form in `root`; once the server has opened the session, hands its id and secret to `opened`. */
export async function createForm(root: HTMLElement, t: TFunction, opened: (sessionId: string, secret: string) => void): Promise<void> {
  document.title = `${t('create.title')} · Ministerial`;
  let levels: LevelInfo[] = [];
  const level = el('select');
  const problems = el('details', { class: 'level-problems', 'data-testid': 'level-problems', hidden: '' });
  // The server watches its levels folder: a file dropped there shows up here without a reload.
  const refresh = async (): Promise<void> => {
    try {
      const [list, found] = await Promise.all([fetch('/api/levels').then((r) => r.json()), fetch('/api/levels/problems').then((r) => r.json())]);
      levels = list as LevelInfo[];
      const chosen = level.value;
      level.replaceChildren(...levels.map((l) => Object.assign(el('option', { value: l.id }), { textContent: l.title })));
      level.value = levels.some((l) => l.id === chosen) ? chosen : levels.some((l) => l.id === 'tutorial') ? 'tutorial' : (levels[0]?.id ?? '');
      const left = found as LevelProblem[];
      problems.hidden = left.length === 0;
      problems.replaceChildren(
        el('summary', {}, t('create.problems', { count: left.length })),
        ...left.map((p) => el('div', {}, el('strong', {}, p.file), p.errors ? errorItems(p.errors.slice(0, 3)) : el('p', {}, p.text ?? ''))),
      );
    } catch {
      // The server is restarting: the next refresh will do.
    }
  };
  await refresh();
  const poll = setInterval(() => void (document.hidden ? undefined : refresh()), 5000);
  const num = (value: number, min: number, max: number): HTMLInputElement => Object.assign(el('input', { type: 'number', min: String(min), max: String(max) }), { value: String(value) });
  const tables = num(4, 1, 100);
  const seats = num(3, 1, 8);
  const timer = num(90, 0, 3600);
  const bots = Object.assign(el('input', { type: 'checkbox', id: 'f-bots' }), { checked: true });
  const auto = Object.assign(el('input', { type: 'checkbox', id: 'f-auto' }), { checked: true });
  const ownFile = el('input', { type: 'file', accept: '.yaml,.yml,.json', 'data-testid': 'own-level' }) as HTMLInputElement;
  // The session's language: the default for its participants and projector; the console's own is the start.
  const language = el('select', { id: 'f-language', 'data-testid': 'create-language' }) as HTMLSelectElement;
  for (const code of LANGUAGES) language.append(Object.assign(el('option', { value: code }, `${code.toUpperCase()} · ${LANGUAGE_NAMES[code]}`), { selected: code === i18next.language }));
  const notice = el('p', { class: 'notice', role: 'alert' });
  const syncLevel = (): void => {
    const info = levels.find((l) => l.id === level.value);
    if (info) {
      seats.max = String(info.playableRoles);
      seats.value = String(Math.min(Number(seats.value), info.playableRoles));
      timer.value = String(info.turnSeconds);
    }
  };
  level.addEventListener('change', syncLevel);
  ownFile.addEventListener('change', () => {
    level.disabled = (ownFile.files?.length ?? 0) > 0;
    seats.max = '8';
  });
  syncLevel();
  const form = el(
    'form',
    { class: 'panel', 'aria-labelledby': 'create-title' },
    el('h1', { id: 'create-title' }, t('create.title')),
    field(t('create.level'), level, 'f-level'),
    field(t('create.ownLevel'), ownFile, 'f-own-level'),
    el('p', { class: 'muted' }, t('create.ownLevelHelp')),
    field(t('create.tables'), tables, 'f-tables'),
    field(t('create.seats'), seats, 'f-seats'),
    el('p', { class: 'muted' }, t('create.seatsHelp')),
    field(t('create.timer'), timer, 'f-timer'),
    field(t('console.language'), language, 'f-language'),
    el('div', { class: 'check' }, bots, el('label', { for: 'f-bots' }, t('create.bots'))),
    el('div', { class: 'check' }, auto, el('label', { for: 'f-auto' }, t('create.autoAssign'))),
    el('button', { type: 'submit' }, t('create.submit')),
    notice,
    problems,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const settings = { tables: Number(tables.value), seatsPerTable: Number(seats.value), turnSeconds: Number(timer.value), bots: bots.checked, autoAssign: auto.checked, language: language.value };
      const file = ownFile.files?.[0];
      const res = file
        ? await fetch('/api/sessions/own-level', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ settings, levelText: await file.text() }) })
        : await fetch('/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ level: level.value, ...settings }) });
      const body = (await res.json().catch(() => ({ error: String(res.status) }))) as CreateSessionResponse & { error?: string; levelErrors?: LevelErrorOut[] };
      if (!res.ok) {
        notice.replaceChildren(t('create.failed', { reason: httpErrorText(body, i18next.language, String(res.status)) }), ...(body.levelErrors ? [errorItems(body.levelErrors)] : []));
        return;
      }
      clearInterval(poll);
      location.hash = `session=${body.sessionId}&secret=${body.secret}`;
      opened(body.sessionId, body.secret);
    })();
  });
  root.replaceChildren(form);
  level.focus();
}
