/**
 * Scoring against the opening no-deal value: a no-deal world's drift shows as the loss or gain it
 * is for each role, and the result says which figure decides the win and whether it is a tie.
 * The test level's values are in helpers.ts: no deal opens at data 1, duties 0; north's adjustment −5.
 */
import { describe, expect, it } from 'vitest';
import { scoreGame } from '../../../src/engine/scoring/outcome.js';
import { GameSession } from '../../../src/engine/session.js';
import { testModel, rid } from '../helpers.js';

/** A game nobody plays: every turn times out, so it ends without a deal after the drift. */
function idle(drift: boolean) {
  const model = testModel({ drift: drift ? [{ round: 2, issue: 'duties', option: 2 }] : [] });
  const session = GameSession.create(model, 1);
  session.send({ type: 'start' });
  while (session.phase === 'negotiating') session.send({ type: 'timeout' });
  expect(session.state.outcome?.kind).toBe('noDeal');
  return { model, session };
}

describe('scoring against the opening no-deal value', () => {
  it('shows the drift as each role\'s loss or gain, and lets it decide the win on the opening basis', () => {
    const { model, session } = idle(true);
    const result = scoreGame(model, session.state, 'opening');
    // duties drift from "lapse" (0) to "permanent" (2): north 40 → 0, south 0 → 45, east 20 → 20, lobby 0 → 40.
    const figures = model.roleIds.map((r) => [r, result.roles[r]?.openingNoDealValue, result.roles[r]?.noDealValue, result.roles[r]?.scoreVsOpening, result.roles[r]?.scoreVsNoDeal]);
    expect(figures).toEqual([
      ['north', 55, 15, -40, 0],
      ['south', 25, 70, 45, 0],
      ['east', 50, 50, 0, 0],
      ['lobby', 20, 60, 40, 0],
    ]);
    expect(result.decidedBy).toBe('opening');
    // South's gain is the largest share of what it could have gained: it alone wins.
    expect(result.winners).toEqual(['south']);
    expect(result.tie).toBe('none');
    expect(result.roles[rid('north')]?.relativeGainVsOpening).toBeLessThan(0);
  });

  it('on the walk-away basis a no-deal game is a tie for everyone, and the data says so', () => {
    const { model, session } = idle(true);
    const result = scoreGame(model, session.state, 'walkAway');
    expect(result.decidedBy).toBe('walkAway');
    expect(result.tie).toBe('everyone');
    expect(result.winners).toEqual(model.roleIds);
    // The figures against the opening are there all the same.
    expect(result.roles[rid('south')]?.scoreVsOpening).toBe(45);
  });

  it('without drift, a no-deal game is a tie on either basis, said in the data', () => {
    const { model, session } = idle(false);
    for (const basis of ['opening', 'walkAway'] as const) {
      const result = scoreGame(model, session.state, basis);
      expect(result.tie).toBe('everyone');
      for (const r of model.roleIds) expect(result.roles[r]?.scoreVsOpening).toBe(0);
    }
  });
});
