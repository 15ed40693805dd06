/** Citations: every evidence id a level cites is in the evidence base (when one is given). */
import type { LevelPath } from '../path.js';
import { suggesting } from '../suggest.js';
import type { CheckContext } from './context.js';

export function evidenceIsInTheBase(ctx: CheckContext): void {
  const ids = ctx.options.evidenceIds;
  if (ids === undefined) return;
  const source = ctx.options.evidenceSource ?? 'seeds/evidence.yaml';
  const walk = (value: unknown, path: LevelPath): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'evidence' && Array.isArray(child)) {
          child.forEach((id, i) => {
            if (typeof id === 'string' && !ids.has(id)) ctx.report([...path, key, i], 'unknownEvidence', { id, source, ...suggesting(id, ids) });
          });
        } else {
          walk(child, [...path, key]);
        }
      }
    }
  };
  walk(ctx.level, []);
}
