/**
 * A small level built in code for the scoring and impact tests, with hand-checkable numbers.
 *
 * Issues: data-flows (3 options), customs-duties (4 options): 12 packages, index = df * 4 + du.
 * Values (data-flows | customs-duties):
 *   developing (votes)      [20, 15, 0]  | [30, 20, 10, 0]   no-deal adjustment −5
 *   tnc-lobby               [0, 20, 30]  | [0, 5, 10, 20]    no-deal adjustment −15
 *   civil-society           [5, 25, 0]   | [15, 10, 5, 0]
 *   proponents (votes, only with `plurilateral`) [0, 10, 20] | [0, 5, 10, 15]
 * No deal starts at data-flows 2, customs-duties 2.
 */
import { compileLevel, type LevelModel } from '../../../src/engine/level/model.js';
import { LevelSchema, type Level, type LevelInput } from '../../../src/engine/level/schema.js';
import { EMPTY_LOG } from '../../../src/engine/rules/log.js';
import type { GameState, Outcome, RoleState } from '../../../src/engine/rules/state.js';
import type { Package, RoleId } from '../../../src/engine/types.js';
import { rid } from '../helpers.js';

const en = (text: string) => ({ en: text });

function role(id: string, kind: 'delegation' | 'lobby' | 'civil-society', votes: boolean, values: Record<string, number[]>, noDealAdjustment = 0) {
  return {
    id,
    name: en(id),
    kind,
    votes,
    brief: en(`${id} brief`),
    objectives: en(`${id} objectives`),
    resource: { name: en('capital'), start: 5, perRound: 2 },
    handSize: 0,
    deck: [],
    values,
    noDealAdjustment,
  };
}

export interface FixtureOptions {
  /** Add a second voting delegation ("proponents") and use a plurilateral rule. */
  readonly plurilateral?: boolean;
}

export function fixtureLevel(options: FixtureOptions = {}): Level {
  const roles = [
    role('developing', 'delegation', true, { 'data-flows': [20, 15, 0], 'customs-duties': [30, 20, 10, 0] }, -5),
    role('tnc-lobby', 'lobby', false, { 'data-flows': [0, 20, 30], 'customs-duties': [0, 5, 10, 20] }, -15),
    role('civil-society', 'civil-society', false, { 'data-flows': [5, 25, 0], 'customs-duties': [15, 10, 5, 0] }),
  ];
  if (options.plurilateral) roles.push(role('proponents', 'delegation', true, { 'data-flows': [0, 10, 20], 'customs-duties': [0, 5, 10, 15] }));
  const option = (label: string) => ({ label: en(label), clause: en(`[${label}]`) });
  const input: LevelInput = {
    id: options.plurilateral ? 'fixture-plurilateral' : 'fixture',
    title: en('Fixture'),
    year: 2017,
    languages: ['en'],
    durationMinutes: 10,
    scenario: en('A test level.'),
    roles,
    issues: [
      { id: 'data-flows', name: en('Data flows'), description: en('Data flows'), options: [option('localise'), option('exceptions'), option('free flow')] },
      {
        id: 'customs-duties',
        name: en('Customs duties'),
        description: en('Customs duties on electronic transmissions'),
        options: [option('duties allowed'), option('two-year moratorium'), option('moratorium with review'), option('permanent moratorium')],
      },
    ],
    rounds: { count: 3 },
    noDeal: { start: { 'data-flows': 2, 'customs-duties': 2 } },
    decision: options.plurilateral ? { rule: 'plurilateral', voters: ['developing', 'proponents'], minSignatories: 1 } : { rule: 'consensus', voters: ['developing'] },
    impact: {
      indicators: [
        { id: 'tariff-revenue', name: en('Tariff revenue'), unit: en('index'), start: 100, min: 0, max: 130, evidence: ['ev-unctad'] },
        { id: 'data-trade', name: en('Data trade'), unit: en('index'), start: 100, min: 0, max: 300 },
        { id: 'consumer-trust', name: en('Consumer trust'), unit: en('%'), start: 26, min: 20, max: 100 },
      ],
      coefficients: [
        { indicator: 'tariff-revenue', issue: 'customs-duties', option: 0, perYear: 6, evidence: ['ev-unctad'] },
        { indicator: 'tariff-revenue', issue: 'customs-duties', option: 2, perYear: -3, evidence: ['ev-unctad', 'ev-ecipe'] },
        { indicator: 'tariff-revenue', issue: 'customs-duties', option: 3, perYear: -15, evidence: ['ev-ecipe'] },
        { indicator: 'data-trade', issue: 'data-flows', option: 1, perYear: 8, evidence: ['ev-oecd'] },
        { indicator: 'data-trade', issue: 'data-flows', option: 2, perYear: 14, evidence: ['ev-oecd', 'ev-fta'] },
        { indicator: 'consumer-trust', issue: 'data-flows', option: 1, perYear: 1, evidence: ['ev-cigi'] },
        { indicator: 'consumer-trust', issue: 'data-flows', option: 2, perYear: -1, evidence: ['ev-cigi'] },
      ],
    },
    debrief: { summary: en('Debrief.') },
  };
  return LevelSchema.parse(input);
}

export function fixtureModel(options: FixtureOptions = {}): LevelModel {
  return compileLevel(fixtureLevel(options));
}

export interface StateOptions {
  readonly noDeal?: Package;
  /** Replace some roles' values (values[issue][option]). */
  readonly values?: Readonly<Record<string, readonly (readonly number[])[]>>;
  readonly adjustments?: Readonly<Record<string, number>>;
}

/** A concluded game state by hand: only what scoring reads is meaningful. */
export function concludedState(model: LevelModel, outcome: Outcome, options: StateOptions = {}): GameState {
  const roles: Record<RoleId, RoleState> = {};
  model.roleIds.forEach((id, r) => {
    roles[id] = {
      resources: 0,
      standing: 0,
      hand: [],
      deck: [],
      values: options.values?.[id] ?? (model.values[r] as readonly (readonly number[])[]),
      noDealAdjustment: options.adjustments?.[id] ?? model.roles.get(id)?.noDealAdjustment ?? 0,
      intel: [],
      cardsPlayedThisTurn: 0,
      offeredThisTurn: false,
    };
  });
  return {
    round: model.level.rounds.count,
    turn: 0,
    rng: 1,
    roles,
    noDeal: options.noDeal ?? model.noDealStart,
    available: model.optionCounts.map((n) => new Array<boolean>(n).fill(true)),
    offers: [],
    firedEvents: [],
    candidate: null,
    votes: {},
    outcome,
    log: EMPTY_LOG,
  };
}

export function agreement(pkg: Package, signatories: readonly string[]): Outcome {
  return { kind: 'agreement', package: pkg, offer: 0, signatories: signatories.map(rid), round: 3 };
}

export function noDeal(pkg: Package): Outcome {
  return { kind: 'noDeal', package: pkg, round: 3 };
}

/**
 * A level of any shape for property tests: `values[role][issue][option]`; the first `voters` roles
 * are voting delegations (plurilateral when more than one), the rest alternate lobby / civil society.
 */
export function syntheticLevel(values: readonly (readonly (readonly number[])[])[], voters = 1): Level {
  const issueIds = (values[0] ?? []).map((_, i) => `issue-${i}`);
  const roles = values.map((v, r) =>
    role(
      `role-${r}`,
      r < voters ? 'delegation' : r % 2 ? 'lobby' : 'civil-society',
      r < voters,
      Object.fromEntries(issueIds.map((id, i) => [id, (v[i] as readonly number[]).slice()])),
    ),
  );
  const counts = (values[0] ?? []).map((opts) => opts.length);
  const input: LevelInput = {
    id: 'synthetic',
    title: en('Synthetic'),
    year: 2020,
    languages: ['en'],
    durationMinutes: 10,
    scenario: en('A synthetic level.'),
    roles,
    issues: issueIds.map((id, i) => ({
      id,
      name: en(id),
      description: en(id),
      options: Array.from({ length: counts[i] as number }, (_, o) => ({ label: en(`option ${o}`), clause: en(`clause ${o}`) })),
    })),
    rounds: { count: 3 },
    noDeal: { start: Object.fromEntries(issueIds.map((id) => [id, 0])) },
    decision: { rule: voters > 1 ? 'plurilateral' : 'consensus', voters: roles.slice(0, voters).map((r) => r.id) },
    impact: {
      indicators: [{ id: 'indicator', name: en('Indicator'), unit: en('index'), start: 0, min: -50, max: 50 }],
      coefficients: issueIds.map((issue, i) => ({ indicator: 'indicator', issue, option: i % (counts[i] as number), perYear: 5, evidence: ['ev'] })),
    },
    debrief: { summary: en('Debrief.') },
  };
  return LevelSchema.parse(input);
}
