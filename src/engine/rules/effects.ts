/**
 * What cards and events do to a game. Cards and events share one effect language (schema.ts), so
 * a trainer learns it once; this is its only interpreter.
 */
import type { Effect } from '../level/schema.js';
import { roleIdIn } from '../level/ids.js';
import type { LevelModel } from '../level/model.js';
import type { IssueId, RoleId } from '../types.js';
import { packageValue } from '../scoring/value.js';
import { causeOf, type ChangeCause } from './changes.js';
import { copyState, RolesDraft, type Draft } from './copy.js';
import type { GameState, Intel, LogEntry, RoleState } from './state.js';

export const VALUE_LIMIT = 100;
export const STANDING_LIMIT = 10;

/** Who is playing (null for events) and whom they chose, for resolving "self" and "target". */
export interface EffectContext {
  readonly actor: RoleId | null;
  readonly target: RoleId | null;
  /** The card or event id, for the log. */
  readonly cause: string;
}

const NOBODY: readonly RoleId[] = [];
/** [role] as a shared array kept on the model, so resolving "self" or "target" allocates nothing. */
function just(model: LevelModel, role: RoleId): readonly RoleId[] {
  const index = model.roleIndex.get(role);
  if (index === undefined) return NOBODY;
  let single = model.derived.singles[index];
  if (!single) {
    single = [role];
    model.derived.singles[index] = single;
  }
  return single;
}

/** The roles an effect's `who` names, in role order. Shared arrays: callers only read them. */
export function resolveWho(model: LevelModel, who: string, ctx: EffectContext): readonly RoleId[] {
  return whoAmong(model, who, ctx.actor, ctx.target);
}

/** {@link resolveWho} for an actor (null for events) and its chosen target (null for none). */
export function whoAmong(model: LevelModel, who: string, actor: RoleId | null, target: RoleId | null): readonly RoleId[] {
  switch (who) {
    case 'self':
      return actor ? just(model, actor) : NOBODY;
    case 'target':
      return target ? just(model, target) : NOBODY;
    case 'all':
      return model.roleIds;
    case 'others':
      return actor === null ? model.roleIds : (model.othersOf.get(actor) ?? model.roleIds);
    default: {
      // A role the level names (checked when the level was read).
      const named = roleIdIn(model, who);
      return named === null ? NOBODY : just(model, named);
    }
  }
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);


/** The issue a role cares most about: the widest spread between its best and worst option. */
export function mostValuedIssue(values: readonly (readonly number[])[]): number {
  let best = 0;
  let bestSpread = -Infinity;
  values.forEach((opts, i) => {
    const spread = Math.max(...opts) - Math.min(...opts);
    if (spread > bestSpread) {
      bestSpread = spread;
      best = i;
    }
  });
  return best;
}

/** What walking away is worth to a role in a state: its values of the no-deal outcome, adjusted. */
export function noDealWorth(role: RoleState, noDeal: readonly number[]): number {
  return packageValue(role.values, noDeal) + role.noDealAdjustment;
}

/**
 * Each role's no-deal worth after the no-deal outcome moved from `before` to `state.noDeal`, as
 * private change entries for the roles it moved (the cause: an effect or the level's schedule).
 */
export function logDrift(model: LevelModel, state: GameState, before: readonly number[], issue: number, cause: ChangeCause, log: LogEntry[]): void {
  const from = before[issue] as number;
  const option = state.noDeal[issue] as number;
  if (from === option) return;
  const issueId = model.issueIds[issue] as IssueId;
  for (const role of model.roleIds) {
    const r = state.roles[role];
    if (!r) continue;
    const was = noDealWorth(r, before);
    const now = noDealWorth(r, state.noDeal);
    if (was !== now) log.push({ kind: 'change', round: state.round, role, cause, change: { effect: 'noDealDrift', issue: issueId, from, option, before: was, after: now } });
  }
}

/**
 * A drift that binds only its parties (a free-trade agreement binds nobody else): the shared no-deal
 * outcome does not move; each party's walking away moves by what the new option is worth to it
 * against the shared one, valued with its values at the time of the drift, as a no-deal adjustment
 * (clamped like any). Each party is told, as a drift; the other roles' walking away is untouched.
 * The public drift entry (logged by the caller) names the parties.
 */
export function driftForParties(model: LevelModel, state: GameState, issue: number, option: number, parties: readonly RoleId[], cause: ChangeCause, log: LogEntry[]): GameState {
  const from = state.noDeal[issue] as number;
  if (from === option) return state;
  const issueId = model.issueIds[issue] as IssueId;
  const draft = new RolesDraft(state);
  for (const role of parties) {
    const r = draft.edit(role);
    if (!r) continue;
    const opts = r.values[issue] as readonly number[];
    const adjustment = r.noDealAdjustment;
    r.noDealAdjustment = clamp(adjustment + (opts[option] as number) - (opts[from] as number), -VALUE_LIMIT, VALUE_LIMIT);
    if (r.noDealAdjustment === adjustment) continue;
    const before = packageValue(r.values, state.noDeal) + adjustment;
    log.push({ kind: 'change', round: state.round, role, cause, change: { effect: 'noDealDrift', issue: issueId, from, option, before, after: before - adjustment + r.noDealAdjustment } });
  }
  return draft.done();
}

export function applyEffect(model: LevelModel, state: GameState, effect: Effect, ctx: EffectContext, log: LogEntry[]): GameState {
  switch (effect.kind) {
    case 'resource': {
      const draft = new RolesDraft(state);
      let cause: ChangeCause | null = null;
      for (const role of resolveWho(model, effect.who, ctx)) {
        const r = draft.edit(role);
        if (!r) continue;
        const before = r.resources;
        r.resources = Math.max(0, r.resources + effect.amount);
        cause ??= causeOf(ctx.cause, ctx.actor, ctx.target);
        if (r.resources !== before) log.push({ kind: 'change', round: state.round, role, cause, change: { effect: 'resource', before, after: r.resources } });
      }
      return draft.done();
    }
    case 'standing': {
      const draft = new RolesDraft(state);
      for (const role of resolveWho(model, effect.who, ctx)) {
        const r = draft.edit(role);
        const before = r?.standing ?? 0;
        const after = clamp(before + effect.amount, -STANDING_LIMIT, STANDING_LIMIT);
        if (r) r.standing = after;
        log.push({ kind: 'standing', round: state.round, role, amount: after - before, cause: ctx.cause });
        if (r && after !== before) log.push({ kind: 'change', round: state.round, role, cause: causeOf(ctx.cause, ctx.actor, ctx.target), change: { effect: 'standing', before, after } });
      }
      return draft.done();
    }
    case 'shiftValue': {
      const issue = model.issueIndex.get(effect.issue);
      if (issue === undefined) return state;
      const draft = new RolesDraft(state);
      for (const role of resolveWho(model, effect.who, ctx)) {
        const r = draft.edit(role);
        if (!r) continue;
        const values = r.values.slice();
        const opts = (values[issue] as readonly number[]).slice();
        const before = opts[effect.option] ?? 0;
        const after = clamp(before + effect.amount, -VALUE_LIMIT, VALUE_LIMIT);
        opts[effect.option] = after;
        values[issue] = opts;
        r.values = values;
        if (after !== before) log.push({ kind: 'change', round: state.round, role, cause: causeOf(ctx.cause, ctx.actor, ctx.target), change: { effect: 'shiftValue', issue: effect.issue, option: effect.option, before, after } });
      }
      return draft.done();
    }
    case 'noDealValue': {
      const draft = new RolesDraft(state);
      for (const role of resolveWho(model, effect.who, ctx)) {
        const r = draft.edit(role);
        if (!r) continue;
        const adjustment = r.noDealAdjustment;
        r.noDealAdjustment = clamp(adjustment + effect.amount, -VALUE_LIMIT, VALUE_LIMIT);
        if (r.noDealAdjustment === adjustment) continue;
        const before = packageValue(r.values, state.noDeal) + adjustment;
        const change = { effect: 'noDealValue', before, after: before - adjustment + r.noDealAdjustment } as const;
        log.push({ kind: 'change', round: state.round, role, cause: causeOf(ctx.cause, ctx.actor, ctx.target), change });
      }
      return draft.done();
    }
    case 'noDealDrift': {
      const issue = model.issueIndex.get(effect.issue);
      if (issue === undefined || state.noDeal[issue] === effect.option) return state;
      if (effect.parties) {
        log.push({ kind: 'drift', round: state.round, issue: effect.issue, option: effect.option, cause: ctx.cause, parties: effect.parties });
        return driftForParties(model, state, issue, effect.option, effect.parties, causeOf(ctx.cause, ctx.actor, ctx.target), log);
      }
      const noDeal = state.noDeal.slice();
      noDeal[issue] = effect.option;
      log.push({ kind: 'drift', round: state.round, issue: effect.issue, option: effect.option, cause: ctx.cause });
      const next = copyState(state);
      next.noDeal = noDeal;
      logDrift(model, next, state.noDeal, issue, causeOf(ctx.cause, ctx.actor, ctx.target), log);
      return next;
    }
    case 'unlockOption': {
      const issue = model.issueIndex.get(effect.issue);
      if (issue === undefined || state.available[issue]?.[effect.option]) return state;
      const available = state.available.slice();
      const opts = (available[issue] as readonly boolean[]).slice();
      opts[effect.option] = true;
      available[issue] = opts;
      log.push({ kind: 'unlock', round: state.round, issue: effect.issue, option: effect.option });
      const next = copyState(state);
      next.available = available;
      return next;
    }
    case 'reveal': {
      if (!ctx.actor || !ctx.target) return state;
      const about = state.roles[ctx.target];
      if (!about) return state;
      const issue = effect.issue !== undefined ? (model.issueIndex.get(effect.issue) ?? 0) : mostValuedIssue(about.values);
      const intel: Intel = {
        about: ctx.target,
        issue: model.issueIds[issue] as IssueId,
        values: (about.values[issue] as readonly number[]).slice(),
        round: state.round,
      };
      const draft = new RolesDraft(state);
      const r = draft.edit(ctx.actor);
      if (!r) return state;
      r.intel = [...r.intel, intel];
      const cause = causeOf(ctx.cause, ctx.actor, ctx.target);
      log.push({ kind: 'intel', round: state.round, role: ctx.actor, about: intel.about, issue: intel.issue, values: intel.values, cause });
      return draft.done();
    }
    case 'draw': {
      if (!ctx.actor) return state;
      const draft = new RolesDraft(state);
      const r = draft.edit(ctx.actor);
      if (r) drawInto(r, effect.count);
      return draft.done();
    }
  }
}

export const HAND_LIMIT = 8;

/** Draws up to `count` cards from the deck into the hand of a record being built. */
export function drawInto(role: Draft<RoleState>, count: number): void {
  const n = Math.max(0, Math.min(count, role.deck.length, HAND_LIMIT - role.hand.length));
  if (n === 0) return;
  // Copied by hand: spreads of short arrays take V8's generic iteration path.
  const hand = role.hand.slice();
  for (let k = 0; k < n; k++) hand.push(role.deck[k] as string);
  role.hand = hand;
  role.deck = role.deck.slice(n);
}

export function applyEffects(model: LevelModel, state: GameState, effects: readonly Effect[], ctx: EffectContext, log: LogEntry[]): GameState {
  let next = state;
  for (const effect of effects) next = applyEffect(model, next, effect, ctx, log);
  return next;
}
