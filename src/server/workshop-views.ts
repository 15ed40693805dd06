/**
 * What the screens of a workshop are sent: a waiting participant's state, the projector's public
 * view (no chat, no private values) and the facilitator console (everything).
 */
import type { LevelModel } from '../engine/level/model.js';
import type { ChatEntry, ConsoleState, LevelSummary, ParticipantInfo, ParticipantState, PublicSessionState, TableResult } from '../protocol/messages.js';
import { textOf } from './levels.js';
import type { Participant, Workshop } from './workshop.js';

export function participantInfo(w: Workshop, p: Participant): ParticipantInfo {
  let connected = p.connections > 0;
  if (p.table !== null && p.role !== null) connected = connected || (w.tables[p.table]?.seatInfo().find((s) => s.role === p.role)?.connected ?? false);
  return { id: p.id, name: p.name, connected, table: p.table, role: p.role, muted: p.muted };
}

export function participantState(w: Workshop, p: Participant): ParticipantState {
  return {
    you: participantInfo(w, p),
    status: w.status,
    title: textOf(w.model.level.title, w.settings.language),
    seat: p.table !== null && p.role !== null ? { table: p.table, role: p.role, roomId: w.tables[p.table]?.roomId ?? '' } : null,
    announcement: w.announcements.for(p.table),
  };
}

const summaries = new WeakMap<LevelModel, Map<string, LevelSummary>>();

/** The public parts of a level that screens need to label results, in `language` (cached per level model and language). */
export function levelSummary(model: LevelModel, language = 'en'): LevelSummary {
  const byLanguage = summaries.get(model) ?? new Map<string, LevelSummary>();
  summaries.set(model, byLanguage);
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const level = model.level;
  const say = (text: Readonly<Record<string, string>> | undefined): string => textOf(text, language);
  const summary: LevelSummary = {
    id: level.id,
    title: say(level.title),
    years: level.impact.years,
    roles: level.roles.map((r) => ({ id: r.id, name: say(r.name), colour: r.colour ?? null })),
    issues: level.issues.map((i) => ({ id: i.id, name: say(i.name), options: i.options.map((o) => say(o.label)) })),
    indicators: level.impact.indicators.map((i) => ({ id: i.id, name: say(i.name), unit: say(i.unit) })),
    debriefQuestions: level.debrief.questions.map((q) => say(q)),
  };
  byLanguage.set(language, summary);
  return summary;
}

export function results(w: Workshop): TableResult[] {
  return w.tables.map((t) => t.result()).filter((r): r is TableResult => r !== null);
}

export function publicState(w: Workshop): PublicSessionState {
  return {
    code: w.code,
    joinUrl: w.joinUrl(),
    status: w.status,
    level: levelSummary(w.model, w.settings.language),
    participants: w.participants.size,
    tables: w.tables.map((t) => t.summary()),
    results: results(w),
    announcements: w.announcements.list(),
    language: w.settings.language,
  };
}

/** Display names used by more than one participant, compared as people read them (case, spaces). */
export function duplicateNames(participants: Iterable<Participant>): string[] {
  const byName = new Map<string, string[]>();
  for (const p of participants) {
    const key = p.name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
    byName.set(key, [...(byName.get(key) ?? []), p.name]);
  }
  return [...byName.values()].filter((names) => names.length > 1).map((names) => names[0] as string);
}

export function consoleState(w: Workshop): ConsoleState {
  const chat: ChatEntry[] = [];
  for (const t of w.tables) chat.push(...t.allChat());
  chat.sort((a, b) => a.at - b.at);
  return {
    ...publicState(w),
    sessionId: w.id,
    settings: { ...w.settings, turnSeconds: w.turnSeconds },
    participantList: [...w.participants.values()].map((p) => participantInfo(w, p)),
    chat: chat.slice(-300),
    // In the session's language (the facilitator's choice when opening it), like the level summary.
    events: w.model.level.events.map((e) => ({ id: e.id, name: textOf(e.name, w.settings.language), trigger: e.trigger })),
    roles: w.model.level.roles.map((r) => ({ id: r.id, name: textOf(r.name, w.settings.language), playable: w.tables[0]?.humanRoles.includes(r.id) ?? false })),
    duplicateNames: duplicateNames(w.participants.values()),
  };
}
