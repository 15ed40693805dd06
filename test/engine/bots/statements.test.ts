/**
 * Bots talk in public without giving their values away: over 200 simulated games (every shipped
 * level, mixed strategies), every card, offer, counter, accept, reject and vote of a bot carries a
 * statement whose parameters are ids only, and whose words hold no figure of the speaker's values.
 */
import { describe, expect, it } from 'vitest';
import type { StrategyId } from '../../../src/engine/bots/bot.js';
import { STATEMENT_PARAMS, type Statement } from '../../../src/engine/rules/statements.js';
import { parseGameEvent } from '../../../src/engine/rules/event-schema.js';
import { GameSession } from '../../../src/engine/session.js';
import { playBotGame } from '../../../src/engine/simulate.js';
import type { Naming } from '../../../src/protocol/engine-words.js';
import { PlayerActionSchema } from '../../../src/protocol/messages.js';
import { statementText } from '../../../src/protocol/statement-words.js';
import { loadLevel, SHIPPED_LEVELS } from '../helpers.js';
import type { IssueId } from '../../../src/engine/types.js';

const MIXES: readonly StrategyId[][] = [
  ['hardliner', 'dealmaker', 'reciprocator'],
  ['dealmaker', 'reciprocator', 'hardliner'],
  ['reciprocator', 'hardliner', 'random'],
  ['random', 'dealmaker', 'hardliner'],
];

/** Names without digits, so any figure in a statement's words comes from the statement itself. */
const LETTERS: Naming = { role: () => 'ROLE', card: () => 'CARD', issue: () => 'ISSUE', option: () => 'OPTION', event: () => 'EVENT', indicator: () => 'INDICATOR' };

describe('bot statements', () => {
  it('over 200 games, every bot move but ending a turn says something public, with ids only and no private figure', () => {
    let games = 0;
    let said = 0;
    for (let g = 0; games < 200; g++) {
      const name = SHIPPED_LEVELS[g % SHIPPED_LEVELS.length] as string;
      const { model } = loadLevel(name);
      const mix = MIXES[g % MIXES.length] as StrategyId[];
      const strategies = Object.fromEntries(model.roleIds.map((r, i) => [r, mix[i % mix.length] as StrategyId]));
      const { session } = playBotGame(model, 7000 + g, strategies);
      games++;
      for (const event of session.history) {
        if (!('role' in event) || event.type === 'endTurn') continue;
        const statement = event.statement as Statement | undefined;
        expect(statement, JSON.stringify(event)).toBeDefined();
        if (!statement) continue;
        said++;
        // Ids only: no parameter outside the list, and the only numbers are an option index and an offer id.
        for (const [key, value] of Object.entries(statement)) {
          expect(STATEMENT_PARAMS, key).toContain(key);
          if (typeof value === 'number') expect(['option', 'offer'], `${key} in ${JSON.stringify(statement)}`).toContain(key);
        }
        if (statement.option !== undefined) expect(statement.option).toBeLessThan(model.optionCounts[model.issueIndex.get(statement.issue as IssueId) as number] as number);
        if (statement.offer !== undefined) expect(statement.offer).toBeLessThanOrEqual(session.state.offers.length);
        // No figure of the speaker's values (at the start or the end of the game) in its words.
        const values = new Set([...(model.values[model.roleIndex.get(event.role) as number] ?? []).flat(), ...(session.state.roles[event.role]?.values ?? []).flat()]);
        const text = statementText(statement, LETTERS).replace(/#\d+/g, '#');
        for (const figure of text.match(/\d+/g) ?? []) expect(values.has(Number(figure)), `${text} (${event.role})`).toBe(false);
        expect(text).not.toMatch(/\{\{|^statement\./);
      }
    }
    expect(said).toBeGreaterThan(games * 5);
  }, 240_000);

  it('names a concern from the impact model: a permanent moratorium costs the developing delegation its tariff revenue', () => {
    const { model } = loadLevel('tutorial');
    const { session } = playBotGame(model, 11, Object.fromEntries(model.roleIds.map((r) => [r, 'hardliner' as StrategyId])));
    const concerns = session.history.flatMap((e) => ('statement' in e && e.statement?.indicator !== undefined ? [{ role: e.role, s: e.statement }] : []));
    expect(concerns.length).toBeGreaterThan(0);
    for (const { s } of concerns) expect(model.level.impact.indicators.map((i) => i.id)).toContain(s.indicator);
  });
});

describe('stock statements from players', () => {
  const { model } = loadLevel('tutorial');
  const offer = { type: 'offer', package: { 'data-flows': 1, 'customs-duties': 0 } };

  it('an offer may carry a stock statement, which the rules take and the log shows to all', () => {
    expect(PlayerActionSchema.safeParse({ ...offer, statement: { code: 'stockPolicySpace', issue: 'data-flows' } }).success).toBe(true);
    const session = GameSession.create(model, 1);
    session.send({ type: 'start' });
    const role = model.turnOrder[0] as string;
    expect(session.receive({ ...offer, role, statement: { code: 'stockPolicySpace', issue: 'data-flows' } })).toEqual({ ok: true });
    expect(session.log.at(-1)).toMatchObject({ kind: 'offer', statement: { code: 'stockPolicySpace', issue: 'data-flows' } });
  });

  it('refuses an unknown code, a bot-only code, extra parameters and an unknown issue', () => {
    for (const statement of [{ code: 'iAmTheChair' }, { code: 'rejectConcern' }, { code: 'stockBalanced', value: 12 }, { code: 'stockBalanced', option: 1 }]) {
      expect(PlayerActionSchema.safeParse({ ...offer, statement }).success, JSON.stringify(statement)).toBe(false);
    }
    expect(PlayerActionSchema.safeParse({ type: 'accept', offer: 1, statement: { code: 'stockBalanced' } }).success).toBe(false);
    expect(parseGameEvent({ ...offer, role: 'developing', statement: { code: 'nope' } }).ok).toBe(false);
    const session = GameSession.create(model, 1);
    session.send({ type: 'start' });
    const before = session.state;
    const result = session.receive({ ...offer, role: model.turnOrder[0], statement: { code: 'stockCertainty', issue: 'no-such-issue' } });
    expect(result).toEqual({ ok: false, refusal: { code: 'unknownIssue', params: { issue: 'no-such-issue' } } });
    expect(session.state).toBe(before);
  });
});
