/**
 * The final decision explained, as data the screens can show: which package is put to the vote,
 * why that one (the rule that picked it), who votes, and how many yes votes it needs under the
 * level's decision rule. The pick is written here once: the rules (vote.ts) open the vote with it
 * and a player's view asks it, so the screen says what the rules do.
 */
import type { RoleId } from '../types.js';
import type { Offer } from './state.js';

export type DecisionRule = 'consensus' | 'majority' | 'plurilateral';

/**
 * Why the candidate is the one put to the vote:
 * - `mostAccepted`: the open offer most voters accepted;
 * - `latestAmongTied`: several open offers had as many voters' acceptances; the latest is taken;
 * - `noOpenOffer`: no offer is open, so there is nothing to vote on and the talks end without a deal.
 */
export type CandidateReason = 'mostAccepted' | 'latestAmongTied' | 'noOpenOffer';

export interface CandidatePick {
  readonly offer: number | null;
  readonly because: CandidateReason;
  /** How many voters had accepted the candidate. */
  readonly acceptances: number;
  /** The other open offers with as many acceptances (passed over for the latest). */
  readonly tiedWith: readonly number[];
}

/** The package put to the final vote: the open offer most voters accepted, the latest on a tie. */
export function pickCandidate(voters: readonly RoleId[], offers: readonly Offer[]): CandidatePick {
  let best: Offer | null = null;
  let bestCount = -1;
  let tied: number[] = [];
  for (const o of offers) {
    if (o.status !== 'open') continue;
    let count = 0;
    for (const v of voters) if (o.acceptedBy.includes(v)) count++;
    if (count > bestCount) tied = [];
    else if (count === bestCount && best) tied.push(best.id);
    if (count >= bestCount) {
      best = o;
      bestCount = count;
    }
  }
  if (!best) return { offer: null, because: 'noOpenOffer', acceptances: 0, tiedWith: [] };
  return { offer: best.id, because: tied.length > 0 ? 'latestAmongTied' : 'mostAccepted', acceptances: bestCount, tiedWith: tied };
}

/** How many yes votes carry the decision under `rule` (plurilateral: the minimum of signatories). */
export function votesNeeded(rule: DecisionRule, voters: number, minSignatories: number | undefined): number {
  if (rule === 'consensus') return voters;
  if (rule === 'majority') return Math.floor(voters / 2) + 1;
  return minSignatories ?? 1;
}

export interface DecisionExplained extends CandidatePick {
  readonly rule: DecisionRule;
  /** The roles that vote, in the level's order. */
  readonly voters: readonly RoleId[];
  readonly votesNeeded: number;
  /** Under a plurilateral rule the text binds only those who vote yes; otherwise every voter. */
  readonly bindsOnlySignatories: boolean;
}

/** The final decision as the level and the table set it up (offers: the table's; the pick is the rules'). */
export function explainDecision(decision: { readonly rule: DecisionRule; readonly voters: readonly RoleId[]; readonly minSignatories?: number | undefined }, offers: readonly Offer[]): DecisionExplained {
  return {
    ...pickCandidate(decision.voters, offers),
    rule: decision.rule,
    voters: decision.voters,
    votesNeeded: votesNeeded(decision.rule, decision.voters.length, decision.minSignatories),
    bindsOnlySignatories: decision.rule === 'plurilateral',
  };
}
