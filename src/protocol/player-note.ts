/**
 * The "why I moved" note: a player's own short reason for a move (an offer, a counter, an answer, a
 * card), kept with the move in the log. Like a bot's reason it is private to its seat until the
 * game is over (engine/view.ts hides other roles' reasons during play), then shown in the debrief
 * and the facilitator's CSV export. One rule, asked by the client before it sends and by the
 * server before it applies: plain text of one short sentence, so a junk note is refused with a
 * reason the player can act on, and the move with it changes nothing.
 */
import { z } from 'zod';

/** The most characters a note may have: a sentence, not an essay. */
export const NOTE_MAX = 200;

export const PlayerNoteSchema = z
  .string({ error: 'a note is text' })
  .max(NOTE_MAX, { error: `a note is at most ${NOTE_MAX} characters` })
  .refine((s) => s.trim().length > 0, { error: 'a note is not empty (leave it out instead)' })
  .refine((s) => !/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(s), { error: 'a note is one line of plain text (no control characters)' });

/** The note as the client sends it: trimmed, and nothing at all when the player wrote nothing. */
export function noteToSend(text: string): { reason?: string } {
  const trimmed = text.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\s]+/gu, ' ').trim();
  return trimmed ? { reason: [...trimmed].slice(0, NOTE_MAX).join('') } : {};
}
