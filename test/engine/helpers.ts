/**
 * Shared helpers for the rules, property and bot tests:
 * - `loadLevel(name)`: a shipped level, parsed with the level schema and compiled (cached);
 * - `testLevel(options)`: a small level built in code, with a card for every effect kind;
 * - `anyEvent(model)` / `malformedInput(model)`: fast-check arbitraries of events that may or may
 *   not be legal (and of inputs that are not events at all);
 * - `legalEvent(session, rng)`: a legal next event for any phase, to drive long random games;
 * - `perturb(model, event, rng)`: a near miss of a legal event (one field made wrong).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { compileLevel, type LevelModel } from '../../src/engine/level/model.js';
import { LevelSchema, type Level, type LevelInput } from '../../src/engine/level/schema.js';
import { Rng } from '../../src/engine/rng.js';
import type { GameEvent } from '../../src/engine/rules/events.js';
import type { GameSession } from '../../src/engine/session.js';
import type { IssueId, PackageByIssue, RoleId } from '../../src/engine/types.js';

/**
 * Ids as tests write them. The engine's ids are branded by the level schema, so a plain string is
 * not a RoleId or an IssueId; tests name roles and issues by their ids (`'north'`, `'data'`), and
 * these helpers brand them. `rid('north')` is a role id, `iid('data')` an issue id; `Loose<T>` is T
 * with plain strings where T has ids (values and keys), and `loose(value)` turns one back into T.
 */
export function rid(id: string): RoleId {
  return id as RoleId;
}

export function iid(id: string): IssueId {
  return id as IssueId;
}

type Branded = RoleId | IssueId;

export type Loose<T> = T extends Branded
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer U)[]
      ? readonly Loose<U>[]
      : T extends object
        ? { [K in keyof T as K extends Branded ? string : K]: Loose<T[K]> }
        : T;

export function loose<T>(value: Loose<T>): T {
  return value as T;
}

/** A game event as a test writes it: role ids as plain strings. */
export function ev(event: Loose<GameEvent>): GameEvent {
  return event as GameEvent;
}

export const SHIPPED_LEVELS = ['tutorial', 'buenos-aires-2017', 'abu-dhabi-2024', 'jsi-coalitions-7', 'mc14-2026'] as const;
export type ShippedLevel = (typeof SHIPPED_LEVELS)[number];

const loaded = new Map<string, { level: Level; model: LevelModel }>();

/** A shipped level from `levels/`, schema-checked and compiled; the same objects on every call. */
export function loadLevel(name: ShippedLevel | string): { level: Level; model: LevelModel } {
  let entry = loaded.get(name);
  if (!entry) {
    const text = readFileSync(new URL(`../../levels/${name}.yaml`, import.meta.url), 'utf8');
    const level = LevelSchema.parse(parse(text));
    entry = { level, model: compileLevel(level) };
    loaded.set(name, entry);
  }
  return entry;
}

// ---------------------------------------------------------------------------------------------
// A small level built in code
// ---------------------------------------------------------------------------------------------

const en = (text: string) => ({ en: text });

type CardInput = NonNullable<LevelInput['cards']>[number];
type EventInput = NonNullable<LevelInput['events']>[number];
type DriftInput = NonNullable<LevelInput['noDeal']['drift']>[number];

function card(id: string, cost: number, effects: CardInput['effects'], needsTarget = false): CardInput {
  return { id, kind: 'influence', name: en(id), text: en(`${id} text`), cost, needsTarget, effects };
}

/**
 * Cards of the test level, one (or more) per effect kind and per kind of `who`.
 * Issues: data (options 0..2), duties (options 0..2, option 1 locked).
 */
export const TEST_CARDS: readonly CardInput[] = [
  card('fund', 1, [{ kind: 'resource', who: 'self', amount: 3 }]),
  card('drain', 0, [{ kind: 'resource', who: 'target', amount: -50 }], true),
  card('gift-all', 0, [{ kind: 'resource', who: 'all', amount: 1 }]),
  card('gift-others', 0, [{ kind: 'resource', who: 'others', amount: 2 }]),
  card('gift-south', 0, [{ kind: 'resource', who: 'south', amount: 5 }]),
  card('pricey', 20, [{ kind: 'resource', who: 'self', amount: 1 }]),
  card('sway', 1, [{ kind: 'shiftValue', who: 'target', issue: 'data', option: 0, amount: 60 }], true),
  card('sway-all', 0, [{ kind: 'shiftValue', who: 'all', issue: 'duties', option: 2, amount: 80 }]),
  card('sway-others', 0, [{ kind: 'shiftValue', who: 'others', issue: 'data', option: 2, amount: -70 }]),
  card('rally', 0, [{ kind: 'standing', who: 'self', amount: 8 }]),
  card('smear', 0, [{ kind: 'standing', who: 'target', amount: -20 }], true),
  card('fta', 0, [{ kind: 'noDealDrift', issue: 'data', option: 2 }]),
  card('walk', 0, [{ kind: 'noDealValue', who: 'self', amount: 90 }]),
  card('table', 0, [{ kind: 'unlockOption', issue: 'duties', option: 1 }]),
  card('spy', 0, [{ kind: 'reveal', issue: 'duties' }], true),
  card('spy-top', 0, [{ kind: 'reveal' }], true),
  card('study', 0, [{ kind: 'draw', count: 2 }]),
];

/** Events of the test level: one of each trigger. */
export const TEST_EVENTS: readonly EventInput[] = [
  { id: 'opening', name: en('opening'), text: en('opening'), trigger: 'scheduled', round: 1, effects: [{ kind: 'resource', who: 'all', amount: 1 }] },
  { id: 'summit', name: en('summit'), text: en('summit'), trigger: 'scheduled', round: 2, effects: [{ kind: 'standing', who: 'north', amount: 1 }] },
  { id: 'scandal', name: en('scandal'), text: en('scandal'), trigger: 'random', chance: 0.5, effects: [{ kind: 'shiftValue', who: 'all', issue: 'data', option: 1, amount: 5 }] },
  { id: 'deadline', name: en('deadline'), text: en('deadline'), trigger: 'facilitator', effects: [{ kind: 'resource', who: 'all', amount: 2 }] },
];

export interface TestLevelOptions {
  readonly rule?: 'consensus' | 'majority' | 'plurilateral';
  /** Default ['north', 'south']; 'east' may vote too. */
  readonly voters?: readonly string[];
  readonly minSignatories?: number;
  /** Each role's deck (default: none). With handSize ≥ deck length the whole deck is the hand. */
  readonly decks?: Readonly<Record<string, readonly string[]>>;
  readonly handSize?: number;
  readonly drawPerRound?: number;
  readonly events?: readonly EventInput[];
  readonly drift?: readonly Omit<DriftInput, 'text' | 'evidence'>[];
  readonly rounds?: number;
  readonly cardsPerTurn?: number;
  readonly blockingCost?: number;
  readonly start?: number;
  readonly perRound?: number;
  readonly turnOrder?: readonly string[];
  /** Last word on the level input, for anything the options above do not cover. */
  readonly patch?: (input: LevelInput) => void;
}

/**
 * Roles (in this order): north, south, east (delegations), lobby. Values:
 *   north  data [30, 20, 0]  duties [40, 20, 0]   no-deal adjustment −5
 *   south  data [0, 25, 35]  duties [0, 10, 45]
 *   east   data [10, 30, 10] duties [20, 20, 20]
 *   lobby  data [0, 20, 60]  duties [0, 20, 40]
 * No deal starts at data 1, duties 0. Duties option 1 starts locked.
 */
export function testLevel(options: TestLevelOptions = {}): Level {
  const voters = options.voters ?? ['north', 'south'];
  const values: Record<string, Record<string, number[]>> = {
    north: { data: [30, 20, 0], duties: [40, 20, 0] },
    south: { data: [0, 25, 35], duties: [0, 10, 45] },
    east: { data: [10, 30, 10], duties: [20, 20, 20] },
    lobby: { data: [0, 20, 60], duties: [0, 20, 40] },
  };
  const kinds = { north: 'delegation', south: 'delegation', east: 'delegation', lobby: 'lobby' } as const;
  const roles = (Object.keys(values) as (keyof typeof kinds)[]).map((id) => ({
    id,
    name: en(`${id} name`),
    kind: kinds[id],
    votes: voters.includes(id),
    brief: en(`${id} public brief`),
    objectives: en(`secret objectives of ${id}: win on ${id === 'north' ? 'duties' : 'data'}`),
    resource: { name: en('capital'), start: options.start ?? 5, perRound: options.perRound ?? 2 },
    handSize: options.handSize ?? 8,
    drawPerRound: options.drawPerRound ?? 1,
    deck: (options.decks?.[id] ?? []).slice(),
    values: values[id] as Record<string, number[]>,
    noDealAdjustment: id === 'north' ? -5 : 0,
  }));
  const option = (label: string, locked = false) => ({ label: en(label), clause: en(`[${label}]`), locked });
  const input: LevelInput = {
    id: 'test-level',
    title: en('Test level'),
    year: 2020,
    languages: ['en'],
    durationMinutes: 10,
    scenario: en('A level for tests.'),
    roles,
    issues: [
      { id: 'data', name: en('Data'), description: en('Data flows'), options: [option('local'), option('exceptions'), option('free')] },
      { id: 'duties', name: en('Duties'), description: en('Customs duties'), options: [option('lapse'), option('review', true), option('permanent')] },
    ],
    cards: TEST_CARDS.map((c) => ({ ...c })),
    events: (options.events ?? []).map((e) => ({ ...e })),
    rounds: {
      count: options.rounds ?? 2,
      cardsPerTurn: options.cardsPerTurn ?? 2,
      ...(options.turnOrder ? { turnOrder: options.turnOrder.slice() } : {}),
    },
    noDeal: {
      start: { data: 1, duties: 0 },
      drift: (options.drift ?? []).map((d) => ({ ...d, text: en('drift'), evidence: ['test-evidence'] })),
    },
    decision: {
      rule: options.rule ?? 'consensus',
      voters: voters.slice(),
      ...(options.minSignatories !== undefined ? { minSignatories: options.minSignatories } : {}),
    },
    blockingCost: options.blockingCost ?? 0,
    impact: {
      years: 5,
      indicators: [{ id: 'trade', name: en('Trade'), unit: en('index'), start: 100, min: 50, max: 150 }],
      coefficients: [
        { indicator: 'trade', issue: 'data', option: 2, perYear: 20, evidence: ['test-evidence'] },
        { indicator: 'trade', issue: 'duties', option: 0, perYear: -15, evidence: ['test-evidence'] },
      ],
    },
    debrief: { summary: en('Debrief.') },
  };
  options.patch?.(input);
  return LevelSchema.parse(input);
}

export function testModel(options: TestLevelOptions = {}): LevelModel {
  return compileLevel(testLevel(options));
}

/** A richer test level for random play: every card in several decks, every event trigger. */
export function playgroundModel(): LevelModel {
  const ids = TEST_CARDS.map((c) => c.id);
  const rotate = (k: number) => ids.slice(k).concat(ids.slice(0, k));
  return testModel({
    decks: { north: rotate(0), south: rotate(4), east: rotate(8), lobby: rotate(12) },
    handSize: 4,
    drawPerRound: 2,
    events: TEST_EVENTS,
    drift: [{ round: 2, issue: 'duties', option: 2 }],
    rounds: 3,
    cardsPerTurn: 2,
    blockingCost: 2,
    voters: ['north', 'south', 'east'],
    rule: 'majority',
  });
}

// ---------------------------------------------------------------------------------------------
// Arbitrary events
// ---------------------------------------------------------------------------------------------

// Ids the level does not have, branded as a network message's would be (the rules must refuse them).
const UNKNOWN_ROLES = ['nobody', 'wto-secretariat'].map(rid);

/** A package as written by players: complete, incomplete, out of range, with an unknown issue... */
export function anyPackage(model: LevelModel): fc.Arbitrary<PackageByIssue> {
  const complete = fc.tuple(...model.optionCounts.map((n) => fc.integer({ min: 0, max: n - 1 }))).map((opts) => {
    const pkg: Record<string, number> = {};
    model.issueIds.forEach((issue, i) => (pkg[issue] = opts[i] as number));
    return pkg;
  });
  const issueIndex = fc.integer({ min: 0, max: model.issueIds.length - 1 });
  return fc.oneof(
    { weight: 4, arbitrary: complete },
    {
      weight: 1,
      arbitrary: fc.tuple(complete, issueIndex).map(([pkg, i]) => {
        const copy = { ...pkg };
        delete copy[model.issueIds[i] as string];
        return copy;
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(complete, issueIndex, fc.constantFrom<'count' | number>('count', -1, 1.5, 99))
        .map(([pkg, i, bad]): PackageByIssue => ({ ...pkg, [model.issueIds[i] as string]: bad === 'count' ? (model.optionCounts[i] as number) : bad })),
    },
    { weight: 1, arbitrary: complete.map((pkg) => ({ ...pkg, 'no-such-issue': 0 })) },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

/**
 * Any well-typed game event, legal or not in whatever state it meets: known and unknown roles,
 * cards of the level (in someone's hand or not) and unknown cards, targets (none, self, others,
 * unknown), offer ids in and out of range, every kind of package, votes, known and unknown
 * injected events, timeouts and starts.
 */
export function anyEvent(model: LevelModel): fc.Arbitrary<GameEvent> {
  const role = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...model.roleIds) }, { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_ROLES) });
  const cardIds = [...model.cards.keys()];
  const cardArb = cardIds.length > 0 ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...cardIds) }, { weight: 1, arbitrary: fc.constant('no-such-card') }) : fc.constant('no-such-card');
  const target = fc.option(role, { nil: undefined, freq: 3 });
  const offerId = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 999, 2.5) });
  const reason = fc.option(fc.constantFrom('because', 'a tactical move', 'test reason'), { nil: undefined });
  const eventIds = [...model.events.keys()];
  const eventId = eventIds.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...eventIds) }, { weight: 1, arbitrary: fc.constant('no-such-event') }) : fc.constant('no-such-event');
  const pkg = anyPackage(model);
  const clean = <T extends object>(e: T): T => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as T;
  // Moves inside a turn: the turn's own role's (set below) or anyone's.
  return fc.oneof(
    fc.constant<GameEvent>({ type: 'start' }),
    fc.record({ role, card: cardArb, target, reason }).map((e): GameEvent => clean({ type: 'playCard', ...e })),
    fc.record({ role, package: pkg, reason }).map((e): GameEvent => clean({ type: 'offer', ...e })),
    fc.record({ role, offer: offerId, package: pkg, reason }).map((e): GameEvent => clean({ type: 'counter', ...e })),
    fc.record({ role, offer: offerId, reason }).map((e): GameEvent => clean({ type: 'accept', ...e })),
    fc.record({ role, offer: offerId, reason }).map((e): GameEvent => clean({ type: 'reject', ...e })),
    fc.record({ role, reason }).map((e): GameEvent => clean({ type: 'endTurn', ...e })),
    fc.constant<GameEvent>({ type: 'timeout' }),
    eventId.map((event): GameEvent => ({ type: 'inject', event })),
    fc.record({ role, accept: fc.boolean(), reason }).map((e): GameEvent => clean({ type: 'vote', ...e })),
  );
}

/** Inputs that are not well-formed events: extra keys, wrong types, unknown types, not objects. */
export function malformedInput(model: LevelModel): fc.Arbitrary<unknown> {
  const role = fc.constantFrom(...model.roleIds);
  return fc.oneof(
    anyEvent(model).map((e) => ({ ...e, extra: true })),
    role.map((r) => ({ type: 'accept', role: r, offer: '1' })),
    role.map((r) => ({ type: 'accept', role: 5, offer: r })),
    role.map((r) => ({ type: 'vote', role: r, accept: 'yes' })),
    role.map((r) => ({ type: 'offer', role: r, package: 'everything' })),
    role.map((r) => ({ type: 'offer', role: r, package: { [model.issueIds[0] as string]: '1' } })),
    role.map((r) => ({ type: 'endTurn', role: r, reason: 'x'.repeat(301) })),
    role.map((r) => ({ type: 'endTurn', role: r, reason: 42 })),
    role.map((r) => ({ type: 'playCard', role: r, card: '' })),
    fc.constant({ type: 'endTurn' }),
    fc.constant({ type: 'accept', role: model.roleIds[0], offer: 0 }),
    fc.constant({ type: 'bribe', role: model.roleIds[0] }),
    fc.constant({ role: model.roleIds[0] }),
    fc.constantFrom(null, undefined, 42, 'start', [], [{ type: 'start' }], { type: 'start', now: true }),
  );
}

// ---------------------------------------------------------------------------------------------
// Legal moves
// ---------------------------------------------------------------------------------------------

function randomPackage(session: GameSession, rng: Rng): PackageByIssue {
  const pkg: Record<string, number> = {};
  session.model.issueIds.forEach((issue, i) => {
    const open: number[] = [];
    (session.state.available[i] ?? []).forEach((ok, k) => ok && open.push(k));
    pkg[issue] = rng.pick(open);
  });
  return pkg;
}

function withReason<T extends GameEvent>(event: T, rng: Rng): T {
  return rng.next() < 0.8 ? { ...event, reason: `test: ${event.type}` } : event;
}

/**
 * A legal next event for the session, chosen at random among the moves the current phase allows
 * (null once the game is over). In the negotiation: the due role's cards, offers, counters and the
 * end of its turn; any role's accepts and rejects; timeouts and facilitator injects, weighted so
 * games move on. In the final decision: a pending voter's vote, now and then an inject.
 */
export function legalEvent(session: GameSession, rng: Rng): GameEvent | null {
  const { model } = session;
  const state = session.state;
  const eventIds = [...model.events.keys()];
  switch (session.phase) {
    case 'briefing':
      return { type: 'start' };
    case 'concluded':
      return null;
    case 'finalDecision': {
      if (eventIds.length > 0 && rng.next() < 0.05) return { type: 'inject', event: rng.pick(eventIds) };
      const pending = model.voters.filter((v) => !Object.hasOwn(state.votes, v));
      return withReason({ type: 'vote', role: rng.pick(pending), accept: rng.next() < 0.6 }, rng);
    }
    case 'negotiating': {
      const role = model.turnOrder[state.turn] as RoleId;
      const me = state.roles[role];
      if (!me) throw new Error(`no state for the role due, ${role}`);
      const groups: { weight: number; moves: (() => GameEvent)[] }[] = [];
      const cards: (() => GameEvent)[] = [];
      if (me.cardsPlayedThisTurn < model.level.rounds.cardsPerTurn) {
        for (const id of new Set(me.hand)) {
          const c = model.cards.get(id);
          if (!c || c.cost > me.resources) continue;
          cards.push(() => {
            const target = c.needsTarget ? rng.pick(model.roleIds.filter((r) => r !== role)) : undefined;
            return withReason({ type: 'playCard', role, card: id, ...(target ? { target } : {}) }, rng);
          });
        }
      }
      groups.push({ weight: 2, moves: cards });
      const open = state.offers.filter((o) => o.status === 'open');
      if (!me.offeredThisTurn) {
        groups.push({ weight: 2, moves: [() => withReason({ type: 'offer', role, package: randomPackage(session, rng) }, rng)] });
        groups.push({
          weight: 1,
          moves: open.filter((o) => o.by !== role).map((o) => () => withReason({ type: 'counter', role, offer: o.id, package: randomPackage(session, rng) }, rng)),
        });
      }
      const accepts: (() => GameEvent)[] = [];
      const rejects: (() => GameEvent)[] = [];
      for (const o of open) {
        for (const r of model.roleIds) {
          if (r === o.by) continue;
          if (!o.acceptedBy.includes(r)) accepts.push(() => withReason({ type: 'accept', role: r, offer: o.id }, rng));
          if (!o.rejectedBy.includes(r)) rejects.push(() => withReason({ type: 'reject', role: r, offer: o.id }, rng));
        }
      }
      // Accepts are rarer than rejects, or most games would end in round 1 on an adopted offer.
      groups.push({ weight: 0.6, moves: accepts });
      groups.push({ weight: 1.5, moves: rejects });
      groups.push({ weight: 3, moves: [() => withReason({ type: 'endTurn', role }, rng)] });
      groups.push({ weight: 0.5, moves: [() => ({ type: 'timeout' })] });
      if (eventIds.length > 0) groups.push({ weight: 0.2, moves: [() => ({ type: 'inject', event: rng.pick(eventIds) })] });
      const usable = groups.filter((g) => g.moves.length > 0);
      let x = rng.next() * usable.reduce((a, g) => a + g.weight, 0);
      for (const g of usable) {
        x -= g.weight;
        if (x < 0) return rng.pick(g.moves)();
      }
      return rng.pick((usable[usable.length - 1] as (typeof usable)[number]).moves)();
    }
  }
}

/**
 * A near miss of an event: one field changed so it is probably (not certainly) refused. Meant to be
 * mixed with `legalEvent` to reach every refusal from realistic states.
 */
export function perturb(model: LevelModel, event: GameEvent, rng: Rng): GameEvent {
  const otherRole = (r: RoleId) => rng.pick(model.roleIds.filter((x) => x !== r).concat(UNKNOWN_ROLES));
  switch (event.type) {
    case 'start':
    case 'timeout':
      return { type: 'endTurn', role: rng.pick(model.roleIds) };
    case 'inject':
      return { type: 'inject', event: `${event.event}-not` };
    case 'vote':
      return rng.next() < 0.5 ? { ...event, role: otherRole(event.role) } : { type: 'accept', role: event.role, offer: 1 };
    case 'endTurn':
      return { ...event, role: otherRole(event.role) };
    case 'playCard': {
      const pick = rng.int(4);
      if (pick === 0) return { ...event, role: otherRole(event.role) };
      if (pick === 1) return { ...event, card: rng.pick([...model.cards.keys()]) };
      if (pick === 2) return { ...event, target: event.target === undefined ? otherRole(event.role) : event.role };
      return event.target === undefined ? { ...event, card: 'no-such-card' } : { type: 'playCard', role: event.role, card: event.card };
    }
    case 'offer':
    case 'counter': {
      const pick = rng.int(4);
      const issue = rng.pick(model.issueIds);
      if (pick === 0) return { ...event, role: otherRole(event.role) };
      if (pick === 1) return { ...event, package: { ...event.package, [issue]: (event.package[issue] ?? 0) + 1 } };
      if (pick === 2) {
        const pkg = { ...event.package };
        delete pkg[issue];
        return { ...event, package: pkg };
      }
      return event.type === 'counter' ? { ...event, offer: event.offer + 1 } : { type: 'counter', role: event.role, offer: 1, package: event.package };
    }
    case 'accept':
    case 'reject': {
      const pick = rng.int(3);
      if (pick === 0) return { ...event, role: otherRole(event.role) };
      if (pick === 1) return { ...event, offer: event.offer + rng.int(3) - 1 };
      return { ...event, type: event.type === 'accept' ? 'reject' : 'accept' } as GameEvent;
    }
  }
}

/** Drive a session with legal events until it concludes (or `maxEvents` were sent). */
export function playLegal(session: GameSession, seed: number, maxEvents = 2000): GameEvent[] {
  const rng = new Rng(seed >>> 0);
  const sent: GameEvent[] = [];
  for (let i = 0; i < maxEvents; i++) {
    const event = legalEvent(session, rng);
    if (!event) break;
    const result = session.send(event);
    if (!result.ok) throw new Error(`legalEvent produced a refused ${event.type}: ${JSON.stringify(result.refusal)} (${JSON.stringify(event)})`);
    sent.push(event);
  }
  return sent;
}
