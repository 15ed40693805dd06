/**
 * What changed for the viewer, said when it happens: between two snapshots of the same seat, each
 * of its own points that moved, with the move that moved it ("Technology-industry lobby's “Industry
 * study on duties”: you now value Permanent +8 (0 → 8)"). Computed from the viewer's own values only,
 * so no line can carry another seat's private figure.
 *
 * The cause is the engine's private change entry for that option when the snapshot carries it (it
 * names the card and who played it, or the event); else the card or event the same snapshot brought.
 */
import type { LogEntry } from '../../engine/rules/state.js';
import type { PublicLevel, RoleView } from '../../engine/view.js';
import { localText, roleName, type T } from './text.js';

export interface ValueChangeVm {
  readonly issueIndex: number;
  readonly option: number;
  readonly before: number;
  readonly after: number;
  /** The sentence for the player and the move log. */
  readonly text: string;
  /** The log entry of the cause (for the move log), or null when none came with the change. */
  readonly logIndex: number | null;
}

function cardCause(level: PublicLevel, by: string, cardId: string, language: string, t: T): string {
  const card = localText(level.cards.find((c) => c.id === cardId)?.name, language) || cardId;
  return t('effects.byCard', { role: roleName(level, by, language), card });
}

/** The engine's own record of this change (its private change entry), when the snapshot carries it. */
function recordedCause(level: PublicLevel, fresh: readonly LogEntry[], issueId: string, option: number, language: string, t: T): string | null {
  for (const e of fresh) {
    if (e.kind !== 'change' || e.change.effect !== 'shiftValue' || e.change.issue !== issueId || e.change.option !== option) continue;
    const c = e.cause;
    if (c.source === 'card') return cardCause(level, c.by, c.id, language, t);
    if (c.source === 'event') return t('effects.byEvent', { event: localText(level.events.find((x) => x.id === c.id)?.name, language) || c.id });
  }
  return null;
}

function causeOf(level: PublicLevel, entry: LogEntry, language: string, t: T): string | null {
  if (entry.kind === 'card') {
    const card = localText(level.cards.find((c) => c.id === entry.card)?.name, language) || entry.card;
    return t('effects.byCard', { role: roleName(level, entry.role, language), card });
  }
  if (entry.kind === 'event') return t('effects.byEvent', { event: localText(level.events.find((e) => e.id === entry.event)?.name, language) || entry.event });
  return null;
}

/**
 * The viewer's value changes from `before` to `after` (both the same seat's views), each worded
 * with its cause among `fresh` (the log entries the later snapshot added, starting at `firstIndex`).
 */
export function valueChanges(level: PublicLevel, before: RoleView, after: RoleView, fresh: readonly LogEntry[], firstIndex: number, language: string, t: T): ValueChangeVm[] {
  const was = before.self;
  const now = after.self;
  if (!was || !now || was.role !== now.role) return [];
  let cause: string | null = null;
  let logIndex: number | null = null;
  for (let i = fresh.length - 1; i >= 0 && cause === null; i--) {
    const entry = fresh[i];
    if (!entry) continue;
    cause = causeOf(level, entry, language, t);
    if (cause !== null) logIndex = firstIndex + i;
  }
  const changes: ValueChangeVm[] = [];
  level.issues.forEach((issue, i) => {
    issue.options.forEach((option, k) => {
      const b = was.values[i]?.[k];
      const a = now.values[i]?.[k];
      if (b === undefined || a === undefined || a === b) return;
      const delta = a - b > 0 ? `+${a - b}` : String(a - b);
      const what = { option: localText(option.label, language), issue: localText(issue.name, language), delta, before: b, after: a };
      const named = recordedCause(level, fresh, issue.id, k, language, t) ?? cause;
      changes.push({ issueIndex: i, option: k, before: b, after: a, logIndex, text: named ? t('effects.line', { cause: named, ...what }) : t('effects.lineNoCause', what) });
    });
  });
  return changes;
}
