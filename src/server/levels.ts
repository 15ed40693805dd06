/**
 * The levels a workshop can be run with: every `*.yaml` file of the levels directory that passes
 * the level validator (with the evidence base's ids), compiled once and shared by all tables.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvidenceText } from '../engine/evidence/load.js';
import { compileLevel, type LevelModel } from '../engine/level/model.js';
import { validateLevelText } from '../engine/level/validate.js';
import { levelErrorLine } from '../protocol/level-words.js';

export interface LevelInfo {
  readonly id: string;
  readonly title: string;
  readonly playableRoles: number;
  readonly turnSeconds: number;
}

export class LevelLibrary {
  private readonly models = new Map<string, LevelModel>();

  constructor(levelsDir: string, evidencePath?: string) {
    let evidenceIds: Set<string> | undefined;
    if (evidencePath && existsSync(evidencePath)) {
      const evidence = parseEvidenceText(readFileSync(evidencePath, 'utf8'));
      if (evidence.ok) evidenceIds = evidence.ids;
    }
    for (const file of readdirSync(levelsDir).filter((f) => f.endsWith('.yaml')).sort()) {
      const result = validateLevelText(readFileSync(join(levelsDir, file), 'utf8'), { evidenceIds, fileName: file });
      if (!result.ok) {
        process.stderr.write(`levels: skipping ${file}: ${result.errors[0] ? levelErrorLine(result.errors[0]) : 'invalid'}\n`);
        continue;
      }
      this.models.set(result.level.id, compileLevel(result.level));
    }
  }

  get(id: string): LevelModel | undefined {
    return this.models.get(id);
  }

  list(): LevelInfo[] {
    return [...this.models.values()].map((m) => ({
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
