import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/engine/session.js';
import { publicLevel, viewFor } from '../../../src/engine/view.js';
import { draftText, revealsSince } from '../../../src/client/view-models/table.js';
import { level, t } from '../helpers.js';
import { rid, ev } from '../../engine/helpers.js';
import { type RoleId } from '../../../src/engine/types.js';

const model = level('tutorial');
const pub = publicLevel(model.level);

/** Seed 3: civil society holds the "Leaked brief"; the lobby moves first. */
function civilSocietyLeaks(): GameSession {
  const s = GameSession.create(model, 3);
  s.send({ type: 'start' });
  s.send(ev({ type: 'endTurn', role: 'tnc-lobby' }));
  s.send(ev({ type: 'playCard', role: 'civil-society', card: 'leak', target: 'developing' }));
  return s;
}

describe('reveals', () => {
  it('puts the target\'s points beside the viewer\'s own on the revealed issue, at once', () => {
    const s = civilSocietyLeaks();
    const view = viewFor(model, s.state, s.phase, rid('civil-society'));
    const intel = view.self?.intel[0];
    expect(intel?.about).toBe('developing');
    const issues = draftText(pub, view, 'en');
    const revealed = issues.find((i) => i.id === intel?.issue);
    expect(revealed?.revealedBy).toEqual(['Developing-country delegation']);
    const index = (intel ? model.issueIndex.get(intel.issue) : undefined) ?? -1;
    const truth = s.state.roles[rid('developing')]?.values[index];
    expect(revealed?.options.map((o) => o.intel[0]?.points)).toEqual(truth);
    expect(revealed?.options.every((o) => o.intel[0]?.round === 1)).toBe(true);
    // Only that issue: the others show no intelligence.
    expect(issues.filter((i) => i.id !== intel?.issue).flatMap((i) => i.options.flatMap((o) => o.intel))).toEqual([]);
  });

  it('words the reveal with the card, the seat and the issue, and turns the draft to it', () => {
    const s = civilSocietyLeaks();
    const view = viewFor(model, s.state, s.phase, rid('civil-society'));
    const [news] = revealsSince(pub, view, 0, 'en', t);
    const issue = model.level.issues[news?.issueIndex ?? -1];
    expect(issue?.id).toBe(view.self?.intel[0]?.issue);
    expect(news?.text).toMatch(/^Leaked brief revealed Developing-country delegation's points on .+: marked intel beside yours\.$/);
    expect(news?.text).not.toMatch(/\d/);
    expect(revealsSince(pub, view, 1, 'en', t)).toEqual([]);
  });

  it('keeps intelligence for the rest of the game and never shows it to anyone else', () => {
    const s = civilSocietyLeaks();
    // A whole round later (four turns ended), the intelligence is still on the draft.
    for (let k = 0; k < 4 && s.phase === 'negotiating'; k++) s.send({ type: 'endTurn', role: model.turnOrder[s.state.turn] as RoleId });
    expect(s.state.round).toBe(2);
    const later = draftText(pub, viewFor(model, s.state, s.phase, rid('civil-society')), 'en');
    expect(later.some((i) => i.revealedBy.length === 1)).toBe(true);
    for (const other of [rid('developing'), rid('proponents'), rid('tnc-lobby'), null]) {
      expect(draftText(pub, viewFor(model, s.state, s.phase, other), 'en').flatMap((i) => i.options.flatMap((o) => o.intel))).toEqual([]);
    }
  });
});
