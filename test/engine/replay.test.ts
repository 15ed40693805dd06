/**
 * The debrief's replay as steps: a step's view without its log, plus the debrief's log cut at the
 * step and filtered for the viewer, must be exactly the view the viewer had then (`viewFor`), for
 * every seat and the public table. An online seat's replay is built this way from what its server
 * sends, so any drift here would show a student a table that never was.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GameSession } from '../../src/engine/session.js';
import { logEntries } from '../../src/engine/rules/log.js';
import { localReplay, packSteps, publicStep, replayStates, replayStep, replaySteps, ReplayError, seatReplay, stepView, unpackSteps } from '../../src/engine/replay.js';
import { viewFor } from '../../src/engine/view.js';
import { loadLevel, playLegal } from './helpers.js';

describe('replay steps', () => {
  it('rebuild every seat\'s view at every step, and the public table from a seat\'s step', () => {
    fc.assert(
      fc.property(fc.constantFrom('tutorial', 'buenos-aires-2017', 'jsi-coalitions-7'), fc.integer({ min: 1, max: 1_000_000 }), (name, seed) => {
        const { model } = loadLevel(name);
        const session = GameSession.create(model, seed);
        playLegal(session, seed);
        const full = logEntries(session.state.log);
        const states = replayStates(model, seed, session.history);
        expect(states).toHaveLength(session.history.length + 1);
        expect(states.at(-1)?.state).toEqual(session.state);
        for (const at of states) {
          for (const viewer of [...model.roleIds, null]) {
            const step = replayStep(model, at, viewer);
            expect(step.view.log).toEqual([]);
            expect(stepView(step, full)).toEqual(viewFor(model, at.state, at.phase, viewer));
            if (viewer !== null) expect(stepView(publicStep(step), full)).toEqual(viewFor(model, at.state, at.phase, null));
          }
        }
        session.stop();
      }),
      { numRuns: 6 },
    );
  });

  it('packs a seat\'s steps as changes that unpack, after the wire, to the same steps, and much smaller', () => {
    fc.assert(
      fc.property(fc.constantFrom('tutorial', 'abu-dhabi-2024', 'jsi-coalitions-7'), fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (name, seed, pick) => {
        const { model } = loadLevel(name);
        const session = GameSession.create(model, seed);
        playLegal(session, seed);
        const viewers = [...model.roleIds, null];
        const steps = replaySteps(model, replayStates(model, seed, session.history), viewers[pick % viewers.length] ?? null);
        const wire = JSON.stringify(packSteps(steps));
        const plain = JSON.parse(JSON.stringify(steps)) as unknown;
        expect(unpackSteps(JSON.parse(wire))).toEqual(plain);
        if (steps.length > 20) expect(wire.length).toBeLessThan(JSON.stringify(steps).length / 2);
        session.stop();
      }),
      { numRuns: 8 },
    );
  });

  it('a seat\'s replay offers that seat and the public table only; a local one every seat', () => {
    const { model } = loadLevel('tutorial');
    const session = GameSession.create(model, 3);
    playLegal(session, 3);
    const [seat] = model.roleIds;
    const online = seatReplay(replaySteps(model, replayStates(model, 3, session.history), seat ?? null));
    expect(online.viewers).toEqual([seat, null]);
    expect(online.steps).toBe(session.history.length);
    const other = model.roleIds[1] ?? null;
    expect(online.at(4, other).view.self).toBeNull();
    expect(localReplay(model, 3, session.history).viewers).toEqual([...model.roleIds, null]);
    expect(() => online.at(online.steps + 1, null)).toThrow(RangeError);
    session.stop();
  });

  it('refuses a history that was not played with this seed, saying which event', () => {
    const { model } = loadLevel('tutorial');
    const session = GameSession.create(model, 5);
    playLegal(session, 5);
    const history = session.history.slice();
    // A move by the wrong seat early on: the replay cannot follow it.
    const bad = history.findIndex((e, i) => i > 0 && 'role' in e);
    const event = history[bad];
    const wrong = model.roleIds.find((r) => event && 'role' in event && r !== event.role);
    const broken = history.map((e, i) => (i === bad && 'role' in e ? { ...e, role: wrong } : e)) as typeof history;
    expect(() => replayStates(model, 5, broken)).toThrow(ReplayError);
    session.stop();
  });
});
