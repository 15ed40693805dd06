import { describe, expect, it } from 'vitest';
import { debriefFor } from '../../../src/engine/debrief.js';
import { GameSession } from '../../../src/engine/session.js';
import { publicLevel } from '../../../src/engine/view.js';
import { betterPackages, readableOutcomeVm } from '../../../src/client/view-models/outcome-read.js';
import { level, t } from '../helpers.js';

const model = level('tutorial');
const pub = publicLevel(model.level);

function noDealGame(): GameSession {
  const s = GameSession.create(model, 2);
  s.send({ type: 'start' });
  while (s.phase === 'negotiating') s.send({ type: 'timeout' });
  return s;
}

describe('an outcome students can read', () => {
  it('on a no deal: says the drift is what happened, crowns nobody, and bars each seat on one axis', () => {
    const s = noDealGame();
    const debrief = debriefFor(model, s.state, s.history);
    const vm = readableOutcomeVm(pub, debrief, 'developing', 'en', t);
    expect(vm.headline).toBe('No deal: the talks failed, and the drift is what happened');
    expect(vm.textHeading).toBe('Where the world ended up without a deal (the drift)');
    expect(vm.bars.some((b) => b.best)).toBe(false);
    expect(vm.bars.filter((b) => b.you).map((b) => b.role)).toEqual(['developing']);
    for (const b of vm.bars) {
      expect(b.valueShare).toBeGreaterThanOrEqual(0);
      expect(b.valueShare).toBeLessThanOrEqual(1);
      const sign = (x: number) => `${x > 0 ? '+' : ''}${x}`;
      expect(b.sentence).toBe(`${b.name}: without a deal ${b.noDealValue} points, with this outcome ${b.value} points (${sign(b.score)}). When the talks opened, walking away was worth ${b.openingValue} points: ${sign(b.scoreVsOpening)} against the start.`);
    }
  });

  it('gives both scores, against the start of the talks and against walking away at the end, and says which one decides', () => {
    const s = noDealGame();
    const debrief = debriefFor(model, s.state, s.history);
    const vm = readableOutcomeVm(pub, debrief, 'developing', 'en', t);
    expect(vm.decidedBy).toBe(debrief.result.decidedBy);
    expect(vm.decides).toMatch(vm.decidedBy === 'opening' ? /^Who did best is decided against the start of the talks/ : /^Who did best is decided against walking away at the end/);
    for (const b of vm.bars) {
      const res = debrief.result.roles[b.role];
      expect(b.openingValue).toBe(res?.openingNoDealValue);
      expect(b.scoreVsOpening).toBe(res?.scoreVsOpening);
      expect(b.score).toBe(res?.scoreVsNoDeal);
      expect(b.openingShare).toBeGreaterThanOrEqual(0);
      expect(b.openingShare).toBeLessThanOrEqual(1);
    }
    // The tutorial's trade agreement binds the demandeurs only, who value binding free flow as much as
    // free flow with exceptions: without a deal and without cards, nobody moved from the start.
    expect(vm.bars.filter((b) => b.scoreVsOpening !== 0)).toEqual([]);
  });

  it('lists only packages every voter prefers, with each voter\'s gain over the outcome', () => {
    const s = noDealGame();
    const debrief = debriefFor(model, s.state, s.history);
    const better = betterPackages(pub, debrief, 'en');
    const voters = model.level.decision.voters;
    for (const p of better) {
      expect(p.gains.map((g) => g.role)).toEqual(voters);
      expect(p.gains.every((g) => g.gain >= 0)).toBe(true);
      expect(p.gains.some((g) => g.gain > 0)).toBe(true);
    }
    const vm = readableOutcomeVm(pub, debrief, null, 'en', t, 2);
    expect(vm.better.length).toBeLessThanOrEqual(2);
    expect(vm.betterCount).toBe(better.length);
    expect(vm.betterSummary).toMatch(better.length === 0 ? /^None/ : /would have left every voter at least as well off/);
  });
});
