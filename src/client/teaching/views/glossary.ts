/** The glossary (with sources) and the level's reading list (per issue and per side, rival claims side by side). */
import type { Fact } from '../../../engine/evidence/schema.js';
import { h } from '../../ui/dom.js';
import { readingList } from '../reading.js';
import { issueName, lt, pageTitle, roleName, section, sourcesList, type KitContext } from './context.js';

export function glossaryView(ctx: KitContext): HTMLElement {
  const terms = [...ctx.glossary.terms].sort((a, b) => lt(ctx, a.term).localeCompare(lt(ctx, b.term)));
  return h(
    'article',
    { class: 'kit-page', testid: 'kit-glossary' },
    h('h1', {}, ctx.t('glossary.heading')),
    h('p', {}, ctx.t('glossary.intro')),
    h(
      'dl',
      { class: 'glossary' },
      ...terms.flatMap((term) => [
        h('dt', { id: `term-${term.id}` }, lt(ctx, term.term)),
        h('dd', {}, h('p', {}, lt(ctx, term.definition)), sourcesList(ctx, term.evidence), term.references.length ? h('ul', { class: 'sources' }, ...term.references.map((r) => h('li', {}, h('cite', {}, r)))) : null),
      ]),
    ),
  );
}

function factItem(ctx: KitContext, fact: Fact | undefined): HTMLElement | null {
  if (!fact) return null;
  const source = ctx.evidence?.sources.find((s) => s.id === fact.source);
  const note = source ? ctx.sourceNotes[source.id] : undefined;
  return h(
    'li',
    { 'data-evidence': fact.id },
    h('p', {}, lt(ctx, fact.text)),
    source ? h('p', { class: 'muted' }, h('cite', {}, ctx.t('note.source', { title: source.title, author: source.author, year: source.year })), note ? ` · ${ctx.t(`reading.kind.${note.kind}`)}: ${lt(ctx, note.note)}` : '') : null,
  );
}

export function readingView(ctx: KitContext): HTMLElement {
  const base = ctx.evidence;
  const article = h('article', { class: 'kit-page', testid: 'kit-reading' }, ...pageTitle(ctx, ctx.t('reading.heading')), h('p', {}, ctx.t('reading.intro')));
  if (!base) return article;
  const fact = (id: string): Fact | undefined => base.facts.find((f) => f.id === id);
  const list = readingList(ctx.level, base);
  for (const issue of list.issues) {
    article.append(
      section(
        issueName(ctx, issue.issue),
        `reading-${issue.issue}`,
        ...issue.sides.map((side) => h('div', { class: 'side' }, h('h3', {}, roleName(ctx, side.role)), h('ul', { class: 'facts' }, ...side.facts.map((id) => factItem(ctx, fact(id)))))),
        issue.background.length ? h('div', { class: 'side' }, h('h3', {}, ctx.t('reading.background')), h('ul', { class: 'facts' }, ...issue.background.map((id) => factItem(ctx, fact(id))))) : null,
        issue.rivals.length
          ? h('div', { class: 'rivals', testid: `rivals-${issue.issue}` }, h('h3', {}, ctx.t('reading.rivals')), ...issue.rivals.map(([a, b]) => h('div', { class: 'pair' }, h('ul', { class: 'facts' }, factItem(ctx, fact(a))), h('p', { class: 'versus' }, ctx.t('reading.versus')), h('ul', { class: 'facts' }, factItem(ctx, fact(b))))))
          : null,
      ),
    );
  }
  article.append(section(ctx.t('reading.cases'), 'reading-cases', ...list.cases.map((side) => h('div', { class: 'side' }, h('h3', {}, roleName(ctx, side.role)), sourcesList(ctx, side.facts, true)))));
  return article;
}
