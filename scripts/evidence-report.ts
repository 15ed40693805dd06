/**
 * `npm run evidence:report [-- --json] [level files...]`: what the evidence base rests on. Counts
 * the facts in seeds/evidence.yaml by the side whose case they support and by the type of their
 * source, and lists the facts no level cites (every levels/*.yaml unless files are named).
 * Exit 0, or 2 on a usage error or a broken evidence base. Only I/O lives here: the counting is in
 * src/engine/evidence/report.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { evidenceReport, formatEvidenceReport, type LevelCitations } from '../src/engine/evidence/report.js';
import { loadEvidence, repoRoot } from './lib/load-level.js';

const USAGE = `usage: npm run evidence:report -- [--json] [<level file> ...]

Counts the facts of seeds/evidence.yaml by the side whose case they support (sceptical, proponent,
third-way, record) and by the type of their source, and lists the facts that no level cites.
Levels: every levels/*.yaml unless files are named. --json prints one JSON object.`;

function usage(problem: string): never {
  process.stderr.write(`evidence:report: ${problem}\n\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json' && a !== '--');
for (const a of files) if (a.startsWith('-')) usage(`unknown option "${a}"`);
for (const f of files) if (!existsSync(f)) usage(`file not found: ${f}`);

const levelFiles =
  files.length > 0
    ? files
    : readdirSync(resolve(repoRoot, 'levels'))
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => resolve(repoRoot, 'levels', f));

let base;
try {
  base = loadEvidence().base;
} catch (error) {
  process.stderr.write(`evidence:report: ${(error as Error).message}\n`);
  process.exit(2);
}

const levels: LevelCitations[] = levelFiles.map((file) => {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  const id = data !== null && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : basename(file);
  return { id, data };
});

const report = evidenceReport(base, levels);
process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvidenceReport(report)}\n`);
