/** Ids: unique in their list, and no role called by a word the level format or the software keeps. */
import type { ListedThing } from '../issue-codes.js';
import type { LevelPath } from '../path.js';
import type { CheckContext } from './context.js';

/** Words with a meaning of their own in an effect's `who`; no role may be called by them. */
export const RESERVED_WHO = ['self', 'target', 'all', 'others'] as const;

function uniqueIn(ctx: CheckContext, what: ListedThing, list: readonly { id: string }[], at: LevelPath): void {
  const first = new Map<string, number>();
  list.forEach((item, index) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, index);
    else ctx.report([...at, index, 'id'], 'duplicateId', { what, id: item.id, firstIndex: seen });
  });
}

export function idsAreUnique(ctx: CheckContext): void {
  const { level } = ctx;
  uniqueIn(ctx, 'role', level.roles, ['roles']);
  uniqueIn(ctx, 'issue', level.issues, ['issues']);
  uniqueIn(ctx, 'card', level.cards, ['cards']);
  uniqueIn(ctx, 'event', level.events, ['events']);
  uniqueIn(ctx, 'indicator', level.impact.indicators, ['impact', 'indicators']);
}

export function roleIdsAreNotReserved(ctx: CheckContext): void {
  ctx.level.roles.forEach((role, r) => {
    if ((RESERVED_WHO as readonly string[]).includes(role.id)) ctx.report(['roles', r, 'id'], 'roleIdReservedWord', { id: role.id, words: RESERVED_WHO });
    // Role ids key tables all over the engine and the network; names every JavaScript object already
    // carries ("constructor", "toString", ...) would read as present where nothing was set.
    if (role.id in Object.prototype) ctx.report(['roles', r, 'id'], 'roleIdReservedName', { id: role.id });
  });
}
