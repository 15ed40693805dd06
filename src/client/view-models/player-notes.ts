/**
 * The players' own notes ("why I moved") for the debrief: each move a human wrote a note with, as
 * a log sentence beside the note in the player's words. Kept apart from the bots' reasons (which
 * are codes worded by the protocol) so the two sit side by side. The notes come from the debrief's
 * full log, which a seat receives only once the game is over.
 */
import type { Debrief } from '../../engine/debrief.js';
import type { LogEntry } from '../../engine/rules/state.js';
import type { PublicLevel } from '../../engine/view.js';
import { logLine } from './log.js';
import { localText, type T } from './text.js';

export interface PlayerNoteVm {
  readonly round: number;
  /** The move, as the move log words it. */
  readonly move: string;
  readonly note: string;
}

export interface PlayerNotesVm {
  readonly role: string;
  readonly name: string;
  readonly notes: readonly PlayerNoteVm[];
}

/** A move's note, if the entry is a move that carries one (only players write `reason`; bots give codes). */
export function noteOf(entry: LogEntry): string | null {
  return 'role' in entry && 'reason' in entry && typeof entry.reason === 'string' && entry.reason.trim() ? entry.reason : null;
}

export function playerNotesVm(level: PublicLevel, debrief: Debrief, language: string, t: T): PlayerNotesVm[] {
  return level.roles
    .map((r) => ({
      role: r.id,
      name: localText(r.name, language),
      notes: debrief.log.flatMap((entry, i) => {
        const note = noteOf(entry);
        if (note === null || !('role' in entry) || entry.role !== r.id) return [];
        return [{ round: entry.round, move: logLine(level, entry, i, language, t).text, note }];
      }),
    }))
    .filter((r) => r.notes.length > 0);
}
