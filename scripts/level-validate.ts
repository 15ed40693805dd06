/**
 * Check level files: `npm run level:validate -- levels/tutorial.yaml [more files]`.
 * `--evidence <file>` checks cited fact ids against another evidence base than seeds/evidence.yaml.
 * Prints `✔ <file>: <summary>` for a good level, or `✘ <file>: N errors` and one line per error
 * (`  <file>:<line>:<col>  <path>  <message>`). Exit 0 when every file is good, 1 when one is not,
 * 2 on a usage error (no file, an unknown flag, a file that does not exist, a language the game
 * does not have); `--help` prints the usage and exits 0. `--lang fr|es|en` words the errors in
 * that language (default: the LANG environment variable's language if the game has it, else en).
 * Only I/O lives here: the checks are in src/engine/level/validate.ts, the words in
 * src/protocol/level-words.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEvidenceText } from '../src/engine/evidence/load.js';
import { declaredLocalEvidence, readLocalEvidence } from '../src/engine/level/local-evidence.js';
import { validateLevelText, type ValidateOptions } from '../src/engine/level/validate.js';
import { levelErrorLine, levelSummaryText, levelWordsT } from '../src/protocol/level-words.js';
import { isLanguage, LANGUAGES } from '../src/protocol/words.js';

const USAGE = `usage: npm run level:validate -- [--lang ${LANGUAGES.join('|')}] [--evidence <file>] <level file> [<level file> ...]

Checks each level file (YAML or JSON) against the level schema and the game's rules. Cited fact
ids are checked against the evidence base, seeds/evidence.yaml unless --evidence names another.
Prints a one-line summary for a good level, or every error with its line, column and path,
worded in --lang (default: the language of the LANG environment variable if the game has it, else en).
Exit code: 0 all good, 1 errors found, 2 usage error.`;

function usage(problem?: string): never {
  if (problem) process.stderr.write(`level:validate: ${problem}\n\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const files: string[] = [];
let evidenceFile: string | undefined;
let onlyFiles = false;
const envLanguage = (process.env.LANG ?? '').slice(0, 2).toLowerCase();
let language: string = isLanguage(envLanguage) ? envLanguage : 'en';
const setLanguage = (value: string | undefined): void => {
  if (!isLanguage(value)) usage(`--lang must be one of ${LANGUAGES.join(', ')}${value === undefined ? '' : ` (found "${value}")`}`);
  language = value;
};
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (onlyFiles || !arg.startsWith('-') || arg === '-') files.push(arg);
  else if (arg === '--') onlyFiles = true;
  else if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  else if (arg === '--evidence') {
    evidenceFile = args[++i];
    if (evidenceFile === undefined) usage('--evidence needs a file');
  } else if (arg.startsWith('--evidence=')) evidenceFile = arg.slice('--evidence='.length);
  else if (arg === '--lang') setLanguage(args[++i]);
  else if (arg.startsWith('--lang=')) setLanguage(arg.slice('--lang='.length));
  else usage(`unknown option "${arg}"`);
}
if (files.length === 0) usage('no level file given');
for (const file of [...files, ...(evidenceFile === undefined ? [] : [evidenceFile])]) {
  if (!existsSync(file)) usage(`file not found: ${file}`);
  if (!statSync(file).isFile()) usage(`not a file: ${file}`);
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evidencePath = evidenceFile ?? resolve(repoRoot, 'seeds', 'evidence.yaml');
let evidenceIds: Set<string> | undefined;
if (existsSync(evidencePath)) {
  const evidence = parseEvidenceText(readFileSync(evidencePath, 'utf8'));
  if (evidence.ok) evidenceIds = evidence.ids;
  else if (evidenceFile !== undefined) {
    process.stderr.write(`level:validate: the evidence base ${evidencePath} has errors:\n`);
    for (const e of evidence.errors) process.stderr.write(`  ${evidencePath}:${levelErrorLine(e, language)}\n`);
    process.exit(2);
  } else {
    process.stderr.write(`warning: the evidence base ${evidencePath} has errors, so cited evidence ids are not checked:\n`);
    for (const e of evidence.errors) process.stderr.write(`  ${evidencePath}:${levelErrorLine(e, language)}\n`);
  }
} else {
  process.stderr.write(`warning: ${evidencePath} not found; cited evidence ids are not checked\n`);
}

let failed = false;
const sharedSource = relative(process.cwd(), evidencePath) || evidencePath;

/** The level's own evidence file, beside it: its ids for the validator, or its errors printed. */
function localEvidenceOf(file: string, text: string): ValidateOptions['localEvidence'] | 'failed' {
  const name = declaredLocalEvidence(text);
  if (name === undefined || evidenceIds === undefined) return undefined;
  const path = resolve(dirname(file), name);
  if (!existsSync(path)) return undefined; // the validator says it is missing, at its line
  const near = relative(process.cwd(), path);
  const shown = near === '' || near.startsWith('..') ? path : near;
  const local = readLocalEvidence(readFileSync(path, 'utf8'), shown, evidenceIds, sharedSource);
  if (local.ok) return { ids: local.ids, source: shown };
  process.stdout.write(`✘ ${file}: its evidence file ${shown} has ${local.errors.length} ${local.errors.length === 1 ? 'error' : 'errors'}\n`);
  for (const e of local.errors) process.stdout.write(`  ${shown}:${levelErrorLine(e)}\n`);
  return 'failed';
}

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const localEvidence = localEvidenceOf(file, text);
  if (localEvidence === 'failed') {
    failed = true;
    continue;
  }
  const result = validateLevelText(text, { evidenceIds, evidenceSource: sharedSource, localEvidence, fileName: file });
  if (result.ok) {
    process.stdout.write(`✔ ${file}: ${levelSummaryText(result.level, language)}\n`);
  } else {
    failed = true;
    const n = result.errors.length;
    process.stdout.write(`✘ ${file}: ${levelWordsT(language)('summary.errors', { count: n })}\n`);
    for (const e of result.errors) process.stdout.write(`  ${file}:${levelErrorLine(e, language)}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
