/**
 * What every view of the kit is drawn from: the level (validated by the engine's validator), its
 * answer key, the evidence base, the glossary and the source notes, and words for ids. Helpers
 * here turn ids into the level's texts in the chosen language, and evidence ids into sources.
 */
import type { TFunction } from 'i18next';
import type { EvidenceBase } from '../../../engine/evidence/schema.js';
import type { LevelModel } from '../../../engine/level/model.js';
import type { Level, LocalText } from '../../../engine/level/schema.js';
import { h } from '../../ui/dom.js';
import type { AnswerKey } from '../answer-key.js';
import type { BotOutcomes } from '../bot-outcomes.js';
import type { Glossary, SourceNotes } from '../kit-data.js';

export interface KitContext {
  readonly t: TFunction;
  readonly lang: string;
  readonly level: Level;
  readonly model: LevelModel;
  readonly key: AnswerKey;
  readonly evidence: EvidenceBase | null;
  readonly glossary: Glossary;
  readonly sourceNotes: SourceNotes;
  readonly params: URLSearchParams;
  /** Bot self-play for the answer key, started on first ask (in a worker), then shared. */
  readonly botOutcomes: (onProgress: (done: number, games: number) => void) => Promise<BotOutcomes>;
}

export const SIMULATION_GAMES = 400;
export const SIMULATION_SEED = 2024;

export function lt(ctx: KitContext, text: LocalText | Readonly<Record<string, string>> | undefined): string {
  if (!text) return '';
  return text[ctx.lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

export function roleName(ctx: KitContext, id: string): string {
  const role = ctx.level.roles.find((r) => r.id === id);
  return role ? lt(ctx, role.name) : id;
}

export function issueName(ctx: KitContext, id: string): string {
  const issue = ctx.level.issues.find((i) => i.id === id);
  return issue ? lt(ctx, issue.name) : id;
}

export function optionLabel(ctx: KitContext, issueId: string, option: number): string {
  const issue = ctx.level.issues.find((i) => i.id === issueId);
  return lt(ctx, issue?.options[option]?.label) || String(option);
}

export function cardName(ctx: KitContext, id: string): string {
  return lt(ctx, ctx.level.cards.find((c) => c.id === id)?.name) || id;
}

export function eventName(ctx: KitContext, id: string): string {
  return lt(ctx, ctx.level.events.find((e) => e.id === id)?.name) || id;
}

/** "Issue: option; issue: option" for a package in issue order. */
export function packageText(ctx: KitContext, pkg: readonly number[]): string {
  return ctx.level.issues.map((issue, i) => `${lt(ctx, issue.name)}: ${optionLabel(ctx, issue.id, pkg[i] ?? 0)}`).join('; ');
}

/** A package as a list: each issue's name, then the option in bold. */
export function packageList(ctx: KitContext, pkg: readonly number[]): HTMLElement {
  return h('ul', { class: 'package-list' }, ...ctx.level.issues.map((issue, i) => h('li', {}, `${lt(ctx, issue.name)}: `, h('strong', {}, optionLabel(ctx, issue.id, pkg[i] ?? 0)))));
}

export const pct = (x: number): string => `${Math.round(x * 100)}%`;
export const num = (x: number): string => String(Math.round(x * 10) / 10);

/** One source line per evidence id: the fact's source, author and year, and what kind of source it is. */
export function sourcesList(ctx: KitContext, ids: readonly string[], withText = false): HTMLElement | null {
  if (ids.length === 0 || !ctx.evidence) return null;
  const base = ctx.evidence;
  const items = ids.map((id) => {
    const fact = base.facts.find((f) => f.id === id);
    const source = base.sources.find((s) => s.id === fact?.source);
    if (!fact || !source) return h('li', {}, id);
    const kind = ctx.sourceNotes[source.id]?.kind;
    return h(
      'li',
      { 'data-evidence': id },
      withText ? h('span', {}, `${lt(ctx, fact.text)} `) : null,
      h('cite', {}, ctx.t('note.source', { title: source.title, author: source.author, year: source.year })),
      kind ? h('span', { class: 'source-kind' }, ` · ${ctx.t(`reading.kind.${kind}`)}`) : null,
      h('span', { class: 'locator' }, ` · ${fact.locator}`),
    );
  });
  return h('ul', { class: 'sources' }, ...items);
}

/** The page's heading: what part of the kit this is, then the level's title. */
export function pageTitle(ctx: KitContext, part: string): HTMLElement[] {
  return [h('p', { class: 'kicker' }, part), h('h1', {}, lt(ctx, ctx.level.title))];
}

export function section(title: string, id: string, ...children: (Node | null | string)[]): HTMLElement {
  return h('section', { class: 'kit-section', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}
