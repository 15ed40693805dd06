/**
 * A no-deal drift that binds only its parties (a free-trade agreement binds nobody else): the shared
 * no-deal outcome stays where it is, each party's walking away moves by what the new option is worth
 * to it against the shared one, the other roles are untouched, and the public drift entry names the
 * parties. The test level's values are in helpers.ts (data [north 30/20/0, south 0/25/35, east
 * 10/30/10, lobby 0/20/60]; duties [north 40/20/0, south 0/10/45, east 20/20/20, lobby 0/20/40]).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../src/engine/rules/changes.js';
import { driftForParties, noDealWorth } from '../../../src/engine/rules/effects.js';
import type { GameEvent } from '../../../src/engine/rules/events.js';
import { logEntries } from '../../../src/engine/rules/log.js';
import type { LogEntry, RoleState } from '../../../src/engine/rules/state.js';
import { scoreGame } from '../../../src/engine/scoring/outcome.js';
import { GameSession } from '../../../src/engine/session.js';
import type { RoleId } from '../../../src/engine/types.js';
import { viewFor } from '../../../src/engine/view.js';
import { rid, testModel, ev, type Loose } from '../helpers.js';

const model = testModel({
  decks: { north: ['fta-south'] },
  cardsPerTurn: 2,
  drift: [{ round: 2, issue: 'duties', option: 2, parties: ['south', 'lobby'] }],
  patch: (input) => {
    input.cards = [...(input.cards ?? []), { id: 'fta-south', kind: 'influence', name: { en: 'FTA' }, text: { en: 'FTA' }, cost: 0, effects: [{ kind: 'noDealDrift', issue: 'data', option: 2, parties: ['south'] }] }];
  },
});

function play(session: GameSession, event: Loose<GameEvent>): void {
  expect(session.send(ev(event)), JSON.stringify(event)).toEqual({ ok: true });
}
const worth = (session: GameSession, role: string) => noDealWorth(session.state.roles[rid(role)] as RoleState, session.state.noDeal);
const changes = (session: GameSession): ChangeEntry[] => logEntries(session.state.log).filter((e): e is ChangeEntry => e.kind === 'change');

function started(): GameSession {
  const session = GameSession.create(model, 7);
  play(session, { type: 'start' });
  return session;
}

describe('a drift for its parties only', () => {
  it('a card moves the walking away of its parties only, and leaves the shared no-deal outcome', () => {
    const session = started();
    const before = Object.fromEntries(model.roleIds.map((r) => [r, worth(session, r)]));
    const at = changes(session).length;
    play(session, { type: 'playCard', role: 'north', card: 'fta-south' });
    expect(session.state.noDeal).toEqual([1, 0]);
    // south values data 25 → 35: +10; nobody else moves.
    expect(worth(session, 'south')).toBe((before.south as number) + 10);
    for (const r of ['north', 'east', 'lobby']) expect(worth(session, r)).toBe(before[r]);
    expect(changes(session).slice(at).map((e) => [e.role, e.change])).toEqual([['south', { effect: 'noDealDrift', issue: 'data', from: 1, option: 2, before: before.south, after: (before.south as number) + 10 }]]);
    const drift = logEntries(session.state.log).filter((e) => e.kind === 'drift');
    expect(drift).toEqual([{ kind: 'drift', round: 1, issue: 'data', option: 2, cause: 'fta-south', parties: ['south'] }]);
    // The public entry names the parties; the change stays private to south.
    expect(viewFor(model, session.state, session.phase, rid('north')).log.filter((e) => e.kind === 'change' && e.role === 'south')).toEqual([]);
    expect(viewFor(model, session.state, session.phase, rid('south')).self?.noDealValue).toBe(worth(session, 'south'));
  });

  it('the schedule moves its parties at the round it names, each by its own values', () => {
    const session = started();
    const before = Object.fromEntries(model.roleIds.map((r) => [r, worth(session, r)]));
    while (session.state.round < 2) play(session, { type: 'endTurn', role: model.turnOrder[session.state.turn] as RoleId });
    expect(session.state.noDeal).toEqual([1, 0]);
    // duties 0 → 2: south 0 → 45 (+45), lobby 0 → 40 (+40); north and east are not parties.
    expect(worth(session, 'south')).toBe((before.south as number) + 45);
    expect(worth(session, 'lobby')).toBe((before.lobby as number) + 40);
    expect(worth(session, 'north')).toBe(before.north);
    expect(worth(session, 'east')).toBe(before.east);
    const drift = logEntries(session.state.log).filter((e): e is Extract<LogEntry, { kind: 'drift' }> => e.kind === 'drift');
    expect(drift.map((e) => [e.round, e.issue, e.option, e.cause, e.parties])).toEqual([[2, 'duties', 2, 'schedule', ['south', 'lobby']]]);
  });

  it('scores the drift as a gain for its parties against the opening, and nothing for the others', () => {
    const session = started();
    while (session.phase !== 'concluded') {
      const role = model.turnOrder[session.state.turn] as RoleId;
      if (session.phase === 'negotiating') play(session, { type: 'endTurn', role });
      else if (session.phase === 'finalDecision') {
        const voter = model.voters.find((v) => session.state.votes[v] === undefined) as RoleId;
        play(session, { type: 'vote', role: voter, accept: false });
      } else break;
    }
    expect(session.phase).toBe('concluded');
    const result = scoreGame(model, session.state, 'opening');
    expect(result.roles[rid('south')]?.scoreVsOpening).toBe(45);
    expect(result.roles[rid('lobby')]?.scoreVsOpening).toBe(40);
    expect(result.roles[rid('north')]?.scoreVsOpening).toBe(0);
    expect(result.roles[rid('east')]?.scoreVsOpening).toBe(0);
    expect(result.winners).toEqual(['south']);
  });

  it('property: for any parties, option and values, only the parties move, each by its own difference (clamped)', () => {
    const roleIds = model.roleIds;
    fc.assert(
      fc.property(
        fc.subarray([...roleIds], { minLength: 1 }),
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: -100, max: 100 }),
        (parties, issue, option, row, adjustment) => {
          const session = started();
          const state = session.state;
          const roles = { ...state.roles };
          for (const r of roleIds) {
            const values = (roles[r]?.values as number[][]).map((o) => o.slice());
            values[issue] = row.slice();
            roles[r] = { ...(roles[r] as RoleState), values, noDealAdjustment: adjustment };
          }
          const s = { ...state, roles };
          const log: LogEntry[] = [];
          const next = driftForParties(model, s, issue, option, parties, { source: 'schedule' } as never, log);
          expect(next.noDeal).toEqual(s.noDeal);
          const from = s.noDeal[issue] as number;
          for (const r of roleIds) {
            const was = s.roles[r]?.noDealAdjustment as number;
            const now = next.roles[r]?.noDealAdjustment as number;
            if (!parties.includes(r) || from === option) expect(now).toBe(was);
            else expect(now).toBe(Math.max(-100, Math.min(100, was + (row[option] as number) - (row[from] as number))));
          }
          for (const e of log) expect(parties).toContain((e as ChangeEntry).role);
        },
      ),
      { numRuns: 200 },
    );
  });
});
