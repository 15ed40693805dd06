/**
 * The `turn` event: a role's whole turn at once. It must do exactly what its moves and an end of
 * turn do when sent one by one, be refused whole (with the move named) when any move is refused,
 * settle the game when its last move adopts an offer, and open the final decision on the last turn.
 * Test level roles, in turn order: north, south, east, lobby; north and south vote.
 */
import { describe, expect, it } from 'vitest';
import { parseGameEvent } from '../../../src/engine/rules/event-schema.js';
import { MAX_TURN_MOVES, type GameEvent, type TurnMove } from '../../../src/engine/rules/events.js';
import { logEntries } from '../../../src/engine/rules/log.js';
import { GameSession } from '../../../src/engine/session.js';
import { testModel } from '../helpers.js';

const model = testModel({ decks: { north: ['fund', 'rally'], south: ['sway'] }, rounds: 2 });

function started(seed = 1): GameSession {
  const session = GameSession.create(model, seed);
  expect(session.send({ type: 'start' })).toEqual({ ok: true });
  return session;
}

function ok(session: GameSession, event: GameEvent): void {
  expect(session.send(event), JSON.stringify(event)).toEqual({ ok: true });
}

/** Expects the event refused with a reason matching `reason`, and the game exactly as it was. */
function refused(session: GameSession, input: unknown, reason: RegExp): void {
  const before = session.state;
  const copy = structuredClone(before);
  const phase = session.phase;
  const historyLength = session.history.length;
  const checked = session.check(input);
  const result = session.receive(input);
  expect(result.ok, `${JSON.stringify(input)} should be refused`).toBe(false);
  const got = result.ok ? '' : result.reason;
  expect(got).toMatch(reason);
  expect(checked).toBe(got);
  expect(session.state).toBe(before);
  expect(session.state).toEqual(copy);
  expect(session.phase).toBe(phase);
  expect(session.history.length).toBe(historyLength);
}

const northMoves: TurnMove[] = [
  { type: 'playCard', role: 'north', card: 'fund', reason: 'more capital' },
  { type: 'offer', role: 'north', package: { data: 0, duties: 0 }, reason: 'my best package' },
  { type: 'playCard', role: 'north', card: 'rally', reason: 'standing' },
];
const southMoves: TurnMove[] = [
  { type: 'reject', role: 'south', offer: 1, reason: 'too little' },
  { type: 'offer', role: 'south', package: { data: 2, duties: 2 }, reason: 'my best package' },
];

describe('a whole turn in one event', () => {
  it('leaves the game exactly as its moves and an end of turn sent one by one do', () => {
    const oneByOne = started();
    for (const move of northMoves) ok(oneByOne, move);
    ok(oneByOne, { type: 'endTurn', role: 'north', reason: 'done' });
    for (const move of southMoves) ok(oneByOne, move);
    ok(oneByOne, { type: 'endTurn', role: 'south' });

    const atOnce = started();
    ok(atOnce, { type: 'turn', role: 'north', moves: northMoves, reason: 'done' });
    ok(atOnce, { type: 'turn', role: 'south', moves: southMoves });
    expect(atOnce.history).toHaveLength(3);
    expect(atOnce.state).toEqual(oneByOne.state);
    expect(atOnce.log).toEqual(oneByOne.log);
    expect(atOnce.state.turn).toBe(2);
    expect(logEntries(atOnce.state.log).filter((e) => e.kind === 'endTurn').map((e) => ('reason' in e ? e.reason : undefined))).toEqual(['done', undefined]);
  });

  it('with no moves, is an end of turn', () => {
    const a = started();
    ok(a, { type: 'turn', role: 'north', moves: [], reason: 'pass' });
    const b = started();
    ok(b, { type: 'endTurn', role: 'north', reason: 'pass' });
    expect(a.state).toEqual(b.state);
  });

  it('ends the game in agreement when its last move adopts an offer, with no end of turn after it', () => {
    const session = started();
    ok(session, { type: 'turn', role: 'north', moves: [northMoves[1] as TurnMove] });
    ok(session, { type: 'turn', role: 'south', moves: [{ type: 'playCard', role: 'south', card: 'sway', target: 'east' }, { type: 'accept', role: 'south', offer: 1 }] });
    expect(session.phase).toBe('concluded');
    expect(session.state.outcome).toMatchObject({ kind: 'agreement', offer: 1 });
    const kinds = session.log.map((e) => e.kind);
    expect(kinds.slice(-3)).toEqual(['card', 'accept', 'outcome']);
  });

  it('on the last turn of the game, opens the final decision', () => {
    const session = started();
    for (let turn = 0; turn < 7; turn++) ok(session, { type: 'endTurn', role: model.turnOrder[session.state.turn] as string });
    expect(session.state.round).toBe(2);
    ok(session, { type: 'turn', role: 'lobby', moves: [{ type: 'offer', role: 'lobby', package: { data: 1, duties: 2 } }] });
    expect(session.phase).toBe('finalDecision');
    expect(session.state.candidate).toBe(1);
  });

  it('is refused whole when any move is, naming the move, and changes nothing', () => {
    const session = started();
    refused(session, { type: 'turn', role: 'north', moves: [northMoves[0], { type: 'playCard', role: 'north', card: 'sway', target: 'south' }] }, /^move 2 of the turn \(playCard\): card "sway" is not in north's hand$/);
    // Legal alone, not after the move before it: one package per turn.
    refused(session, { type: 'turn', role: 'north', moves: [northMoves[1], { ...northMoves[1], package: { data: 1, duties: 0 } }] }, /^move 2 of the turn \(offer\): only one package/);
    refused(session, { type: 'turn', role: 'north', moves: [northMoves[0], { type: 'offer', role: 'south', package: { data: 2, duties: 2 } }] }, /^move 2 of the turn \(offer\) is south's, not north's$/);
    refused(session, { type: 'turn', role: 'south', moves: [] }, /it is north's turn, not south's/);
    refused(session, { type: 'turn', role: 'nobody', moves: [] }, /there is no role "nobody"/);
  });

  it('refuses any move after the one that ends the game', () => {
    const session = started();
    ok(session, { type: 'turn', role: 'north', moves: [northMoves[1] as TurnMove] });
    refused(
      session,
      { type: 'turn', role: 'south', moves: [{ type: 'accept', role: 'south', offer: 1 }, { type: 'playCard', role: 'south', card: 'sway', target: 'east' }] },
      /^move 2 of the turn \(playCard\): the game ended in agreement with the move before it$/,
    );
  });

  it('is not possible outside the negotiation rounds', () => {
    const briefing = GameSession.create(model, 1);
    refused(briefing, { type: 'turn', role: 'north', moves: [] }, /not possible during the briefing/);
    const session = started();
    for (let turn = 0; turn < 7; turn++) ok(session, { type: 'endTurn', role: model.turnOrder[session.state.turn] as string });
    ok(session, { type: 'turn', role: 'lobby', moves: [{ type: 'offer', role: 'lobby', package: { data: 1, duties: 2 } }] });
    refused(session, { type: 'turn', role: 'north', moves: [] }, /not possible during the final decision/);
  });

  it('malformed turn events are refused with the place of the fault', () => {
    const session = started();
    refused(session, { type: 'turn', role: 'north', moves: 'all of them' }, /^malformed event at "moves"/);
    refused(session, { type: 'turn', role: 'north', moves: [{ type: 'vote', role: 'north', accept: true }] }, /^malformed event at "moves\.0/);
    refused(session, { type: 'turn', role: 'north', moves: [{ type: 'endTurn', role: 'north' }] }, /^malformed event at "moves\.0/);
    refused(session, { type: 'turn', role: 'north', moves: [{ type: 'offer', role: 'north', package: { data: 'free' } }] }, /^malformed event at "moves\.0\.package\.data"/);
    const many = Array.from({ length: MAX_TURN_MOVES + 1 }, () => ({ type: 'reject', role: 'north', offer: 1 }));
    refused(session, { type: 'turn', role: 'north', moves: many }, /^malformed event at "moves"/);
    expect(parseGameEvent({ type: 'turn', role: 'north', moves: northMoves, reason: 'fine' }).ok).toBe(true);
  });

  it('replays from a saved log and restores from a snapshot like any other event', () => {
    const session = started();
    ok(session, { type: 'turn', role: 'north', moves: northMoves, reason: 'done' });
    ok(session, { type: 'turn', role: 'south', moves: southMoves });
    const replayed = GameSession.replay(model, 1, JSON.parse(JSON.stringify(session.history)));
    expect(replayed.state).toEqual(session.state);
    const restored = GameSession.restore(model, JSON.parse(JSON.stringify(session.persist())));
    expect(restored.state).toEqual(session.state);
    ok(restored, { type: 'turn', role: 'east', moves: [] });
    expect(restored.state.turn).toBe(3);
  });
});
