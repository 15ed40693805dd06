/**
 * One test (or a few) per rule of the negotiation: the start, every refusal of checks.ts, every
 * effect kind, offers and counters, adoption, blocking, turns and rounds, events, and the final
 * decision under each decision rule. Most tests use the small level of `testLevel` (see helpers.ts
 * for its roles and values); a few use the shipped tutorial.
 */
import { refusalText } from '../../../src/protocol/engine-words.js';
import { describe, expect, it } from 'vitest';
import type { LevelModel } from '../../../src/engine/level/model.js';
import { parseGameEvent } from '../../../src/engine/rules/event-schema.js';
import type { GameEvent } from '../../../src/engine/rules/events.js';
import { initialState } from '../../../src/engine/rules/apply.js';
import { logEntries, logLength } from '../../../src/engine/rules/log.js';
import type { GameState, LogEntry } from '../../../src/engine/rules/state.js';
import { packageValue } from '../../../src/engine/scoring/value.js';
import { GameSession } from '../../../src/engine/session.js';
import type { RoleId } from '../../../src/engine/types.js';
import { viewFor } from '../../../src/engine/view.js';
import { ev, loadLevel, rid, TEST_EVENTS, testModel, type Loose, type TestLevelOptions } from '../helpers.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function started(model: LevelModel, seed: number | string = 1): GameSession {
  const session = GameSession.create(model, seed);
  expect(session.send({ type: 'start' })).toEqual({ ok: true });
  return session;
}

function ok(session: GameSession, event: Loose<GameEvent>): void {
  expect(session.send(ev(event)), JSON.stringify(event)).toEqual({ ok: true });
}

/** Sends (or receives) the input, expects a refusal matching `reason`, and that nothing changed. */
function refused(session: GameSession, input: unknown, reason: string | RegExp, via: 'send' | 'receive' = 'send'): string {
  const before = session.state;
  const copy = structuredClone(before);
  const phase = session.phase;
  const historyLength = session.history.length;
  const checked = session.check(input);
  const result = via === 'send' ? session.send(input as GameEvent) : session.receive(input);
  expect(result.ok, `${JSON.stringify(input)} should be refused`).toBe(false);
  const got = result.ok ? '' : refusalText(result.refusal);
  if (typeof reason === 'string') expect(got).toBe(reason);
  else expect(got).toMatch(reason);
  // A readable sentence, not a stack trace or an object dump.
  expect(got.length).toBeGreaterThan(10);
  expect(got).not.toMatch(/\n|\[object/);
  if (via === 'send') expect(got).not.toMatch(/undefined/);
  // check() explains the same refusal (for well-formed inputs send and check agree).
  if (via === 'receive' || parseGameEvent(input).ok) expect(checked === null ? null : refusalText(checked)).toBe(got);
  expect(session.state).toBe(before);
  expect(session.state).toEqual(copy);
  expect(session.phase).toBe(phase);
  expect(session.history.length).toBe(historyLength);
  return got;
}

const due = (session: GameSession): RoleId => session.model.turnOrder[session.state.turn] as RoleId;

/** End turns until `role` is due (in the current or a later round). */
function turnOf(session: GameSession, role: string): void {
  for (let i = 0; i < 100 && (session.phase !== 'negotiating' || due(session) !== role); i++) ok(session, { type: 'endTurn', role: due(session) });
  expect(session.phase).toBe('negotiating');
  expect(due(session)).toBe(role);
}

/** End turns until the next round opens (the first role of the turn order is due). */
function nextRound(session: GameSession): void {
  const round = session.state.round;
  for (let i = 0; i < 100 && session.phase === 'negotiating' && session.state.round === round; i++) ok(session, { type: 'endTurn', role: due(session) });
  expect(session.phase).toBe('negotiating');
  expect(session.state.round).toBe(round + 1);
}

/** End every remaining turn of the game: the final decision opens (or the game concludes). */
function toFinalDecision(session: GameSession): void {
  for (let i = 0; i < 200 && session.phase === 'negotiating'; i++) ok(session, { type: 'endTurn', role: due(session) });
  expect(session.phase).not.toBe('negotiating');
}

function role(session: GameSession, id: string) {
  const r = session.state.roles[rid(id)];
  if (!r) throw new Error(`no role ${id}`);
  return r;
}

/** The first seed whose dealt hands satisfy `test`. */
function seedWhere(model: LevelModel, test: (state: GameState) => boolean): number {
  for (let seed = 1; seed < 500; seed++) if (test(initialState(model, seed))) return seed;
  throw new Error('no seed found');
}

function withCards(decks: Record<string, string[]>, options: TestLevelOptions = {}): LevelModel {
  return testModel({ decks, handSize: 8, ...options });
}

const newEntries = (before: GameState, after: GameState): LogEntry[] => logEntries(after.log).slice(logLength(before.log));

const PKG = { data: 0, duties: 0 };

// ---------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------

describe('start', () => {
  it('deals each hand per handSize during the briefing, then opens round 1 with the first role of the turn order', () => {
    const { level, model } = loadLevel('tutorial');
    const session = GameSession.create(model, 7);
    expect(session.phase).toBe('briefing');
    expect(session.state.round).toBe(0);
    for (const r of level.roles) {
      const s = role(session, r.id);
      expect(s.hand).toHaveLength(Math.min(r.handSize, r.deck.length));
      expect([...s.hand, ...s.deck].sort()).toEqual(r.deck.slice().sort());
      expect(s.resources).toBe(r.resource.start);
      expect(s.standing).toBe(0);
      expect(s.values).toEqual(level.issues.map((i) => r.values[i.id]));
    }
    const hands = model.roleIds.map((r) => role(session, r).hand);
    ok(session, { type: 'start' });
    expect(session.phase).toBe('negotiating');
    expect(session.state.round).toBe(1);
    expect(session.state.turn).toBe(0);
    expect(due(session)).toBe('tnc-lobby');
    // No income and no draw in round 1: the briefing's hands and resources carry over.
    expect(model.roleIds.map((r) => role(session, r).hand)).toEqual(hands);
    for (const r of level.roles) expect(role(session, r.id).resources).toBe(r.resource.start);
    expect(session.log[0]).toEqual({ kind: 'start', round: 1 });
    expect(session.log[1]).toEqual({ kind: 'roundStart', round: 1 });
    expect(session.log.at(-1)).toEqual({ kind: 'roundStart', round: 1 });
    expect(session.history).toEqual([{ type: 'start' }]);
  });

  it('never lets a hand grow past 8 cards, not even by the round\'s draw', () => {
    const model = testModel({ decks: { north: Array.from({ length: 10 }, () => 'fund') }, handSize: 8, drawPerRound: 2 });
    const s = started(model, 1);
    expect(role(s, 'north').hand).toHaveLength(8);
    expect(role(s, 'north').deck).toHaveLength(2);
    nextRound(s);
    expect(role(s, 'north').hand).toHaveLength(8);
    expect(role(s, 'north').deck).toHaveLength(2);
  });

  it('shuffles the decks by seed: the same seed deals the same hands, other seeds other hands', () => {
    const { model } = loadLevel('buenos-aires-2017');
    const hands = (seed: number) => model.roleIds.map((r) => GameSession.create(model, seed).state.roles[r]?.hand);
    expect(hands(3)).toEqual(hands(3));
    const distinct = new Set(Array.from({ length: 10 }, (_, i) => JSON.stringify(hands(i))));
    expect(distinct.size).toBeGreaterThan(5);
  });

  it('fires the scheduled round-1 events and round-1 drift at the start, and not those of later rounds', () => {
    const model = testModel({ events: TEST_EVENTS.filter((e) => e.trigger === 'scheduled'), drift: [{ round: 1, issue: 'duties', option: 2 }] });
    const session = started(model);
    expect(session.state.firedEvents).toEqual(['opening']);
    for (const r of model.roleIds) expect(role(session, r).resources).toBe(6);
    expect(role(session, 'north').standing).toBe(0); // 'summit' is for round 2
    expect(session.state.noDeal).toEqual([1, 2]);
    expect(session.log).toContainEqual({ kind: 'event', round: 1, event: 'opening', trigger: 'scheduled' });
    expect(session.log).toContainEqual({ kind: 'drift', round: 1, issue: 'duties', option: 2, cause: 'schedule' });
  });

  it('is refused once the game has started', () => {
    const session = started(testModel());
    refused(session, { type: 'start' }, '"start" is not possible during the negotiation rounds');
  });
});

// ---------------------------------------------------------------------------------------------
// Refusals
// ---------------------------------------------------------------------------------------------

describe('refusals: every rule says why and changes nothing', () => {
  it('out of phase', () => {
    const model = testModel({ rounds: 1 });
    const session = GameSession.create(model, 1);
    refused(session, { type: 'endTurn', role: 'north' }, '"endTurn" is not possible during the briefing');
    refused(session, { type: 'offer', role: 'north', package: PKG }, '"offer" is not possible during the briefing');
    refused(session, { type: 'timeout' }, '"timeout" is not possible during the briefing');
    refused(session, { type: 'inject', event: 'whatever' }, '"inject" is not possible during the briefing');
    ok(session, { type: 'start' });
    refused(session, { type: 'vote', role: 'north', accept: true }, '"vote" is not possible during the negotiation rounds');
    ok(session, { type: 'offer', role: 'north', package: PKG });
    toFinalDecision(session);
    expect(session.phase).toBe('finalDecision');
    refused(session, { type: 'playCard', role: 'north', card: 'fund' }, '"playCard" is not possible during the final decision');
    refused(session, { type: 'accept', role: 'south', offer: 1 }, '"accept" is not possible during the final decision');
    refused(session, { type: 'endTurn', role: 'north' }, '"endTurn" is not possible during the final decision');
    refused(session, { type: 'timeout' }, '"timeout" is not possible during the final decision');
    ok(session, { type: 'vote', role: 'north', accept: true });
    ok(session, { type: 'vote', role: 'south', accept: false });
    expect(session.phase).toBe('concluded');
    for (const event of [
      { type: 'start' },
      { type: 'vote', role: 'north', accept: true },
      { type: 'inject', event: 'x' },
      { type: 'timeout' },
      { type: 'offer', role: 'north', package: PKG },
    ] as GameEvent[]) {
      refused(session, event, `"${event.type}" is not possible during the end of the game`);
    }
  });

  it('an unknown role', () => {
    const session = started(testModel());
    refused(session, { type: 'offer', role: 'nobody', package: PKG }, 'there is no role "nobody" in this level');
    refused(session, { type: 'accept', role: 'nobody', offer: 1 }, 'there is no role "nobody" in this level');
    refused(session, { type: 'endTurn', role: 'nobody' }, 'there is no role "nobody" in this level');
  });

  it('not your turn', () => {
    const session = started(withCards({ south: ['fund'] }));
    expect(due(session)).toBe('north');
    refused(session, { type: 'playCard', role: 'south', card: 'fund' }, "it is north's turn, not south's");
    refused(session, { type: 'offer', role: 'south', package: PKG }, "it is north's turn, not south's");
    refused(session, { type: 'endTurn', role: 'lobby' }, "it is north's turn, not lobby's");
    ok(session, { type: 'offer', role: 'north', package: PKG });
    refused(session, { type: 'counter', role: 'south', offer: 1, package: PKG }, "it is north's turn, not south's");
  });

  it('a card not in hand, or no such card', () => {
    const session = started(withCards({ north: ['fund'] }));
    refused(session, { type: 'playCard', role: 'north', card: 'drain', target: 'south' }, 'card "drain" is not in north\'s hand');
    refused(session, { type: 'playCard', role: 'north', card: 'no-such-card' }, 'card "no-such-card" is not in north\'s hand');
  });

  it('not enough resources', () => {
    const session = started(withCards({ north: ['pricey'] }));
    refused(session, { type: 'playCard', role: 'north', card: 'pricey' }, 'card "pricey" costs 20 but north has 5');
  });

  it('the card limit per turn', () => {
    const one = started(withCards({ north: ['rally', 'fund'] }, { cardsPerTurn: 1 }));
    ok(one, { type: 'playCard', role: 'north', card: 'rally' });
    refused(one, { type: 'playCard', role: 'north', card: 'fund' }, 'only 1 card may be played per turn');
    const two = started(withCards({ north: ['rally', 'rally', 'fund'] }, { cardsPerTurn: 2 }));
    ok(two, { type: 'playCard', role: 'north', card: 'rally' });
    ok(two, { type: 'playCard', role: 'north', card: 'rally' });
    refused(two, { type: 'playCard', role: 'north', card: 'fund' }, 'only 2 cards may be played per turn');
    // The count is per turn: north may play again on its next turn.
    nextRound(two);
    ok(two, { type: 'playCard', role: 'north', card: 'fund' });
    const none = started(withCards({ north: ['rally'] }, { cardsPerTurn: 0 }));
    refused(none, { type: 'playCard', role: 'north', card: 'rally' }, 'only 0 cards may be played per turn');
  });

  it('targets: missing, forbidden, self, unknown', () => {
    const session = started(withCards({ north: ['drain', 'fund'] }));
    refused(session, { type: 'playCard', role: 'north', card: 'drain' }, 'card "drain" needs a target role');
    refused(session, { type: 'playCard', role: 'north', card: 'fund', target: 'south' }, 'card "fund" does not take a target');
    refused(session, { type: 'playCard', role: 'north', card: 'drain', target: 'north' }, 'a role cannot target itself with "drain"');
    refused(session, { type: 'playCard', role: 'north', card: 'drain', target: 'nobody' }, 'there is no role "nobody" to target');
  });

  it('a second package in the same turn', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    refused(session, { type: 'offer', role: 'north', package: { data: 1, duties: 0 } }, 'only one package may be put on the table per turn');
    turnOf(session, 'lobby');
    ok(session, { type: 'counter', role: 'lobby', offer: 1, package: { data: 2, duties: 2 } });
    refused(session, { type: 'offer', role: 'lobby', package: PKG }, 'only one package may be put on the table per turn');
    refused(session, { type: 'counter', role: 'lobby', offer: 1, package: PKG }, 'only one package may be put on the table per turn');
  });

  it('packages: incomplete, unknown issue, option out of range, locked option', () => {
    const session = started(testModel());
    const offer = (pkg: unknown) => ({ type: 'offer', role: 'north', package: pkg });
    refused(session, offer({ data: 0 }), 'the package gives no option for issue "duties"');
    refused(session, offer({}), 'the package gives no option for issue "data"');
    refused(session, offer({ data: 0, duties: 0, tariffs: 1 }), 'there is no issue "tariffs" on the table');
    refused(session, offer({ data: 3, duties: 0 }), 'issue "data" has options 0 to 2, not 3');
    refused(session, offer({ data: 0, duties: -1 }), 'issue "duties" has options 0 to 2, not -1');
    refused(session, offer({ data: 1.5, duties: 0 }), 'issue "data" has options 0 to 2, not 1.5');
    refused(session, offer({ data: 0, duties: 1 }), 'option 1 of issue "duties" has not been tabled yet (it is locked)');
    refused(session, offer(null), 'a package must give one option for each issue');
    // Through the untrusted door the schema speaks first.
    refused(session, offer({ data: '1', duties: 0 }), /^malformed event at "package\.data"/, 'receive');
    refused(session, offer({ data: 0, duties: 100 }), /^malformed event at "package\.duties"/, 'receive');
    // A counter's package obeys the same rules.
    turnOf(session, 'south');
    ok(session, { type: 'offer', role: 'south', package: PKG });
    turnOf(session, 'north');
    refused(session, { type: 'counter', role: 'north', offer: 1, package: { data: 0, duties: 1 } }, 'option 1 of issue "duties" has not been tabled yet (it is locked)');
  });

  it('offers that are not open: missing, superseded; and one\'s own offer', () => {
    const session = started(testModel({ rounds: 3 }));
    refused(session, { type: 'accept', role: 'south', offer: 1 }, 'there is no offer #1');
    ok(session, { type: 'offer', role: 'north', package: PKG });
    refused(session, { type: 'accept', role: 'south', offer: 2 }, 'there is no offer #2');
    refused(session, { type: 'reject', role: 'south', offer: 0 }, 'there is no offer #0');
    // A typed event from code that names no offer is refused too (it used to reach the rule and throw).
    refused(session, { type: 'accept', role: 'south' } as unknown as GameEvent, 'the move does not say which offer it answers');
    refused(session, { type: 'accept', role: 'north', offer: 1 }, "offer #1 is north's own offer");
    refused(session, { type: 'reject', role: 'north', offer: 1 }, "offer #1 is north's own offer");
    nextRound(session);
    ok(session, { type: 'offer', role: 'north', package: { data: 1, duties: 0 } }); // #2 supersedes #1
    refused(session, { type: 'accept', role: 'south', offer: 1 }, 'offer #1 is no longer on the table (superseded)');
    refused(session, { type: 'reject', role: 'lobby', offer: 1 }, 'offer #1 is no longer on the table (superseded)');
    turnOf(session, 'south');
    refused(session, { type: 'counter', role: 'south', offer: 1, package: PKG }, 'offer #1 is no longer on the table (superseded)');
    ok(session, { type: 'offer', role: 'south', package: { data: 2, duties: 2 } }); // #3
    refused(session, { type: 'counter', role: 'south', offer: 2, package: PKG }, 'only one package may be put on the table per turn');
    nextRound(session);
    refused(session, { type: 'counter', role: 'north', offer: 2, package: PKG }, "offer #2 is north's own offer");
  });

  it('double accept, double reject', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    ok(session, { type: 'accept', role: 'lobby', offer: 1 });
    refused(session, { type: 'accept', role: 'lobby', offer: 1 }, 'lobby has already accepted offer #1');
    ok(session, { type: 'reject', role: 'east', offer: 1 });
    refused(session, { type: 'reject', role: 'east', offer: 1 }, 'east has already rejected offer #1');
    // Changing one's mind is allowed, once each way.
    ok(session, { type: 'reject', role: 'lobby', offer: 1 });
    ok(session, { type: 'accept', role: 'east', offer: 1 });
    const offer = session.state.offers[0];
    expect(offer?.acceptedBy).toEqual(['north', 'east']);
    expect(offer?.rejectedBy).toEqual(['lobby']);
  });

  it('an unknown injected event', () => {
    const session = started(testModel({ events: TEST_EVENTS }));
    refused(session, { type: 'inject', event: 'no-such-event' }, 'there is no event "no-such-event" in this level');
  });

  it('votes: a non-voter, a second vote, a vote that is not a boolean', () => {
    const session = started(testModel({ rounds: 1, voters: ['north', 'south', 'east'], rule: 'majority' }));
    ok(session, { type: 'offer', role: 'north', package: PKG });
    toFinalDecision(session);
    expect(session.phase).toBe('finalDecision');
    refused(session, { type: 'vote', role: 'lobby', accept: true }, 'lobby has no vote in the final decision');
    refused(session, { type: 'vote', role: 'nobody', accept: true }, 'there is no role "nobody" in this level');
    ok(session, { type: 'vote', role: 'north', accept: true });
    refused(session, { type: 'vote', role: 'north', accept: false }, 'north has already voted');
    refused(session, { type: 'vote', role: 'south', accept: 'yes' } as unknown as GameEvent, 'a vote is accept: true or accept: false');
    refused(session, { type: 'vote', role: 'south', accept: 'yes' }, /^malformed event at "accept"/, 'receive');
  });

  it('malformed input through receive: extra keys, wrong types, unknown types, not an object', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    refused(session, { type: 'accept', role: 'south', offer: 1, sneaky: true }, /^malformed event: Unrecognized key: "sneaky"/, 'receive');
    refused(session, { type: 'start', now: true }, /^malformed event: Unrecognized key/, 'receive');
    refused(session, { type: 'accept', role: 'south', offer: '1' }, /^malformed event at "offer"/, 'receive');
    refused(session, { type: 'accept', role: 'south', offer: 1.5 }, /^malformed event at "offer"/, 'receive');
    refused(session, { type: 'accept', role: 5, offer: 1 }, /^malformed event at "role"/, 'receive');
    refused(session, { type: 'endTurn' }, /^malformed event at "role"/, 'receive');
    refused(session, { type: 'endTurn', role: 'north', reason: 'x'.repeat(301) }, /^malformed event at "reason"/, 'receive');
    refused(session, { type: 'playCard', role: 'north', card: '' }, /^malformed event at "card"/, 'receive');
    refused(session, { type: 'bribe', role: 'north' }, /^malformed event at "type"/, 'receive');
    refused(session, { role: 'north' }, /^malformed event at "type"/, 'receive');
    for (const input of [null, undefined, 42, 'start', [], [{ type: 'start' }]]) refused(session, input, /^malformed event/, 'receive');
    // A well-typed send of an unknown type (a bug in calling code) is refused too.
    refused(session, { type: 'bribe', role: 'north' } as unknown as GameEvent, '"bribe" is not possible during the negotiation rounds');
  });

  it('receive accepts what send accepts', () => {
    const session = started(testModel());
    expect(session.receive({ type: 'offer', role: 'north', package: PKG, reason: 'my opening' })).toEqual({ ok: true });
    expect(session.history.at(-1)).toEqual({ type: 'offer', role: 'north', package: PKG, reason: 'my opening' });
  });
});

// ---------------------------------------------------------------------------------------------
// Effects
// ---------------------------------------------------------------------------------------------

describe('effects', () => {
  it('resource, on self (after paying the cost), a target (never below 0), all, others and a named role', () => {
    const session = started(withCards({ north: ['fund', 'drain'] }));
    ok(session, { type: 'playCard', role: 'north', card: 'fund' });
    expect(role(session, 'north').resources).toBe(5 - 1 + 3);
    ok(session, { type: 'playCard', role: 'north', card: 'drain', target: 'south' });
    expect(role(session, 'south').resources).toBe(0);
    expect(role(session, 'north').resources).toBe(7);
    expect(role(session, 'east').resources).toBe(5);

    const all = started(withCards({ north: ['gift-all', 'gift-others', 'gift-south'] }, { cardsPerTurn: 3 }));
    ok(all, { type: 'playCard', role: 'north', card: 'gift-all' });
    expect(all.model.roleIds.map((r) => role(all, r).resources)).toEqual([6, 6, 6, 6]);
    ok(all, { type: 'playCard', role: 'north', card: 'gift-others' });
    expect(all.model.roleIds.map((r) => role(all, r).resources)).toEqual([6, 8, 8, 8]);
    ok(all, { type: 'playCard', role: 'north', card: 'gift-south' });
    expect(all.model.roleIds.map((r) => role(all, r).resources)).toEqual([6, 13, 8, 8]);
  });

  it('shiftValue on a target only, and clamped to ±100', () => {
    const session = started(withCards({ north: ['sway', 'sway-all', 'sway-all', 'sway-others', 'sway-others'] }, { cardsPerTurn: 5 }));
    const northBefore = role(session, 'north').values;
    ok(session, { type: 'playCard', role: 'north', card: 'sway', target: 'south' });
    expect(role(session, 'south').values).toEqual([[60, 25, 35], [0, 10, 45]]);
    expect(role(session, 'north').values).toBe(northBefore);
    expect(role(session, 'lobby').values).toEqual([[0, 20, 60], [0, 20, 40]]);
    ok(session, { type: 'playCard', role: 'north', card: 'sway-all' });
    expect(session.model.roleIds.map((r) => role(session, r).values[1]?.[2])).toEqual([80, 100, 100, 100]);
    ok(session, { type: 'playCard', role: 'north', card: 'sway-all' });
    expect(session.model.roleIds.map((r) => role(session, r).values[1]?.[2])).toEqual([100, 100, 100, 100]);
    ok(session, { type: 'playCard', role: 'north', card: 'sway-others' });
    expect(session.model.roleIds.map((r) => role(session, r).values[0]?.[2])).toEqual([0, -35, -60, -10]);
    ok(session, { type: 'playCard', role: 'north', card: 'sway-others' });
    expect(session.model.roleIds.map((r) => role(session, r).values[0]?.[2])).toEqual([0, -100, -100, -80]);
    // The level's own values are never touched.
    expect(session.model.values[1]).toEqual([[0, 25, 35], [0, 10, 45]]);
  });

  it('standing, clamped to ±10, logged', () => {
    const session = started(withCards({ north: ['rally', 'rally', 'smear'] }, { cardsPerTurn: 3 }));
    ok(session, { type: 'playCard', role: 'north', card: 'rally' });
    expect(role(session, 'north').standing).toBe(8);
    ok(session, { type: 'playCard', role: 'north', card: 'rally' });
    expect(role(session, 'north').standing).toBe(10);
    ok(session, { type: 'playCard', role: 'north', card: 'smear', target: 'east' });
    expect(role(session, 'east').standing).toBe(-10);
    // The log records the change that happened, after clamping.
    expect(session.log).toContainEqual({ kind: 'standing', round: 1, role: 'east', amount: -10, cause: 'smear' });
  });

  it('noDealDrift moves the no-deal package (and what no deal is worth)', () => {
    const session = started(withCards({ north: ['fta'] }));
    const view = () => viewFor(session.model, session.state, session.phase, rid('north')).self;
    expect(view()?.noDealValue).toBe(20 + 40 - 5);
    ok(session, { type: 'playCard', role: 'north', card: 'fta' });
    expect(session.state.noDeal).toEqual([2, 0]);
    expect(view()?.noDealValue).toBe(0 + 40 - 5);
    expect(session.log).toContainEqual({ kind: 'drift', round: 1, issue: 'data', option: 2, cause: 'fta' });
  });

  it('noDealValue changes the adjustment of the roles named, clamped to ±100', () => {
    const session = started(withCards({ north: ['walk', 'walk'] }));
    ok(session, { type: 'playCard', role: 'north', card: 'walk' });
    expect(role(session, 'north').noDealAdjustment).toBe(85);
    expect(role(session, 'south').noDealAdjustment).toBe(0);
    ok(session, { type: 'playCard', role: 'north', card: 'walk' });
    expect(role(session, 'north').noDealAdjustment).toBe(100);
  });

  it('unlockOption makes a locked option offerable', () => {
    const session = started(withCards({ north: ['table'] }));
    expect(session.state.available).toEqual([[true, true, true], [true, false, true]]);
    refused(session, { type: 'offer', role: 'north', package: { data: 0, duties: 1 } }, /locked/);
    ok(session, { type: 'playCard', role: 'north', card: 'table' });
    expect(session.state.available).toEqual([[true, true, true], [true, true, true]]);
    expect(session.log).toContainEqual({ kind: 'unlock', round: 1, issue: 'duties', option: 1 });
    ok(session, { type: 'offer', role: 'north', package: { data: 0, duties: 1 } });
    expect(session.state.offers[0]?.package).toEqual([0, 1]);
  });

  it('reveal puts intel in the actor\'s view only: a named issue, or the one the target cares most about', () => {
    const session = started(withCards({ north: ['spy', 'spy-top'] }));
    ok(session, { type: 'playCard', role: 'north', card: 'spy', target: 'south' });
    ok(session, { type: 'playCard', role: 'north', card: 'spy-top', target: 'lobby' });
    const intel = [
      { about: 'south', issue: 'duties', values: [0, 10, 45], round: 1 },
      { about: 'lobby', issue: 'data', values: [0, 20, 60], round: 1 },
    ];
    expect(role(session, 'north').intel).toEqual(intel);
    const { model, state, phase } = session;
    expect(viewFor(model, state, phase, rid('north')).self?.intel).toEqual(intel);
    for (const viewer of [rid('south'), rid('east'), rid('lobby'), null]) {
      const view = viewFor(model, state, phase, viewer);
      expect(view.self?.intel ?? []).toEqual([]);
      expect(JSON.stringify(view)).not.toContain('"about"');
    }
  });

  it('draw takes cards from the top of the deck, up to the hand limit', () => {
    const model = testModel({ decks: { north: ['study', 'fund', 'rally', 'gift-all', 'walk'] }, handSize: 2 });
    const seed = seedWhere(model, (s) => s.roles[rid('north')]?.hand.includes('study') ?? false);
    const session = started(model, seed);
    const before = role(session, 'north');
    ok(session, { type: 'playCard', role: 'north', card: 'study' });
    const after = role(session, 'north');
    expect(after.hand).toEqual([...before.hand.filter((c) => c !== 'study'), ...before.deck.slice(0, 2)]);
    expect(after.deck).toEqual(before.deck.slice(2));

    const full = testModel({ decks: { north: ['study', 'fund', 'fund', 'fund', 'fund', 'fund', 'fund', 'fund', 'rally', 'rally'] }, handSize: 8 });
    const s2 = started(full, seedWhere(full, (s) => s.roles[rid('north')]?.hand.includes('study') ?? false));
    ok(s2, { type: 'playCard', role: 'north', card: 'study' });
    expect(role(s2, 'north').hand).toHaveLength(8);
    expect(role(s2, 'north').deck).toHaveLength(1);
  });

  it('events resolve "self" to nobody and "others" to everyone, and a named role to that role', () => {
    const events = [
      { id: 'self-ev', name: { en: 's' }, text: { en: 's' }, trigger: 'facilitator' as const, effects: [{ kind: 'resource' as const, who: 'self', amount: 4 }] },
      { id: 'others-ev', name: { en: 'o' }, text: { en: 'o' }, trigger: 'facilitator' as const, effects: [{ kind: 'resource' as const, who: 'others', amount: 4 }] },
      { id: 'east-ev', name: { en: 'e' }, text: { en: 'e' }, trigger: 'facilitator' as const, effects: [{ kind: 'standing' as const, who: 'east', amount: 3 }] },
    ];
    const session = started(testModel({ events }));
    ok(session, { type: 'inject', event: 'self-ev' });
    expect(session.model.roleIds.map((r) => role(session, r).resources)).toEqual([5, 5, 5, 5]);
    ok(session, { type: 'inject', event: 'others-ev' });
    expect(session.model.roleIds.map((r) => role(session, r).resources)).toEqual([9, 9, 9, 9]);
    ok(session, { type: 'inject', event: 'east-ev' });
    expect(session.model.roleIds.map((r) => role(session, r).standing)).toEqual([0, 0, 3, 0]);
  });

  it('a played card leaves the hand, is paid for, and is logged with its target and reason', () => {
    const session = started(withCards({ north: ['sway', 'fund'] }));
    ok(session, { type: 'playCard', role: 'north', card: 'sway', target: 'east', reason: 'east should like local data' });
    expect(role(session, 'north').hand).toEqual(['fund']);
    expect(role(session, 'north').resources).toBe(4);
    expect(role(session, 'north').cardsPlayedThisTurn).toBe(1);
    expect(session.log.at(-2)).toEqual({ kind: 'card', round: 1, role: 'north', card: 'sway', target: 'east', reason: 'east should like local data' });
    expect(session.log.at(-1)).toMatchObject({ kind: 'change', role: 'east', change: { effect: 'shiftValue', issue: 'data', option: 0 } });
  });
});

// ---------------------------------------------------------------------------------------------
// Offers, counters, adoption, blocking
// ---------------------------------------------------------------------------------------------

describe('offers', () => {
  it('an offer gets the next dense id, is accepted by its author, and is logged', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: { duties: 2, data: 0 }, reason: 'duties for data' });
    expect(session.state.offers).toEqual([{ id: 1, by: 'north', package: [0, 2], round: 1, acceptedBy: ['north'], rejectedBy: [], status: 'open' }]);
    expect(role(session, 'north').offeredThisTurn).toBe(true);
    expect(session.log.at(-1)).toEqual({ kind: 'offer', round: 1, role: 'north', offer: 1, package: [0, 2], reason: 'duties for data' });
    turnOf(session, 'south');
    ok(session, { type: 'offer', role: 'south', package: PKG });
    expect(session.state.offers.map((o) => o.id)).toEqual([1, 2]);
  });

  it('a new offer supersedes the role\'s previous open offer, and only that one', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    turnOf(session, 'south');
    ok(session, { type: 'offer', role: 'south', package: { data: 2, duties: 2 } });
    turnOf(session, 'north');
    ok(session, { type: 'offer', role: 'north', package: { data: 1, duties: 0 } });
    expect(session.state.offers.map((o) => [o.id, o.by, o.status])).toEqual([
      [1, 'north', 'superseded'],
      [2, 'south', 'open'],
      [3, 'north', 'open'],
    ]);
  });

  it('accept and reject may be sent at any time in the negotiation, not only on one\'s turn', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    expect(due(session)).toBe('north');
    ok(session, { type: 'accept', role: 'lobby', offer: 1 });
    ok(session, { type: 'reject', role: 'east', offer: 1 });
    expect(session.state.offers[0]).toMatchObject({ acceptedBy: ['north', 'lobby'], rejectedBy: ['east'] });
  });

  it('a counter rejects the offer and puts a new package on the table in one move', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    turnOf(session, 'south');
    const before = session.state;
    ok(session, { type: 'counter', role: 'south', offer: 1, package: { data: 2, duties: 2 }, reason: 'too protective' });
    expect(session.state.offers).toEqual([
      { id: 1, by: 'north', package: [0, 0], round: 1, acceptedBy: ['north'], rejectedBy: ['south'], status: 'open' },
      { id: 2, by: 'south', package: [2, 2], round: 1, acceptedBy: ['south'], rejectedBy: [], status: 'open' },
    ]);
    expect(newEntries(before, session.state)).toEqual([
      { kind: 'reject', round: 1, role: 'south', offer: 1, reason: 'too protective' },
      { kind: 'offer', round: 1, role: 'south', offer: 2, package: [2, 2], counterTo: 1, reason: 'too protective' },
    ]);
    expect(role(session, 'south').offeredThisTurn).toBe(true);
  });

  it('a counter to an offer its role had accepted moves it to the rejecters; after a reject it is listed once', () => {
    const other = started(testModel());
    ok(other, { type: 'offer', role: 'north', package: PKG });
    ok(other, { type: 'accept', role: 'lobby', offer: 1 });
    ok(other, { type: 'reject', role: 'east', offer: 1 });
    turnOf(other, 'east');
    ok(other, { type: 'counter', role: 'east', offer: 1, package: { data: 1, duties: 0 } });
    turnOf(other, 'lobby');
    ok(other, { type: 'counter', role: 'lobby', offer: 1, package: { data: 2, duties: 0 } });
    expect(other.state.offers[0]).toMatchObject({ acceptedBy: ['north'], rejectedBy: ['east', 'lobby'], status: 'open' });
  });
});

describe('adoption', () => {
  it('an offer accepted by every voter is adopted at once and ends the game', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: { data: 1, duties: 2 } });
    ok(session, { type: 'accept', role: 'south', offer: 1, reason: 'good enough' });
    expect(session.phase).toBe('concluded');
    expect(session.state.outcome).toEqual({ kind: 'agreement', package: [1, 2], offer: 1, signatories: ['north', 'south'], round: 1 });
    expect(session.state.offers[0]?.status).toBe('adopted');
    expect(session.log.at(-1)).toEqual({ kind: 'outcome', round: 1, outcome: 'agreement' });
    refused(session, { type: 'endTurn', role: 'north' }, '"endTurn" is not possible during the end of the game');
  });

  it('acceptances by non-voters do not adopt; the last voter\'s does, even off its turn', () => {
    const session = started(testModel());
    turnOf(session, 'lobby');
    ok(session, { type: 'offer', role: 'lobby', package: { data: 2, duties: 2 } });
    ok(session, { type: 'accept', role: 'east', offer: 1 });
    ok(session, { type: 'accept', role: 'north', offer: 1 });
    expect(session.phase).toBe('negotiating');
    ok(session, { type: 'accept', role: 'south', offer: 1 });
    expect(session.phase).toBe('concluded');
    expect(session.state.outcome).toMatchObject({ kind: 'agreement', offer: 1, signatories: ['north', 'south'] });
  });

  it('an offer by the only voter is adopted as it is made', () => {
    const session = started(testModel({ voters: ['north'] }));
    ok(session, { type: 'offer', role: 'north', package: PKG });
    expect(session.phase).toBe('concluded');
    expect(session.state.outcome).toMatchObject({ kind: 'agreement', offer: 1, signatories: ['north'] });
    const counter = started(testModel({ voters: ['south'] }));
    ok(counter, { type: 'offer', role: 'north', package: PKG });
    turnOf(counter, 'south');
    ok(counter, { type: 'counter', role: 'south', offer: 1, package: { data: 2, duties: 2 } });
    expect(counter.phase).toBe('concluded');
    expect(counter.state.outcome).toMatchObject({ kind: 'agreement', offer: 2, package: [2, 2] });
  });

  it('under majority and plurilateral rules too, every voter accepting adopts with all as signatories', () => {
    for (const rule of ['majority', 'plurilateral'] as const) {
      const session = started(testModel({ rule, voters: ['north', 'south', 'east'], minSignatories: rule === 'plurilateral' ? 2 : undefined }));
      ok(session, { type: 'offer', role: 'north', package: PKG });
      ok(session, { type: 'accept', role: 'south', offer: 1 });
      expect(session.phase).toBe('negotiating');
      ok(session, { type: 'accept', role: 'east', offer: 1 });
      expect(session.phase).toBe('concluded');
      expect(session.state.outcome).toMatchObject({ kind: 'agreement', signatories: ['north', 'south', 'east'] });
    }
  });
});

describe('blocking cost', () => {
  it('a voter who alone stands between an offer and consensus loses standing', () => {
    const model = testModel({ blockingCost: 3, voters: ['north', 'south', 'east'] });
    const notAlone = started(model);
    turnOf(notAlone, 'lobby');
    ok(notAlone, { type: 'offer', role: 'lobby', package: PKG });
    ok(notAlone, { type: 'accept', role: 'north', offer: 1 });
    ok(notAlone, { type: 'reject', role: 'south', offer: 1 }); // east has not accepted: not alone
    expect(role(notAlone, 'south').standing).toBe(0);

    const alone = started(model);
    turnOf(alone, 'lobby');
    ok(alone, { type: 'offer', role: 'lobby', package: PKG });
    ok(alone, { type: 'accept', role: 'north', offer: 1 });
    ok(alone, { type: 'accept', role: 'east', offer: 1 });
    const before = alone.state;
    ok(alone, { type: 'reject', role: 'south', offer: 1, reason: 'no' });
    expect(role(alone, 'south').standing).toBe(-3);
    expect(newEntries(before, alone.state)).toEqual([
      { kind: 'reject', round: 1, role: 'south', offer: 1, reason: 'no' },
      { kind: 'standing', round: 1, role: 'south', amount: -3, cause: 'blocking' },
      // Told to south alone, as data: the rule that cost it, and its standing before and after.
      { kind: 'change', round: 1, role: 'south', cause: { source: 'rule', id: 'blocking' }, change: { effect: 'standing', before: 0, after: -3 } },
    ]);
  });

  it('non-voters never pay it', () => {
    const session = started(testModel({ blockingCost: 4 }));
    ok(session, { type: 'offer', role: 'north', package: PKG });
    ok(session, { type: 'reject', role: 'lobby', offer: 1 });
    ok(session, { type: 'reject', role: 'east', offer: 1 });
    expect(role(session, 'lobby').standing).toBe(0);
    expect(role(session, 'east').standing).toBe(0);
    ok(session, { type: 'reject', role: 'south', offer: 1 });
    expect(role(session, 'south').standing).toBe(-4);
  });

  it('a blocking counter pays it too, and standing never goes below -10', () => {
    const session = started(testModel({ blockingCost: 4 }));
    ok(session, { type: 'offer', role: 'north', package: PKG }); // #1
    turnOf(session, 'south');
    ok(session, { type: 'counter', role: 'south', offer: 1, package: { data: 2, duties: 2 } }); // #2
    expect(role(session, 'south').standing).toBe(-4);
    turnOf(session, 'lobby');
    ok(session, { type: 'offer', role: 'lobby', package: { data: 1, duties: 0 } }); // #3
    ok(session, { type: 'accept', role: 'north', offer: 3 });
    ok(session, { type: 'reject', role: 'south', offer: 3 });
    expect(role(session, 'south').standing).toBe(-8);
    nextRound(session);
    ok(session, { type: 'offer', role: 'north', package: { data: 0, duties: 2 } }); // #4
    ok(session, { type: 'reject', role: 'south', offer: 4 });
    expect(role(session, 'south').standing).toBe(-10);
    expect(session.log.filter((e) => e.kind === 'standing')).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------
// Turns, rounds, events
// ---------------------------------------------------------------------------------------------

describe('turns and rounds', () => {
  it('endTurn opens the next role\'s turn and resets the card and offer counters', () => {
    const session = started(withCards({ north: ['rally'] }));
    ok(session, { type: 'playCard', role: 'north', card: 'rally' });
    ok(session, { type: 'offer', role: 'north', package: PKG });
    const before = session.state;
    ok(session, { type: 'endTurn', role: 'north', reason: 'done' });
    expect(session.state.turn).toBe(1);
    expect(session.state.round).toBe(1);
    expect(role(session, 'north')).toMatchObject({ cardsPlayedThisTurn: 0, offeredThisTurn: false });
    expect(newEntries(before, session.state)).toEqual([
      { kind: 'endTurn', round: 1, role: 'north', timedOut: false, reason: 'done' },
    ]);
  });

  it('follows the level\'s turn order', () => {
    const session = started(testModel({ turnOrder: ['lobby', 'east', 'south', 'north'] }));
    const seen: RoleId[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(due(session));
      ok(session, { type: 'endTurn', role: due(session) });
    }
    expect(seen).toEqual(['lobby', 'east', 'south', 'north']);
    expect(session.state.round).toBe(2);
    expect(due(session)).toBe('lobby');
  });

  it('a new round pays income (per round plus standing, never negative) and draws cards', () => {
    const model = testModel({ decks: { north: ['rally', 'fund', 'fund'], east: ['fund', 'fund', 'fund'], south: ['smear'] }, handSize: 1, drawPerRound: 1 });
    const seed = seedWhere(model, (s) => s.roles[rid('north')]?.hand[0] === 'rally');
    const session = started(model, seed);
    ok(session, { type: 'playCard', role: 'north', card: 'rally' }); // standing 8
    turnOf(session, 'south');
    ok(session, { type: 'playCard', role: 'south', card: 'smear', target: 'lobby' }); // lobby −10
    const before = session.state;
    turnOf(session, 'north');
    expect(session.state.round).toBe(2);
    expect(role(session, 'north').resources).toBe(5 + 2 + 8);
    expect(role(session, 'south').resources).toBe(5 + 2);
    expect(role(session, 'lobby').resources).toBe(5 + Math.max(0, 2 - 10));
    expect(role(session, 'north').hand).toEqual([before.roles[rid('north')]?.deck[0]]);
    expect(role(session, 'east').hand).toHaveLength(2);
    expect(role(session, 'south').hand).toHaveLength(0); // empty deck: nothing to draw
    expect(session.log).toContainEqual({ kind: 'roundStart', round: 2 });
  });

  it('the scheduled no-deal drift happens at the start of its round', () => {
    const session = started(testModel({ drift: [{ round: 2, issue: 'duties', option: 2 }], rounds: 3 }));
    expect(session.state.noDeal).toEqual([1, 0]);
    turnOf(session, 'lobby');
    expect(session.state.noDeal).toEqual([1, 0]);
    ok(session, { type: 'endTurn', role: 'lobby' });
    expect(session.state.round).toBe(2);
    expect(session.state.noDeal).toEqual([1, 2]);
    expect(session.log).toContainEqual({ kind: 'drift', round: 2, issue: 'duties', option: 2, cause: 'schedule' });
  });

  it('scheduled events fire at the start of their round', () => {
    const session = started(testModel({ events: TEST_EVENTS.filter((e) => e.trigger === 'scheduled'), rounds: 3 }));
    expect(session.state.firedEvents).toEqual(['opening']);
    nextRound(session);
    expect(session.state.round).toBe(2);
    expect(session.state.firedEvents).toEqual(['opening', 'summit']);
    expect(role(session, 'north').standing).toBe(1);
    expect(session.log).toContainEqual({ kind: 'event', round: 2, event: 'summit', trigger: 'scheduled' });
  });

  it('random events: at most one per round, each at most once, deterministic per seed', () => {
    const ev = (id: string, chance: number) => ({ id, name: { en: id }, text: { en: id }, trigger: 'random' as const, chance, effects: [{ kind: 'resource' as const, who: 'all', amount: 1 }] });
    const sure = started(testModel({ events: [ev('never', 0), ev('first', 1), ev('second', 1)], rounds: 3 }));
    expect(sure.state.firedEvents).toEqual(['first']);
    nextRound(sure);
    expect(sure.state.firedEvents).toEqual(['first', 'second']);
    nextRound(sure);
    expect(sure.state.round).toBe(3);
    expect(sure.state.firedEvents).toEqual(['first', 'second']);
    expect(sure.log.filter((e) => e.kind === 'event')).toEqual([
      { kind: 'event', round: 1, event: 'first', trigger: 'random' },
      { kind: 'event', round: 2, event: 'second', trigger: 'random' },
    ]);

    const model = testModel({ events: [ev('coin', 0.5)], rounds: 1 });
    const fired = (seed: number) => started(model, seed).state.firedEvents.includes('coin');
    const outcomes = Array.from({ length: 40 }, (_, seed) => fired(seed));
    expect(Array.from({ length: 40 }, (_, seed) => fired(seed))).toEqual(outcomes);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(5);
    expect(outcomes.filter((x) => !x).length).toBeGreaterThan(5);
  });

  it('the random state lives in the game state and moves only when a random event is drawn', () => {
    const none = started(testModel());
    const rng = none.state.rng;
    nextRound(none);
    expect(none.state.rng).toBe(rng);
    const never = { id: 'never', name: { en: 'n' }, text: { en: 'n' }, trigger: 'random' as const, chance: 0, effects: [{ kind: 'draw' as const, count: 1 }] };
    const s = started(testModel({ events: [never] }), 5);
    const before = s.state.rng;
    nextRound(s);
    expect(s.state.rng).not.toBe(before);
    expect(s.state.firedEvents).toEqual([]);
  });

  it('timeout ends the current turn as if its role had ended it', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    const before = session.state;
    ok(session, { type: 'timeout' });
    expect(due(session)).toBe('south');
    expect(role(session, 'north').offeredThisTurn).toBe(false);
    expect(newEntries(before, session.state)).toEqual([
      { kind: 'endTurn', round: 1, role: 'north', timedOut: true },
    ]);
  });

  it('the last turn of the last round (ended or timed out) opens the final decision', () => {
    for (const last of ['endTurn', 'timeout'] as const) {
      const session = started(testModel({ rounds: 2 }));
      ok(session, { type: 'offer', role: 'north', package: PKG });
      nextRound(session);
      turnOf(session, 'lobby');
      expect(session.state.round).toBe(2);
      ok(session, last === 'endTurn' ? { type: 'endTurn', role: 'lobby' } : { type: 'timeout' });
      expect(session.phase).toBe('finalDecision');
      expect(session.state.round).toBe(2);
      expect(session.state.candidate).toBe(1);
    }
  });
});

describe('inject', () => {
  it('fires any level event, logged as a facilitator event, during the negotiation and the final decision', () => {
    const { model } = loadLevel('tutorial');
    const session = started(model, 2);
    const resources = model.roleIds.map((r) => role(session, r).resources);
    ok(session, { type: 'inject', event: 'deadline' });
    expect(model.roleIds.map((r) => role(session, r).resources)).toEqual(resources.map((x) => x + 2));
    expect(session.state.firedEvents).toContain('deadline');
    expect(session.log.filter((e) => e.kind !== 'change').at(-1)).toEqual({ kind: 'event', round: 1, event: 'deadline', trigger: 'facilitator' });
    // A scheduled event may be injected early too.
    // The new trade agreement binds its parties only: the shared no-deal outcome stays.
    ok(session, { type: 'inject', event: 'new-fta' });
    expect(session.state.firedEvents).toContain('new-fta');
    expect(session.state.noDeal[0]).toBe(1);
    expect(session.log).toContainEqual({ kind: 'drift', round: 1, issue: 'data-flows', option: 2, cause: 'new-fta', parties: ['proponents'] });
    ok(session, { type: 'offer', role: 'tnc-lobby', package: { 'data-flows': 2, 'customs-duties': 2 } });
    toFinalDecision(session);
    expect(session.phase).toBe('finalDecision');
    const late = model.roleIds.map((r) => role(session, r).resources);
    ok(session, { type: 'inject', event: 'deadline' });
    expect(model.roleIds.map((r) => role(session, r).resources)).toEqual(late.map((x) => x + 2));
    expect(session.phase).toBe('finalDecision');
  });
});

// ---------------------------------------------------------------------------------------------
// Final decision
// ---------------------------------------------------------------------------------------------

describe('final decision', () => {
  const three = (rule: 'consensus' | 'majority' | 'plurilateral', minSignatories?: number) =>
    testModel({ rule, voters: ['north', 'south', 'east'], rounds: 1, ...(minSignatories !== undefined ? { minSignatories } : {}) });

  /** One round: north, south and east each put a package; lobby too; then acceptances. */
  function withOffers(model: LevelModel, accepts: [string, number][]): GameSession {
    const session = started(model);
    ok(session, { type: 'offer', role: 'north', package: { data: 0, duties: 0 } }); // #1
    ok(session, { type: 'endTurn', role: 'north' });
    ok(session, { type: 'offer', role: 'south', package: { data: 2, duties: 2 } }); // #2
    ok(session, { type: 'endTurn', role: 'south' });
    ok(session, { type: 'offer', role: 'east', package: { data: 1, duties: 2 } }); // #3
    ok(session, { type: 'endTurn', role: 'east' });
    ok(session, { type: 'offer', role: 'lobby', package: { data: 2, duties: 0 } }); // #4
    for (const [r, offer] of accepts) ok(session, { type: 'accept', role: r, offer });
    return session;
  }

  it('the candidate is the open offer most voters accepted', () => {
    const session = withOffers(three('consensus'), [['north', 2], ['lobby', 3], ['lobby', 1]]);
    ok(session, { type: 'endTurn', role: 'lobby' });
    expect(session.phase).toBe('finalDecision');
    expect(session.state.candidate).toBe(2);
    expect(session.log.at(-1)).toEqual({ kind: 'finalDecision', round: 1, offer: 2 });
    expect(session.state.votes).toEqual({});
  });

  it('on a tie the latest offer is the candidate; non-voters\' acceptances do not count', () => {
    // #1..#3 have one voter each (their authors), #4 (the lobby's) none: the latest of #1..#3 wins.
    const tie = withOffers(three('consensus'), [['lobby', 1], ['lobby', 2]]);
    ok(tie, { type: 'endTurn', role: 'lobby' });
    expect(tie.state.candidate).toBe(3);
    const lobby = withOffers(three('consensus'), [['north', 4]]);
    ok(lobby, { type: 'endTurn', role: 'lobby' });
    expect(lobby.state.candidate).toBe(4);
  });

  it('superseded offers are never the candidate', () => {
    const model = testModel({ rounds: 2 });
    const session = started(model);
    ok(session, { type: 'offer', role: 'north', package: PKG }); // #1
    ok(session, { type: 'accept', role: 'east', offer: 1 });
    turnOf(session, 'lobby');
    ok(session, { type: 'offer', role: 'lobby', package: { data: 2, duties: 2 } }); // #2
    turnOf(session, 'north');
    ok(session, { type: 'offer', role: 'north', package: { data: 1, duties: 0 } }); // #3 supersedes #1
    ok(session, { type: 'reject', role: 'south', offer: 3 });
    toFinalDecision(session);
    expect(session.state.offers.map((o) => o.status)).toEqual(['superseded', 'open', 'open']);
    expect(session.state.candidate).toBe(3);
  });

  it('no open offer: no candidate, the game ends without a deal on the drifted no-deal package', () => {
    const session = started(testModel({ rounds: 2, drift: [{ round: 2, issue: 'data', option: 0 }] }));
    toFinalDecision(session);
    expect(session.phase).toBe('concluded');
    expect(session.state.candidate).toBeNull();
    expect(session.state.outcome).toEqual({ kind: 'noDeal', package: [0, 0], round: 2 });
    expect(session.log.slice(-2)).toEqual([
      { kind: 'finalDecision', round: 2, offer: null },
      { kind: 'outcome', round: 2, outcome: 'noDeal' },
    ]);
  });

  /** Offers #1..#4, north accepts #2 (with three voters), then the votes, in order. */
  function decide(model: LevelModel, votes: Record<string, boolean>): GameSession {
    // With two voters north's acceptance would adopt #2 at once; #2 is the latest of the ties then.
    const session = withOffers(model, model.voters.length === 3 ? [['north', 2]] : []);
    ok(session, { type: 'endTurn', role: 'lobby' });
    expect(session.phase).toBe('finalDecision');
    expect(session.state.candidate).toBe(2);
    const entries = Object.entries(votes);
    entries.forEach(([r, accept], i) => {
      ok(session, { type: 'vote', role: r, accept, reason: `vote ${r}` });
      expect(session.phase).toBe(i < entries.length - 1 ? 'finalDecision' : 'concluded');
    });
    expect(session.state.votes).toEqual(votes);
    return session;
  }

  it('consensus: every voter must say yes', () => {
    const yes = decide(three('consensus'), { north: true, east: true, south: true });
    expect(yes.state.outcome).toEqual({ kind: 'agreement', package: [2, 2], offer: 2, signatories: ['north', 'south', 'east'], round: 1 });
    expect(yes.state.offers[1]?.status).toBe('adopted');
    expect(yes.log.filter((e) => e.kind === 'vote')).toHaveLength(3);
    const no = decide(three('consensus'), { north: true, east: false, south: true });
    expect(no.state.outcome).toEqual({ kind: 'noDeal', package: [1, 0], round: 1 });
    expect(no.state.offers[1]?.status).toBe('open');
  });

  it('majority: more than half of the voters; all voters are bound', () => {
    const two = decide(three('majority'), { north: false, south: true, east: true });
    expect(two.state.outcome).toMatchObject({ kind: 'agreement', offer: 2, signatories: ['north', 'south', 'east'] });
    const one = decide(three('majority'), { north: false, south: true, east: false });
    expect(one.state.outcome?.kind).toBe('noDeal');
    // With two voters, one yes is not more than half.
    const half = decide(testModel({ rule: 'majority', rounds: 1 }), { north: false, south: true });
    expect(half.state.outcome?.kind).toBe('noDeal');
  });

  it('plurilateral: at least minSignatories; the yes voters sign', () => {
    const enough = decide(three('plurilateral', 2), { north: false, south: true, east: true });
    expect(enough.state.outcome).toMatchObject({ kind: 'agreement', offer: 2, signatories: ['south', 'east'] });
    const few = decide(three('plurilateral', 2), { north: false, south: true, east: false });
    expect(few.state.outcome?.kind).toBe('noDeal');
    const alone = decide(three('plurilateral', 1), { north: false, south: true, east: false });
    expect(alone.state.outcome).toMatchObject({ kind: 'agreement', signatories: ['south'] });
    const nobody = decide(three('plurilateral', 1), { north: false, south: false, east: false });
    expect(nobody.state.outcome?.kind).toBe('noDeal');
  });

  it('votes are logged with their reasons and the outcome closes the log', () => {
    const session = decide(testModel({ rounds: 1 }), { south: true, north: true });
    const tail = session.log.slice(-3);
    expect(tail).toEqual([
      { kind: 'vote', round: 1, role: 'south', accept: true, reason: 'vote south' },
      { kind: 'vote', round: 1, role: 'north', accept: true, reason: 'vote north' },
      { kind: 'outcome', round: 1, outcome: 'agreement' },
    ]);
    // The agreement is worth what its package is worth to each role.
    const pkg = session.state.outcome?.package ?? [];
    expect(packageValue(role(session, 'south').values, pkg)).toBe(35 + 45);
  });
});

// ---------------------------------------------------------------------------------------------
// The session around the rules
// ---------------------------------------------------------------------------------------------

describe('session', () => {
  it('a concluded game survives persist → JSON → restore, and still refuses every move', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    ok(session, { type: 'accept', role: 'south', offer: 1 });
    expect(session.phase).toBe('concluded');
    const restored = GameSession.restore(session.model, JSON.parse(JSON.stringify(session.persist())));
    expect(restored.phase).toBe('concluded');
    expect(restored.state).toEqual(session.state);
    expect(restored.history).toEqual(session.history);
    refused(restored, { type: 'timeout' }, '"timeout" is not possible during the end of the game');
  });

  it('restore refuses a game saved for another level or in an unknown format', () => {
    const session = started(testModel());
    const saved = session.persist();
    expect(() => GameSession.restore(loadLevel('tutorial').model, saved)).toThrow(/saved game is for level "test-level", not "tutorial"/);
    expect(() => GameSession.restore(session.model, { ...saved, format: 3 as 2 })).toThrow(/unknown saved-game format 3/);
  });

  it('restores a game saved in format 1, whose log was one array, to the same state', () => {
    const session = started(testModel());
    ok(session, { type: 'offer', role: 'north', package: PKG });
    const saved = JSON.parse(JSON.stringify(session.persist())) as { snapshot: { context: { game: { log: unknown } } } };
    saved.snapshot.context.game.log = session.log;
    const restored = GameSession.restore(session.model, { ...(saved as unknown as ReturnType<GameSession['persist']>), format: 1 });
    expect(restored.log).toEqual(session.log);
    expect(restored.state).toEqual(session.state);
    ok(restored, { type: 'accept', role: 'south', offer: 1 });
    expect(restored.phase).toBe('concluded');
  });

  it('replay refuses a log with an event the rules refuse, saying which', () => {
    const model = testModel();
    expect(() => GameSession.replay(model, 1, [{ type: 'start' }, ev({ type: 'endTurn', role: 'south' })])).toThrow(/event 2 \(endTurn\) was refused: .*"notYourTurn"/);
  });

  it('listeners hear each accepted event once, and nothing of refused ones', () => {
    const session = GameSession.create(testModel(), 1);
    const heard: number[] = [];
    const stop = session.subscribe((s) => heard.push(s.history.length));
    ok(session, { type: 'start' });
    session.send(ev({ type: 'endTurn', role: 'south' }));
    ok(session, { type: 'endTurn', role: 'north' });
    stop();
    ok(session, { type: 'endTurn', role: 'south' });
    expect(heard).toEqual([1, 2]);
  });
});
