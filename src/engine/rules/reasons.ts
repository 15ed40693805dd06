/**
 * A bot's private reason for a move, as a code with parameters (figures included: the reason is
 * the bot's own reckoning, hidden from the other seats until the game is over, then shown in the
 * debrief). The edges word it with the level's names (src/protocol/statement-words.ts), so the
 * debrief reads "moves the voters on Customs duties: Permanent moratorium", not engine ids.
 */
import { z } from 'zod';

export const BOT_REASON_CODES = [
  // Cards, by the effect that made the card worth playing.
  'card.shiftValue',
  'card.resource',
  'card.standing',
  'card.noDealValue',
  'card.noDealDrift',
  'card.unlockOption',
  'card.alreadyTabled',
  'card.reveal',
  'card.draw',
  'card.none',
  // Offers and answers.
  'offer.trade',
  'offer.best',
  'accept',
  'reject.belowNoDeal',
  'reject.belowAim',
  'endTurn',
  'vote',
  // The random bot's coin tosses.
  'random.card',
  'random.offer',
  'random.answer',
  'random.endTurn',
  'random.vote',
] as const;

export type BotReasonCode = (typeof BOT_REASON_CODES)[number];

export type ReasonParam = string | number | boolean;

export interface BotReason {
  readonly code: BotReasonCode;
  /** Its figures and ids: the strategy, points, issue and option ids, roles, offer ids. */
  readonly params: Readonly<Record<string, ReasonParam>>;
  /** A second reason that goes with it (a counter: why the offer was rejected, then why this package). */
  readonly then?: BotReason;
}

const param = z.union([z.string().max(64), z.number(), z.boolean()]);

export const BotReasonSchema: z.ZodType<BotReason> = z.strictObject({
  code: z.enum(BOT_REASON_CODES),
  params: z.record(z.string().max(32), param),
  get then() {
    return BotReasonSchema.optional();
  },
});
