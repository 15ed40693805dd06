/**
 * The transitions of offers: putting a package on the table (it replaces the role's open offer),
 * accepting, rejecting (blocking a consensus costs standing), countering, and adoption once every
 * voter has accepted.
 */
import type { LevelModel } from '../level/model.js';
import { packageFromIssues } from '../level/model.js';
import type { RoleId } from '../types.js';
import { findOffer } from './checks.js';
import { copyOffer, copyState, RolesDraft, type Draft } from './copy.js';
import { STANDING_LIMIT } from './effects.js';
import type { ChangeCause } from './changes.js';
import type { EventOf, Words } from './events.js';
import { answerEntry, offerEntry, withLog } from './move-entries.js';
import type { GameState, LogEntry, Offer, Outcome, RoleState } from './state.js';

const BLOCKING: ChangeCause = { source: 'rule', id: 'blocking' };

/** The agreement an offer makes if every voter has accepted it, or null. */
function adoptionOf(model: LevelModel, state: GameState, offer: Offer): Outcome | null {
  for (const voter of model.voters) if (!offer.acceptedBy.includes(voter)) return null;
  return { kind: 'agreement', package: offer.package, offer: offer.id, signatories: model.voters.slice(), round: state.round };
}

/** The offer an event answers; the rules have checked that it exists before any move is applied. */
function offerOn(state: GameState, offerId: number): Offer {
  const offer = findOffer(state.offers, offerId);
  if (!offer) throw new RangeError(`no offer ${offerId}: the rules should have refused the move`);
  return offer;
}

function settleIfAdopted(model: LevelModel, state: GameState, offerId: number, log: LogEntry[]): GameState {
  const offer = offerOn(state, offerId);
  const outcome = adoptionOf(model, state, offer);
  if (!outcome) return state;
  log.push({ kind: 'outcome', round: state.round, outcome: 'agreement' });
  return adopted(state, offer, outcome);
}

/** The state with the offer adopted as the outcome. */
export function adopted(state: GameState, offer: Offer, outcome: Outcome): GameState {
  const offers = state.offers.slice();
  const settled = copyOffer(offer);
  settled.status = 'adopted';
  offers[offer.id - 1] = settled;
  const next = copyState(state);
  next.offers = offers;
  next.outcome = outcome;
  return next;
}

function putOnTable(model: LevelModel, state: GameState, role: RoleId, byIssue: EventOf<'offer'>['package'], words: Words, counterTo: number | undefined, log: LogEntry[]): GameState {
  const id = state.offers.length + 1;
  const pkg = packageFromIssues(model, byIssue);
  // A role has one offer on the table at a time: a new one replaces its previous open offer.
  const offers = state.offers.slice();
  for (let k = 0; k < offers.length; k++) {
    const o = offers[k] as Offer;
    if (o.by === role && o.status === 'open') {
      const superseded = copyOffer(o);
      superseded.status = 'superseded';
      offers[k] = superseded;
    }
  }
  offers.push({ id, by: role, package: pkg, round: state.round, acceptedBy: [role], rejectedBy: [], status: 'open' });
  log.push(offerEntry(state.round, role, id, pkg, counterTo, words));
  const draft = new RolesDraft(state);
  const r = draft.edit(role);
  if (r) r.offeredThisTurn = true;
  const next = copyState(state);
  next.offers = offers;
  next.roles = draft.roles();
  return settleIfAdopted(model, next, id, log);
}

export function offer(model: LevelModel, state: GameState, event: EventOf<'offer'>): GameState {
  const log: LogEntry[] = [];
  return withLog(putOnTable(model, state, event.role, event.package, event, undefined, log), log);
}

/** The list without `role` (the same list when it is not there: lists are never changed in place). */
function without(list: readonly RoleId[], role: RoleId): readonly RoleId[] {
  const at = list.indexOf(role);
  if (at < 0) return list;
  const out = list.slice();
  out.splice(at, 1);
  return out;
}

/** The list with `role` added at the end (by hand: concat's generic path is slow for short lists). */
function withAdded(list: readonly RoleId[], role: RoleId): readonly RoleId[] {
  const out = list.slice();
  out.push(role);
  return out;
}

function respond(model: LevelModel, state: GameState, role: RoleId, offerId: number, accept: boolean, words: Words, log: LogEntry[]): GameState {
  const offer = offerOn(state, offerId);
  // A counter may answer an offer its role has already rejected: list each role once.
  const acceptedBy = accept ? withAdded(offer.acceptedBy, role) : without(offer.acceptedBy, role);
  const rejectedBy = accept ? without(offer.rejectedBy, role) : withAdded(without(offer.rejectedBy, role), role);
  const offers = state.offers.slice();
  const answered = copyOffer(offer);
  answered.acceptedBy = acceptedBy;
  answered.rejectedBy = rejectedBy;
  offers[offerId - 1] = answered;
  log.push(answerEntry(accept ? 'accept' : 'reject', state.round, role, offerId, words));
  const withAnswer = copyState(state);
  withAnswer.offers = offers;
  let next: GameState = withAnswer;
  const cost = model.level.blockingCost;
  if (!accept && cost > 0 && model.voters.includes(role)) {
    // Blocking has a price: a voter who alone stands between an offer and consensus loses goodwill.
    let othersAgree = true;
    for (const v of model.voters) if (v !== role && !offer.acceptedBy.includes(v)) othersAgree = false;
    // Charged once per offer: countering an offer one has already rejected is not a second block.
    if (othersAgree && !offer.rejectedBy.includes(role)) {
      const draft = new RolesDraft(next);
      const r = draft.edit(role) as Draft<RoleState>;
      const before = r.standing;
      const after = Math.max(-STANDING_LIMIT, before - cost);
      r.standing = after;
      next = draft.done();
      log.push({ kind: 'standing', round: state.round, role, amount: after - before, cause: 'blocking' });
      if (after !== before) log.push({ kind: 'change', round: state.round, role, cause: BLOCKING, change: { effect: 'standing', before, after } });
    }
  }
  return accept ? settleIfAdopted(model, next, offerId, log) : next;
}

export function accept(model: LevelModel, state: GameState, event: EventOf<'accept'>): GameState {
  const log: LogEntry[] = [];
  return withLog(respond(model, state, event.role, event.offer, true, event, log), log);
}

export function reject(model: LevelModel, state: GameState, event: EventOf<'reject'>): GameState {
  const log: LogEntry[] = [];
  return withLog(respond(model, state, event.role, event.offer, false, event, log), log);
}

export function counter(model: LevelModel, state: GameState, event: EventOf<'counter'>): GameState {
  const log: LogEntry[] = [];
  // The reasons go with both entries; the statement with the counter-offer, which it presents.
  const rejected = respond(model, state, event.role, event.offer, false, { reason: event.reason, why: event.why }, log);
  return withLog(putOnTable(model, rejected, event.role, event.package, event, event.offer, log), log);
}
