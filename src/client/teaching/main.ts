/**
 * The teacher's kit (`teacher.html?level=<id>&view=<view>[&role=<id>]`): the teaching note, run
 * sheets, debrief guide and slides, role packs, quiz, glossary and reading list of any level in
 * the catalog (shipped or kept on this device), generated from the level file and the engine.
 * Each view is its own page load, so the browser's print and back button work as teachers expect.
 */
import { chooseLanguage } from '../i18n/choice.js';
import type { TFunction } from 'i18next';
import { compileLevel } from '../../engine/level/model.js';
import type { Level } from '../../engine/level/schema.js';
import { loadCatalog, parseLevel, type LevelEntry } from '../level/catalog.js';
import { keptForKit } from '../level/kit-level.js';
import type { EvidenceBase } from '../../engine/evidence/schema.js';
import { h } from '../ui/dom.js';
import { answerKey } from './answer-key.js';
import type { BotOutcomes } from './bot-outcomes.js';
import glossaryText from './glossary.yaml?raw';
import { teachingT } from './i18n.js';
import { parseGlossary, parseSourceNotes } from './kit-data.js';
import type { OutcomesRequest } from './simulation.worker.js';
import sourcesText from './sources.yaml?raw';
import { SIMULATION_GAMES, SIMULATION_SEED, lt, type KitContext } from './views/context.js';
import { debriefView } from './views/debrief.js';
import { glossaryView, readingView } from './views/glossary.js';
import { kitLink, VIEWS, type View } from './views/links.js';
import { noteView } from './views/note.js';
import { quizView } from './views/quiz.js';
import { rolesView } from './views/roles.js';
import { runView } from './views/run.js';
import { slidesView } from './views/slides.js';
import './teaching.css';

const root = document.getElementById('kit') as HTMLElement;

/** Bot games in a worker (the page stays responsive); one run per page, shared by every view asking. */
function outcomesRunner(level: Level): KitContext['botOutcomes'] {
  let running: Promise<BotOutcomes> | null = null;
  const listeners: ((done: number, games: number) => void)[] = [];
  return (onProgress) => {
    listeners.push(onProgress);
    running ??= new Promise<BotOutcomes>((resolve, reject) => {
      const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<{ type: 'progress'; done: number; games: number } | { type: 'done'; result: BotOutcomes } | { type: 'error'; message: string }>) => {
        const msg = e.data;
        if (msg.type === 'progress') for (const l of listeners) l(msg.done, msg.games);
        else {
          worker.terminate();
          if (msg.type === 'done') resolve(msg.result);
          else reject(new Error(msg.message));
        }
      };
      worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      const request: OutcomesRequest = { level, games: SIMULATION_GAMES, seed: SIMULATION_SEED };
      worker.postMessage(request);
    });
    return running;
  };
}

/** The shared evidence with the level's own facts beside it, so the kit cites them with their sources. */
function withOwnEvidence(base: EvidenceBase | null, own: Level['ownEvidence']): EvidenceBase | null {
  if (!own) return base;
  return {
    languages: base?.languages ?? [],
    sources: [...(base?.sources ?? []), ...own.sources],
    themes: { ...base?.themes, ...own.themes },
    facts: [...(base?.facts ?? []), ...own.facts],
  };
}

/** The level handed over by the studio or the console (`from=kept`), validated here like a device level. */
async function keptEntry(evidence: EvidenceBase | null): Promise<LevelEntry | undefined> {
  const kept = keptForKit();
  if (!kept) return undefined;
  return parseLevel(`kept:${kept.file}`, kept.text, evidence ? new Set(evidence.facts.map((f) => f.id)) : undefined);
}

function header(ctx: KitContext, levels: readonly { id: string; title: string }[], view: View): HTMLElement {
  const select = h('select', { id: 'kit-level', testid: 'kit-level' }, ...levels.map((l) => h('option', { value: l.id, selected: l.id === ctx.level.id }, l.title)));
  const kept = ctx.params.get('from') === 'kept' ? ctx.level.id : null;
  select.addEventListener('change', () => location.assign(`?${new URLSearchParams({ level: select.value, view, ...(select.value === kept ? { from: 'kept' } : {}) }).toString()}`));
  const print = h('button', { type: 'button', class: 'secondary', testid: 'kit-print' }, ctx.t('kit.print'));
  print.addEventListener('click', () => window.print());
  return h(
    'header',
    { class: 'kit-header no-print' },
    h('div', { class: 'kit-bar' }, h('a', { href: './', class: 'back' }, `← ${ctx.t('kit.backToGame')}`), h('strong', { class: 'kit-title' }, ctx.t('kit.title')), h('label', { for: 'kit-level' }, ctx.t('kit.level')), select, print),
    h('nav', { 'aria-label': ctx.t('nav.label') }, h('ul', {}, ...VIEWS.map((v) => h('li', {}, h('a', { href: kitLink(ctx, v), 'aria-current': v === view ? 'page' : null, testid: `nav-${v}` }, ctx.t(`nav.${v}`)))))),
  );
}

function render(ctx: KitContext, view: View): HTMLElement {
  switch (view) {
    case 'note':
      return noteView(ctx);
    case 'run':
      return runView(ctx);
    case 'debrief':
      return debriefView(ctx);
    case 'slides':
      return slidesView(ctx);
    case 'roles':
      return rolesView(ctx);
    case 'quiz':
      return quizView(ctx);
    case 'glossary':
      return glossaryView(ctx);
    case 'reading':
      return readingView(ctx);
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  // The kit speaks the teacher's language (`?lang=`, remembered, or the browser's); level texts follow where the level has them.
  const language = chooseLanguage(params).language;
  const t: TFunction = await teachingT(language);
  const catalog = await loadCatalog();
  const kept = params.get('from') === 'kept' ? await keptEntry(catalog.evidence) : undefined;
  const catalogued = catalog.levels.flatMap((l) => (l.ok ? [l] : []));
  // The handed-over level is the one shown, even where a catalogued level has its id.
  const usable = kept?.ok ? [kept, ...catalogued.filter((l) => l.id !== kept.id)] : catalogued;
  const wanted = params.get('level');
  const entry = (kept?.ok ? kept : undefined) ?? usable.find((l) => l.id === wanted) ?? usable[0];
  if (!entry) {
    root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, t('kit.noLevels')));
    return;
  }
  const lang = language;
  const model = compileLevel(entry.level);
  const ctx: KitContext = {
    t,
    lang,
    level: entry.level,
    model,
    key: answerKey(model),
    evidence: withOwnEvidence(catalog.evidence, entry.level.ownEvidence),
    glossary: parseGlossary(glossaryText),
    sourceNotes: parseSourceNotes(sourcesText),
    params,
    botOutcomes: outcomesRunner(entry.level),
  };
  const view = (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'note';
  document.title = `${t(`nav.${view}`)} · ${lt(ctx, entry.level.title)} · ${t('kit.title')}`;
  const notices: HTMLElement[] = [];
  if (kept && !kept.ok) notices.push(h('p', { class: 'notice', role: 'alert', testid: 'kit-notice' }, t('kit.levelBroken'), h('ul', {}, ...kept.errors.slice(0, 5).map((e) => h('li', {}, e)))));
  else if (wanted !== null && wanted !== entry.id) {
    const broken = catalog.levels.find((l) => l.id === wanted && !l.ok);
    notices.push(h('p', { class: 'notice', role: 'alert', testid: 'kit-notice' }, broken ? t('kit.levelBroken') : t('kit.unknownLevel', { id: wanted, shown: entry.id })));
  }
  if (!entry.level.teaching) notices.push(h('p', { class: 'notice', testid: 'kit-notice' }, t('kit.noTeaching')));
  const body = render(ctx, view);
  if (view === 'slides') {
    document.body.classList.add('slides-mode');
    root.replaceChildren(body);
    (body as HTMLElement).focus();
    return;
  }
  const levels = usable.map((l) => ({ id: l.id, title: `${lt(ctx, l.level.title)} (${l.level.year})` }));
  root.replaceChildren(header(ctx, levels, view), h('main', { class: 'kit-main', id: 'kit-main' }, ...notices, view === 'note' ? h('p', { class: 'muted no-print' }, t('kit.notSecret')) : null, body));
}

main().catch((error: unknown) => {
  root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, error instanceof Error ? error.message : String(error)));
  console.error(error);
});
