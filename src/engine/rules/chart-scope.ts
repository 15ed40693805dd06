/**
 * What XState's transition function needs besides a snapshot and an event: an actor scope. Games
 * run their chart through `machine.transition` rather than a started actor (session.ts): the rules
 * need nothing an actor adds (a mailbox, observers, timers, an actor system of their own), and
 * without it self-play runs faster. A chart whose actions are all `assign`s (resolved inside the
 * transition) and that has no children, delays or emitted events can share one scope among all its
 * games; its `self` and `system` come from an actor that is created but never started.
 */
import { createActor, type ActorScope, type AnyStateMachine, type EventFromLogic, type InputFrom, type SnapshotFrom } from 'xstate';

export type ChartScope<M extends AnyStateMachine> = ActorScope<SnapshotFrom<M>, EventFromLogic<M>>;

const scopes = new WeakMap<AnyStateMachine, ChartScope<AnyStateMachine>>();

/** The shared scope of `machine` (`input` is what its context needs to build an unused first snapshot). */
export function chartScope<M extends AnyStateMachine>(machine: M, input: InputFrom<M>): ChartScope<M> {
  let scope = scopes.get(machine);
  if (!scope) {
    const host = createActor(machine as AnyStateMachine, { input });
    scope = {
      self: host,
      id: host.id,
      sessionId: host.sessionId,
      logger: (...args: unknown[]) => console.log(...args),
      system: host.system,
      // Nothing is deferred or spawned by such a chart: run whatever XState hands over at once.
      defer: (fn) => fn(),
      emit: () => {},
      stopChild: () => {},
      actionExecutor: (action) => {
        if (action.exec) action.exec(action.info, action.params);
      },
    };
    scopes.set(machine, scope);
  }
  return scope as ChartScope<M>;
}
