/**
 * The debrief: three or four questions to discuss, every seat's moves with why it made them (a
 * bot's own reasoning; a player's rebuilt from its own figures then, beside any reason it typed),
 * and a replay that steps the table itself through the game (./debrief-replay.ts). A local table
 * rebuilds the replay from its seed; an online table keeps its seed on the server, which sends the
 * seat its own steps.
 */
import type { App } from '../../app.js';
import { questionsVm, reasonsVm, type ReasonLineVm } from '../../view-models/debrief.js';
import { playerNotesVm } from '../../view-models/player-notes.js';
import { h, focusFirst } from '../dom.js';
import { replayPanel } from './debrief-replay.js';
import { menuScreen } from './menu.js';
import { explainTerms } from '../glossary/term-marks.js';
import { outcomeScreen } from './outcome.js';
import './debrief.css';

function reasonItem(l: ReasonLineVm, t: App['t']): HTMLElement {
  return h(
    'li',
    { style: l.colour ? `border-left-color:${l.colour}` : null },
    h('span', { class: 'move' }, l.text),
    l.statement ? h('q', { class: 'said' }, l.statement) : null,
    // The reason rebuilt from the mover's own figures, apart from any reason the mover gave itself.
    l.derived ? h('span', { class: 'derived', testid: 'derived-reason' }, l.derived) : null,
    l.reason ? h('span', { class: 'reason' }, t('log.because', { reason: l.reason })) : null,
  );
}

export function debriefScreen(app: App): void {
  const port = app.port;
  const snap = port?.snapshot();
  if (!port || !snap?.debrief) throw new Error('the debrief needs a finished game');
  const { t } = app;
  const lang = app.setup.language;
  const debrief = snap.debrief;
  const reasons = reasonsVm(snap.level, debrief, lang, t, snap.you);
  const questions = questionsVm(snap.level, snap.you, lang, debrief);
  app.host?.clear();

  const replay = replayPanel(app, snap, debrief, () => port.replay());

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
    h('ol', { class: 'discussion', testid: 'discussion' }, ...questions.questions.map((q) => h('li', {}, q))),
    questions.perRole ? h('p', { class: 'tip' }, questions.perRole) : null,
    h('h2', {}, t('debrief.reasons')),
    ...reasons.map((r) =>
      h(
        'details',
        { testid: `reasons-${r.role}`, class: 'seat-reasons', open: r.role === snap.you },
        h('summary', {}, `${r.name}${r.role === snap.you ? ` (${t('table.you')})` : ''} (${r.lines.length})`),
        r.lines.length === 0 ? h('p', { class: 'muted' }, t('debrief.noReasons')) : h('ul', { class: 'reason-list' }, ...r.lines.map((l) => reasonItem(l, t))),
      ),
    ),
    notesBlock,
  );
  app.ui.replaceChildren(h('div', { class: 'dash debrief-dash', testid: 'debrief-screen' }, left, replay));
  explainTerms(app, left, 'p, li');
  focusFirst(app.ui);
}
