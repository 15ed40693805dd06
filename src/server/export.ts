/**
 * Exports for the facilitator: results as CSV (one row per table and role, for a spreadsheet) and
 * the full log as JSON (settings, participants, every accepted game event with who sent it and
 * when, every chat message including private channels, and each table's result).
 */
import { logEntries } from '../engine/rules/log.js';
import type { LogEntry } from '../engine/rules/state.js';
import { textOf } from './levels.js';
import type { Workshop } from './workshop.js';

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  // Quote always; neutralise spreadsheet formulas in names typed by participants.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * A seat's "why I moved" notes, in order, each after its move ("R2 offer #3: …"), for the rubric's
 * reflection criterion. Only players write a move's `reason` (bots give reason codes).
 */
function playerNotes(log: readonly LogEntry[], role: string): string[] {
  const out: string[] = [];
  for (const e of log) {
    if (!('role' in e) || e.role !== role || !('reason' in e) || !e.reason) continue;
    const move = 'offer' in e && e.kind !== 'offer' ? `${e.kind} #${e.offer}` : e.kind === 'offer' ? `${'counterTo' in e && e.counterTo ? 'counter' : 'offer'} #${e.offer}` : e.kind === 'card' ? `card ${e.card}` : e.kind;
    out.push(`R${e.round} ${move}: ${e.reason}`);
  }
  return out;
}

export function resultsCsv(w: Workshop): string {
  const level = w.model.level;
  const indicatorIds = level.impact.indicators.map((i) => i.id);
  const header = [
    'session', 'code', 'level', 'table', 'outcome', 'agreed_text', 'pareto_distance', 'role', 'participant',
    'value', 'no_deal_value', 'score_vs_no_deal', 'relative_gain', 'win_share',
    ...indicatorIds.map((id) => `indicator_${id}`), ...indicatorIds.map((id) => `no_deal_${id}`),
    'notes_count', 'player_notes',
  ];
  const rows: string[] = [header.map(csvCell).join(',')];
  for (const t of w.tables) {
    const r = t.result();
    const text = r
      ? level.issues.map((issue) => `${textOf(issue.name)}: ${textOf(issue.options[r.text[issue.id] ?? 0]?.label)}`).join('; ')
      : '';
    const log = logEntries(t.session.state.log);
    for (const role of w.model.roleIds) {
      const notes = playerNotes(log, role);
      const rr = r?.roles.find((x) => x.role === role);
      const pid = t.participantAt(role);
      const name = pid ? (w.participants.get(pid)?.name ?? '') : t.controllerOf(role) === 'bot' ? '(bot)' : '';
      rows.push(
        [
          w.id, w.code, level.id, t.index + 1, r?.outcome ?? t.session.phase, text, r?.paretoDistance ?? '', role, name,
          rr?.value ?? '', rr?.noDealValue ?? '', rr?.scoreVsNoDeal ?? '', rr?.relativeGain ?? '', rr?.winShare ?? '',
          ...indicatorIds.map((id) => r?.indicators.find((i) => i.id === id)?.value ?? ''),
          ...indicatorIds.map((id) => r?.indicators.find((i) => i.id === id)?.noDeal ?? ''),
          notes.length, notes.join(' | '),
        ].map(csvCell).join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** The full log. Records come from the session file, so the export is exactly what was persisted. */
export function fullLogJson(w: Workshop, records: readonly unknown[]): object {
  const participants = [...w.participants.values()].map((p) => ({ id: p.id, name: p.name, joinedAt: p.joinedAt, table: p.table, role: p.role, muted: p.muted }));
  const tables = w.tables.map((t) => ({
    index: t.index,
    seed: t.seed,
    phase: t.session.phase,
    events: (records as { k: string; t?: number }[]).filter((r) => r.k === 'game' && r.t === t.index).map(({ k: _k, t: _t, ...rest }) => rest),
    chat: (records as { k: string; table?: number }[]).filter((r) => r.k === 'chat' && r.table === t.index).map(({ k: _k, ...rest }) => rest),
    result: t.result(),
    debrief: t.debrief(),
  }));
  return {
    format: 'ministerial-workshop-log/1',
    exportedAt: new Date().toISOString(),
    session: { id: w.id, code: w.code, status: w.status, settings: w.settings, turnSeconds: w.turnSeconds },
    participants,
    tables,
    // Session-level records (joins, seat assignments, status changes, timers, mutes) in order.
    timeline: (records as { k: string }[]).filter((r) => r.k !== 'game' && r.k !== 'chat' && r.k !== 'settings').map((r) => {
      const { tokenHash: _t, ...rest } = r as { tokenHash?: string };
      return rest;
    }),
  };
}
