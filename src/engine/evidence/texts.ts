/**
 * The evidence base's languages: each declared once, and every fact's text (and correction) written
 * in each of them and in no other, so a class that plays in French or Spanish reads every fact in
 * its language. The same codes as a level's texts (missingLanguageText, undeclaredLanguage), placed
 * at the fact's path.
 */
import { issue, type PathIssue } from '../level/issue-codes.js';
import type { EvidenceBase } from './schema.js';

export function evidenceLanguageIssues(base: EvidenceBase): PathIssue[] {
  const problems: PathIssue[] = [];
  const declared = base.languages;
  declared.forEach((language, i) => {
    if (declared.indexOf(language) !== i) problems.push({ path: ['languages', i], ...issue('languageTwice', { language }) });
  });
  const unique = [...new Set(declared)];
  const checkText = (text: Readonly<Record<string, string>> | undefined, path: PathIssue['path']): void => {
    if (text === undefined) return;
    for (const language of unique) {
      if (text[language] === undefined) problems.push({ path, ...issue('missingLanguageText', { language }) });
    }
    for (const language of Object.keys(text)) {
      if (!unique.includes(language)) problems.push({ path: [...path, language], ...issue('undeclaredLanguage', { language, declared: unique }) });
    }
  };
  base.facts.forEach((fact, i) => {
    checkText(fact.text, ['facts', i, 'text']);
    checkText(fact.correction, ['facts', i, 'correction']);
  });
  return problems;
}
