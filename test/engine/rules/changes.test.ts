/**
 * Changes explained as data: every effect that moves a role's figures leaves a private entry per
 * affected role (cause, effect, before → after); reveals say whose values, which issue, when.
 * Those entries reach their role's view only. The test level's values are in helpers.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ChangeEntry, IntelEntry } from '../../../src/engine/rules/changes.js';
import type { GameEvent } from '../../../src/engine/rules/events.js';
import { logEntries } from '../../../src/engine/rules/log.js';
import { GameSession } from '../../../src/engine/session.js';
import type { RoleId } from '../../../src/engine/types.js';
import { viewFor } from '../../../src/engine/view.js';
import { changeText, intelText } from '../../../src/protocol/change-words.js';
import { levelNaming } from '../../../src/protocol/engine-words.js';
import { publicLevel } from '../../../src/engine/view.js';
import { rid, testModel, ev, type Loose } from '../helpers.js';

const model = testModel({
  decks: { north: ['sway', 'fta', 'walk', 'spy', 'rally', 'fund', 'sway-all'] },
  cardsPerTurn: 5,
  start: 20,
  drift: [{ round: 2, issue: 'duties', option: 2 }],
});

function play(session: GameSession, event: Loose<GameEvent>): void {
  expect(session.send(ev(event)), JSON.stringify(event)).toEqual({ ok: true });
}

const changes = (session: GameSession): ChangeEntry[] => logEntries(session.state.log).filter((e): e is ChangeEntry => e.kind === 'change');

describe('changes explained as data', () => {
  const session = GameSession.create(model, 3);
  play(session, { type: 'start' });

  it('a value shift names the card, who played it on whom, and the option before and after', () => {
    play(session, { type: 'playCard', role: 'north', card: 'sway', target: 'south' });
    expect(changes(session)).toEqual([
      { kind: 'change', round: 1, role: 'south', cause: { source: 'card', id: 'sway', by: 'north', target: 'south' }, change: { effect: 'shiftValue', issue: 'data', option: 0, before: 0, after: 60 } },
    ]);
    expect(session.state.roles[rid('south')]?.values[0]?.[0]).toBe(60);
  });

  it('a drift tells every role whose walk-away value it moved, and by how much', () => {
    const before = changes(session).length;
    play(session, { type: 'playCard', role: 'north', card: 'fta' });
    const drift = changes(session).slice(before);
    // data moves from option 1 to 2: north 20 → 0, south 25 → 35, east 30 → 10, lobby 20 → 60.
    expect(drift.map((e) => [e.role, e.change])).toEqual([
      ['north', { effect: 'noDealDrift', issue: 'data', from: 1, option: 2, before: 55, after: 35 }],
      ['south', { effect: 'noDealDrift', issue: 'data', from: 1, option: 2, before: 25, after: 35 }],
      ['east', { effect: 'noDealDrift', issue: 'data', from: 1, option: 2, before: 50, after: 30 }],
      ['lobby', { effect: 'noDealDrift', issue: 'data', from: 1, option: 2, before: 20, after: 60 }],
    ]);
    for (const e of drift) expect(viewFor(model, session.state, session.phase, e.role).self?.noDealValue).toBe(e.change.after);
  });

  it('a no-deal adjustment, standing and resource each say before and after', () => {
    const before = changes(session).length;
    play(session, { type: 'playCard', role: 'north', card: 'walk' });
    play(session, { type: 'playCard', role: 'north', card: 'rally' });
    const own = changes(session).slice(before);
    expect(own.map((e) => e.change)).toEqual([
      { effect: 'noDealValue', before: 35, after: 125 },
      { effect: 'standing', before: 0, after: 8 },
    ]);
    expect(viewFor(model, session.state, session.phase, rid('north')).self?.noDealValue).toBe(125);
  });

  it('a reveal says whose values, on which issue, in which round, through which card', () => {
    play(session, { type: 'playCard', role: 'north', card: 'spy', target: 'south' });
    const intel = logEntries(session.state.log).filter((e): e is IntelEntry => e.kind === 'intel');
    expect(intel).toEqual([{ kind: 'intel', round: 1, role: 'north', about: 'south', issue: 'duties', values: [0, 10, 45], cause: { source: 'card', id: 'spy', by: 'north', target: 'south' } }]);
    expect(viewFor(model, session.state, session.phase, rid('north')).self?.intel).toEqual([{ about: 'south', issue: 'duties', values: [0, 10, 45], round: 1 }]);
  });

  it('the scheduled drift is explained to each role it moves', () => {
    const at = changes(session).length;
    while (session.state.round < 2) play(session, { type: 'endTurn', role: model.turnOrder[session.state.turn] as RoleId });
    const drift = changes(session).slice(at).filter((e) => e.cause.source === 'schedule');
    // duties 0 → 2: north 40 → 0, south 0 → 45, lobby 0 → 40; east (20 everywhere) is not moved.
    expect(drift.map((e) => [e.role, e.change.before, e.change.after])).toEqual([
      ['north', 125, 85],
      ['south', 35, 80],
      ['lobby', 60, 100],
    ]);
  });

  it('no other seat and no spectator ever sees them; their role sees all of its own', () => {
    const all = logEntries(session.state.log).filter((e) => e.kind === 'change' || e.kind === 'intel');
    expect(all.length).toBeGreaterThan(8);
    for (const viewer of [...model.roleIds, null]) {
      const log = viewFor(model, session.state, session.phase, viewer).log;
      const seen = log.filter((e) => e.kind === 'change' || e.kind === 'intel');
      expect(seen).toEqual(all.filter((e) => 'role' in e && e.role === viewer));
    }
  });

  it('words each entry with the level names, from the protocol catalog', () => {
    const naming = levelNaming(publicLevel(model.level));
    const [sway] = changes(session);
    expect(changeText(sway as ChangeEntry, naming)).toBe('north name’s “sway” on south name: you now value “local” (Data) 60 (was 0, +60)');
    const drift = changes(session).find((e) => e.cause.source === 'schedule' && e.role === 'north') as ChangeEntry;
    expect(changeText(drift, naming)).toBe('The drift of the world without a deal: without a deal, Duties moves from “lapse” to “permanent”; walking away is now worth 85 to you (was 125, −40)');
    const intel = logEntries(session.state.log).find((e): e is IntelEntry => e.kind === 'intel') as IntelEntry;
    expect(intelText(intel, naming)).toBe('north name’s “spy” on south name: south name’s points on Duties: lapse 0 · review 10 · permanent 45');
  });
});
