/** The move log and the event banner as sentences. Reasons appear only where the view carries them. */
import type { LogEntry } from '../../engine/rules/state.js';
import type { PublicLevel } from '../../engine/view.js';
import { changeText, changeWords, intelText } from '../../protocol/change-words.js';
import { levelNaming } from '../../protocol/engine-words.js';
import { reasonText, statementText, statementWords } from '../../protocol/statement-words.js';
import { localText, roleColour, roleName, type T } from './text.js';

export interface LogLineVm {
  readonly index: number;
  readonly round: number;
  readonly kind: LogEntry['kind'];
  readonly text: string;
  readonly reason: string | null;
  /** What the actor said to the table (a bot's, or a player's stock line), in words. */
  readonly statement: string | null;
  readonly colour: string | null;
}

function optionLabel(level: PublicLevel, issueId: string, option: number, language: string): string {
  const issue = level.issues.find((i) => i.id === issueId);
  return localText(issue?.options[option]?.label, language) || String(option);
}

export function logLine(level: PublicLevel, entry: LogEntry, index: number, language: string, t: T): LogLineVm {
  const who = 'role' in entry ? roleName(level, entry.role, language) : '';
  const issueName = (id: string): string => localText(level.issues.find((i) => i.id === id)?.name, language) || id;
  let text: string;
  switch (entry.kind) {
    case 'start':
      text = t('log.start');
      break;
    case 'roundStart':
      text = t('log.roundStart', { round: entry.round });
      break;
    case 'card': {
      const card = localText(level.cards.find((c) => c.id === entry.card)?.name, language) || entry.card;
      text = entry.target ? t('log.cardOn', { role: who, card, target: roleName(level, entry.target, language) }) : t('log.card', { role: who, card });
      break;
    }
    case 'offer':
      text = entry.counterTo !== undefined ? t('log.counter', { role: who, offer: entry.offer, to: entry.counterTo }) : t('log.offer', { role: who, offer: entry.offer });
      break;
    case 'accept':
      text = t('log.accept', { role: who, offer: entry.offer });
      break;
    case 'reject':
      text = t('log.reject', { role: who, offer: entry.offer });
      break;
    case 'endTurn':
      text = entry.timedOut ? t('log.timedOut', { role: who }) : t('log.endTurn', { role: who });
      break;
    case 'event':
      text = t('log.event', { event: localText(level.events.find((e) => e.id === entry.event)?.name, language) || entry.event });
      break;
    case 'drift':
      text = entry.parties
        ? t('log.driftParties', { issue: issueName(entry.issue), option: optionLabel(level, entry.issue, entry.option, language), parties: entry.parties.map((r) => roleName(level, r, language)).join(', ') })
        : t('log.drift', { issue: issueName(entry.issue), option: optionLabel(level, entry.issue, entry.option, language) });
      break;
    case 'unlock':
      text = t('log.unlock', { issue: issueName(entry.issue), option: optionLabel(level, entry.issue, entry.option, language) });
      break;
    case 'standing':
      text = t('log.standing', { role: who, amount: entry.amount > 0 ? `+${entry.amount}` : String(entry.amount) });
      break;
    case 'finalDecision':
      text = entry.offer === null ? t('log.finalDecisionNone') : t('log.finalDecision', { offer: entry.offer });
      break;
    case 'vote':
      text = entry.accept ? t('log.voteYes', { role: who }) : t('log.voteNo', { role: who });
      break;
    case 'outcome':
      text = entry.outcome === 'agreement' ? t('log.outcomeAgreement') : t('log.outcomeNoDeal');
      break;
    // Private to this seat (the view gives them to no one else).
    case 'change':
      text = changeText(entry, levelNaming(level, language), changeWords(language));
      break;
    case 'intel':
      text = intelText(entry, levelNaming(level, language), changeWords(language));
      break;
  }
  // A bot's reason and a statement are codes, worded from the protocol's catalog in the reader's language.
  const reason = 'reason' in entry && entry.reason ? entry.reason : 'why' in entry && entry.why ? reasonText(entry.why, levelNaming(level, language), statementWords(language)) : null;
  const statement = 'statement' in entry && entry.statement ? statementText(entry.statement, levelNaming(level, language), statementWords(language)) : null;
  return { index, round: entry.round, kind: entry.kind, text, reason, statement, colour: 'role' in entry ? roleColour(level, entry.role) : null };
}

/** The whole log, newest last (whose turn it is shows in the status line, not here). */
export function moveLogVm(level: PublicLevel, log: readonly LogEntry[], language: string, t: T): LogLineVm[] {
  return log.map((e, i) => logLine(level, e, i, language, t));
}

export interface EventBannerVm {
  readonly logIndex: number;
  readonly title: string;
  readonly text: string;
}

/** Events announced since `since` (a log length seen before): the newest one, for the banner. */
export function eventBannerVm(level: PublicLevel, log: readonly LogEntry[], since: number, language: string): EventBannerVm | null {
  for (let i = log.length - 1; i >= since && i >= 0; i--) {
    const entry = log[i];
    if (entry?.kind === 'event') {
      const event = level.events.find((e) => e.id === entry.event);
      return { logIndex: i, title: localText(event?.name, language) || entry.event, text: localText(event?.text, language) };
    }
    if (entry?.kind === 'drift' && entry.cause === 'schedule') {
      const drift = level.noDeal.drift.find((d) => d.round === entry.round && d.issue === entry.issue);
      const issue = level.issues.find((x) => x.id === entry.issue);
      return { logIndex: i, title: localText(issue?.name, language), text: localText(drift?.text, language) };
    }
  }
  return null;
}
