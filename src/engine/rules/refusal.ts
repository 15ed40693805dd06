/**
 * Why the rules refuse an event, as a code with parameters: the engine says what is wrong, the
 * edges word it (the client from its i18n catalog, the server and the command line through
 * `refusalText` in src/protocol/engine-words.ts). Parameters carry ids, never words; the edge looks
 * up the level's names for them.
 */
import type { CardId, IssueId, OptionIndex, RoleId } from '../types.js';
import type { OfferStatus, Phase } from './state.js';

/** Every refusal code and the parameters it carries. */
export interface RefusalParams {
  /** The event does not have the shape of any game event (`path` into it, `detail` from the schema). */
  malformed: { path: string; detail: string };
  unknownEventType: { type: string };
  /** The event exists but not in this phase of the game. */
  wrongPhase: { type: string; phase: Phase };
  unknownRole: { role: string };
  notYourTurn: { role: RoleId; turnRole: RoleId | null };
  cardLimit: { limit: number };
  cardNotInHand: { role: RoleId; card: CardId };
  unknownCard: { card: string };
  cannotAfford: { role: RoleId; card: CardId; cost: number; have: number };
  targetNotTaken: { card: CardId };
  targetNeeded: { card: CardId };
  unknownTarget: { target: string };
  selfTarget: { card: CardId };
  alreadyOffered: Record<string, never>;
  notAPackage: Record<string, never>;
  unknownIssue: { issue: string };
  missingOption: { issue: IssueId };
  optionOutOfRange: { issue: IssueId; last: number; option: string };
  optionLocked: { issue: IssueId; option: OptionIndex };
  noOfferNamed: Record<string, never>;
  unknownOffer: { offer: number };
  offerClosed: { offer: number; status: OfferStatus };
  ownOffer: { offer: number; by: RoleId };
  alreadyAccepted: { role: RoleId; offer: number };
  alreadyRejected: { role: RoleId; offer: number };
  unknownEvent: { event: string };
  notVoter: { role: string };
  alreadyVoted: { role: RoleId };
  voteNotBoolean: Record<string, never>;
}

export type RefusalCode = keyof RefusalParams;

/** One refusal: its code and that code's parameters (a union over every code). */
export type Refusal = { [C in RefusalCode]: { readonly code: C; readonly params: Readonly<RefusalParams[C]> } }[RefusalCode];

export function refused<C extends RefusalCode>(code: C, params: RefusalParams[C]): Refusal {
  return { code, params } as Refusal;
}

/** The codes about the package of an offer or counter (not about whether one may offer at all). */
export const PACKAGE_CODES: ReadonlySet<RefusalCode> = new Set<RefusalCode>(['notAPackage', 'unknownIssue', 'missingOption', 'optionOutOfRange', 'optionLocked']);
