/**
 * The table screen: holds the screen's state, follows the port's snapshots, and composes the parts
 * in ./table/ (top bar, seats, draft and package builder, packages on the table, hand tray, action
 * bar, move-log sheet). Works from any TablePort (solo, hot-seat, online). All it shows comes from
 * the view-models.
 *
 * Layout, phone first (styles.css, "The table"): one column in portrait (top bar, seats strip, a
 * scrolling body with the draft then the packages, the hand tray, the action bar fixed at the
 * bottom); from 900 px wide the draft and the packages sit side by side. The packages column is
 * where a feed of what happened (reveals, effects, statements: issue 14) goes.
 */
import type { App } from '../../app.js';
import { sound, type Effect } from '../../audio/sound.js';
import { LocalTable } from '../../local/local-table.js';
import type { PlayerAction, TableSnapshot } from '../../../protocol/port.js';
import type { LogEntry } from '../../../engine/rules/state.js';
import type { StockStatementCode } from '../../../engine/rules/statements.js';
import { eventBannerVm } from '../../view-models/log.js';
import { draftText, handVm, revealsSince, offerBuilderVm, offersVm, seatsVm, statusVm, tutorialTips, voteVm } from '../../view-models/table.js';
import { answerRulesVm, decisionRulesVm } from '../../view-models/rules.js';
import { valueChanges } from '../../view-models/effects.js';
import { statementsVm } from '../../view-models/statements.js';
import { levelNaming, refusalText } from '../../../protocol/engine-words.js';
import { problemText } from '../../../protocol/server-words.js';
import { noteToSend } from '../../../protocol/player-note.js';
import { h } from '../dom.js';
import { explainTerms } from '../glossary/term-marks.js';
import { outcomeScreen } from './outcome.js';
import { passScreen } from './pass.js';
import type { TableContext, TableModel, TableState } from './table/context.js';
import { draftPanel } from './table/draft.js';
import { handTray } from './table/hand.js';
import { actionBar, logSheet } from './table/log-sheet.js';
import { offersPanel } from './table/offers.js';
import { seatLabels, topBar } from './table/topbar.js';

/**
 * The table's texts whose glossary terms explain themselves on a tap (the Phaser seats are not DOM).
 * A clause is cut to a few lines until its option is picked: its terms are marked then, so none
 * hides (focusable) in the cut part. A card's text is its summary (a control): its terms are listed
 * under it when it opens (hand.ts).
 */
const TERM_BLOCKS = '.draft legend, .option:has(input:checked) .clause, .tip p, .banner, .rules p, p.rules, .statements li, .offer li, .card h3, .log-drawer li';

/** The moves a "why I moved" note goes with. */
const NOTED = new Set<PlayerAction['type']>(['offer', 'counter', 'accept', 'reject', 'playCard']);

const EFFECTS: Partial<Record<LogEntry['kind'], Effect>> = { card: 'card', offer: 'offer', accept: 'accept', reject: 'reject', event: 'event', outcome: 'gavel' };

export function tableScreen(app: App): void {
  const port = app.port;
  if (!port) throw new Error('no table to show');
  const { t } = app;
  const lang = app.setup.language;
  let snap: TableSnapshot = port.snapshot();
  let revealedFor: string | null = snap.mode === 'hotseat' ? null : snap.you;
  let seenLog = snap.view.log.length;
  let concluded = false;
  const state: TableState = {
    choice: [],
    logOpen: false,
    // On a small screen the guide starts folded: the table needs the room, and one tap opens it.
    tipOpen: !matchMedia('(max-height: 480px), (max-width: 480px)').matches,
    message: '',
    banner: null,
    issueIndex: 0,
    targets: new Map(),
    reveals: [],
    showReveal: false,
    changes: [],
    statement: '',
    note: '',
  };
  let seenIntel = snap.view.self?.intel.length ?? 0;
  let intelOwner = snap.view.viewer;

  const stageSlot = h('div', { class: 'stage-slot', testid: 'stage' });
  const root = h('div', { class: 'table', testid: 'table' });

  const act = (move: PlayerAction): void => {
    // The player's note goes with a move that matters; ending a turn or voting keeps it for later.
    const action = NOTED.has(move.type) ? ({ ...move, ...noteToSend(state.note) } as PlayerAction) : move;
    void port.act(action).then((result) => {
      if (result.ok && NOTED.has(move.type) && state.note) {
        state.note = '';
        render();
      }
      // The refusal's code is worded here, in this player's language; the server's words are the fallback.
      state.message = result.ok ? '' : t('table.refused', { reason: result.refusal ? refusalText(result.refusal, levelNaming(snap.level, lang), lang) : problemText(result, lang) });
      if (result.ok && (action.type === 'offer' || action.type === 'counter')) {
        state.choice = [];
        state.statement = '';
        render();
      }
      if (!result.ok) render();
    });
  };
  const packageOf = (): Record<string, number> => Object.fromEntries(snap.level.issues.map((issue, i) => [issue.id, state.choice[i] ?? 0]));

  const statement = (): { statement?: { code: StockStatementCode } } => (state.statement ? { statement: { code: state.statement as StockStatementCode } } : {});

  const placeStage = (): void => {
    const r = stageSlot.getBoundingClientRect();
    app.host?.showTable(seatsVm(snap.level, snap.view, snap.seats, lang), { x: r.left, y: r.top, width: r.width, height: r.height });
  };

  function model(): TableModel {
    const { level, view } = snap;
    return {
      snap,
      status: statusVm(level, view, snap.timer, Date.now(), lang, t),
      issues: draftText(level, view, lang),
      builder: offerBuilderVm(level, view, state.choice, lang),
      offers: offersVm(level, view, lang),
      hand: handVm(level, view, lang),
      vote: voteVm(level, view, lang),
      seats: seatsVm(level, view, snap.seats, lang),
      tips: tutorialTips(level, view, lang),
      answerRules: answerRulesVm(level, view, lang, t),
      decision: decisionRulesVm(level, view, lang, t),
      statements: statementsVm(level, view, lang),
    };
  }

  function render(): void {
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.testid ?? null;
    // Keep where the player had scrolled the body to (a re-render must not jump to the top).
    const bodyScroll = root.querySelector('.table-main')?.scrollTop ?? 0;
    const ctx: TableContext = { app, t, lang, state, model: model(), act, render, packageOf, statement };
    seatLabels(ctx, stageSlot);
    const main = h('div', { class: 'table-main' }, draftPanel(ctx), offersPanel(ctx));
    root.replaceChildren(topBar(ctx), stageSlot, main, handTray(ctx), actionBar(ctx));
    const log = logSheet(ctx);
    if (log) root.append(log);
    explainTerms(app, root, TERM_BLOCKS);
    main.scrollTop = bodyScroll;
    placeStage();
    if (focusedId) {
      const again = root.querySelector<HTMLElement>(`[data-testid="${focusedId}"]`);
      if (again && !(again as HTMLButtonElement).disabled) {
        again.focus({ preventScroll: true });
        // A redraw while the player types (a bot moved) keeps the caret at the end of the note.
        if (again instanceof HTMLInputElement && again.type === 'text') again.setSelectionRange(again.value.length, again.value.length);
      }
      else if (document.activeElement === document.body) root.querySelector<HTMLElement>('button:not(:disabled), input:not(:disabled)')?.focus({ preventScroll: true });
    }
    if (log) log.scrollTop = log.scrollHeight;
    // A reveal is shown where the player looks: its news and the revealed issue come into view once.
    if (state.showReveal) {
      state.showReveal = false;
      root.querySelector('[data-testid="reveal-news"]')?.closest('fieldset')?.scrollIntoView({ block: 'start' });
    }
  }

  /** Hot-seat: before a different player's private view appears, the device changes hands. */
  function show(): void {
    const needsPass = snap.mode === 'hotseat' && snap.you !== null && snap.you !== revealedFor && !snap.debrief;
    if (needsPass && snap.you) {
      const role = snap.you;
      passScreen(app, snap.level, role, () => {
        revealedFor = role;
        state.choice = [];
        state.targets.clear();
        if (port instanceof LocalTable) port.resumeTimer();
        mount();
      });
      return;
    }
    // The same player keeps the device (a lone hot-seat human, or the turn came back to them):
    // their timer starts at once.
    if (snap.timer.paused && port instanceof LocalTable) port.resumeTimer();
    if (!root.isConnected) mount();
    else render();
  }

  function mount(): void {
    app.ui.replaceChildren(root);
    render();
    root.querySelector<HTMLElement>('button:not(:disabled), input:not(:disabled)')?.focus({ preventScroll: true });
  }

  /** Each change to the viewer's own points, worded with its cause, for the draft and the move log. */
  function noteChanges(prev: TableSnapshot, next: TableSnapshot, fresh: readonly LogEntry[], firstFresh: number): void {
    if (fresh.some((e) => e.kind === 'endTurn' && e.role === prev.view.viewer)) state.changes = [];
    if (next.view.viewer !== prev.view.viewer) state.changes = [];
    const changes = valueChanges(next.level, prev.view, next.view, fresh, firstFresh, lang, t);
    if (changes.length === 0) return;
    // The move log has the engine's own change entries (private to this seat) for the record.
    state.changes = [...state.changes, ...changes];
  }

  const onSnapshot = (next: TableSnapshot): void => {
    if (concluded) return;
    const firstFresh = seenLog;
    const fresh = next.view.log.slice(seenLog);
    seenLog = next.view.log.length;
    noteChanges(snap, next, fresh, firstFresh);
    snap = next;
    for (const entry of fresh) {
      const effect = EFFECTS[entry.kind];
      if (effect) sound.play(effect);
      if (entry.kind === 'card' || entry.kind === 'offer' || entry.kind === 'accept' || entry.kind === 'reject' || entry.kind === 'event') {
        app.host?.playEffect({ kind: entry.kind, role: 'role' in entry ? entry.role : null });
      }
    }
    // A reveal shows at once where the player decides: the draft turns to the revealed issue.
    const intelNow = next.view.self?.intel.length ?? 0;
    // Another seat took the device (hot-seat): its earlier reveals are not news.
    if (next.view.viewer !== intelOwner) {
      intelOwner = next.view.viewer;
      seenIntel = intelNow;
      state.reveals = [];
    }
    const reveals = revealsSince(next.level, next.view, seenIntel, lang, t);
    seenIntel = intelNow;
    if (reveals.length > 0) {
      state.reveals = reveals;
      state.showReveal = true;
      state.issueIndex = reveals[reveals.length - 1]?.issueIndex ?? state.issueIndex;
    } else if (fresh.some((e) => e.kind === 'endTurn' && e.role === intelOwner)) state.reveals = [];
    const announced = eventBannerVm(next.level, next.view.log, next.view.log.length - fresh.length, lang);
    if (announced) state.banner = announced;
    if (next.debrief) {
      concluded = true;
      render();
      setTimeout(() => app.go(outcomeScreen), app.fast ? 50 : 1200);
      return;
    }
    show();
  };

  app.cleanup.push(port.subscribe(onSnapshot));
  // Screen readers hear the warning once a turn, from a live region that re-renders never touch.
  const announcer = h('div', { class: 'visually-hidden', role: 'alert', testid: 'timer-alert' });
  document.body.append(announcer);
  let warnedFor: number | null = null;
  const tick = setInterval(() => {
    const el = root.querySelector('[data-testid="timer"]');
    if (!el || snap.timer.endsAt === null) return;
    const status = statusVm(snap.level, snap.view, snap.timer, Date.now(), lang, t);
    el.textContent = status.timer ?? '';
    if (el.classList.contains('warning') !== status.warning) {
      el.classList.toggle('warning', status.warning);
      placeStage(); // the top bar may have changed height: Phaser's seats follow the slot
    }
    if (status.warning && warnedFor !== snap.timer.endsAt) {
      warnedFor = snap.timer.endsAt;
      announcer.textContent = t('table.timerAlert', { seconds: status.secondsLeft });
    }
  }, 1000);
  app.cleanup.push(() => announcer.remove());
  const onResize = (): void => placeStage();
  window.addEventListener('resize', onResize);
  app.cleanup.push(() => clearInterval(tick), () => window.removeEventListener('resize', onResize));
  if (snap.debrief) app.go(outcomeScreen);
  else show();
}
