/**
 * The `teaching:` block of the level files: every shipped level carries a complete one, and a
 * broken one is reported as the validator reports the rest of a level (a path, a line, plain words).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEBRIEF_PHASES } from '../../src/engine/level/teaching-schema.js';
import { publicLevel } from '../../src/engine/view.js';
import { formatPath, validateLevelText, type LevelError } from '../../src/engine/level/validate.js';
import { levelIssueText } from '../../src/protocol/level-words.js';
import { evidenceBase, shippedLevel, shippedLevelFiles } from '../shipped-levels.js';

describe.each(shippedLevelFiles.map((f) => [f.replace(/^.*\//, ''), f]))('the teaching block of %s', (_name, file) => {
  const { level } = shippedLevel(file);
  const teaching = level.teaching;

  it('exists, with 3–5 objectives, 10–15 debrief questions covering every phase and an 8–10 item quiz', () => {
    expect(teaching).toBeDefined();
    if (!teaching) return;
    expect(teaching.objectives.length).toBeGreaterThanOrEqual(3);
    expect(teaching.objectives.length).toBeLessThanOrEqual(5);
    expect(teaching.debriefQuestions.length).toBeGreaterThanOrEqual(10);
    expect(teaching.debriefQuestions.length).toBeLessThanOrEqual(15);
    expect(new Set(teaching.debriefQuestions.map((q) => q.phase))).toEqual(new Set(DEBRIEF_PHASES));
    expect(teaching.quiz.length).toBeGreaterThanOrEqual(8);
    expect(teaching.quiz.length).toBeLessThanOrEqual(10);
  });

  it("puts every role's case and no-deal reasoning, each with evidence", () => {
    expect(Object.keys(teaching?.roles ?? {}).sort()).toEqual(level.roles.map((r) => r.id).sort());
    for (const notes of Object.values(teaching?.roles ?? {})) expect(notes.evidence.length).toBeGreaterThan(0);
  });

  it('tells the real story from 1998 to the JSI text of July 2024 and after, every moment sourced from the evidence base', () => {
    const ids = evidenceBase().ids;
    const timeline = teaching?.timeline ?? [];
    const when = timeline.map((t) => t.when.en ?? '');
    for (const moment of ['1998', 'December 2017', '2019', 'June 2022', '2024', 'July 2024', 'Since']) {
      expect(when.some((w) => w.includes(moment)), `a timeline entry for ${moment}`).toBe(true);
    }
    for (const entry of timeline) for (const id of entry.evidence) expect(ids.has(id), id).toBe(true);
    expect(timeline.some((t) => t.modelled), 'the moment this level models is marked').toBe(true);
  });

  it("never reaches the players: the public level has no teaching block (it holds every role's no-deal reasoning)", () => {
    expect(level.teaching).toBeDefined();
    expect(publicLevel(level)).not.toHaveProperty('teaching');
    expect(JSON.stringify(publicLevel(level))).not.toContain(Object.values(level.teaching?.roles ?? {})[0]?.noDeal.en ?? '∅');
  });

  it('gives every quiz item an answer among its choices and an explanation', () => {
    for (const item of teaching?.quiz ?? []) {
      expect(item.answer).toBeLessThan(item.choices.length);
      expect(item.explain.en?.length ?? 0).toBeGreaterThan(10);
    }
  });
});

describe('a broken teaching block', () => {
  const text = readFileSync(shippedLevelFiles.find((f) => f.endsWith('tutorial.yaml')) as string, 'utf8');
  const errorsOf = (broken: string): LevelError[] => {
    const result = validateLevelText(broken, { evidenceIds: evidenceBase().ids, fileName: 'broken.yaml' });
    if (result.ok) throw new Error('expected errors');
    return result.errors;
  };
  const replaceOnce = (from: string, to: string): string => {
    expect(text.split(from).length - 1, `"${from}" occurs once`).toBe(1);
    return text.replace(from, to);
  };

  it('names a text missing in a declared language, with its place and line', () => {
    const broken = replaceOnce('languages: [en, fr, es]', 'languages: [en, fr, es, de]');
    const errors = errorsOf(broken).filter((e) => formatPath(e.path).startsWith('teaching'));
    expect(errors.length).toBeGreaterThan(20);
    const first = errors.find((e) => formatPath(e.path) === 'teaching.objectives[0]');
    expect((first && levelIssueText(first))).toBe("missing the 'de' text");
    expect(first?.line).toBeGreaterThan(300);
  });

  it('refuses an injection of an event that is not a facilitator event, or in a round that does not exist', () => {
    const broken = replaceOnce('    - event: deadline\n      round: 3', '    - event: new-fta\n      round: 9');
    const messages = errorsOf(broken).map((e) => `${formatPath(e.path)} ${levelIssueText(e)}`);
    expect(messages).toContain('teaching.injections[0].event event "new-fta" is scheduled, not a facilitator event: only facilitator events can be injected');
    expect(messages).toContain('teaching.injections[0].round this injection is for round 9 but the level has only 3 rounds');
  });

  it('refuses an answer outside the choices, an unknown role and an unknown evidence id', () => {
    const broken = replaceOnce('      answer: 2\n      explain: { en: "This is why no deal', '      answer: 7\n      explain: { en: "This is why no deal')
      .replace('  roles:\n    developing:\n      case:', '  roles:\n    developping:\n      case:')
      .replace('evidence: [jsi-87-members-2023]', 'evidence: [jsi-88-members-2023]');
    const messages = errorsOf(broken).map((e) => `${formatPath(e.path)} ${levelIssueText(e)}`);
    expect(messages).toContain('teaching.quiz[5].answer answer 7 does not exist: the question has 4 choices, numbered 0 to 3');
    expect(messages.some((m) => m.startsWith('teaching.roles.developping role "developping" is not defined (in the teaching block)') && m.includes('did you mean "developing"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('teaching.timeline[5].evidence[0] evidence "jsi-88-members-2023" is not in the evidence base') && m.includes('did you mean "jsi-87-members-2023"'))).toBe(true);
  });

  it('refuses an unknown key with a hint, like the rest of the file', () => {
    const broken = replaceOnce('  simplifications:\n', '  simplification:\n');
    const messages = errorsOf(broken).map((e) => `${formatPath(e.path)} ${levelIssueText(e)}`);
    expect(messages.some((m) => m.includes('simplification') && m.includes('did you mean "simplifications"')), messages.join('\n')).toBe(true);
  });
});
