/**
 * A bot's private reason is worded whole in the reader's language: the strategy id in its
 * parameters ("reciprocator") is named from the catalog, not shown as the id.
 */
import { describe, expect, it } from 'vitest';
import { NEGOTIATING_STRATEGIES } from '../../src/engine/bots/bot.js';
import type { BotReason } from '../../src/engine/rules/reasons.js';
import { reasonText, statementWords } from '../../src/protocol/statement-words.js';

const endTurn = (strategy: string): BotReason => ({ code: 'endTurn', params: { strategy, aim: 40 } });

describe('bot reasons in words', () => {
  it('names every negotiating strategy in each language, never by its id outside English', () => {
    for (const strategy of NEGOTIATING_STRATEGIES) {
      expect(reasonText(endTurn(strategy))).toMatch(new RegExp(`^${strategy}: `));
      for (const language of ['fr', 'es']) {
        const text = reasonText(endTurn(strategy), undefined, statementWords(language));
        expect(text).not.toContain(strategy);
        expect(text).toContain('40');
      }
    }
    expect(reasonText(endTurn('reciprocator'), undefined, statementWords('fr'))).toMatch(/^donnant-donnant : /);
    expect(reasonText(endTurn('hardliner'), undefined, statementWords('es'))).toMatch(/^intransigente: /);
  });

  it('keeps an unknown strategy id as it is rather than a catalog key', () => {
    expect(reasonText(endTurn('newcomer'), undefined, statementWords('es'))).toMatch(/^newcomer: /);
  });

  it('words a counter-offer\'s second reason in Spanish without an invented word', () => {
    const counter: BotReason = { code: 'endTurn', params: { strategy: 'dealmaker', aim: 30 }, then: endTurn('dealmaker') };
    expect(reasonText(counter, undefined, statementWords('es'))).toContain('; hago esta contraoferta: conciliador: ');
  });
});
