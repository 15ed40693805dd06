/**
 * The debrief slides, for the projector: the five phases in order, with the values revealed issue by
 * issue, the no-deal values by round, the zone of agreement, the bots' typical outcomes and the real
 * timeline. Arrow keys, Page Up/Down and space move; F toggles full screen; `#slide=N` keeps the place.
 */
import { DEBRIEF_PHASES } from '../../../engine/level/teaching-schema.js';
import { h } from '../../ui/dom.js';
import { lt, type KitContext } from './context.js';
import { phaseQuestions } from './debrief.js';
import { kitLink } from './links.js';
import { timelineList } from './note.js';
import { simulationBlock } from './simulation.js';
import { noDealTable, valuesTable } from './tables.js';

interface Slide {
  readonly kicker: string;
  readonly title: string;
  readonly body: () => (Node | null)[];
}

function questionList(items: readonly string[]): HTMLElement {
  return h('ul', { class: 'slide-questions' }, ...items.map((q) => h('li', {}, q)));
}

export function slidesOf(ctx: KitContext): Slide[] {
  const teaching = ctx.level.teaching;
  const phase = (p: (typeof DEBRIEF_PHASES)[number]): string => ctx.t(`debrief.phase.${p}`);
  const slides: Slide[] = [
    { kicker: ctx.t('slides.titleSub', { year: ctx.level.year }), title: lt(ctx, ctx.level.title), body: () => [h('p', {}, lt(ctx, ctx.level.debrief.summary))] },
  ];
  if (teaching) slides.push({ kicker: '', title: ctx.t('slides.objectives'), body: () => [h('ol', {}, ...teaching.objectives.map((o) => h('li', {}, lt(ctx, o))))] });
  slides.push({ kicker: phase('feelings'), title: phase('feelings'), body: () => [questionList(phaseQuestions(ctx, 'feelings'))] });
  for (const issue of ctx.level.issues) {
    slides.push({ kicker: phase('values'), title: ctx.t('slides.valuesIssue', { issue: lt(ctx, issue.name) }), body: () => [valuesTable(ctx, { issues: [issue.id] })] });
  }
  slides.push({ kicker: phase('values'), title: ctx.t('slides.noDeal'), body: () => [noDealTable(ctx)] });
  slides.push({
    kicker: phase('values'),
    title: ctx.t('slides.zone'),
    body: () => [h('ul', {}, ...ctx.key.zones.map((z) => h('li', {}, ctx.t('slides.zoneLine', { round: z.round, voters: z.voters, count: ctx.key.packageCount })))), questionList(phaseQuestions(ctx, 'values'))],
  });
  slides.push({ kicker: phase('outcomes'), title: phase('outcomes'), body: () => [questionList([...ctx.level.debrief.questions.map((q) => lt(ctx, q)), ...phaseQuestions(ctx, 'outcomes')])] });
  slides.push({ kicker: phase('outcomes'), title: ctx.t('slides.bots'), body: () => [simulationBlock(ctx, true)] });
  if (teaching) {
    // Two slides, so that each moment can be read from the back of the room.
    const half = Math.ceil(teaching.timeline.length / 2);
    slides.push({ kicker: phase('timeline'), title: ctx.t('slides.timeline'), body: () => [timelineList(ctx, false, 0, half)] });
    slides.push({ kicker: phase('timeline'), title: ctx.t('slides.timeline'), body: () => [timelineList(ctx, false, half)] });
    slides.push({ kicker: phase('timeline'), title: phase('timeline'), body: () => [questionList(phaseQuestions(ctx, 'timeline'))] });
  }
  slides.push({ kicker: phase('transfer'), title: phase('transfer'), body: () => [questionList(phaseQuestions(ctx, 'transfer'))] });
  slides.push({ kicker: '', title: ctx.t('slides.close'), body: () => [h('p', {}, ctx.t('debrief.reflectionPrompt'))] });
  return slides;
}

export function slidesView(ctx: KitContext): HTMLElement {
  const slides = slidesOf(ctx);
  let index = Math.min(slides.length - 1, Math.max(0, Number(/slide=(\d+)/.exec(location.hash)?.[1] ?? 1) - 1));
  const stage = h('div', { class: 'slide', testid: 'slide', 'aria-live': 'polite' });
  const counter = h('span', { class: 'counter', testid: 'slide-counter' });
  const prev = h('button', { type: 'button', class: 'secondary', testid: 'slide-prev' }, ctx.t('slides.previous'));
  const next = h('button', { type: 'button', testid: 'slide-next' }, ctx.t('slides.next'));
  const full = h('button', { type: 'button', class: 'secondary', testid: 'slide-fullscreen' }, ctx.t('slides.fullscreen'));
  const leave = h('a', { class: 'button secondary', href: kitLink(ctx, 'debrief') }, ctx.t('slides.exit'));
  const deck = h(
    'section',
    { class: 'deck', testid: 'kit-slides', 'aria-roledescription': 'slides', 'aria-label': ctx.t('slides.label'), tabindex: -1 },
    stage,
    h('nav', { class: 'deck-controls', 'aria-label': ctx.t('slides.label') }, prev, counter, next, full, leave, h('span', { class: 'muted keys' }, ctx.t('slides.keys'))),
  );
  const show = (i: number): void => {
    index = Math.min(slides.length - 1, Math.max(0, i));
    const slide = slides[index] as Slide;
    stage.replaceChildren(slide.kicker ? h('p', { class: 'kicker' }, slide.kicker) : '', h('h1', {}, slide.title), ...slide.body().filter((n): n is Node => n !== null));
    counter.textContent = ctx.t('slides.counter', { n: index + 1, total: slides.length });
    prev.disabled = index === 0;
    next.disabled = index === slides.length - 1;
    history.replaceState(null, '', `#slide=${index + 1}`);
  };
  const toggleFull = (): void => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void deck.requestFullscreen?.().catch(() => undefined);
  };
  prev.addEventListener('click', () => show(index - 1));
  next.addEventListener('click', () => show(index + 1));
  full.addEventListener('click', toggleFull);
  const onKey = (e: KeyboardEvent): void => {
    if (e.target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) return;
    if (['ArrowRight', 'PageDown', ' '].includes(e.key)) show(index + 1);
    else if (['ArrowLeft', 'PageUp'].includes(e.key)) show(index - 1);
    else if (e.key === 'Home') show(0);
    else if (e.key === 'End') show(slides.length - 1);
    else if (e.key === 'f' || e.key === 'F') toggleFull();
    else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  show(index);
  return deck;
}
