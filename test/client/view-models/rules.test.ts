import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/engine/session.js';
import { publicLevel, viewFor } from '../../../src/engine/view.js';
import { answerRulesVm, decisionRulesVm } from '../../../src/client/view-models/rules.js';
import { level, t } from '../helpers.js';
import { rid, ev } from '../../engine/helpers.js';
import { type RoleId } from '../../../src/engine/types.js';

const model = level('tutorial');
const pub = publicLevel(model.level);

describe('rules at the buttons', () => {
  it('says what blocking costs a voter and what standing does, with its income now', () => {
    const s = GameSession.create(model, 3);
    s.send({ type: 'start' });
    const vm = answerRulesVm(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en', t);
    expect(vm?.cost).toBe(`Rejecting or countering a package every other voter has accepted blocks it: it costs you ${model.level.blockingCost} standing (once per package).`);
    const perRound = model.level.roles.find((r) => r.id === 'developing')?.resource.perRound;
    expect(vm?.standing).toContain(`now ${perRound} + standing 0 = ${perRound} a round`);
    expect(answerRulesVm(pub, viewFor(model, s.state, s.phase, null), 'en', t)).toBeNull();
  });

  it('tells a seat without a vote that blocking costs it nothing', () => {
    const s = GameSession.create(model, 3);
    s.send({ type: 'start' });
    const nonVoter = model.level.roles.find((r) => !model.level.decision.voters.includes(r.id));
    if (!nonVoter) return;
    expect(answerRulesVm(pub, viewFor(model, s.state, s.phase, nonVoter.id), 'en', t)?.cost).toMatch(/no vote/);
  });
});

describe('the final decision explained', () => {
  it('names the package, why it was chosen, who votes and what carries it', () => {
    const s = GameSession.create(model, 3);
    s.send({ type: 'start' });
    s.send(ev({ type: 'offer', role: 'tnc-lobby', package: { 'data-flows': 2, 'customs-duties': 2 } }));
    for (let k = 0; k < 40 && s.phase === 'negotiating'; k++) s.send({ type: 'endTurn', role: model.turnOrder[s.state.turn] as RoleId });
    expect(s.phase).toBe('finalDecision');
    const vm = decisionRulesVm(pub, viewFor(model, s.state, s.phase, rid('developing')), 'en', t);
    const voters = model.level.decision.voters;
    expect(vm.why).toBe(`Package #1 by Technology-industry lobby is put to the vote: of the packages still on the table, it is the one most voters accepted (0 of ${voters.length}; the latest one on a tie).`);
    expect(vm.voters).toMatch(/^Who votes: .*Developing-country delegation/);
    expect(vm.rule).toMatch(/^Consensus: every voter must vote yes/);
  });
});

describe('the turn countdown', () => {
  it('warns in words from 15 s, not before, and not while paused', async () => {
    const { statusVm } = await import('../../../src/client/view-models/table.js');
    const s = GameSession.create(model, 3);
    s.send({ type: 'start' });
    const view = viewFor(model, s.state, s.phase, rid('tnc-lobby'));
    const at = (secondsLeft: number, paused = false) => statusVm(pub, view, { endsAt: 100_000, paused }, 100_000 - secondsLeft * 1000, 'en', t);
    expect(at(16)).toMatchObject({ warning: false, timer: '16 s left' });
    expect(at(15)).toMatchObject({ warning: true, timer: 'Hurry: 15 s left' });
    expect(at(0)).toMatchObject({ warning: true, timer: 'Hurry: 0 s left' });
    expect(at(5, true)).toMatchObject({ warning: false, timer: 'timer waits for the player' });
  });
});
