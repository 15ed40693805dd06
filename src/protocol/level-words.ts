/**
 * The level validator's codes in words, from one catalog per language (level-words.en.json,
 * .fr.json, .es.json: i18next's format, `{{name}}` placeholders, plurals by `count`) that the
 * command line, the server and the browser share (src/protocol/words.ts). The engine says what is
 * wrong and where (src/engine/level/issue-codes.ts); only this module words it.
 */
import type { FoundValue, LevelError, LevelIssue, NumberRange, ReferencePlace } from '../engine/level/issue-codes.js';
import { formatPath } from '../engine/level/path.js';
import type { Level } from '../engine/level/schema.js';
import { protocolT } from './words.js';

type Params = Record<string, unknown>;

/** A catalog entry by dotted key in `language`, plural form by `count`, `{{name}}` filled in. */
function wording(language: string, key: string, params: Params = {}): string {
  return protocolT(language, 'level')(key, params);
}

/** The validator's catalog in `language`, for an edge's own lines (the command line's error count). */
export function levelWordsT(language: string): (key: string, params?: Params) => string {
  return (key, params = {}) => wording(language, key, params);
}

/** The words for one code: its parameters turned into phrases, then its catalog entry. */
export function levelIssueText(found: LevelIssue, language = 'en'): string {
  const w = (key: string, params: Params = {}): string => wording(language, key, params);
  const quote = (text: string): string => w('part.quoted', { text });
  const list = (items: readonly (string | number)[], separator = w('part.or')): string => items.map((i) => quote(String(i))).join(separator);
  const foundText = (value: FoundValue): string => w(`found.${value.kind}`, 'text' in value ? { text: value.text } : {});
  const counted = (what: string, count: number): string => w(`counted.${what}`, { count });
  const place = (p: ReferencePlace): string => w(`place.${p.in}`, 'id' in p ? { id: p.id } : {});
  const hint = (suggestion: string | undefined): string => (suggestion === undefined ? '' : w('part.didYouMean', { suggestion }));
  const range = (r: NumberRange | undefined, exclusive?: 'min' | 'max'): string => {
    const kind = w(`expected.${r?.whole ? 'wholeNumber' : 'number'}`);
    if (r?.min !== undefined && r.max !== undefined && exclusive === undefined) return w('range.between', { kind, min: r.min, max: r.max });
    if (exclusive === 'min') return w('range.greaterThan', { kind, min: r?.min });
    if (exclusive === 'max') return w('range.lessThan', { kind, max: r?.max });
    if (r?.min !== undefined) return w('range.atLeast', { kind, min: r.min });
    if (r?.max !== undefined) return w('range.atMost', { kind, max: r.max });
    return w('range.any', { kind });
  };
  const expected = (e: string, r?: NumberRange): string => (e === 'number' || e === 'wholeNumber' ? range(r ?? { whole: e === 'wholeNumber' }) : w(`expected.${e}`));
  const name = (key: string | undefined): string => (key === undefined ? w('part.thisItem') : quote(key));
  const issue = (code: string, params: Params = {}): string => w(`issue.${code}`, params);

  const { code, params: p } = found;
  switch (found.code) {
    case 'yamlDuplicateKey':
      return issue(code, { key: found.params.key, firstLine: found.params.firstLine === undefined ? '' : w('part.firstLine', { line: found.params.firstLine }) });
    case 'yamlBadIndentation':
      return issue(code, { expectedColumn: found.params.expectedColumn === undefined ? '' : w('part.expectedColumn', { column: found.params.expectedColumn }) });
    case 'yamlTextWithColon':
      return issue(code, { key: found.params.key, example: `${found.params.key}: "${found.params.text.replace(/^["']|["']$/g, '') || '...'}"` });
    case 'yamlSyntax':
      return issue(code, { detail: found.params.detail, hint: w(`yamlHint.${found.params.yamlCode}`).startsWith('yamlHint.') ? '' : w(`yamlHint.${found.params.yamlCode}`) });
    case 'notAGroup':
    case 'bareText':
    case 'noMatchingForm':
    case 'badId':
    case 'badColour':
    case 'badLanguageCode':
      return issue(code, { found: found.code === 'bareText' ? JSON.stringify('text' in found.params.found ? found.params.found.text : '') : foundText(found.params.found) });
    case 'badForm':
      return issue(code, { pattern: found.params.pattern ?? '', found: foundText(found.params.found) });
    case 'missingKey':
      return issue(code, { name: name(found.params.key), expected: expected(found.params.expected, found.params.range) });
    case 'wrongType':
      return issue(code, { expected: expected(found.params.expected, found.params.range), found: foundText(found.params.found) });
    case 'emptyList':
      return issue(code, { count: found.params.count === undefined ? '' : w('part.foundCount', { count: found.params.count }) });
    case 'tooFewItems':
    case 'tooManyItems': {
      const limit = found.code === 'tooFewItems' ? found.params.min : found.params.max;
      return issue(code, { count: limit, found: found.params.count === undefined ? '' : w('part.foundCount', { count: found.params.count }) });
    }
    case 'emptyText':
      return found.params.language === undefined ? issue('emptyText') : issue('emptyLanguageText', { language: found.params.language });
    case 'textTooShort':
    case 'textTooLong':
    case 'notMultipleOf':
      return issue(code, { ...p, found: foundText(found.params.found) });
    case 'numberOutOfRange':
      return issue(code, { range: range(found.params.range, found.params.exclusive), found: foundText(found.params.found) });
    case 'keyNotAllowed':
      return issue(code, { key: found.params.key, form: found.params.form === undefined ? '' : w(`part.keyForm.${found.params.form}`) });
    case 'unknownKey': {
      const { key, allowed, suggestion } = found.params;
      const tail = suggestion !== undefined ? hint(suggestion) : allowed.length > 0 ? w('part.keysAllowed', { allowed: allowed.join(', ') }) : '';
      return issue(code, { key, hint: tail });
    }
    case 'valueNotAllowed':
    case 'unknownKind':
      return issue(code, { ...p, found: foundText(found.params.found), allowed: list(found.params.allowed), hint: hint(found.params.suggestion) });
    case 'choiceMissing':
      return issue(code, { name: name(found.params.key), allowed: list(found.params.allowed) });
    case 'kindMissing':
      return issue(code, { field: found.params.field, allowed: list(found.params.allowed) });
    case 'duplicateId':
      return issue(code, { what: w(`what.${found.params.what}`), id: found.params.id, number: found.params.firstIndex + 1 });
    case 'roleIdReservedWord':
      return issue(code, { id: found.params.id, words: list(found.params.words) });
    case 'undeclaredLanguage':
      return issue(code, { language: found.params.language, declared: found.params.declared.join(', ') });
    case 'undefinedIssue':
    case 'undefinedRole':
    case 'undefinedCard':
    case 'undefinedIndicator':
    case 'undefinedEvent':
      return issue(code, { ...p, place: place(found.params.place), hint: hint(found.params.suggestion) });
    case 'unknownWho':
      return issue(code, { who: found.params.who, words: list(found.params.words), place: place(found.params.place), hint: hint(found.params.suggestion) });
    case 'optionOutOfRange':
      return issue(code, { ...p, options: counted('option', found.params.options), last: found.params.options - 1, place: place(found.params.place) });
    case 'unlockNotLocked':
      return issue(code, { ...p, place: place(found.params.place) });
    case 'unknownEvidence':
    case 'valuesForUnknownIssue':
    case 'noDealStartUnknownIssue':
      return issue(code, { ...p, hint: hint(found.params.suggestion) });
    case 'handLargerThanDeck':
      return issue(code, { ...p, deckSize: counted('card', found.params.deckSize) });
    case 'missingValues':
      return issue(code, { ...p, options: counted('number', found.params.options) });
    case 'wrongValueCount':
      return issue(code, { ...p, points: counted('point', found.params.points), options: counted('option', found.params.options) });
    case 'tooManyPackages':
      return issue(code, { ...p, optionCounts: found.params.optionCounts.join(w('part.times')) });
    case 'scheduledAfterLastRound':
    case 'tutorialAfterLastRound':
    case 'driftAfterLastRound':
    case 'injectionAfterLastRound':
      return issue(code, { ...p, rounds: counted('round', found.params.rounds) });
    case 'quizAnswerOutOfRange':
      return issue(code, { ...p, choices: counted('choice', found.params.choices), last: found.params.choices - 1 });
    case 'minSignatoriesTooMany':
      return issue(code, { ...p, voters: counted('role', found.params.voters) });
    default:
      return issue(code, p as Params);
  }
}

/** `line:column  path  words`, as the command line and the server's log show an error. */
export function levelErrorLine(error: LevelError, language = 'en'): string {
  return `${error.line}:${error.column}  ${formatPath(error.path)}  ${levelIssueText(error, language)}`;
}

/** One line: title, languages and the level's size, for the command line and logs. */
export function levelSummaryText(level: Level, language = 'en'): string {
  const w = (key: string, params: Params = {}): string => wording(language, key, params);
  const title = level.title[language] ?? level.title[level.languages[0] ?? ''] ?? Object.values(level.title)[0] ?? level.id;
  const voters = level.decision.voters.length;
  const packages = level.issues.reduce((n, issue) => n * issue.options.length, 1);
  return w('summary.line', {
    title,
    id: level.id,
    languages: level.languages.join(', '),
    roles: w('summary.role', { count: level.roles.length }),
    voters: w('summary.voter', { count: voters }),
    issues: w('summary.issue', { count: level.issues.length }),
    packages: w('summary.package', { count: packages }),
    cards: w('summary.card', { count: level.cards.length }),
    events: w('summary.event', { count: level.events.length }),
    rounds: w('summary.round', { count: level.rounds.count }),
    rule: w(`summary.rule.${level.decision.rule}`, { min: level.decision.minSignatories ?? 1, voters }),
  });
}
