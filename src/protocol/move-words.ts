/**
 * The players' move reasons in words (move-words.en.json and its translations, i18next's format):
 * the engine rebuilds why each move made sense by the mover's own figures (engine/move-reasons.ts)
 * as codes with parameters; this words them with the level's names, addressed to the reader when it
 * is the reader's own seat ("You accepted #3: it gave you 62 points, 14 more than the 48 walking
 * away was worth to you then") and about the seat otherwise ("Developing delegation accepted #3…").
 */
import { catalogsFor, type ProtocolCatalogs } from './languages.js';
import type { MoveEffect, MoveReason } from '../engine/move-reasons.js';
import { catalogText } from './change-words.js';
import { BY_ID, type Naming } from './engine-words.js';

export type MoveWordsCatalog = ProtocolCatalogs['move'];

/** The catalog for a language (English for one it does not have). */
export function moveWords(language: string): MoveWordsCatalog {
  return catalogsFor(language).move;
}

/** Who reads: the seat itself ("you") or anyone else (the seat named). */
export type MoveVoice = 'you' | 'seat';

/** Names the reason's words need beyond the Naming: a seat's resource name. */
export type ResourceName = (role: string) => string;

function str(value: string | number | undefined): string {
  return value === undefined ? '' : String(value);
}

function effectText(effect: MoveEffect, voice: MoveVoice, mover: string, naming: Naming, resource: ResourceName, catalog: MoveWordsCatalog): string {
  const p = effect.params;
  const issue = typeof p.issue === 'string' ? p.issue : undefined;
  return catalogText(catalog, `${voice}.effect.${effect.code}`, {
    ...p,
    issue: issue === undefined ? '' : naming.issue(issue),
    option: issue !== undefined && typeof p.option === 'number' ? naming.option(issue, p.option) : '',
    target: typeof p.target === 'string' ? p.target.split('\n').map((r) => naming.role(r)).join(', ') : '',
    resource: resource(mover),
  });
}

/**
 * A card that moves several seats' values on one issue is said once ("it changed what A, B and C
 * value on …"): the same effect on the same issue, its targets joined.
 */
function grouped(effects: readonly MoveEffect[]): MoveEffect[] {
  const out: MoveEffect[] = [];
  for (const e of effects) {
    const same = e.code === 'otherValues' ? out.find((o) => o.code === 'otherValues' && o.params.issue === e.params.issue) : undefined;
    if (same) out[out.indexOf(same)] = { code: same.code, params: { ...same.params, target: `${String(same.params.target)}\n${String(e.params.target)}` } };
    else out.push(e);
  }
  return out;
}

/** One move's reason as a sentence (or two: the move, then what it did). */
export function moveReasonText(reason: MoveReason, voice: MoveVoice, naming: Naming = BY_ID, resource: ResourceName = () => '', catalog: MoveWordsCatalog = moveWords('en')): string {
  const p = reason.params;
  const w = (key: string, params: Record<string, unknown> = {}): string => catalogText(catalog, key, params);
  const value = typeof p.value === 'number' ? p.value : null;
  const walkAway = str(p.walkAway);
  const compare = value === null ? '' : value === p.walkAway ? w('part.same', { walkAway }) : w(`part.${value > Number(p.walkAway) ? 'more' : 'less'}`, { gap: str(p.gap), walkAway });
  const effects = grouped(reason.effects).map((e) => effectText(e, voice, reason.role, naming, resource, catalog));
  const move = w(`${voice}.${reason.code}`, {
    ...p,
    role: naming.role(reason.role),
    card: typeof p.card === 'string' ? naming.card(p.card) : '',
    on: typeof p.target === 'string' ? w('part.on', { target: naming.role(p.target) }) : '',
    compare,
  });
  if (reason.code === 'card') return effects.length === 0 ? w('part.cardPlain', { move }) : w('part.cardEffects', { move, effects: effects.join(w('part.and')) });
  return effects.length === 0 ? move : w('part.also', { move, effects: effects.join(w('part.and')) });
}
