/**
 * The debrief: every seat's reasons (bots' included), the level's questions, and a step-by-step
 * replay of the game rebuilt from its event log (local tables hold the seed and level it needs).
 */
import type { App } from '../../app.js';
import { LocalTable } from '../../local/local-table.js';
import { questionsVm, reasonsVm, replayStep } from '../../view-models/debrief.js';
import { playerNotesVm } from '../../view-models/player-notes.js';
import { proposalOnTable, seatsVm } from '../../view-models/table.js';
import { localText, roleName } from '../../view-models/text.js';
import { clear, focusFirst, h } from '../dom.js';
import { menuScreen } from './menu.js';
import { explainTerms } from '../glossary/term-marks.js';
import { outcomeScreen } from './outcome.js';

export function debriefScreen(app: App): void {
  const port = app.port;
  const snap = port?.snapshot();
  if (!port || !snap?.debrief) throw new Error('the debrief needs a finished game');
  const { t } = app;
  const lang = app.setup.language;
  const debrief = snap.debrief;
  const reasons = reasonsVm(snap.level, debrief, lang, t);
  const questions = questionsVm(snap.level, snap.you, lang);
  app.host?.clear();

  const replayBox = h('div', { testid: 'replay-view', 'aria-live': 'polite' });
  let step = 0;
  const steps = debrief.history.length;
  const stepLabel = h('span', { testid: 'replay-step' });
  const renderStep = (): void => {
    clear(replayBox);
    stepLabel.textContent = t('debrief.step', { step, steps });
    if (!(port instanceof LocalTable)) {
      replayBox.append(h('p', {}, t('debrief.replayUnavailable')));
      return;
    }
    const vm = replayStep(port.model, port.seed, debrief, step, null, lang, t);
    const proposal = proposalOnTable(vm.view);
    const parts = [
      h('p', { class: 'muted' }, vm.view.phase === 'negotiating' ? t('table.round', { round: vm.view.round, rounds: vm.view.rounds }) : vm.view.phase === 'briefing' ? t('table.waiting') : t('table.finalDecision')),
      h('ul', {}, ...vm.lastLines.map((l) => h('li', {}, l.text, l.reason ? h('span', { class: 'reason' }, t('log.because', { reason: l.reason })) : null))),
      proposal ? h('p', {}, `${t('table.offerBy', { id: proposal.id, role: roleName(snap.level, proposal.by, lang) })}: `, snap.level.issues.map((issue, i) => `${localText(issue.name, lang)}: ${localText(issue.options[proposal.package[i] ?? 0]?.label, lang)}`).join('; ')) : null,
      h('p', { class: 'muted' }, seatsVm(snap.level, vm.view, snap.seats, lang).map((s) => `${s.name}: ${t('table.resources', { name: s.resourceName, value: s.resources })}, ${t('table.standing', { value: s.standing })}`).join(' · ')),
      ];
    replayBox.append(...(parts.filter((x) => x !== null) as HTMLElement[]));
  };
  const go = (k: number): void => {
    step = Math.max(0, Math.min(steps, k));
    renderStep();
  };
  const controls = h(
    'div',
    { class: 'replay-controls' },
    h('button', { type: 'button', class: 'secondary', testid: 'replay-first', onclick: () => go(0) }, `◀◀ ${t('debrief.first')}`),
    h('button', { type: 'button', class: 'secondary', testid: 'replay-prev', onclick: () => go(step - 1) }, `◀ ${t('debrief.prev')}`),
    h('button', { type: 'button', testid: 'replay-next', onclick: () => go(step + 1) }, `${t('debrief.next')} ▶`),
    h('button', { type: 'button', class: 'secondary', testid: 'replay-last', onclick: () => go(steps) }, `${t('debrief.last')} ▶▶`),
    stepLabel,
  );
  // Arrow keys step the replay while focus is inside it.
  const replay = h('section', { class: 'panel', 'aria-labelledby': 'replay-heading', testid: 'replay' }, h('h2', { id: 'replay-heading' }, t('debrief.replay')), controls, replayBox);
  replay.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight') go(step + 1);
    else if (e.key === 'ArrowLeft') go(step - 1);
  });

  // The players' own notes ("why I moved"), apart from the bots' reasons so both sit side by side.
  const notes = playerNotesVm(snap.level, debrief, lang, t);
  const notesBlock = h(
    'section',
    { class: 'player-notes', testid: 'player-notes', 'aria-labelledby': 'player-notes-heading' },
    h('h2', { id: 'player-notes-heading' }, t('debrief.notes')),
    h('p', { class: 'muted' }, notes.length ? t('debrief.notesIntro') : t('debrief.noNotes')),
    ...notes.map((r) => h('div', { testid: `notes-${r.role}` }, h('h3', {}, r.name), h('ul', {}, ...r.notes.map((n) => h('li', {}, h('span', { class: 'muted' }, `${t('table.round', { round: n.round, rounds: snap.view.rounds })} · ${n.move}`), h('br'), h('q', { class: 'player-note' }, n.note)))))),
  );
  const left = h(
    'section',
    { class: 'panel', testid: 'debrief' },
    h('h1', {}, t('debrief.heading')),
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'secondary', testid: 'to-outcome', onclick: () => app.go(outcomeScreen) }, t('debrief.toOutcome')), h('button', { type: 'button', testid: 'new-game', onclick: () => (port.close(), (app.port = null), (app.setup.humans = []), app.go(menuScreen)) }, t('debrief.toMenu'))),
    h('h2', {}, t('debrief.questions')),
    questions.perRole ? h('p', { class: 'tip' }, questions.perRole) : null,
    h('ul', {}, ...questions.questions.map((q) => h('li', {}, q))),
    h('h2', {}, t('debrief.reasons')),
    ...reasons.map((r) =>
      h('details', { testid: `reasons-${r.role}` }, h('summary', {}, `${r.name} (${r.lines.length})`), r.lines.length === 0 ? h('p', { class: 'muted' }, t('debrief.noReasons')) : h('ul', {}, ...r.lines.map((l) => h('li', {}, l.text, l.reason ? h('span', { class: 'reason' }, l.reason) : null)))),
    ),
    notesBlock,
  );
  clear(app.ui);
  app.ui.append(h('div', { class: 'dash', testid: 'debrief-screen' }, left, replay));
  renderStep();
  explainTerms(app, left, 'p, li');
  focusFirst(app.ui);
}
