import { describe, expect, it } from 'vitest';
import { createBot, NEGOTIATING_STRATEGIES } from '../../../src/engine/bots/index.js';
import { runBots } from '../../../src/engine/bots/driver.js';
import { debriefFor } from '../../../src/engine/debrief.js';
import { GameSession } from '../../../src/engine/session.js';
import { publicLevel, viewFor } from '../../../src/engine/view.js';
import { eventBannerVm, moveLogVm } from '../../../src/client/view-models/log.js';
import { chartRoles, citationsVm, outcomeVm } from '../../../src/client/view-models/outcome.js';
import { questionsVm, reasonsVm } from '../../../src/client/view-models/debrief.js';
import { replayStepVm } from '../../../src/client/view-models/replay.js';
import { localReplay } from '../../../src/engine/replay.js';
import { evidence, level, t } from '../helpers.js';
import { rid, ev } from '../../engine/helpers.js';
import { type RoleId } from '../../../src/engine/types.js';

const model = level('tutorial');
const pub = publicLevel(model.level);

function botGame(seed: number): GameSession {
  const session = GameSession.create(model, seed);
  session.send({ type: 'start' });
  const bots = new Map(model.roleIds.map((r, i) => [r, createBot(model, r, NEGOTIATING_STRATEGIES[i % 3] ?? 'dealmaker', seed + i)]));
  runBots(session, bots);
  return session;
}

describe('move log', () => {
  it('writes every entry as a sentence and hides other seats\' reasons during play', () => {
    const session = GameSession.create(model, 1);
    session.send({ type: 'start' });
    session.send(ev({ type: 'offer', role: 'tnc-lobby', package: { 'data-flows': 2, 'customs-duties': 2 }, reason: 'secret reason' }));
    const forOther = moveLogVm(pub, viewFor(model, session.state, session.phase, rid('developing')).log, 'en', t);
    const line = forOther.find((l) => l.kind === 'offer');
    expect(line?.text).toBe('Technology-industry lobby puts package #1 on the table.');
    expect(line?.reason).toBeNull();
    const forOwner = moveLogVm(pub, viewFor(model, session.state, session.phase, rid('tnc-lobby')).log, 'en', t);
    expect(forOwner.find((l) => l.kind === 'offer')?.reason).toBe('secret reason');
  });

  it('says a drift binds its parties only, and names them', () => {
    const session = GameSession.create(model, 1);
    session.send({ type: 'start' });
    while (session.state.round < 2) session.send({ type: 'endTurn', role: model.turnOrder[session.state.turn] as RoleId });
    const drift = moveLogVm(pub, viewFor(model, session.state, session.phase, rid('developing')).log, 'en', t).find((l) => l.kind === 'drift');
    expect(drift?.text).toBe('Without a deal, Cross-border data flows moves to “Binding free flow” for its parties only: Demandeur delegation.');
    expect(session.state.noDeal).toEqual(model.noDealStart);
  });

  it('announces the newest event since a point in the log', () => {
    const session = GameSession.create(model, 1);
    session.send({ type: 'start' });
    const before = session.log.length;
    session.send(ev({ type: 'inject', event: 'deadline' }));
    const banner = eventBannerVm(pub, session.log, before, 'en');
    expect(banner?.title).toBe('The chair sets a deadline');
    expect(eventBannerVm(pub, session.log, session.log.length, 'en')).toBeNull();
  });
});

describe('outcome dashboard', () => {
  const session = botGame(4);
  const debrief = debriefFor(model, session.state, session.history);
  const vm = outcomeVm(pub, debrief, evidence(), rid('developing'), 'en');

  it('shows every seat\'s score against its no-deal value', () => {
    expect(vm.scores.map((s) => s.role)).toEqual(model.roleIds);
    for (const s of vm.scores) expect(s.score).toBeCloseTo(s.value - s.noDealValue, 9);
    expect(vm.text).toHaveLength(model.issueIds.length);
  });

  it('puts the frontier chart in the unit square, with the viewer across', () => {
    expect(vm.frontier.xRole).toBe('developing');
    expect(vm.frontier.yRole).toBe('proponents');
    const pts = [...vm.frontier.frontier, vm.frontier.outcome, vm.frontier.noDeal];
    for (const p of pts) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(1);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(1);
    }
    const xs = vm.frontier.frontier.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('scales each indicator curve to its range over the level\'s years', () => {
    for (const c of vm.curves) {
      expect(c.outcome).toHaveLength(model.level.impact.years + 1);
      expect(c.outcome[0]?.x).toBe(0);
      expect(c.outcome.at(-1)?.x).toBe(1);
      expect(c.outcome[0]?.y).toBeCloseTo((c.start - c.min) / (c.max - c.min), 9);
    }
  });

  it('resolves every evidence id to its fact and source', () => {
    expect(vm.evidence.length).toBe(debrief.evidence.length);
    expect(vm.evidence.every((c) => c.found && c.author && c.year && c.locator && c.title)).toBe(true);
    const missing = citationsVm(['no-such-fact'], evidence(), 'en');
    expect(missing[0]).toMatchObject({ id: 'no-such-fact', found: false });
  });

  it('compares the two voters when the viewer has no vote or is a spectator', () => {
    expect(chartRoles(pub, null)).toEqual(['developing', 'proponents']);
    expect(chartRoles(pub, rid('tnc-lobby'))).toEqual(['tnc-lobby', 'developing']);
  });
});

describe('debrief', () => {
  const seed = 9;
  const session = botGame(seed);
  const debrief = debriefFor(model, session.state, session.history);

  it('reveals the bots\' reasons, seat by seat', () => {
    const reasons = reasonsVm(pub, debrief, 'en', t);
    expect(reasons.map((r) => r.role)).toEqual(model.roleIds);
    expect(reasons.every((r) => r.lines.length > 0 && r.lines.every((l) => !!l.reason))).toBe(true);
    expect(questionsVm(pub, rid('developing'), 'en').perRole).toContain('leverage');
  });

  it('replays the game step by step through a fresh session, ending where the game ended', () => {
    const source = localReplay(model, seed, debrief.history);
    const start = replayStepVm(pub, debrief, source, 0, null, 'en', t);
    expect(start.view.phase).toBe('briefing');
    const one = replayStepVm(pub, debrief, source, 1, null, 'en', t);
    expect(one.view.phase).toBe('negotiating');
    expect(one.lines[0]?.text).toBe('The chair opens the ministerial.');
    const end = replayStepVm(pub, debrief, source, debrief.history.length + 5, null, 'en', t);
    expect(end.step).toBe(debrief.history.length);
    expect(end.view.phase).toBe('concluded');
    expect(end.view.outcome).toEqual(session.state.outcome);
  });
});

describe('drift and drivers', () => {
  it('says where no deal drifted and why, and which clauses drive each curve', () => {
    const session = GameSession.create(model, 2);
    session.send({ type: 'start' });
    while (session.phase === 'negotiating') session.send({ type: 'timeout' });
    const debrief = debriefFor(model, session.state, session.history);
    const vm = outcomeVm(pub, debrief, evidence(), null, 'en');
    expect(vm.agreement).toBe(false);
    // The tutorial's scheduled event in round 2 moves data flows to binding free flow.
    expect(vm.drift).toContainEqual({ round: 2, issue: 'Cross-border data flows', option: 'Binding free flow', cause: 'A new free-trade agreement is signed', parties: 'Demandeur delegation' });
    for (const curve of vm.curves) {
      const projected = debrief.projection.indicators.find((i) => i.id === curve.id);
      expect(curve.drivers.map((d) => d.perYear)).toEqual(projected?.drivers.map((d) => d.weight * d.perYear));
      expect(curve.drivers.every((d) => d.evidence.length > 0)).toBe(true);
    }
  });
});
