import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/engine/session.js';
import { publicLevel, viewFor } from '../../../src/engine/view.js';
import { valueChanges } from '../../../src/client/view-models/effects.js';
import { level, t } from '../helpers.js';
import { rid, ev, iid } from '../../engine/helpers.js';

const model = level('tutorial');
const pub = publicLevel(model.level);

describe('effects explained', () => {
  it('names the cause and shows before → after of each of the viewer\'s own points that moved', () => {
    // Seed 3: the lobby (first to move) holds the "Industry study on duties": everyone else values Permanent +8.
    const s = GameSession.create(model, 3);
    s.send({ type: 'start' });
    const before = viewFor(model, s.state, s.phase, rid('developing'));
    const logBefore = before.log.length;
    s.send(ev({ type: 'playCard', role: 'tnc-lobby', card: 'industry-study' }));
    const after = viewFor(model, s.state, s.phase, rid('developing'));
    const changes = valueChanges(pub, before, after, after.log.slice(logBefore), logBefore, 'en', t);
    const duties = model.issueIndex.get(iid('customs-duties')) ?? -1;
    const was = before.self?.values[duties]?.[2] ?? NaN;
    expect(changes).toEqual([
      {
        issueIndex: duties,
        option: 2,
        before: was,
        after: was + 8,
        logIndex: expect.any(Number),
        text: `Technology-industry lobby's “Industry study on duties”: you now value Permanent (Customs duties on electronic transmissions) +8 (${was} → ${was + 8})`,
      },
    ]);
    expect(after.log[changes[0]?.logIndex ?? -1]?.kind).toBe('card');
  });

  it('never carries another seat\'s figure: every number in a line is the viewer\'s own', () => {
    const s = GameSession.create(model, 3);
    s.send({ type: 'start' });
    const before = viewFor(model, s.state, s.phase, rid('developing'));
    s.send(ev({ type: 'playCard', role: 'tnc-lobby', card: 'industry-study' }));
    const after = viewFor(model, s.state, s.phase, rid('developing'));
    const own = new Set([...(before.self?.values.flat() ?? []), ...(after.self?.values.flat() ?? [])].map(String));
    for (const c of valueChanges(pub, before, after, after.log, 0, 'en', t)) {
      const numbers = c.text.match(/-?\d+/g) ?? [];
      for (const n of numbers) expect(own.has(n.replace('-', '')) || own.has(n) || n === String(c.after - c.before) || n === `+${c.after - c.before}`).toBe(true);
    }
    // The lobby's own values changed by nothing it can see here; another seat's view yields nothing for us.
    expect(valueChanges(pub, before, viewFor(model, s.state, s.phase, rid('proponents')), after.log, 0, 'en', t)).toEqual([]);
  });
});
