/**
 * What the evidence base rests on, for `npm run evidence:report`: facts counted by the side whose
 * case they support and by the type of their source, and which facts no level cites. Pure: the
 * caller parses the base and the level files and hands over their data.
 */
import { FACT_SIDES, SOURCE_TYPES, type EvidenceBase, type FactSide, type SourceType } from './schema.js';

/** A level as the report needs it: its id (or file name) and the data parsed from its file. */
export interface LevelCitations {
  readonly id: string;
  readonly data: unknown;
}

export type SideOrUnclassified = FactSide | 'unclassified';
export type TypeOrUnclassified = SourceType | 'unclassified';

export interface EvidenceReport {
  readonly facts: number;
  /** Facts still in force: not retired with `supersededBy`. The counts below are over these. */
  readonly current: number;
  readonly retired: readonly string[];
  readonly bySide: Readonly<Record<SideOrUnclassified, number>>;
  readonly bySourceType: Readonly<Record<TypeOrUnclassified, number>>;
  /** Facts from the two seed documents, and from every other record. */
  readonly bySourceKind: Readonly<Record<'seed' | 'public-record', number>>;
  /** side → source type → count, to see whose voice each side's case rests on. */
  readonly sideByType: Readonly<Record<SideOrUnclassified, Readonly<Partial<Record<TypeOrUnclassified, number>>>>>;
  /** Current facts that no level cites anywhere (cards, events, options, roles, coefficients, teaching notes...). */
  readonly unused: readonly string[];
  /** For each level, how many distinct facts it cites. */
  readonly citedByLevel: Readonly<Record<string, number>>;
  /** Levels that still cite a retired fact: `{ level, fact, replacement }`. */
  readonly retiredCited: readonly { level: string; fact: string; replacement: string }[];
}

/** Every fact id a level cites: any `evidence` list of strings, at any depth of the file. */
export function citedFactIds(data: unknown): Set<string> {
  const ids = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'evidence' && Array.isArray(child)) {
          for (const id of child) if (typeof id === 'string') ids.add(id);
        } else walk(child);
      }
    }
  };
  walk(data);
  return ids;
}

function zeroed<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function evidenceReport(base: EvidenceBase, levels: readonly LevelCitations[]): EvidenceReport {
  const typeOf = new Map(base.sources.map((s) => [s.id, s.type ?? 'unclassified'] as const));
  const kindOf = new Map(base.sources.map((s) => [s.id, s.kind] as const));
  const sides = [...FACT_SIDES, 'unclassified'] as const;
  const bySide = zeroed<SideOrUnclassified>(sides);
  const bySourceType = zeroed<TypeOrUnclassified>([...SOURCE_TYPES, 'unclassified']);
  const bySourceKind = zeroed<'seed' | 'public-record'>(['seed', 'public-record']);
  const sideByType = Object.fromEntries(sides.map((s) => [s, {}])) as Record<SideOrUnclassified, Partial<Record<TypeOrUnclassified, number>>>;

  const current = base.facts.filter((f) => f.supersededBy === undefined);
  for (const fact of current) {
    const side: SideOrUnclassified = fact.side ?? 'unclassified';
    const type: TypeOrUnclassified = typeOf.get(fact.source) ?? 'unclassified';
    bySide[side] += 1;
    bySourceType[type] += 1;
    bySourceKind[kindOf.get(fact.source) ?? 'public-record'] += 1;
    const row = sideByType[side];
    row[type] = (row[type] ?? 0) + 1;
  }

  const cited = new Set<string>();
  const citedByLevel: Record<string, number> = {};
  const replacement = new Map(base.facts.flatMap((f) => (f.supersededBy === undefined ? [] : [[f.id, f.supersededBy] as const])));
  const retiredCited: { level: string; fact: string; replacement: string }[] = [];
  for (const level of levels) {
    const ids = citedFactIds(level.data);
    citedByLevel[level.id] = ids.size;
    for (const id of ids) {
      cited.add(id);
      const next = replacement.get(id);
      if (next !== undefined) retiredCited.push({ level: level.id, fact: id, replacement: next });
    }
  }

  return {
    facts: base.facts.length,
    current: current.length,
    retired: [...replacement.keys()],
    bySide,
    bySourceType,
    bySourceKind,
    sideByType,
    unused: current.filter((f) => !cited.has(f.id)).map((f) => f.id),
    citedByLevel,
    retiredCited,
  };
}

const percent = (n: number, of: number): string => (of === 0 ? '0%' : `${Math.round((100 * n) / of)}%`);

/** The report as the command prints it: plain text, one table per count. */
export function formatEvidenceReport(report: EvidenceReport): string {
  const lines: string[] = [];
  const table = (title: string, counts: Readonly<Record<string, number>>): void => {
    lines.push('', title);
    for (const [key, n] of Object.entries(counts)) {
      if (n === 0 && key === 'unclassified') continue;
      lines.push(`  ${key.padEnd(20)} ${String(n).padStart(4)}   ${percent(n, report.current).padStart(4)}`);
    }
  };
  lines.push(`Evidence base: ${report.facts} facts, ${report.current} in force, ${report.retired.length} retired (superseded).`);
  table('By the side whose case the fact supports', report.bySide);
  table('By the type of its source', report.bySourceType);
  table('By source: the two seed documents, or other records', report.bySourceKind);
  lines.push('', 'Side by source type');
  for (const [side, row] of Object.entries(report.sideByType)) {
    const cells = Object.entries(row).map(([type, n]) => `${type} ${n}`);
    if (cells.length > 0) lines.push(`  ${side.padEnd(12)} ${cells.join(', ')}`);
  }
  lines.push('', 'Facts cited, per level');
  for (const [level, n] of Object.entries(report.citedByLevel)) lines.push(`  ${level.padEnd(28)} ${String(n).padStart(4)}`);
  lines.push('', `Facts no level cites (${report.unused.length})`);
  for (const id of report.unused) lines.push(`  ${id}`);
  if (report.retiredCited.length > 0) {
    lines.push('', 'Levels still citing a retired fact (cite the replacement instead)');
    for (const r of report.retiredCited) lines.push(`  ${r.level}: ${r.fact} → ${r.replacement}`);
  }
  return lines.join('\n');
}
