/**
 * What the level validator can find wrong, as codes with parameters: the validator says what is
 * wrong and where; the edges word it (src/protocol/level-words.ts and its catalog for the command
 * line, the server and the browser). One entry per code; its parameters are what a message needs.
 * Adding a check: add its code here, its words to the catalog (a test holds the two equal).
 */
import type { LevelPath } from './path.js';

/** A value found where another was expected, described without words (the edge words it). */
export type FoundValue =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'list' }
  | { readonly kind: 'group' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string };

/** What a place in the file takes, as the schema says. */
export type ExpectedValue = 'number' | 'wholeNumber' | 'text' | 'trueOrFalse' | 'list' | 'group' | 'localText' | 'other';

/** The bounds of a number the schema allows (each side only when the schema sets it). */
export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  readonly whole: boolean;
}

/** Where a reference was made, for messages about something it names that does not exist. */
export type ReferencePlace =
  | { readonly in: 'card' | 'event' | 'deck' | 'higherIsBetterFor' | 'fact'; readonly id: string }
  | { readonly in: 'turnOrder' | 'voters' | 'perRole' | 'noDealStart' | 'drift' | 'coefficient' | 'teaching' };

export type ListedThing = 'role' | 'issue' | 'card' | 'event' | 'indicator' | 'source' | 'fact';

interface Suggesting {
  /** A known name close to the one written ("did you mean"), if any. */
  readonly suggestion?: string;
}

/** Every code and its parameters. */
export interface LevelIssueParams {
  // ---- reading the file (YAML)
  yamlUnclosedBracket: { readonly open: '{' | '['; readonly close: '}' | ']' };
  yamlDuplicateKey: { readonly key: string; readonly firstLine?: number };
  yamlMultipleDocuments: Record<string, never>;
  yamlBadIndentation: { readonly expectedColumn?: number };
  yamlTextWithColon: { readonly key: string; readonly text: string };
  yamlTab: Record<string, never>;
  /** Any other syntax error: yaml's own code and its (English, untranslated) detail. */
  yamlSyntax: { readonly yamlCode: string; readonly detail: string };
  yamlUnreadable: { readonly detail: string };
  // ---- the shape (schema)
  emptyFile: Record<string, never>;
  notAGroup: { readonly found: FoundValue };
  missingKey: { readonly key?: string; readonly expected: ExpectedValue; readonly range?: NumberRange };
  wrongType: { readonly expected: ExpectedValue; readonly found: FoundValue; readonly range?: NumberRange };
  bareText: { readonly found: FoundValue };
  emptyList: { readonly count?: number };
  tooFewItems: { readonly min: number; readonly count?: number };
  tooManyItems: { readonly max: number; readonly count?: number };
  emptyText: { readonly language?: string };
  textTooShort: { readonly min: number; readonly found: FoundValue };
  textTooLong: { readonly max: number; readonly found: FoundValue };
  numberOutOfRange: { readonly range: NumberRange; readonly found: FoundValue; readonly exclusive?: 'min' | 'max' };
  notMultipleOf: { readonly divisor: number; readonly found: FoundValue };
  badId: { readonly found: FoundValue };
  badColour: { readonly found: FoundValue };
  badLanguageCode: { readonly found: FoundValue };
  badForm: { readonly pattern?: string; readonly found: FoundValue };
  keyNotAllowed: { readonly key: string; readonly form?: 'id' | 'languageCode' };
  unknownKey: { readonly key: string; readonly allowed: readonly string[] } & Suggesting;
  valueNotAllowed: { readonly found: FoundValue; readonly allowed: readonly string[] } & Suggesting;
  choiceMissing: { readonly key?: string; readonly allowed: readonly string[] };
  unknownKind: { readonly field: string; readonly found: FoundValue; readonly allowed: readonly string[] } & Suggesting;
  kindMissing: { readonly field: string; readonly allowed: readonly string[] };
  noMatchingForm: { readonly found: FoundValue };
  /** A schema check with no words of its own here: zod's (English) message. */
  otherShape: { readonly detail: string };
  // ---- meaning: ids and names
  duplicateId: { readonly what: ListedThing; readonly id: string; readonly firstIndex: number };
  roleIdReservedWord: { readonly id: string; readonly words: readonly string[] };
  roleIdReservedName: { readonly id: string };
  // ---- meaning: languages and texts
  languageTwice: { readonly language: string };
  missingLanguageText: { readonly language: string };
  undeclaredLanguage: { readonly language: string; readonly declared: readonly string[] };
  // ---- meaning: references
  undefinedIssue: { readonly issue: string; readonly place: ReferencePlace } & Suggesting;
  undefinedRole: { readonly role: string; readonly place: ReferencePlace } & Suggesting;
  undefinedCard: { readonly card: string; readonly place: ReferencePlace } & Suggesting;
  undefinedIndicator: { readonly indicator: string; readonly place: ReferencePlace } & Suggesting;
  optionOutOfRange: { readonly issue: string; readonly option: number; readonly options: number; readonly place: ReferencePlace };
  unknownEvidence: { readonly id: string; readonly source: string } & Suggesting;
  localEvidenceNotGiven: { readonly file: string };
  localFactIsShared: { readonly id: string; readonly source: string };
  ownFactInFile: { readonly id: string; readonly file: string };
  // ---- the evidence base's own references (seeds/evidence.yaml)
  undefinedSource: { readonly source: string; readonly fact: string };
  undefinedTheme: { readonly theme: string; readonly fact: string };
  undefinedFact: { readonly fact: string; readonly contestedBy: string };
  factContestsItself: { readonly fact: string };
  undefinedReplacement: { readonly fact: string; readonly replaces: string };
  factReplacesItself: { readonly fact: string };
  // ---- meaning: roles
  noPlayableRole: Record<string, never>;
  handLargerThanDeck: { readonly role: string; readonly handSize: number; readonly deckSize: number };
  missingValues: { readonly role: string; readonly issue: string; readonly options: number };
  wrongValueCount: { readonly role: string; readonly issue: string; readonly points: number; readonly options: number };
  valuesForUnknownIssue: { readonly role: string; readonly key: string } & Suggesting;
  // ---- meaning: issues
  lockedNeverUnlocked: { readonly issue: string; readonly option: number };
  tooManyPackages: { readonly packages: number; readonly optionCounts: readonly number[]; readonly max: number };
  // ---- meaning: effects of cards and events
  eventWhoSelfOrTarget: { readonly who: string; readonly event: string };
  unknownWho: { readonly who: string; readonly place: ReferencePlace; readonly words: readonly string[] } & Suggesting;
  unlockNotLocked: { readonly issue: string; readonly option: number; readonly place: ReferencePlace };
  eventCannotReveal: { readonly event: string };
  eventCannotDraw: { readonly event: string };
  targetWithoutNeedsTarget: { readonly card: string };
  needsTargetUnused: { readonly card: string };
  // ---- meaning: events' triggers
  scheduledWithoutRound: { readonly event: string; readonly rounds: number };
  scheduledAfterLastRound: { readonly event: string; readonly round: number; readonly rounds: number };
  scheduledWithChance: { readonly event: string };
  randomWithoutChance: { readonly event: string };
  randomWithRound: { readonly event: string };
  injectedWithRound: { readonly event: string };
  injectedWithChance: { readonly event: string };
  // ---- meaning: rounds, tutorial, no deal
  tutorialAfterLastRound: { readonly round: number; readonly rounds: number };
  turnOrderTwice: { readonly role: string };
  turnOrderMissing: { readonly role: string };
  noDealStartMissing: { readonly issue: string };
  noDealStartUnknownIssue: { readonly key: string } & Suggesting;
  driftAfterLastRound: { readonly round: number; readonly rounds: number };
  driftPartiesAreEveryone: { readonly roles: number };
  // ---- meaning: the decision
  voterTwice: { readonly role: string };
  voterWithoutVote: { readonly role: string };
  votingRoleNotVoter: { readonly role: string };
  plurilateralWithoutMin: { readonly voters: number };
  minSignatoriesTooMany: { readonly min: number; readonly voters: number };
  minSignatoriesNotPlurilateral: { readonly rule: string };
  // ---- meaning: the impact model
  indicatorMinNotBelowMax: { readonly indicator: string; readonly min: number; readonly max: number };
  indicatorStartOutside: { readonly indicator: string; readonly start: number; readonly min: number; readonly max: number };
  // ---- meaning: the teaching block
  undefinedEvent: { readonly event: string; readonly place: ReferencePlace } & Suggesting;
  injectionNotFacilitatorEvent: { readonly event: string; readonly trigger: 'scheduled' | 'random' };
  injectionAfterLastRound: { readonly round: number; readonly rounds: number };
  quizAnswerOutOfRange: { readonly answer: number; readonly choices: number };
}

export type LevelIssueCode = keyof LevelIssueParams;

/** One problem: its code and parameters. */
export type LevelIssue = { [C in LevelIssueCode]: { readonly code: C; readonly params: LevelIssueParams[C] } }[LevelIssueCode];

/** A problem at a place in the level's data (a path like `['roles', 1, 'values']`). */
export type PathIssue = LevelIssue & { readonly path: LevelPath };

/** A problem located in the file: its path, line and column (1-based). */
export type LevelError = PathIssue & { readonly line: number; readonly column: number };

/** An issue of one code, its parameters checked against the code. */
export function issue<C extends LevelIssueCode>(code: C, params: LevelIssueParams[C]): LevelIssue {
  return { code, params } as LevelIssue;
}

/** Every code, for the catalog test (a record keeps the list complete by construction). */
const CODES: Record<LevelIssueCode, true> = {
  yamlUnclosedBracket: true, yamlDuplicateKey: true, yamlMultipleDocuments: true, yamlBadIndentation: true, yamlTextWithColon: true, yamlTab: true,
  yamlSyntax: true, yamlUnreadable: true, emptyFile: true, notAGroup: true, missingKey: true, wrongType: true, bareText: true, emptyList: true,
  tooFewItems: true, tooManyItems: true, emptyText: true, textTooShort: true, textTooLong: true, numberOutOfRange: true, notMultipleOf: true,
  badId: true, badColour: true, badLanguageCode: true, badForm: true, keyNotAllowed: true, unknownKey: true, valueNotAllowed: true,
  choiceMissing: true, unknownKind: true, kindMissing: true, noMatchingForm: true, otherShape: true, duplicateId: true,
  roleIdReservedWord: true, roleIdReservedName: true, languageTwice: true, missingLanguageText: true, undeclaredLanguage: true,
  undefinedIssue: true, undefinedRole: true, undefinedCard: true, undefinedIndicator: true, optionOutOfRange: true, unknownEvidence: true, localEvidenceNotGiven: true, localFactIsShared: true, ownFactInFile: true,
  undefinedSource: true, undefinedTheme: true, undefinedFact: true, factContestsItself: true, undefinedReplacement: true, factReplacesItself: true,
  noPlayableRole: true, handLargerThanDeck: true, missingValues: true, wrongValueCount: true, valuesForUnknownIssue: true,
  lockedNeverUnlocked: true, tooManyPackages: true, eventWhoSelfOrTarget: true, unknownWho: true, unlockNotLocked: true,
  eventCannotReveal: true, eventCannotDraw: true, targetWithoutNeedsTarget: true, needsTargetUnused: true, scheduledWithoutRound: true,
  scheduledAfterLastRound: true, scheduledWithChance: true, randomWithoutChance: true, randomWithRound: true, injectedWithRound: true,
  injectedWithChance: true, tutorialAfterLastRound: true, turnOrderTwice: true, turnOrderMissing: true, noDealStartMissing: true,
  noDealStartUnknownIssue: true, driftAfterLastRound: true, driftPartiesAreEveryone: true, voterTwice: true, voterWithoutVote: true, votingRoleNotVoter: true,
  plurilateralWithoutMin: true, minSignatoriesTooMany: true, minSignatoriesNotPlurilateral: true, indicatorMinNotBelowMax: true,
  indicatorStartOutside: true, undefinedEvent: true, injectionNotFacilitatorEvent: true, injectionAfterLastRound: true,
  quizAnswerOutOfRange: true,
};

export const LEVEL_ISSUE_CODES: readonly LevelIssueCode[] = Object.keys(CODES) as LevelIssueCode[];
