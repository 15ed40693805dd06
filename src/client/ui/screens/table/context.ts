/**
 * What the table's parts share: the snapshot's view-models for one render, the words, and the
 * callbacks that change the screen's state or act on the table. Each part (top bar, seats, draft,
 * offers, hand, action bar, log sheet) is a function from this to DOM, so the screen composes them
 * and issue 14's reveals, effect lines and statements have a place of their own (the feed).
 */
import type { App } from '../../../app.js';
import type { PlayerAction, TableSnapshot } from '../../../../protocol/port.js';
import type { RevealVm, draftText, handVm, offerBuilderVm, offersVm, seatsVm, statusVm, tutorialTips, voteVm } from '../../../view-models/table.js';
import type { ValueChangeVm } from '../../../view-models/effects.js';
import type { StockStatementCode } from '../../../../engine/rules/statements.js';
import type { statementsVm } from '../../../view-models/statements.js';
import type { answerRulesVm, decisionRulesVm } from '../../../view-models/rules.js';
import type { eventBannerVm } from '../../../view-models/log.js';

export interface TableState {
  choice: (number | null)[];
  logOpen: boolean;
  tipOpen: boolean;
  message: string;
  banner: ReturnType<typeof eventBannerVm>;
  /** Which issue the package builder shows on a narrow screen (one at a time). */
  issueIndex: number;
  targets: Map<number, string>;
  /** Lines saying what the viewer's information cards revealed this turn (the figures are on the draft). */
  reveals: RevealVm[];
  /** Scroll the reveal's news into view at the next render (once, so the player may scroll away). */
  showReveal: boolean;
  /** Changes to the viewer's own points since its last turn ended, each with its cause. */
  changes: ValueChangeVm[];
  /** The stock line the player attaches to its next offer or counter ('' for none). */
  statement: string;
  /** The player's "why I moved" note for its next move that matters ('' for none). */
  note: string;
}

export interface TableModel {
  snap: TableSnapshot;
  status: ReturnType<typeof statusVm>;
  issues: ReturnType<typeof draftText>;
  builder: ReturnType<typeof offerBuilderVm>;
  offers: ReturnType<typeof offersVm>;
  hand: ReturnType<typeof handVm>;
  vote: ReturnType<typeof voteVm>;
  seats: ReturnType<typeof seatsVm>;
  tips: ReturnType<typeof tutorialTips>;
  answerRules: ReturnType<typeof answerRulesVm>;
  decision: ReturnType<typeof decisionRulesVm>;
  statements: ReturnType<typeof statementsVm>;
}

export interface TableContext {
  app: App;
  t: App['t'];
  lang: App['setup']['language'];
  state: TableState;
  model: TableModel;
  act: (action: PlayerAction) => void;
  /** Redraws the screen after a change of local state (a choice, a sheet opened). */
  render: () => void;
  packageOf: () => Record<string, number>;
  /** The chosen stock line, as an offer or counter carries it (nothing when none is chosen). */
  statement: () => { statement?: { code: StockStatementCode } };
  /** A table shown, not played (the debrief's replay): no answers, no note, no moves. */
  readOnly?: true;
}
