/**
 * The rules a player needs at the moment of a move, worded from the level's data: what rejecting
 * or countering costs and what standing does (at the reject and counter buttons), and in the final
 * decision which package is voted on, why that one, who votes and what carries it. The rules
 * themselves are the engine's (rules/apply.ts); this only says them.
 */
import type { PublicLevel, RoleView } from '../../engine/view.js';
import { localText, roleName, type T } from './text.js';

export interface AnswerRulesVm {
  /** What a reject or counter costs this viewer (blocking), in one line. */
  readonly cost: string;
  /** What standing does, with the viewer's standing and income now. */
  readonly standing: string;
}

/** Null for a spectator. */
export function answerRulesVm(level: PublicLevel, view: RoleView, language: string, t: T): AnswerRulesVm | null {
  const self = view.self;
  if (!self) return null;
  const role = level.roles.find((r) => r.id === self.role);
  const voter = level.decision.voters.includes(self.role);
  const cost = level.blockingCost;
  const resource = localText(role?.resource.name, language);
  const perRound = role?.resource.perRound ?? 0;
  return {
    cost: !voter ? t('rules.costNoVote') : cost > 0 ? t('rules.cost', { cost }) : t('rules.costNone'),
    standing: t('rules.standing', { standing: self.standing, resource, perRound, income: Math.max(0, perRound + self.standing) }),
  };
}

export interface DecisionRulesVm {
  /** Which package is voted on and why that one. */
  readonly why: string;
  /** Who votes. */
  readonly voters: string;
  /** What carries the vote, and what happens otherwise. */
  readonly rule: string;
}

/**
 * The final decision explained. The candidate is the open package most voters accepted, the latest
 * on a tie (rules/vote.ts, openFinalDecision); its count of voters' acceptances is shown as the why.
 */
export function decisionRulesVm(level: PublicLevel, view: RoleView, language: string, t: T): DecisionRulesVm {
  const voters = level.decision.voters;
  const offer = view.candidate === null ? undefined : view.offers.find((o) => o.id === view.candidate);
  const accepted = offer ? voters.filter((v) => offer.acceptedBy.includes(v)).length : 0;
  const { rule, minSignatories } = level.decision;
  return {
    why: offer ? t('rules.why', { id: offer.id, by: roleName(level, offer.by, language), accepted, voters: voters.length }) : t('rules.whyNone'),
    voters: t('rules.voters', { roles: voters.map((v) => roleName(level, v, language)).join(', ') }),
    rule: rule === 'consensus' ? t('rules.consensus') : rule === 'majority' ? t('rules.majority', { needed: Math.floor(voters.length / 2) + 1, voters: voters.length }) : t('rules.plurilateral', { count: minSignatories ?? 1 }),
  };
}
