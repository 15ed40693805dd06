/**
 * The statechart: the game's phases, the events each takes, and guards named after rules. The
 * session runs it with an actor; XState's documented pure functions (`initialTransition`,
 * `transition`) run the same chart here as an oracle, so the chart is a function of its events
 * and nothing the actor adds.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { PHASE_EVENTS } from '../../../src/engine/rules/legal.js';
import { createGameMachine } from '../../../src/engine/rules/machine.js';
import type { Phase } from '../../../src/engine/rules/state.js';
import { GameSession } from '../../../src/engine/session.js';
import { loadLevel, playLegal, SHIPPED_LEVELS, testModel } from '../helpers.js';
import { type RoleId } from '../../../src/engine/types.js';

describe('the chart', () => {
  const machine = createGameMachine(testModel());

  it('has the game phases, and each takes the events the rules table expects', () => {
    expect(Object.keys(machine.states).sort()).toEqual(Object.keys(PHASE_EVENTS).sort());
    for (const [phase, events] of Object.entries(PHASE_EVENTS) as [Phase, readonly string[]][]) {
      const taken: readonly string[] = machine.states[phase]?.ownEvents ?? [];
      expect([...taken].sort(), phase).toEqual([...events].sort());
    }
    expect(machine.states.concluded?.type).toBe('final');
  });

  it('names its guards after rules', () => {
    expect(Object.keys(machine.implementations.guards).sort()).toEqual(['allVotesCast', 'followsTheRules', 'hasAgreement', 'hasNoCandidate', 'isLastTurnOfGame']);
  });

  it.each(SHIPPED_LEVELS)('%s: the pure transition function gives the session its states, event for event', (name) => {
    const { model } = loadLevel(name);
    const chart = createGameMachine(model);
    for (const seed of [1, 2, 3]) {
      const events = playLegal(GameSession.create(model, seed), seed);
      const session = GameSession.create(model, seed);
      let [snapshot] = initialTransition(chart, { seed });
      expect(snapshot.context.game).toEqual(session.state);
      for (const event of events) {
        [snapshot] = transition(chart, snapshot, event);
        session.send(event);
        expect(snapshot.value).toBe(session.phase);
        expect(snapshot.context.game).toEqual(session.state);
      }
      expect(snapshot.status).toBe('done');
    }
  });

  it('leaves the very snapshot behind when the rules refuse a move', () => {
    const [briefing] = initialTransition(machine, { seed: 1 });
    const [started] = transition(machine, briefing, { type: 'start' });
    const due = started.context.game.turn;
    const other = testModel().turnOrder.find((_, i) => i !== due) as RoleId;
    const [after] = transition(machine, started, { type: 'endTurn', role: other });
    expect(after).toBe(started);
    const [wrongPhase] = transition(machine, started, { type: 'vote', role: other, accept: true });
    expect(wrongPhase).toBe(started);
  });
});
