/**
 * The final decision explained: the package the view says will be voted on is the one the rules
 * put to the vote, with the rule that picked it, the voters and the votes it needs; the level's
 * rule facts say what blocking costs and what standing does.
 */
import { describe, expect, it } from 'vitest';
import { decisionFor, ruleFacts } from '../../../src/engine/rules/legal.js';
import { GameSession } from '../../../src/engine/session.js';
import type { RoleId } from '../../../src/engine/types.js';
import { publicLevel, viewFor } from '../../../src/engine/view.js';
import { ev, rid, testModel } from '../helpers.js';

describe('the final decision explained', () => {
  it('names the package the rules put to the vote, why, and who votes', () => {
    const model = testModel({ rounds: 1, blockingCost: 2, voters: ['north', 'south', 'east'], rule: 'majority' });
    const pub = publicLevel(model.level);
    const session = GameSession.create(model, 1);
    session.send({ type: 'start' });
    const view = () => viewFor(model, session.state, session.phase, rid('north'));
    expect(decisionFor(pub, view())).toMatchObject({ offer: null, because: 'noOpenOffer', voters: ['north', 'south', 'east'], votesNeeded: 2, rule: 'majority' });
    expect(session.send(ev({ type: 'offer', role: 'north', package: { data: 0, duties: 0 } })).ok).toBe(true);
    expect(session.send(ev({ type: 'endTurn', role: 'north' })).ok).toBe(true);
    expect(session.send(ev({ type: 'offer', role: 'south', package: { data: 2, duties: 2 } })).ok).toBe(true);
    // One acceptance each (their authors): the latest is taken.
    expect(decisionFor(pub, view())).toMatchObject({ offer: 2, because: 'latestAmongTied', acceptances: 1, tiedWith: [1] });
    expect(session.send(ev({ type: 'accept', role: 'east', offer: 1 })).ok).toBe(true);
    const told = decisionFor(pub, view());
    expect(told).toMatchObject({ offer: 1, because: 'mostAccepted', acceptances: 2, tiedWith: [] });
    while (session.phase === 'negotiating') session.send({ type: 'endTurn', role: model.turnOrder[session.state.turn] as RoleId });
    expect(session.phase).toBe('finalDecision');
    expect(session.state.candidate).toBe(told.offer);
  });

  it('gives the rules a screen explains at the button', () => {
    const pub = publicLevel(testModel({ blockingCost: 3, voters: ['north', 'south'] }).level);
    expect(ruleFacts(pub)).toEqual({
      blockingCost: 3,
      blockingCharged: 'lastHoldoutOncePerOffer',
      standingAddsToIncome: true,
      standingLimit: 10,
      cardsPerTurn: 2,
      turnSeconds: 0,
      decision: { rule: 'consensus', voters: ['north', 'south'], votesNeeded: 2 },
    });
  });
});
