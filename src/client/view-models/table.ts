/**
 * What the table scene draws, computed from the level and the viewer's RoleView only: the draft
 * text, the seats, the hand, the offer builder, the packages on the table, the status line and the
 * event banner. Pure functions, so every rule about what a player sees is tested without a browser.
 */
import type { SeatInfo, TimerInfo } from '../../protocol/port.js';
import { packageValue } from '../../engine/scoring/value.js';
import type { Intel, Offer } from '../../engine/rules/state.js';
import { levelFacts, refusalFor } from '../../engine/rules/legal.js';
import { PACKAGE_CODES, type RefusalCode } from '../../engine/rules/refusal.js';
import type { LevelFacts } from '../../engine/rules/checks.js';
import type { GameEvent } from '../../engine/rules/events.js';
import type { PublicLevel, RoleView } from '../../engine/view.js';
import { localText, roleColour, roleName, type T } from './text.js';
import type { RoleId } from '../../engine/types.js';

export interface OptionVm {
  readonly index: number;
  readonly label: string;
  readonly clause: string;
  readonly available: boolean;
  readonly isNoDeal: boolean;
  readonly onTable: boolean;
  /** The viewer's own points for this option (null for a spectator). */
  readonly ownPoints: number | null;
  /** Other seats' points for this option, as the viewer's information cards revealed them. */
  readonly intel: readonly IntelPointsVm[];
}

/** One revealed figure: intelligence, true when revealed (values may have moved since). */
export interface IntelPointsVm {
  readonly role: string;
  readonly name: string;
  readonly colour: string;
  readonly points: number;
  /** The round of the reveal. */
  readonly round: number;
}

export interface IssueVm {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionVm[];
  /** The seats whose values on this issue the viewer has learnt (newest reveal per seat). */
  readonly revealedBy: readonly string[];
}

/**
 * The viewer's intelligence on one issue: for each seat it has read, the newest reveal's points
 * (a second reveal on the same seat and issue replaces the first). Empty for a spectator.
 */
export function intelOn(level: PublicLevel, view: RoleView, issueId: string, language: string): { role: string; name: string; colour: string; values: readonly number[]; round: number }[] {
  const newest = new Map<string, Intel>();
  for (const intel of view.self?.intel ?? []) if (intel.issue === issueId) newest.set(intel.about, intel);
  return [...newest.values()].map((i) => ({ role: i.about, name: roleName(level, i.about, language), colour: roleColour(level, i.about), values: i.values, round: i.round }));
}

/** The offer shown as "the proposal on the table": the final-decision candidate, else the newest open offer. */
export function proposalOnTable(view: RoleView): Offer | null {
  if (view.candidate !== null) return view.offers.find((o) => o.id === view.candidate) ?? null;
  const open = view.offers.filter((o) => o.status === 'open');
  return open[open.length - 1] ?? null;
}

export function draftText(level: PublicLevel, view: RoleView, language: string): IssueVm[] {
  const proposal = proposalOnTable(view);
  return level.issues.map((issue, i) => {
    const intel = intelOn(level, view, issue.id, language);
    return {
      id: issue.id,
      name: localText(issue.name, language),
      description: localText(issue.description, language),
      revealedBy: intel.map((x) => x.name),
      options: issue.options.map((option, k) => ({
        index: k,
        label: localText(option.label, language),
        clause: localText(option.clause, language),
        available: view.available[i]?.[k] ?? false,
        isNoDeal: view.noDeal[i] === k,
        onTable: proposal?.package[i] === k,
        ownPoints: view.self ? (view.self.values[i]?.[k] ?? null) : null,
        intel: intel.map((x) => ({ role: x.role, name: x.name, colour: x.colour, points: x.values[k] ?? 0, round: x.round })),
      })),
    };
  });
}

export interface SeatVm {
  readonly role: string;
  readonly name: string;
  /** The level's short name (its full name when it has none), for seat labels on a phone. */
  readonly shortName: string;
  readonly kind: string;
  readonly colour: string;
  readonly resourceName: string;
  readonly resources: number;
  readonly standing: number;
  readonly handSize: number;
  readonly votes: boolean;
  readonly isTurn: boolean;
  readonly isYou: boolean;
  readonly controller: 'human' | 'bot';
  /** Always played by the computer (a level's non-playable delegation). */
  readonly npc: boolean;
}

export function seatsVm(level: PublicLevel, view: RoleView, seats: readonly SeatInfo[], language: string): SeatVm[] {
  return view.seats.map((seat) => {
    const role = level.roles.find((r) => r.id === seat.role);
    return {
      role: seat.role,
      name: roleName(level, seat.role, language),
      shortName: role?.shortName ? localText(role.shortName, language) : roleName(level, seat.role, language),
      kind: role?.kind ?? 'delegation',
      colour: roleColour(level, seat.role),
      resourceName: localText(role?.resource.name, language),
      resources: seat.resources,
      standing: seat.standing,
      handSize: seat.handSize,
      votes: role?.votes ?? false,
      isTurn: view.turnRole === seat.role,
      isYou: view.viewer === seat.role,
      controller: seats.find((s) => s.role === seat.role)?.controller ?? 'bot',
      npc: role ? !role.playable : false,
    };
  });
}

// The client never re-implements a rule: what the player may do is asked of the engine's rules
// (rules/legal.ts), on the same view the player sees.
const factsCache = new WeakMap<PublicLevel, LevelFacts>();
function facts(level: PublicLevel): LevelFacts {
  let f = factsCache.get(level);
  if (!f) factsCache.set(level, (f = levelFacts(level)));
  return f;
}

/** Why the viewer may not send this event now (its refusal code), or null if it may. */
export function blockedBy(level: PublicLevel, view: RoleView, event: GameEvent): RefusalCode | null {
  return refusalFor(facts(level), view, event)?.code ?? null;
}

/** A package as events carry it: an option for each issue id. */
function wirePackage(level: PublicLevel, options: readonly number[]): Record<string, number> {
  return Object.fromEntries(level.issues.map((issue, i) => [issue.id, options[i] ?? 0]));
}

/** May the viewer put a package on the table (or counter with one) now, whatever the package? */
function mayPropose(level: PublicLevel, view: RoleView, event: GameEvent): boolean {
  const code = blockedBy(level, view, event);
  return code === null || PACKAGE_CODES.has(code);
}

export interface CardVm {
  readonly id: string;
  /** Position in the hand: the same card may be held twice. */
  readonly slot: number;
  readonly kind: string;
  readonly name: string;
  readonly text: string;
  readonly cost: number;
  readonly needsTarget: boolean;
  readonly targets: readonly { role: RoleId; name: string }[];
  readonly playable: boolean;
  /** Why it cannot be played now (the rules' refusal code), or null. */
  readonly blockedBy: RefusalCode | null;
}

export function isOwnTurn(view: RoleView): boolean {
  return view.phase === 'negotiating' && view.self !== null && view.turnRole === view.self.role;
}

export function handVm(level: PublicLevel, view: RoleView, language: string): CardVm[] {
  const self = view.self;
  if (!self) return [];
  const others = level.roles.filter((r) => r.id !== self.role);
  const targets = others.map((r) => ({ role: r.id, name: localText(r.name, language) }));
  return self.hand.map((id, slot) => {
    const card = level.cards.find((c) => c.id === id);
    const cost = card?.cost ?? 0;
    const target = card?.needsTarget ? others[0]?.id : undefined;
    const blocked = blockedBy(level, view, { type: 'playCard', role: self.role, card: id, ...(target ? { target } : {}) });
    return {
      id,
      slot,
      kind: card?.kind ?? 'influence',
      name: localText(card?.name, language) || id,
      text: localText(card?.text, language),
      cost,
      needsTarget: card?.needsTarget ?? false,
      targets: card?.needsTarget ? targets : [],
      playable: blocked === null,
      blockedBy: blocked,
    };
  });
}

export interface BuilderVm {
  readonly issues: readonly { id: string; name: string; chosen: number | null; options: readonly { index: number; label: string; available: boolean; points: number }[] }[];
  readonly complete: boolean;
  readonly missing: number;
  /** The package's value to the viewer, once every issue has an option. */
  readonly value: number | null;
  readonly noDealValue: number;
  readonly delta: number | null;
  readonly canOffer: boolean;
  readonly offeredThisTurn: boolean;
}

/** The offer builder: `choice[i]` is the option picked for issue i so far (null: not yet). */
export function offerBuilderVm(level: PublicLevel, view: RoleView, choice: readonly (number | null)[], language: string): BuilderVm | null {
  const self = view.self;
  if (!self) return null;
  const issues = level.issues.map((issue, i) => {
    const picked = choice[i];
    const chosen = picked !== undefined && picked !== null && view.available[i]?.[picked] ? picked : null;
    return {
      id: issue.id,
      name: localText(issue.name, language),
      chosen,
      options: issue.options.map((o, k) => ({ index: k, label: localText(o.label, language), available: view.available[i]?.[k] ?? false, points: self.values[i]?.[k] ?? 0 })),
    };
  });
  const missing = issues.filter((i) => i.chosen === null).length;
  const complete = missing === 0;
  const value = complete ? packageValue(self.values, issues.map((i) => i.chosen as number)) : null;
  return {
    issues,
    complete,
    missing,
    value,
    noDealValue: self.noDealValue,
    delta: value === null ? null : value - self.noDealValue,
    canOffer: complete && mayPropose(level, view, { type: 'offer', role: self.role, package: wirePackage(level, issues.map((i) => i.chosen ?? 0)) }),
    offeredThisTurn: self.offeredThisTurn,
  };
}

export interface OfferVm {
  readonly id: number;
  readonly by: string;
  readonly byName: string;
  readonly colour: string;
  readonly mine: boolean;
  readonly status: Offer['status'];
  readonly terms: readonly { issue: string; option: string }[];
  readonly value: number | null;
  readonly delta: number | null;
  readonly acceptedBy: readonly string[];
  readonly rejectedBy: readonly string[];
  readonly canAccept: boolean;
  readonly canReject: boolean;
  readonly canCounter: boolean;
}

/** The open packages on the table, newest first, with what each is worth to the viewer. */
export function offersVm(level: PublicLevel, view: RoleView, language: string): OfferVm[] {
  const self = view.self;
  return view.offers
    .filter((o) => o.status === 'open')
    .slice()
    .reverse()
    .map((o) => {
      const mine = self?.role === o.by;
      const value = self ? packageValue(self.values, o.package) : null;
      return {
        id: o.id,
        by: o.by,
        byName: roleName(level, o.by, language),
        colour: roleColour(level, o.by),
        mine,
        status: o.status,
        terms: level.issues.map((issue, i) => ({ issue: localText(issue.name, language), option: localText(issue.options[o.package[i] ?? 0]?.label, language) })),
        value,
        delta: value === null || !self ? null : value - self.noDealValue,
        acceptedBy: o.acceptedBy.map((r) => roleName(level, r, language)),
        rejectedBy: o.rejectedBy.map((r) => roleName(level, r, language)),
        canAccept: !!self && blockedBy(level, view, { type: 'accept', role: self.role, offer: o.id }) === null,
        canReject: !!self && blockedBy(level, view, { type: 'reject', role: self.role, offer: o.id }) === null,
        canCounter: !!self && mayPropose(level, view, { type: 'counter', role: self.role, offer: o.id, package: wirePackage(level, o.package) }),
      };
    });
}

export interface StatusVm {
  readonly round: string;
  readonly turn: string;
  readonly timer: string | null;
  readonly secondsLeft: number | null;
  /** The last seconds of a running timer: shown in another colour and with words that say so. */
  readonly warning: boolean;
  readonly yourTurn: boolean;
}

/** Seconds left at which the countdown warns (issue 14: 15 s). */
export const TIMER_WARNING_SECONDS = 15;

export function statusVm(level: PublicLevel, view: RoleView, timer: TimerInfo, now: number, language: string, t: T): StatusVm {
  const secondsLeft = timer.endsAt === null ? null : Math.max(0, Math.ceil((timer.endsAt - now) / 1000));
  const yourTurn = isOwnTurn(view);
  const warning = !timer.paused && secondsLeft !== null && secondsLeft <= TIMER_WARNING_SECONDS;
  const turnName = view.turnRole ? roleName(level, view.turnRole, language) : '';
  return {
    round: view.phase === 'finalDecision' || view.phase === 'concluded' ? t('table.finalDecision') : view.phase === 'briefing' ? t('table.waiting') : t('table.round', { round: view.round, rounds: view.rounds }),
    turn: view.phase !== 'negotiating' ? '' : yourTurn ? t('table.yourTurn', { role: turnName }) : t('table.turnOf', { role: turnName }),
    timer: timer.paused ? t('table.timerPaused') : secondsLeft === null ? null : warning ? t('table.timerWarning', { seconds: secondsLeft }) : t('table.timer', { seconds: secondsLeft }),
    secondsLeft,
    warning,
    yourTurn,
  };
}

export interface VoteVm {
  readonly candidate: number | null;
  readonly terms: readonly { issue: string; option: string }[];
  readonly value: number | null;
  readonly noDealValue: number | null;
  readonly canVote: boolean;
  readonly voted: boolean;
}

export function voteVm(level: PublicLevel, view: RoleView, language: string): VoteVm | null {
  if (view.phase !== 'finalDecision') return null;
  const offer = view.candidate === null ? null : (view.offers.find((o) => o.id === view.candidate) ?? null);
  const self = view.self;
  const voter = !!self && level.decision.voters.includes(self.role);
  const voted = !!self && self.role in view.votes;
  return {
    candidate: offer?.id ?? null,
    terms: offer ? level.issues.map((issue, i) => ({ issue: localText(issue.name, language), option: localText(issue.options[offer.package[i] ?? 0]?.label, language) })) : [],
    value: offer && self ? packageValue(self.values, offer.package) : null,
    noDealValue: self?.noDealValue ?? null,
    canVote: voter && !voted && offer !== null,
    voted,
  };
}

/**
 * The tutorial texts for this moment of the level (a guided level teaches as the game goes): the
 * phase's (and round's) text, then the card text while the player holds cards and the offer text
 * once a package is on the table.
 */
export function tutorialTips(level: PublicLevel, view: RoleView, language: string): string[] {
  const when = view.phase === 'briefing' ? 'briefing' : view.phase === 'finalDecision' ? 'decision' : view.phase === 'concluded' ? 'outcome' : 'round';
  const moments: string[] = [when];
  if (view.phase === 'negotiating' && (view.self?.hand.length ?? 0) > 0) moments.push('card');
  if (view.phase === 'negotiating' && view.offers.some((o) => o.status === 'open')) moments.push('offer');
  return moments.flatMap((moment) =>
    level.tutorial.filter((tip) => tip.when === moment && (tip.round === undefined || tip.round === view.round)).map((tip) => localText(tip.text, language)),
  );
}

/** The first tutorial text for this moment, if any. */
export function tutorialTip(level: PublicLevel, view: RoleView, language: string): string | null {
  return tutorialTips(level, view, language)[0] ?? null;
}

export interface RevealVm {
  readonly issueIndex: number;
  readonly text: string;
}

/**
 * What the viewer's information cards revealed since it held `since` pieces of intelligence, as
 * one line per reveal ("Leaked brief: the Lobby's points on Customs duties are beside yours"). The
 * card is the viewer's latest card played on that seat; the figures themselves stay on the draft.
 */
export function revealsSince(level: PublicLevel, view: RoleView, since: number, language: string, t: T): RevealVm[] {
  const self = view.self;
  if (!self) return [];
  return self.intel.slice(since).map((intel) => {
    let card = '';
    for (let i = view.log.length - 1; i >= 0 && !card; i--) {
      const e = view.log[i];
      if (e?.kind === 'card' && e.role === self.role && e.target === intel.about) card = localText(level.cards.find((c) => c.id === e.card)?.name, language) || e.card;
    }
    const issueIndex = Math.max(0, level.issues.findIndex((x) => x.id === intel.issue));
    const issue = localText(level.issues[issueIndex]?.name, language) || intel.issue;
    const role = roleName(level, intel.about, language);
    return { issueIndex, text: card ? t('table.revealed', { card, role, issue }) : t('table.revealedNoCard', { role, issue }) };
  });
}
