/**
 * The levels a workshop can be run with: every `*.yaml` file of the levels directory that passes
 * the level validator (with the evidence base's ids), compiled once and shared by all tables.
 *
 * The directory is watched (`watch()`): a trainer who drops, changes or removes a file sees the
 * catalogue follow within a second, without a restart. A file that does not pass is not silently
 * skipped: it is written to the server's log once per change and listed by `problems()` (served
 * at /api/levels/problems) with its first errors. Two files with one id are both named; the
 * first in alphabetical order keeps the id, the other is refused. Sessions keep the model they
 * were created with, so a changed file never alters a game under way.
 */
import { existsSync, readdirSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { parseEvidenceText } from '../engine/evidence/load.js';
import { compileLevel, type LevelModel } from '../engine/level/model.js';
import { declaredLocalEvidence, readLocalEvidence, withFileEvidence } from '../engine/level/local-evidence.js';
import type { EvidenceBase } from '../engine/evidence/schema.js';
import { validateLevelText, type LevelError, type LevelResult, type ValidateOptions } from '../engine/level/validate.js';
import { formatPath } from '../engine/level/path.js';
import { levelErrorLine, levelIssueText } from '../protocol/level-words.js';

/** The largest level file the server reads, from the folder or an upload (shipped ones are ~60 kB). */
export const LEVEL_MAX_BYTES = 256 * 1024;
/** How many of a file's errors the problem list and an upload's answer carry. */
export const ERRORS_SHOWN = 20;

export interface LevelInfo {
  readonly id: string;
  readonly title: string;
  readonly playableRoles: number;
  readonly turnSeconds: number;
}

/** A validator error as the API sends it: the code and parameters, where, and the English words. */
export interface LevelErrorOut {
  readonly code: string;
  readonly params: unknown;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

export type LevelProblem =
  | { readonly file: string; readonly code: 'invalid'; readonly errorCount: number; readonly errors: readonly LevelErrorOut[] }
  | { readonly file: string; readonly code: 'duplicateId'; readonly id: string; readonly keptFile: string; readonly text: string }
  | { readonly file: string; readonly code: 'unreadable'; readonly text: string };

export function errorsOut(errors: readonly LevelError[]): LevelErrorOut[] {
  return errors.slice(0, ERRORS_SHOWN).map((e) => ({ code: e.code, params: e.params, path: formatPath(e.path), line: e.line, column: e.column, text: levelIssueText(e) }));
}

interface Entry {
  readonly file: string;
  readonly text: string;
  readonly model: LevelModel;
}

export class LevelLibrary {
  private entries = new Map<string, Entry>();
  private found: LevelProblem[] = [];
  private readonly evidenceIds: Set<string> | undefined;
  private readonly logged = new Map<string, string>();
  private watcher: FSWatcher | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly levelsDir: string,
    evidencePath?: string,
    private readonly log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {
    if (evidencePath && existsSync(evidencePath)) {
      const evidence = parseEvidenceText(readFileSync(evidencePath, 'utf8'));
      if (evidence.ok) this.evidenceIds = evidence.ids;
    }
    this.scan();
  }

  /** Validate a level's text with the same options as the folder's files (an upload, say). */
  validate(text: string, fileName: string, localEvidence?: ValidateOptions['localEvidence']): LevelResult {
    return validateLevelText(text, { evidenceIds: this.evidenceIds, localEvidence, fileName });
  }

  /**
   * A folder level's own evidence file (its `localEvidence`, beside it): its ids, or the problem
   * to list. A missing file is left to the validator, which says so at the level's line.
   */
  private localEvidence(file: string, text: string): (ValidateOptions['localEvidence'] & { base: EvidenceBase }) | LevelProblem | undefined {
    const name = declaredLocalEvidence(text);
    if (name === undefined || this.evidenceIds === undefined || name.includes('/') || name.includes('\\')) return undefined;
    const path = join(this.levelsDir, name);
    if (!existsSync(path)) return undefined;
    try {
      if (statSync(path).size > LEVEL_MAX_BYTES) throw new Error(`larger than ${LEVEL_MAX_BYTES / 1024} kB`);
      const local = readLocalEvidence(readFileSync(path, 'utf8'), name, this.evidenceIds);
      if (local.ok) return { ids: local.ids, source: name, base: local.base };
      return { file: name, code: 'invalid', errorCount: local.errors.length, errors: errorsOut(local.errors) };
    } catch (error) {
      return { file: name, code: 'unreadable', text: (error as Error).message };
    }
  }

  /** Read the folder again: the catalogue and the problem list become what the files say now. */
  scan(): void {
    const entries = new Map<string, Entry>();
    const problems: LevelProblem[] = [];
    let files: string[] = [];
    try {
      files = readdirSync(this.levelsDir).filter((f) => f.endsWith('.yaml')).sort();
    } catch (error) {
      this.log(`levels: cannot read ${this.levelsDir}: ${(error as Error).message}`);
    }
    const texts = new Map<string, string>();
    for (const file of files) {
      try {
        const path = join(this.levelsDir, file);
        if (statSync(path).size > LEVEL_MAX_BYTES) throw new Error(`larger than ${LEVEL_MAX_BYTES / 1024} kB`);
        texts.set(file, readFileSync(path, 'utf8'));
      } catch (error) {
        problems.push({ file, code: 'unreadable', text: (error as Error).message });
        this.report(file, `levels: cannot read ${file}: ${(error as Error).message}`);
      }
    }
    // A level's own evidence file sits beside it: it is evidence, not a level.
    const evidenceFiles = new Set([...texts.values()].map(declaredLocalEvidence).filter((f) => f !== undefined));
    for (const [file, text] of texts) {
      if (evidenceFiles.has(file) || file.endsWith('.evidence.yaml')) continue;
      const local = this.localEvidence(file, text);
      if (local && 'code' in local) {
        problems.push(local);
        this.report(local.file, `levels: leaving out ${file}: its evidence file ${local.file} has problems: ${'errors' in local ? local.errors.slice(0, 3).map((e) => `${e.line}:${e.column}  ${e.path}  ${e.text}`).join('; ') : local.text}`);
        continue;
      }
      const result = this.validate(text, file, local);
      if (!result.ok) {
        problems.push({ file, code: 'invalid', errorCount: result.errors.length, errors: errorsOut(result.errors) });
        this.report(file, `levels: leaving out ${file} (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}): ${result.errors.slice(0, 3).map((e) => levelErrorLine(e)).join('; ')}`);
        continue;
      }
      const kept = entries.get(result.level.id);
      if (kept) {
        const words = `${file} and ${kept.file} both have the id "${result.level.id}"; ${kept.file} keeps it, ${file} is left out until one of them changes its id`;
        problems.push({ file, code: 'duplicateId', id: result.level.id, keptFile: kept.file, text: words });
        this.report(file, `levels: ${words}`);
        continue;
      }
      entries.set(result.level.id, { file, text, model: compileLevel(local ? withFileEvidence(result.level, local.base) : result.level) });
      this.logged.delete(file);
    }
    this.entries = entries;
    this.found = problems;
  }

  /** Log a file's problem once, not again at every scan until its words change. */
  private report(file: string, line: string): void {
    if (this.logged.get(file) === line) return;
    this.logged.set(file, line);
    this.log(line);
  }

  /** Follow the folder: re-scan shortly after anything in it changes. */
  watch(delayMs = 150): void {
    if (this.watcher) return;
    try {
      this.watcher = watch(this.levelsDir, () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          try {
            this.scan();
          } catch (error) {
            this.log(`levels: scan failed: ${(error as Error).message}`);
          }
        }, delayMs);
      });
      this.watcher.on('error', (error) => this.log(`levels: stopped watching ${this.levelsDir}: ${error.message}`));
    } catch (error) {
      this.log(`levels: cannot watch ${this.levelsDir}: ${(error as Error).message}`);
    }
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
  }

  get(id: string): LevelModel | undefined {
    return this.entries.get(id)?.model;
  }

  /** The file's text, which a session keeps so a restart resumes it on the level it started with. */
  textOf(id: string): string | undefined {
    return this.entries.get(id)?.text;
  }

  problems(): readonly LevelProblem[] {
    return this.found;
  }

  list(): LevelInfo[] {
    return [...this.entries.values()].map(({ model: m }) => ({
      id: m.level.id,
      title: m.level.title[m.level.languages[0] ?? 'en'] ?? m.level.id,
      playableRoles: m.level.roles.filter((r) => r.playable).length,
      turnSeconds: m.level.rounds.turnSeconds,
    }));
  }
}

export function textOf(text: Readonly<Record<string, string>> | undefined, lang = 'en'): string {
  if (!text) return '';
  return text[lang] ?? Object.values(text)[0] ?? '';
}
