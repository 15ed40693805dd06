/**
 * Citations: every evidence id a level cites is in the shared evidence base or in the level's own
 * evidence file (its `localEvidence`, read by the caller), when they are given. The message names
 * every base that was searched.
 */
import type { LevelPath } from '../path.js';
import { suggesting } from '../suggest.js';
import type { CheckContext } from './context.js';

export function evidenceIsInTheBase(ctx: CheckContext): void {
  const shared = ctx.options.evidenceIds;
  if (shared === undefined) return;
  const local = ctx.options.localEvidence;
  const declared = ctx.level.localEvidence;
  if (declared !== undefined && local === undefined) ctx.report(['localEvidence'], 'localEvidenceNotGiven', { file: declared });
  const ids = local ? new Set([...shared, ...local.ids]) : shared;
  const sharedSource = ctx.options.evidenceSource ?? 'seeds/evidence.yaml';
  const source = local ? `${sharedSource} or ${local.source}` : sharedSource;
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
