/**
 * The debrief's replay: the table itself, stepped through the game. Each step is drawn by the
 * table's own parts (the draft with its points, intelligence and "what changed" news; the packages
 * on the table with the statements and the final vote), fed with the table's view-models for the
 * replayed view, so the replay looks like the game did and follows the table as it changes. Above
 * them: the step's moves with what the delegates said and why they moved, and the seats' figures.
 *
 * Controls: first, previous, play/pause, next, last and a slider, all taps (44 px targets), plus
 * arrow keys; a picker chooses whose eyes the table is seen through (a seat, or the public table;
 * online, only the reader's own seat and the public table, as its server sends no other seat's).
 */
import type { App } from '../../app.js';
import type { Debrief } from '../../../engine/debrief.js';
import type { RoleId } from '../../../engine/types.js';
import type { TableSnapshot } from '../../../protocol/port.js';
import type { ReplaySource } from '../../../engine/replay.js';
import { replayStepVm, type ReplayStepVm } from '../../view-models/replay.js';
import { draftText, offersVm, seatsVm, statusVm, voteVm } from '../../view-models/table.js';
import { decisionRulesVm } from '../../view-models/rules.js';
import { statementsVm } from '../../view-models/statements.js';
import { roleName } from '../../view-models/text.js';
import { h } from '../dom.js';
import type { TableContext, TableModel, TableState } from './table/context.js';
import { draftPanel } from './table/draft.js';
import { offersPanel } from './table/offers.js';
import { roleIdAmong } from '../../../engine/level/ids.js';

/** Milliseconds between steps while playing. */
const PLAY_STEP_MS = 1400;

/** The table's model for one replayed step: the same view-models the table screen uses, no moves allowed. */
function replayModel(snap: TableSnapshot, vm: ReplayStepVm, lang: string, t: App['t']): TableModel {
  const { level } = snap;
  const view = vm.view;
  return {
    snap: { ...snap, view, you: view.viewer },
    status: statusVm(level, view, { endsAt: null, paused: false }, Date.now(), lang, t),
    issues: draftText(level, view, lang),
    builder: null,
    offers: offersVm(level, view, lang).map((o) => ({ ...o, canAccept: false, canReject: false, canCounter: false })),
    hand: [],
    vote: voteVm(level, view, lang),
    seats: seatsVm(level, view, snap.seats, lang),
    tips: [],
    answerRules: null,
    decision: decisionRulesVm(level, view, lang, t),
    statements: statementsVm(level, view, lang),
  };
}

function stepLines(vm: ReplayStepVm, t: App['t']): HTMLElement {
  if (vm.lines.length === 0) return h('p', { class: 'muted' }, t('debrief.replayStart'));
  return h(
    'ul',
    { class: 'replay-moves' },
    ...vm.lines.map((l) =>
      h(
        'li',
        { style: l.colour ? `border-left-color:${l.colour}` : null },
        h('span', { class: 'move' }, l.text),
        l.statement ? h('q', { class: 'said' }, l.statement) : null,
        l.derived ? h('span', { class: 'derived' }, l.derived) : null,
        l.reason ? h('span', { class: 'reason' }, t('log.because', { reason: l.reason })) : null,
      ),
    ),
  );
}

function seatStrip(model: TableModel, t: App['t']): HTMLElement {
  return h(
    'ul',
    { class: 'replay-seats', testid: 'replay-seats' },
    ...model.seats.map((s) =>
      h(
        'li',
        { class: s.isTurn ? 'turn' : null, style: `border-top-color:${s.colour}`, testid: `replay-seat-${s.role}` },
        h('strong', {}, s.name, s.isYou ? ` (${t('table.you')})` : ''),
        h('span', {}, t('table.resources', { name: s.resourceName, value: s.resources })),
        h('span', {}, t('table.standing', { value: s.standing })),
      ),
    ),
  );
}

/** The replay panel; `load` gives the steps (a local table rebuilds them, an online one asks its server). */
export function replayPanel(app: App, snap: TableSnapshot, debrief: Debrief, load: () => ReplaySource | Promise<ReplaySource>): HTMLElement {
  const { t } = app;
  const lang = app.setup.language;
  const level = snap.level;
  let source: ReplaySource | null = null;
  let failure: string | null = null;
  let step = 0;
  let viewer: RoleId | null = snap.you;
  let timer: ReturnType<typeof setInterval> | null = null;
  const state: TableState = { choice: [], logOpen: false, tipOpen: false, message: '', banner: null, issueIndex: 0, targets: new Map(), reveals: [], showReveal: false, changes: [], statement: '', note: '' };

  const body = h('div', { class: 'replay-body', testid: 'replay-view' });
  const stepLabel = h('span', { class: 'replay-step', testid: 'replay-step', 'aria-live': 'polite' });
  const slider = h('input', { type: 'range', min: 0, max: debrief.history.length, value: 0, step: 1, testid: 'replay-slider', 'aria-label': t('debrief.slider') });
  const playButton = h('button', { type: 'button', testid: 'replay-play', 'aria-pressed': 'false' });

  const stop = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    playButton.textContent = `▶ ${t('debrief.play')}`;
    playButton.setAttribute('aria-pressed', 'false');
  };

  function render(): void {
    if (failure !== null || !source) {
      body.replaceChildren(h('p', { class: failure === null ? 'muted' : null }, failure ?? t('debrief.replayLoading')));
      return;
    }
    let vm: ReplayStepVm;
    try {
      vm = replayStepVm(level, debrief, source, step, viewer, lang, t);
    } catch {
      // Steps that do not fit this debrief (a damaged reply): say so rather than break the screen.
      failure = t('debrief.replayUnavailable');
      render();
      return;
    }
    step = vm.step;
    slider.value = String(step);
    slider.max = String(vm.steps);
    stepLabel.textContent = t('debrief.step', { step, steps: vm.steps });
    state.changes = [...vm.changes];
    state.reveals = [...vm.reveals];
    state.banner = vm.banner;
    const model = replayModel(snap, vm, lang, t);
    const ctx: TableContext = { app, t, lang, state, model, act: () => {}, render, packageOf: () => ({}), statement: () => ({}), readOnly: true };
    const offers = offersPanel(ctx);
    const status = [model.status.round, model.status.turn].filter(Boolean).join(' · ');
    body.replaceChildren(
      h('section', { class: 'replay-now', testid: 'replay-now', 'aria-label': t('debrief.thisStep') }, h('p', { class: 'replay-status' }, status), stepLines(vm, t)),
      seatStrip(model, t),
      h('div', { class: 'replay-table' }, draftPanel(ctx), offers),
    );
  }

  const go = (k: number): void => {
    step = Math.max(0, Math.min(debrief.history.length, k));
    render();
  };
  const play = (): void => {
    if (timer !== null) return stop();
    if (step >= debrief.history.length) go(0);
    playButton.textContent = `❚❚ ${t('debrief.pause')}`;
    playButton.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (step >= debrief.history.length || !body.isConnected) return stop();
      go(step + 1);
    }, app.fast ? 60 : PLAY_STEP_MS);
  };
  playButton.addEventListener('click', play);
  slider.addEventListener('input', () => (stop(), go(Number(slider.value))));
  stop();

  const seen = h('select', { testid: 'replay-viewer', 'aria-label': t('debrief.seenBy'), disabled: true });
  // The seats this replay may be seen as, once its steps are here (online: yours and the public table).
  const fillViewers = (viewers: readonly (RoleId | null)[]): void => {
    if (!viewers.includes(viewer)) viewer = viewers[0] ?? null;
    seen.replaceChildren(
      ...level.roles.filter((r) => viewers.includes(r.id)).map((r) => h('option', { value: r.id, selected: r.id === viewer }, r.id === snap.you ? `${roleName(level, r.id, lang)} (${t('table.you')})` : roleName(level, r.id, lang))),
      h('option', { value: '', selected: viewer === null }, t('debrief.publicTable')),
    );
    seen.removeAttribute('disabled');
  };
  seen.addEventListener('change', () => ((viewer = roleIdAmong(level.roles.map((r) => r.id), seen.value)), render()));

  const button = (testid: string, label: string, glyph: string, to: () => number): HTMLElement =>
    h('button', { type: 'button', class: 'secondary', testid, 'aria-label': label, title: label, onclick: () => (stop(), go(to())) }, glyph);
  const controls = h(
    'div',
    { class: 'replay-controls' },
    button('replay-first', t('debrief.first'), '◀◀', () => 0),
    button('replay-prev', t('debrief.prev'), '◀', () => step - 1),
    playButton,
    button('replay-next', t('debrief.next'), '▶', () => step + 1),
    button('replay-last', t('debrief.last'), '▶▶', () => debrief.history.length),
    stepLabel,
  );
  const panel = h(
    'section',
    { class: 'panel replay', 'aria-labelledby': 'replay-heading', testid: 'replay' },
    h('div', { class: 'replay-head' }, h('h2', { id: 'replay-heading' }, t('debrief.replay')), h('label', { class: 'replay-seen' }, `${t('debrief.seenBy')} `, seen)),
    h('div', { class: 'replay-bar' }, controls, slider),
    body,
  );
  // Arrow keys step the replay while focus is inside it (not while the slider has it: it steps itself).
  panel.addEventListener('keydown', (e) => {
    if (e.target === slider || e.target === seen) return;
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    stop();
    go(step + (e.key === 'ArrowRight' ? 1 : -1));
  });
  app.cleanup.push(stop);
  render();
  void (async () => {
    try {
      source = await load();
      fillViewers(source.viewers);
    } catch (error) {
      failure = error instanceof Error && error.message ? error.message : t('debrief.replayUnavailable');
    }
    render();
  })();
  return panel;
}
