/**
 * Properties of the rules engine over random games (fast-check). Games are driven by the legal-move
 * chooser of helpers.ts on the shipped levels and on two levels built in code (one with a card for
 * every effect kind and events of every trigger under a majority rule, one plurilateral), with
 * random seeds; illegal events from `anyEvent`, `malformedInput` and `perturb` are mixed in where
 * the property is about refusals.
 *
 * FC_RUNS_SCALE=10 runs each property ten times as often (for a longer hunt).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectOutcome } from '../../../src/engine/impact.js';
import type { LevelModel } from '../../../src/engine/level/model.js';
import { Rng } from '../../../src/engine/rng.js';
import { refusalText } from '../../../src/protocol/engine-words.js';
import { HAND_LIMIT, STANDING_LIMIT, VALUE_LIMIT } from '../../../src/engine/rules/effects.js';
import type { GameEvent } from '../../../src/engine/rules/events.js';
import { logEntries } from '../../../src/engine/rules/log.js';
import type { GameState, Phase } from '../../../src/engine/rules/state.js';
import { scoreGame } from '../../../src/engine/scoring/outcome.js';
import { GameSession, type SessionResult } from '../../../src/engine/session.js';
import type { RoleId } from '../../../src/engine/types.js';
import { publicLevel, viewFor } from '../../../src/engine/view.js';
import { anyEvent, legalEvent, loadLevel, malformedInput, perturb, playgroundModel, playLegal, SHIPPED_LEVELS, testModel, rid } from '../helpers.js';
import { roleIdIn } from '../../../src/engine/level/ids.js';

const SCALE = Number(process.env['FC_RUNS_SCALE'] ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

const MODELS: readonly LevelModel[] = [
  ...SHIPPED_LEVELS.map((name) => loadLevel(name).model),
  playgroundModel(),
  testModel({ rule: 'plurilateral', minSignatories: 2, voters: ['north', 'south', 'east'], decks: { north: ['table', 'spy'], lobby: ['sway', 'fta'] }, handSize: 1, rounds: 3 }),
];

/** A level (by index, so counterexamples stay short), a game seed and a seed for the move chooser. */
const gameArb = fc.record({
  level: fc.integer({ min: 0, max: MODELS.length - 1 }),
  seed: fc.oneof(fc.integer({ min: 0, max: 0x7fffffff }), fc.string({ maxLength: 8 })),
  moves: fc.integer({ min: 0, max: 0x7fffffff }),
});

const modelAt = (i: number) => MODELS[i] as LevelModel;

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
const hasDuplicates = (a: readonly string[]) => new Set(a).size !== a.length;

/** Everything that must hold of any state a game can reach; returns what does not. */
export function violations(model: LevelModel, state: GameState, phase: Phase): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: () => string) => {
    if (!ok) out.push(what());
  };
  const level = model.level;
  const inRange = (pkg: readonly number[]) => pkg.length === model.issueIds.length && pkg.every((o, i) => Number.isInteger(o) && o >= 0 && o < (model.optionCounts[i] as number));
  const isRole = (r: string) => roleIdIn(model, r) !== null;

  check(sameMembers(Object.keys(state.roles), model.roleIds), () => `roles ${Object.keys(state.roles).join(',')}`);
  const played = new Map<string, string[]>();
  for (const e of logEntries(state.log)) if (e.kind === 'card') played.set(e.role, [...(played.get(e.role) ?? []), e.card]);
  for (const def of level.roles) {
    const r = state.roles[def.id];
    if (!r) continue;
    check(Number.isInteger(r.resources) && r.resources >= 0, () => `${def.id} resources ${r.resources}`);
    check(r.hand.length <= HAND_LIMIT, () => `${def.id} holds ${r.hand.length} cards`);
    for (const c of [...r.hand, ...r.deck]) check(model.cards.has(c), () => `${def.id} holds "${c}", not a card of the level`);
    // Cards are conserved: hand + deck + played = the level's deck.
    check(sameMembers([...r.hand, ...r.deck, ...(played.get(def.id) ?? [])], def.deck), () => `${def.id}'s cards are not its deck`);
    check(
      r.values.length === model.issueIds.length &&
        r.values.every((opts, i) => opts.length === model.optionCounts[i] && opts.every((x) => Number.isFinite(x) && x >= -VALUE_LIMIT && x <= VALUE_LIMIT)),
      () => `${def.id} values ${JSON.stringify(r.values)}`,
    );
    check(Number.isInteger(r.standing) && Math.abs(r.standing) <= STANDING_LIMIT, () => `${def.id} standing ${r.standing}`);
    check(Math.abs(r.noDealAdjustment) <= VALUE_LIMIT, () => `${def.id} no-deal adjustment ${r.noDealAdjustment}`);
    check(r.cardsPlayedThisTurn >= 0 && r.cardsPlayedThisTurn <= level.rounds.cardsPerTurn, () => `${def.id} played ${r.cardsPlayedThisTurn} cards this turn`);
    for (const i of r.intel) {
      const issue = model.issueIndex.get(i.issue);
      check(isRole(i.about) && i.about !== def.id && issue !== undefined && i.values.length === model.optionCounts[issue], () => `${def.id} intel ${JSON.stringify(i)}`);
    }
  }
  check(Number.isInteger(state.round) && state.round >= 0 && state.round <= level.rounds.count, () => `round ${state.round}`);
  check((phase === 'briefing') === (state.round === 0), () => `round ${state.round} in ${phase}`);
  check(Number.isInteger(state.turn) && state.turn >= 0 && state.turn < model.turnOrder.length, () => `turn ${state.turn}`);
  check(Number.isInteger(state.rng) && state.rng >= 0 && state.rng < 2 ** 32, () => `rng ${state.rng}`);
  check(inRange(state.noDeal), () => `no deal ${JSON.stringify(state.noDeal)}`);
  check(
    state.available.length === model.issueIds.length &&
      state.available.every((opts, i) => opts.length === model.optionCounts[i] && opts.every((ok, k) => ok || level.issues[i]?.options[k]?.locked === true)),
    () => `available ${JSON.stringify(state.available)}`,
  );

  const openBy = new Map<RoleId, number>();
  let adopted = 0;
  state.offers.forEach((o, k) => {
    check(o.id === k + 1, () => `offer at ${k} has id ${o.id}`);
    check(isRole(o.by), () => `offer #${o.id} by ${o.by}`);
    check(inRange(o.package), () => `offer #${o.id} package ${JSON.stringify(o.package)}`);
    check(o.package.every((opt, i) => state.available[i]?.[opt] === true), () => `offer #${o.id} uses a locked option`);
    check(o.acceptedBy.every(isRole) && o.rejectedBy.every(isRole), () => `offer #${o.id} answered by unknown roles`);
    check(!hasDuplicates(o.acceptedBy) && !hasDuplicates(o.rejectedBy), () => `offer #${o.id} lists a role twice: ${JSON.stringify(o)}`);
    check(!o.acceptedBy.some((r) => o.rejectedBy.includes(r)), () => `offer #${o.id} accepted and rejected by the same role`);
    check(o.acceptedBy.includes(o.by) && !o.rejectedBy.includes(o.by), () => `offer #${o.id} is not accepted by its author`);
    check(o.round >= 1 && o.round <= state.round, () => `offer #${o.id} in round ${o.round}`);
    if (o.status === 'open') openBy.set(o.by, (openBy.get(o.by) ?? 0) + 1);
    if (o.status === 'adopted') adopted++;
  });
  for (const [r, n] of openBy) check(n <= 1, () => `${r} has ${n} open offers`);

  check((phase === 'concluded') === (state.outcome !== null), () => `phase ${phase} with outcome ${JSON.stringify(state.outcome)}`);
  const outcome = state.outcome;
  if (outcome?.kind === 'agreement') {
    const offer = state.offers[outcome.offer - 1];
    check(inRange(outcome.package), () => `agreement package ${JSON.stringify(outcome.package)}`);
    check(offer !== undefined && offer.status === 'adopted' && offer.package.join() === outcome.package.join(), () => `agreement on offer #${outcome.offer}`);
    check(outcome.signatories.length > 0 && outcome.signatories.every((r) => model.voters.includes(r)) && !hasDuplicates(outcome.signatories), () => `signatories ${outcome.signatories.join(',')}`);
    check(adopted === 1, () => `${adopted} adopted offers`);
  } else {
    check(adopted === 0, () => `${adopted} adopted offers without an agreement`);
    if (outcome) check(outcome.package.join() === state.noDeal.join(), () => 'the no-deal outcome is not the no-deal package');
  }
  if (phase === 'briefing' || phase === 'negotiating') {
    check(state.candidate === null && Object.keys(state.votes).length === 0, () => 'a candidate or votes before the final decision');
  } else if (state.candidate !== null) {
    check(state.offers[state.candidate - 1] !== undefined, () => `candidate #${state.candidate}`);
  }
  for (const [r, v] of Object.entries(state.votes)) check(model.voters.includes(rid(r)) && typeof v === 'boolean', () => `vote ${r}: ${String(v)}`);
  return out;
}

function expectValid(session: GameSession): void {
  const found = violations(session.model, session.state, session.phase);
  if (found.length > 0) throw new Error(`invalid state after ${session.history.length} events (${session.phase}): ${found.join('; ')}`);
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

/** Every object and array reachable from a value. */
function reachable(root: unknown): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null || seen.has(x)) continue;
    seen.add(x);
    for (const v of Object.values(x)) if (typeof v === 'object' && v !== null) stack.push(v);
  }
  return seen;
}

const SEAT_KEYS = ['deckSize', 'handSize', 'resources', 'role', 'standing'];

/** What the view of `viewer` shows that it should not; empty when it keeps every secret. */
function leaks(model: LevelModel, state: GameState, phase: Phase, viewer: RoleId | null): string[] {
  const out: string[] = [];
  const view = viewFor(model, state, phase, viewer);
  const json = JSON.stringify(view);
  if (viewer === null) {
    if (view.self !== null) out.push('a spectator has a self view');
  } else {
    const mine = state.roles[viewer];
    const self = view.self;
    if (!self || !mine) out.push(`${viewer} has no self view`);
    else if (self.role !== viewer || self.hand !== mine.hand || self.values !== mine.values || self.intel !== mine.intel) out.push(`${viewer}'s self view is not its own`);
  }
  for (const seat of view.seats) {
    const keys = Object.keys(seat).sort();
    if (keys.join() !== SEAT_KEYS.join()) out.push(`seat ${seat.role} carries ${keys.join(',')}`);
  }
  for (const entry of view.log) {
    if ('reason' in entry && entry.reason !== undefined && 'role' in entry && entry.role !== viewer && phase !== 'concluded') out.push(`log shows ${entry.role}'s reason to ${String(viewer)}`);
    if ((entry.kind === 'change' || entry.kind === 'intel') && entry.role !== viewer) out.push(`log shows ${entry.role}'s private ${entry.kind} entry to ${String(viewer)}`);
  }
  // Every private entry of the viewer's own reaches it.
  const own = logEntries(state.log).filter((e) => (e.kind === 'change' || e.kind === 'intel') && e.role === viewer).length;
  if (view.log.filter((e) => e.kind === 'change' || e.kind === 'intel').length !== own) out.push(`${String(viewer)} misses private entries of its own`);
  const objects = reachable(view);
  for (const other of model.roleIds) {
    if (other === viewer) continue;
    const r = state.roles[other];
    if (!r) continue;
    const secrets: [string, object][] = [
      ['hand', r.hand],
      ['deck', r.deck],
      ['values', r.values],
      ...r.values.map((row, i): [string, object] => [`values[${i}]`, row]),
      ['intel', r.intel],
      ...r.intel.flatMap((i, k): [string, object][] => [
        [`intel[${k}]`, i],
        [`intel[${k}].values`, i.values],
      ]),
    ];
    for (const [name, obj] of secrets) if (objects.has(obj)) out.push(`${String(viewer)} can reach ${other}'s ${name}`);
    for (const text of Object.values(model.roles.get(other)?.objectives ?? {})) if (json.includes(JSON.stringify(text).slice(1, -1))) out.push(`${String(viewer)} sees ${other}'s objectives`);
  }
  // A role's own no-deal adjustment is its own (its no-deal value gives it away anyway); no other.
  const others = JSON.stringify({ ...view, self: null });
  if (others.includes('"noDealAdjustment"') || json.includes('"objectives"') !== (viewer !== null)) out.push('a view carries a no-deal adjustment or objectives it should not');
  if (view.self && view.self.noDealAdjustment !== state.roles[view.self.role]?.noDealAdjustment) out.push(`${String(viewer)}'s view carries a no-deal adjustment not its own`);
  return out;
}

/** A refusal reason with its particulars (ids, numbers, roles) blanked: the rule it comes from. */
function reasonKind(model: LevelModel, reason: string): string {
  let kind = reason.replace(/"[^"]*"/g, '"…"').replace(/-?\d+(\.\d+)?/g, 'N');
  for (const r of model.roleIds) kind = kind.split(r).join('ROLE');
  return kind.replace(/^(malformed event( at "…")?):.*$/, '$1');
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('rules engine properties', () => {
  it('random legal games never reach an invalid state, and never change a state in place', () => {
    fc.assert(
      fc.property(gameArb, ({ level, seed, moves }) => {
        const session = GameSession.create(modelAt(level), seed);
        const rng = new Rng(moves);
        expectValid(session);
        for (let i = 0; i < 1000; i++) {
          const event = legalEvent(session, rng);
          if (!event) break;
          const before = session.state;
          const copy = i % 4 === 0 ? structuredClone(before) : null;
          const why = session.check(event);
          if (why !== null) throw new Error(`the chooser's ${JSON.stringify(event)} is refused: ${refusalText(why)}`);
          const result = session.send(event);
          if (!result.ok) throw new Error(`check() allowed ${JSON.stringify(event)} but send refused it: ${refusalText(result.refusal)}`);
          if (copy) expect(before).toEqual(copy);
          expectValid(session);
        }
        expect(session.phase).toBe('concluded');
      }),
      { numRuns: runs(80) },
    );
  });

  it('every concluded game has scores and indicators in range', () => {
    fc.assert(
      fc.property(gameArb, ({ level, seed, moves }) => {
        const model = modelAt(level);
        const session = GameSession.create(model, seed);
        playLegal(session, moves);
        expect(session.phase).toBe('concluded');
        const result = scoreGame(model, session.state);
        let shares = 0;
        for (const r of model.roleIds) {
          const role = result.roles[r];
          if (!role) throw new Error(`no result for ${r}`);
          expect(role.relativeGain).toBeGreaterThanOrEqual(-1);
          expect(role.relativeGain).toBeLessThanOrEqual(1);
          expect(role.winShare).toBeGreaterThanOrEqual(0);
          shares += role.winShare;
        }
        expect(Math.abs(shares - 1)).toBeLessThan(1e-9);
        expect(result.paretoDistance).toBeGreaterThanOrEqual(0);
        expect(result.paretoDistance).toBeLessThanOrEqual(1);
        const projection = projectOutcome(model, session.state);
        expect(projection.indicators).toHaveLength(model.level.impact.indicators.length);
        for (const ind of projection.indicators) {
          expect(ind.series).toHaveLength(model.level.impact.years + 1);
          for (const x of ind.series) {
            expect(x).toBeGreaterThanOrEqual(ind.min);
            expect(x).toBeLessThanOrEqual(ind.max);
          }
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('replay and restore reproduce the state, and the games go on alike', () => {
    fc.assert(
      fc.property(gameArb, fc.double({ min: 0, max: 1, noNaN: true }), ({ level, seed, moves }, cut) => {
        const model = modelAt(level);
        const full = GameSession.create(model, seed);
        const all = playLegal(full, moves);
        const at = Math.floor(cut * all.length);
        const session = GameSession.create(model, seed);
        for (const event of all.slice(0, at)) expect(session.send(event).ok).toBe(true);

        const replayed = GameSession.replay(model, seed, session.history);
        expect(replayed.state).toEqual(session.state);
        expect(replayed.phase).toBe(session.phase);
        expect(replayed.history).toEqual(session.history);

        const saved = JSON.parse(JSON.stringify(session.persist())) as ReturnType<GameSession['persist']>;
        const restored = GameSession.restore(model, saved);
        expect(restored.state).toEqual(session.state);
        expect(restored.phase).toBe(session.phase);
        expect(restored.history).toEqual(session.history);
        for (const event of all.slice(at)) {
          const a = session.send(event);
          const b = restored.send(event);
          expect(b).toEqual(a);
          expect(a.ok).toBe(true);
        }
        expect(restored.state).toEqual(session.state);
        expect(restored.phase).toBe(session.phase);
        expect(session.state).toEqual(full.state);
        // A restored, concluded game is still concluded and refuses moves.
        expect(restored.phase).toBe('concluded');
        expect(restored.send({ type: 'timeout' }).ok).toBe(false);
      }),
      { numRuns: runs(50) },
    );
  });

  it('no view ever holds another role\'s private data', () => {
    for (const model of MODELS) {
      const pub = publicLevel(model.level);
      for (const r of pub.roles) {
        for (const key of ['values', 'objectives', 'deck', 'noDealAdjustment']) expect(Object.keys(r)).not.toContain(key);
      }
      const json = JSON.stringify(pub);
      for (const r of model.level.roles) for (const text of Object.values(r.objectives)) expect(json).not.toContain(JSON.stringify(text).slice(1, -1));
    }
    fc.assert(
      fc.property(gameArb, ({ level, seed, moves }) => {
        const model = modelAt(level);
        const session = GameSession.create(model, seed);
        const rng = new Rng(moves);
        const viewers: (RoleId | null)[] = [...model.roleIds, null];
        for (let i = 0; i < 1000 && session.phase !== 'concluded'; i++) {
          for (const viewer of viewers) {
            const found = leaks(model, session.state, session.phase, viewer);
            if (found.length > 0) throw new Error(`after ${session.history.length} events (${session.phase}): ${found.join('; ')}`);
          }
          const event = legalEvent(session, rng);
          if (!event) break;
          expect(session.send(event).ok).toBe(true);
        }
        // Once the game is over, reasons are shown to all, private entries still to their role only.
        for (const viewer of viewers) {
          const found = leaks(model, session.state, session.phase, viewer);
          if (found.length > 0) throw new Error(`at the end (${session.phase}): ${found.join('; ')}`);
        }
      }),
      { numRuns: runs(25) },
    );
  });

  it('illegal events change nothing; check() always predicts send() and receive()', () => {
    const kinds = new Set<string>();
    const arb = gameArb.chain((g) =>
      fc.record({
        game: fc.constant(g),
        junk: fc.array(anyEvent(modelAt(g.level)), { minLength: 10, maxLength: 60 }),
        bad: fc.array(malformedInput(modelAt(g.level)), { minLength: 1, maxLength: 15 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ game: { level, seed, moves }, junk, bad }) => {
        const model = modelAt(level);
        const session = GameSession.create(model, seed);
        const rng = new Rng(moves);
        let refusals = 0;
        let j = 0;
        let b = 0;
        const attempt = (input: unknown, via: 'send' | 'receive') => {
          const before = session.state;
          const copy = structuredClone(before);
          const phase = session.phase;
          const length = session.history.length;
          const checked = session.check(input);
          const predicted = checked === null ? null : refusalText(checked);
          const result: SessionResult = via === 'send' ? session.send(input as GameEvent) : session.receive(input);
          if (result.ok) {
            expect(predicted).toBeNull();
            expect(session.history.length).toBe(length + 1);
            expect(session.history.at(-1)).toEqual(input);
            expectValid(session);
            return;
          }
          refusals++;
          const reason = refusalText(result.refusal);
          kinds.add(reasonKind(model, reason));
          expect(reason.length > 0 && !reason.includes('{{')).toBe(true);
          // Through send, a typed event the schema would refuse may get a rule's reason instead.
          if (via === 'receive' || checked === null || checked.code !== 'malformed') expect(reason).toBe(predicted);
          expect(session.state).toBe(before);
          expect(session.state).toEqual(copy);
          expect(session.phase).toBe(phase);
          expect(session.history.length).toBe(length);
        };
        for (let i = 0; i < 1500 && session.phase !== 'concluded'; i++) {
          const x = rng.next();
          if (x < 0.25 && j < junk.length) attempt(junk[j++], rng.next() < 0.5 ? 'send' : 'receive');
          else if (x < 0.3 && b < bad.length) attempt(bad[b++], 'receive');
          else {
            const event = legalEvent(session, rng);
            if (!event) break;
            if (x < 0.45) attempt(perturb(model, event, rng), rng.next() < 0.5 ? 'send' : 'receive');
            else attempt(event, 'send');
          }
        }
        // Once the game is over, everything is refused.
        for (const input of junk.slice(j)) attempt(input, 'receive');
        expect(refusals).toBeGreaterThan(0);
      }),
      { numRuns: runs(30) },
    );
    // The mix reaches most kinds of refusal, not just one or two.
    if (process.env['SHOW_KINDS']) console.log([...kinds].sort().join('\n'));
    expect(kinds.size).toBeGreaterThanOrEqual(20);
  });

  it('the same level, seed and events always give the same game', () => {
    const arb = gameArb.chain((g) => fc.record({ game: fc.constant(g), junk: fc.array(anyEvent(modelAt(g.level)), { maxLength: 30 }) }));
    fc.assert(
      fc.property(arb, ({ game: { level, seed, moves }, junk }) => {
        const model = modelAt(level);
        // First play: legal moves with junk mixed in, every attempt recorded.
        const first = GameSession.create(model, seed);
        const rng = new Rng(moves);
        const events: GameEvent[] = [];
        const results: SessionResult[] = [];
        let j = 0;
        for (let i = 0; i < 1500; i++) {
          const event = rng.next() < 0.2 && j < junk.length ? (junk[j++] as GameEvent) : legalEvent(first, rng);
          if (!event) break;
          events.push(event);
          results.push(first.send(event));
        }
        // Second play of the very same list.
        const second = GameSession.create(model, seed);
        const again = events.map((e) => second.send(e));
        expect(again).toEqual(results);
        expect(second.state).toEqual(first.state);
        expect(second.phase).toBe(first.phase);
        expect(second.history).toEqual(first.history);
      }),
      { numRuns: runs(30) },
    );
  });
});
