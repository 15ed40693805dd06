/**
 * Citations: every evidence id a level cites is in the shared evidence base, in the level's own
 * evidence written inline (`ownEvidence`), or in its own evidence file (its `localEvidence`, read
 * by the caller), when they are given. The message names every base that was searched.
 *
 * The inline evidence is checked as the evidence base is (load.ts: ids unique, sources and themes
 * resolve, every text in each language), at its place in the level; a local fact may not take an
 * id of the shared base (whose ids stay stable: trainers' files cite them) nor one of the file.
 */
import { evidenceBaseIssues } from '../../evidence/load.js';
import type { LevelPath } from '../path.js';
import { suggesting } from '../suggest.js';
import type { CheckContext } from './context.js';

export function ownEvidenceHolds(ctx: CheckContext): void {
  const own = ctx.level.ownEvidence;
  if (own === undefined) return;
  const shared = ctx.options.evidenceIds ?? new Set<string>();
  const file = ctx.options.localEvidence;
  const languages = own.languages ?? [...new Set(ctx.level.languages)];
  const { issues } = evidenceBaseIssues({ ...own, languages }, new Set([...shared, ...(file?.ids ?? [])]));
  for (const found of issues) {
    // The level's languages are checked where the level declares them.
    if (own.languages === undefined && found.path[0] === 'languages') continue;
    ctx.report(['ownEvidence', ...found.path], found.code, found.params as never);
  }
  const sharedSource = ctx.options.evidenceSource ?? 'seeds/evidence.yaml';
  own.facts.forEach((fact, i) => {
    if (shared.has(fact.id)) ctx.report(['ownEvidence', 'facts', i, 'id'], 'localFactIsShared', { id: fact.id, source: sharedSource });
    else if (file?.ids.has(fact.id)) ctx.report(['ownEvidence', 'facts', i, 'id'], 'ownFactInFile', { id: fact.id, file: file.source });
  });
}

export function evidenceIsInTheBase(ctx: CheckContext): void {
  const shared = ctx.options.evidenceIds;
  if (shared === undefined) return;
  const local = ctx.options.localEvidence;
  const declared = ctx.level.localEvidence;
  if (declared !== undefined && local === undefined) ctx.report(['localEvidence'], 'localEvidenceNotGiven', { file: declared });
  const own = ctx.level.ownEvidence?.facts.map((f) => f.id) ?? [];
  const ids = new Set([...shared, ...(local?.ids ?? []), ...own]);
  const sharedSource = ctx.options.evidenceSource ?? 'seeds/evidence.yaml';
  const source = [sharedSource, ...(own.length > 0 ? ['ownEvidence'] : []), ...(local ? [local.source] : [])].join(' or ');
  const walk = (value: unknown, path: LevelPath): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'evidence' && Array.isArray(child)) {
          child.forEach((id, i) => {
            if (typeof id === 'string' && !ids.has(id)) ctx.report([...path, key, i], 'unknownEvidence', { id, source, ...suggesting(id, ids) });
          });
        } else if (key !== 'ownEvidence') {
          walk(child, [...path, key]);
        }
      }
    }
  };
  walk(ctx.level, []);
}
