/**
 * The teacher's kit's computations: the answer key agrees with the engine's own scoring, the bot
 * outcomes are those of real bot games and repeat for a seed, the run sheets add up and fit their
 * plans, the reading list pairs rival claims, and the glossary and source notes cite only what
 * the evidence base holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageAt } from '../../src/engine/level/model.js';
import { analyseLevel } from '../../src/engine/scoring/outcome.js';
import { packageValue } from '../../src/engine/scoring/value.js';
import { simulate } from '../../src/engine/simulate.js';
import { answerKey, noDealByRound } from '../../src/client/teaching/answer-key.js';
import { botOutcomes } from '../../src/client/teaching/bot-outcomes.js';
import { parseGlossary, parseSourceNotes } from '../../src/client/teaching/kit-data.js';
import { readingList } from '../../src/client/teaching/reading.js';
import { d20Faces, gameMinutes, PLANS, roundSteps, runSheet } from '../../src/client/teaching/run-sheets.js';
import en from '../../src/client/teaching/i18n/en.json' with { type: 'json' };
import { DEBRIEF_PHASES } from '../../src/engine/level/teaching-schema.js';
import { evidenceBase, repoRoot, shippedLevel, shippedLevelFiles } from '../shipped-levels.js';
import { rid, iid } from '../engine/helpers.js';
import type { IssueId } from '../../src/engine/types.js';

const file = (name: string): string => shippedLevelFiles.find((f) => f.endsWith(`${name}.yaml`)) as string;

describe('the answer key', () => {
  it.each(shippedLevelFiles.map((f) => [f.replace(/^.*\//, ''), f]))('of %s agrees with the engine: start no-deal values, zone of agreement and Nash point', (_n, f) => {
    const { model } = shippedLevel(f);
    const key = answerKey(model);
    const analysis = analyseLevel(model);
    for (const role of key.roles) expect(role.noDealByRound[0]).toBe(analysis.roles[role.role]?.noDeal);
    expect(key.zones[0]?.voters).toBe(analysis.zopaVoters);
    expect(key.zones[0]?.allRoles).toBe(analysis.zopaAllRoles);
    expect(key.nash?.values).toEqual(analysis.nash?.values ?? undefined);
    expect(key.zones).toHaveLength(model.level.rounds.count);
    for (const zone of key.zones) expect(zone.votersUnlocked).toBeLessThanOrEqual(zone.voters);
  });

  it('follows the drift: Buenos Aires moves data in round 4 for everyone, duties (round 3) and services (round 5) for their parties only', () => {
    const { model } = shippedLevel(file('buenos-aires-2017'));
    const rounds = noDealByRound(model);
    const duties = model.issueIndex.get(iid('customs-duties')) as number;
    const data = model.issueIndex.get(iid('data-flows')) as number;
    expect(rounds.map((pkg) => pkg[duties])).toEqual(rounds.map(() => model.noDealStart[duties]));
    expect(rounds[2]?.[data]).toBe(model.noDealStart[data]);
    expect(rounds[3]?.[data]).toBe(0);
    const lobby = answerKey(model).roles.find((k) => k.role === 'tnc-lobby');
    const developing = answerKey(model).roles.find((k) => k.role === 'developing');
    // The duty bans of round 3 move the parties' walking away, not the developing members'.
    expect(lobby?.noDealByRound[2]).not.toBe(lobby?.noDealByRound[1]);
    expect(developing?.noDealByRound[2]).toBe(developing?.noDealByRound[1]);
    // Round 5's drift binds the developing members only: the shared outcome stays, their walking away moves.
    const partyDrift = model.level.noDeal.drift.find((d) => d.round === 5 && d.parties);
    expect(partyDrift?.parties).toEqual(['developing']);
    const issue = model.issueIndex.get(partyDrift?.issue as IssueId) as number;
    expect(rounds[4]).toEqual(rounds[3]);
    const key = answerKey(model);
    const r = model.roleIndex.get(rid('developing')) as number;
    const values = model.values[r] as readonly (readonly number[])[];
    const adjustment = model.roles.get(rid('developing'))?.noDealAdjustment as number;
    const shift = (values[issue]?.[partyDrift?.option as number] as number) - (values[issue]?.[rounds[3]?.[issue] as number] as number);
    expect(key.roles[r]?.noDealByRound[4]).toBe(packageValue(values, rounds[4] as number[]) + adjustment + shift);
    for (const other of key.roles.filter((k) => k.role !== 'developing')) {
      expect(other.noDealByRound[4]).toBe(other.noDealByRound[3]);
    }
  });

  it("counts a scheduled event's drift for its parties only (the tutorial's new trade agreement in round 2)", () => {
    const { model } = shippedLevel(file('tutorial'));
    const data = model.issueIndex.get(iid('data-flows')) as number;
    expect(noDealByRound(model).map((pkg) => pkg[data])).toEqual([1, 1, 1]);
    const key = answerKey(model);
    const r = model.roleIndex.get(rid('proponents')) as number;
    const values = model.values[r] as readonly (readonly number[])[];
    const proponents = key.roles[r];
    expect((proponents?.noDealByRound[1] as number) - (proponents?.noDealByRound[0] as number)).toBe((values[data]?.[2] as number) - (values[data]?.[1] as number));
    const developing = key.roles[model.roleIndex.get(rid('developing')) as number];
    expect(developing?.noDealByRound[1]).toBe(developing?.noDealByRound[0]);
  });

  it('lists which card tables each locked option, and who holds it', () => {
    const { model } = shippedLevel(file('buenos-aires-2017'));
    const key = answerKey(model);
    const audit = key.unlocks.find((u) => u.issue === 'policy-space' && u.option === 1);
    expect(audit?.cards).toEqual([{ card: 'audit-clause', holders: ['civil-society'] }]);
    const lockedCount = model.level.issues.flatMap((i) => i.options.filter((o) => o.locked)).length;
    expect(key.unlocks).toHaveLength(lockedCount);
    for (const u of key.unlocks) expect(u.cards.length + u.events.length).toBeGreaterThan(0);
  });

  it('counts the zone by brute force over every package', () => {
    const { model } = shippedLevel(file('abu-dhabi-2024'));
    const key = answerKey(model);
    const last = key.zones.length - 1;
    let count = 0;
    for (let p = 0; p < model.packageCount; p++) {
      const pkg = packageAt(model, p);
      if (key.roles.every((r) => !r.votes || packageValue(r.values, pkg) > (r.noDealByRound[last] as number))) count++;
    }
    expect(key.zones[last]?.voters).toBe(count);
  });
});

describe('bot outcomes', () => {
  it("repeat for a seed, and match the engine's simulate in agreement and win rates", () => {
    const { model } = shippedLevel(file('tutorial'));
    const a = botOutcomes(model, 120, 7);
    const b = botOutcomes(model, 120, 7);
    expect(a).toEqual(b);
    const report = simulate(model, { games: 120, seed: 7 });
    expect(a.agreementRate).toBe(report.agreementRate);
    for (const role of model.roleIds) expect(a.winRates[role]).toBeCloseTo(report.winRates[role] ?? 0, 2);
    const shares = a.outcomes.reduce((s, o) => s + o.share, 0);
    expect(shares).toBeLessThanOrEqual(1.0001);
    expect(a.outcomes.some((o) => o.package === null)).toBe(a.agreementRate < 1);
  });
});

describe('run sheets', () => {
  it.each(shippedLevelFiles.map((f) => [f.replace(/^.*\//, ''), f]))('of %s: each plan adds up to its length and its game fits its playing time', (_n, f) => {
    const { level } = shippedLevel(f);
    const totals = PLANS.map((plan) => {
      const sheet = runSheet(level, plan);
      let t = 0;
      for (const s of sheet.segments) {
        expect(s.start).toBe(t);
        t += s.minutes;
      }
      expect(gameMinutes(level, sheet.turnSeconds)).toBeLessThanOrEqual(sheet.playMinutes);
      expect(sheet.turnSeconds).toBeGreaterThanOrEqual(30);
      return t;
    });
    expect(totals).toEqual([50, 90, 210]);
    const steps = roundSteps(level);
    expect(steps).toHaveLength(level.rounds.count);
    for (const injection of level.teaching?.injections ?? []) expect(steps[injection.round - 1]?.inject.map((i) => i.event)).toContain(injection.event);
  });

  it('turns a chance into faces of a 20-sided die', () => {
    expect([0.15, 0.2, 0.25, 0.3, 0.01, 1].map(d20Faces)).toEqual([3, 4, 5, 6, 1, 20]);
  });
});

describe('the reading list', () => {
  it('gives each side the evidence of its own cards on an issue, and pairs the rival moratorium estimates', () => {
    const { level } = shippedLevel(file('abu-dhabi-2024'));
    const list = readingList(level, evidenceBase().base);
    const duties = list.issues.find((i) => i.issue === 'customs-duties');
    expect(duties?.sides.find((s) => s.role === 'sceptics')?.facts).toContain('moratorium-cost-south-centre-2017-2020');
    expect(duties?.sides.find((s) => s.role === 'convenors')?.facts).toContain('south-centre-figures-disputed-evenett-fritz-2022');
    const pairs = (duties?.rivals ?? []).map((p) => [...p].sort().join(' vs '));
    expect(pairs).toContain(['moratorium-cost-south-centre-2017-2020', 'south-centre-figures-disputed-evenett-fritz-2022'].join(' vs '));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(list.cases.every((c) => c.facts.length > 0)).toBe(true);
  });
});

describe('the glossary and the source notes', () => {
  const glossary = parseGlossary(readFileSync(resolve(repoRoot, 'src/client/teaching/glossary.yaml'), 'utf8'));
  const notes = parseSourceNotes(readFileSync(resolve(repoRoot, 'src/client/teaching/sources.yaml'), 'utf8'));

  it('cites only facts of the evidence base, and every term has a source', () => {
    const { ids } = evidenceBase();
    for (const term of glossary.terms) {
      expect(term.evidence.length + term.references.length, term.id).toBeGreaterThan(0);
      for (const id of term.evidence) expect(ids.has(id), `${term.id}: ${id}`).toBe(true);
    }
    expect(new Set(glossary.terms.map((t) => t.id)).size).toBe(glossary.terms.length);
  });

  it('says what every source of the evidence base is', () => {
    expect(Object.keys(notes).sort()).toEqual(evidenceBase().base.sources.map((s) => s.id).sort());
  });

  it('refuses a term without a source', () => {
    expect(() => parseGlossary('terms:\n  - { id: x, term: { en: X }, definition: { en: Y } }\n')).toThrow(/at least one source/);
  });
});

describe("the kit's catalog", () => {
  const lookup = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), en);

  it('has every literal key the kit uses, and every key it builds (phases, plans, segments, kinds, rubric rows)', () => {
    const dir = resolve(repoRoot, 'src/client/teaching');
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'views')).map((f) => join(dir, 'views', f))].filter((f) => f.endsWith('.ts'));
    const missing: string[] = [];
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) if (typeof lookup(m[1] as string) !== 'string') missing.push(`${f}: ${m[1]}`);
    expect(missing).toEqual([]);
    const built = [
      ...DEBRIEF_PHASES.flatMap((p) => [`debrief.phase.${p}`, `debrief.purpose.${p}`]),
      ...PLANS.map((p) => `run.plan_${p}`),
      ...PLANS.flatMap((p) => runSheet(shippedLevel(file('tutorial')).level, p).segments.map((s) => `run.segment.${s.key}`)),
      ...['proposal', 'influence', 'evidence', 'information'].map((k) => `roles.kind_${k}`),
      ...['consensus', 'plurilateral', 'majority'].flatMap((r) => [`roles.decision_${r}`, `note.rule_${r}`]),
      ...Object.values(parseSourceNotes(readFileSync(resolve(repoRoot, 'src/client/teaching/sources.yaml'), 'utf8'))).map((n) => `reading.kind.${n.kind}`),
    ];
    for (const key of built) expect(typeof lookup(key), key).toBe('string');
    for (const row of ['preparation', 'evidence', 'creative', 'efficiency', 'reflection']) expect(lookup(`debrief.rubricRows.${row}`)).toHaveLength(3);
    for (const key of ['run.hotseatText', 'run.paperText']) expect(Array.isArray(lookup(key))).toBe(true);
  });
});
