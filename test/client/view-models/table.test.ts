import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/engine/session.js';
import { publicLevel, viewFor } from '../../../src/engine/view.js';
import { draftText, handVm, offerBuilderVm, offersVm, seatsVm, statusVm, tutorialTips, voteVm } from '../../../src/client/view-models/table.js';
import { level, t } from '../helpers.js';
import { rid, ev } from '../../engine/helpers.js';

const model = level('tutorial');
const pub = publicLevel(model.level);
/** The level's own points (trainers retune them), so the tests follow the file. */
const points = (role: string, issue: number, option: number): number => model.values[model.roleIndex.get(rid(role)) ?? -1]?.[issue]?.[option] ?? NaN;

/** A tutorial game in round 1, at the turn of `role` (the turn order is lobby, civil society, demandeurs, developing). */
function gameAt(role: string): GameSession {
  const session = GameSession.create(model, 3);
  session.send({ type: 'start' });
  for (const r of model.turnOrder) {
    if (r === role) break;
    session.send({ type: 'endTurn', role: r });
  }
  return session;
}

describe('draft text', () => {
  it('marks the no-deal option, the locked options and the viewer\'s own points', () => {
    const s = gameAt('developing');
    const issues = draftText(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en');
    const flows = issues.find((i) => i.id === 'data-flows');
    const duties = issues.find((i) => i.id === 'customs-duties');
    expect(flows?.options.map((o) => o.isNoDeal)).toEqual([false, true, false]);
    expect(duties?.options[1]?.available).toBe(false);
    // Current points: the level's, shifted by any event of round 1 (the state's, not the file's).
    expect(flows?.options.map((o) => o.ownPoints)).toEqual(s.state.roles[rid('developing')]?.values[0]);
    expect(flows?.name).toBe('Cross-border data flows');
  });

  it('shows a spectator no points at all', () => {
    const s = gameAt('developing');
    const issues = draftText(pub, viewFor(model, s.state, s.phase, null), 'en');
    expect(issues.flatMap((i) => i.options.map((o) => o.ownPoints))).toEqual([null, null, null, null, null, null]);
  });

  it('marks the options of the newest open package as on the table', () => {
    const s = gameAt('tnc-lobby');
    s.send(ev({ type: 'offer', role: 'tnc-lobby', package: { 'data-flows': 2, 'customs-duties': 2 } }));
    const issues = draftText(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en');
    expect(issues.map((i) => i.options.findIndex((o) => o.onTable))).toEqual([2, 2]);
  });
});

describe('offer builder', () => {
  it('shows the package value only once every issue has an option, against the current no-deal value', () => {
    const s = gameAt('developing');
    const view = viewFor(model, s.state, s.phase, rid('developing'));
    const half = offerBuilderVm(pub, view, [0, null], 'en');
    expect(half?.complete).toBe(false);
    expect(half?.missing).toBe(1);
    expect(half?.value).toBeNull();
    expect(half?.canOffer).toBe(false);
    const full = offerBuilderVm(pub, view, [0, 0], 'en');
    const value = points('developing', 0, 0) + points('developing', 1, 0);
    expect(full?.value).toBe(value);
    expect(full?.noDealValue).toBe(view.self?.noDealValue);
    expect(full?.delta).toBe(value - (view.self?.noDealValue ?? 0));
    expect(full?.canOffer).toBe(true);
  });

  it('ignores a locked option and refuses offers out of turn', () => {
    const s = gameAt('tnc-lobby');
    const view = viewFor(model, s.state, s.phase, rid('developing'));
    const vm = offerBuilderVm(pub, view, [0, 1], 'en');
    expect(vm?.issues[1]?.chosen).toBeNull();
    expect(offerBuilderVm(pub, view, [0, 0], 'en')?.canOffer).toBe(false);
  });
});

describe('hand', () => {
  it('says why a card cannot be played', () => {
    const s = gameAt('developing');
    const mine = handVm(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.blockedBy === null || c.blockedBy === 'cannotAfford')).toBe(true);
    const other = gameAt('tnc-lobby');
    expect(handVm(pub, viewFor(model, other.state, other.phase, rid('developing')), 'en').every((c) => c.blockedBy === 'notYourTurn')).toBe(true);
  });

  it('lists every other seat as a target of a targeted card, never the player', () => {
    const s = gameAt('tnc-lobby');
    const cards = handVm(pub, viewFor(model, s.state, s.phase, rid('tnc-lobby')), 'en');
    for (const card of cards.filter((c) => c.needsTarget)) {
      expect(card.targets.map((x) => x.role).sort()).toEqual(['civil-society', 'developing', 'proponents']);
    }
  });
});

describe('offers on the table', () => {
  it('gives each open package its value to the viewer and what the viewer may do with it', () => {
    const s = gameAt('tnc-lobby');
    s.send(ev({ type: 'offer', role: 'tnc-lobby', package: { 'data-flows': 0, 'customs-duties': 0 } }));
    const forDeveloping = offersVm(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en');
    expect(forDeveloping).toHaveLength(1);
    expect(forDeveloping[0]?.value).toBe(points('developing', 0, 0) + points('developing', 1, 0));
    expect(forDeveloping[0]?.canAccept).toBe(true);
    expect(forDeveloping[0]?.canCounter).toBe(false);
    expect(forDeveloping[0]?.terms.map((x) => x.option)).toEqual(['Right to regulate', 'Let it lapse']);
    const forLobby = offersVm(pub, viewFor(model, s.state, s.phase, rid('tnc-lobby')), 'en');
    expect(forLobby[0]?.mine).toBe(true);
    expect(forLobby[0]?.canAccept).toBe(false);
  });
});

describe('status, seats and vote', () => {
  it('says whose turn it is and how long is left', () => {
    const s = gameAt('developing');
    const view = viewFor(model, s.state, s.phase, rid('developing'));
    const vm = statusVm(pub, view, { endsAt: 20_500, paused: false }, 1_000, 'en', t);
    expect(vm.round).toBe('Round 1 of 3');
    expect(vm.turn).toBe('Your turn, Developing-country delegation');
    expect(vm.timer).toBe('20 s left');
    const other = statusVm(pub, viewFor(model, s.state, s.phase, rid('tnc-lobby')), { endsAt: null, paused: false }, 0, 'en', t);
    expect(other.turn).toBe('Developing-country delegation is moving');
    expect(other.timer).toBeNull();
  });

  it('shows public seat data with the seat colour and who is on turn', () => {
    const s = gameAt('civil-society');
    const seats = seatsVm(pub, viewFor(model, s.state, s.phase, rid('developing')), [], 'en');
    expect(seats.map((x) => x.isTurn)).toEqual(model.roleIds.map((r) => r === 'civil-society'));
    expect(seats.find((x) => x.role === 'developing')?.colour).toBe('#E69F00');
    expect(seats.find((x) => x.role === 'developing')?.isYou).toBe(true);
    expect(seats.filter((x) => x.npc).map((x) => x.role)).toEqual(model.level.roles.filter((r) => !r.playable).map((r) => r.id));
  });

  it('offers the vote to voters only, once', () => {
    const s = GameSession.create(model, 3);
    s.send({ type: 'start' });
    s.send(ev({ type: 'offer', role: 'tnc-lobby', package: { 'data-flows': 1, 'customs-duties': 0 } }));
    s.send(ev({ type: 'accept', role: 'developing', offer: 1 }));
    while (s.phase === 'negotiating') s.send({ type: 'timeout' });
    expect(s.phase).toBe('finalDecision');
    const voter = voteVm(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en');
    expect(voter?.candidate).toBe(1);
    expect(voter?.canVote).toBe(true);
    expect(voteVm(pub, viewFor(model, s.state, s.phase, rid('tnc-lobby')), 'en')?.canVote).toBe(false);
    s.send(ev({ type: 'vote', role: 'developing', accept: true }));
    expect(voteVm(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en')?.voted).toBe(true);
  });
});

describe('tutorial texts', () => {
  it('adds the card and offer texts when they apply, and the round text of the round', () => {
    const s = gameAt('tnc-lobby');
    const before = tutorialTips(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en');
    expect(before[0]).toMatch(/^Round 1\./);
    expect(before.some((x) => x.startsWith('A package on the table'))).toBe(false);
    s.send(ev({ type: 'offer', role: 'tnc-lobby', package: { 'data-flows': 2, 'customs-duties': 2 } }));
    const after = tutorialTips(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en');
    expect(after.some((x) => x.startsWith('A package on the table'))).toBe(true);
  });

  it('says when the timer waits for a hot-seat player', () => {
    const s = gameAt('developing');
    expect(statusVm(pub, viewFor(model, s.state, s.phase, rid('developing')), { endsAt: null, paused: true }, 0, 'en', t).timer).toBe('timer waits for the player');
  });
});
