/**
 * The benchmark's second baseline: what XState itself costs a game. This chart has the game's
 * phases and takes the same events, but every guard passes and every action is an assign that
 * keeps the context as it is, so only XState's own work is left: picking the transition, the
 * microstep, a new snapshot. Replaying recorded bot games through it tells how much of the real
 * chart's cost is the library's and how much is the rules' and the bots'.
 */
import { assign, createActor, setup } from 'xstate';
import { GAME_EVENT_TYPES, type GameEvent } from '../../src/engine/rules/events.js';

export function createFloorMachine() {
  const moves = Object.fromEntries(GAME_EVENT_TYPES.filter((t) => t !== 'start').map((t) => [t, { guard: 'pass', actions: 'keep' }]));
  return setup({
    types: { context: {} as { game: null }, events: {} as GameEvent },
    guards: { pass: () => true },
    actions: { keep: assign(({ context }) => ({ game: context.game })) },
  }).createMachine({
    context: { game: null },
    initial: 'briefing',
    states: {
      briefing: { on: { start: { target: 'negotiating', actions: 'keep' } } },
      negotiating: { on: moves },
    },
  });
}

export type FloorMachine = ReturnType<typeof createFloorMachine>;

/** A floor chart's game, stepped one event at a time (for running it beside a bare game). */
export function floorStepper(machine: FloorMachine): (event: GameEvent) => void {
  const actor = createActor(machine).start();
  return (event) => actor.send(event);
}

/** One recorded game's events through the floor chart, driven as a game session drives its chart. */
export function playFloorGame(machine: FloorMachine, events: readonly GameEvent[]): void {
  const actor = createActor(machine).start();
  for (const event of events) actor.send(event);
  if (actor.getSnapshot().status !== 'active') throw new Error('the floor chart stopped before the end of the game');
}
