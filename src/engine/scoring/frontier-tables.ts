/**
 * The working tables of the frontier search, kept on the level model and reused from call to call
 * (the engine is single-threaded), and the level's values laid out flat for it.
 */
import type { LevelModel } from '../level/model.js';

/** Values by role, issue and option: `values[role][issue][option]`, roles in `model.roleIds` order. */
export type Values = readonly (readonly (readonly number[])[])[];

/** Per-model scratch space, kept on the model and reused from call to call (the engine is single-threaded). */
export interface FrontierScratch {
  roles: number;
  /** Candidate points of a stage: vectors (flat), package counts, representative (prefix) indices. */
  cv: Float64Array;
  cc: Float64Array;
  cr: Float64Array;
  /** The frontier kept by a stage, same layout. */
  fv: Float64Array;
  fc: Float64Array;
  fr: Float64Array;
  sums: Float64Array;
  order: Uint32Array;
  bucketOf: Uint32Array;
  bucketStart: Uint32Array;
  /** utilities[p * roles + r]: package p's value for role r (full scans only). */
  utilities: Float64Array;
}

export function scratchFor(model: LevelModel, roles: number): FrontierScratch {
  let s = model.derived.frontierScratch;
  if (!s || s.roles !== roles) {
    const n = model.packageCount;
    s = {
      roles,
      cv: new Float64Array(n * roles),
      cc: new Float64Array(n),
      cr: new Float64Array(n),
      fv: new Float64Array(n * roles),
      fc: new Float64Array(n),
      fr: new Float64Array(n),
      sums: new Float64Array(n),
      order: new Uint32Array(n),
      bucketOf: new Uint32Array(n),
      bucketStart: new Uint32Array(n + 1),
      utilities: new Float64Array(n * roles),
    };
    model.derived.frontierScratch = s;
  }
  return s;
}

/** Values laid out flat: option o of issue i for role r at (offset[i] + o) * R + r. */
export function flatValues(model: LevelModel, values: Values, R: number): { flat: Float64Array; offset: Int32Array } {
  const counts = model.optionCounts;
  const I = counts.length;
  const offset = new Int32Array(I + 1);
  for (let i = 0; i < I; i++) offset[i + 1] = (offset[i] as number) + (counts[i] as number);
  const flat = new Float64Array((offset[I] as number) * R);
  for (let r = 0; r < R; r++) {
    const vr = values[r] as readonly (readonly number[])[];
    for (let i = 0; i < I; i++) {
      const vi = vr[i] as readonly number[];
      const base = offset[i] as number;
      const n = counts[i] as number;
      for (let o = 0; o < n; o++) flat[(base + o) * R + r] = vi[o] as number;
    }
  }
  return { flat, offset };
}
