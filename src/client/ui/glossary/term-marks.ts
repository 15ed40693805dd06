/**
 * In-text glossary explanations: the glossary's terms in a screen's text become buttons
 * ("moratorium" with a dotted underline) that open a short explanation in the player's language.
 * Only the DOM parts are marked (the Phaser canvas draws its own text and is left alone), and only
 * where a screen asks, block by block, each term once per block.
 *
 * The explanation is one popover for the page: a non-modal dialog placed by the term, kept inside
 * the viewport (360 px phones included), closed by its button, Escape (focus goes back to the
 * term), or a tap elsewhere. A mouse opens it by hovering too; touch and keyboard open it by tap,
 * Enter or Space, since phones have no hover.
 */
import type { App } from '../../app.js';
import { h } from '../dom.js';
import './terms.css';
import { explanation, termIndex } from './glossary-data.js';
import { findTerms } from './term-finder.js';

/** Where a term is never made a button: controls, marks already made, tags and the like. */
const SKIP = 'button, [role="button"], select, option, input, textarea, script, style, .term, .tag, .tags, [data-no-terms]';

const POPOVER_ID = 'term-popover';
let popover: HTMLElement | null = null;
let anchor: HTMLElement | null = null;
let openedByHover = false;
let hoverTimer: ReturnType<typeof setTimeout> | undefined;
let closeLabel = 'Close';
const marked = new WeakSet<Element>();

/** Marks the terms in every element matching `blocks` inside `root` (and `root` itself if it matches). */
export function markTerms(root: Element, blocks: string, language: string): void {
  const index = termIndex(language);
  if (index.forms.length === 0) return;
  const targets = [...(root.matches(blocks) ? [root] : []), ...root.querySelectorAll(blocks)];
  for (const block of targets) {
    // Marking again (a redraw, a card opened) leaves the terms already marked as they are.
    const seen = new Set([...block.querySelectorAll<HTMLElement>('.term')].map((el) => el.dataset.term ?? ''));
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && !parent.closest(SKIP) && !folded(parent)) nodes.push(n as Text);
    }
    for (const node of nodes) {
      const text = node.data;
      const found = findTerms(text, index, seen);
      if (found.length === 0) continue;
      const parts: (Node | string)[] = [];
      let at = 0;
      for (const m of found) {
        if (m.start > at) parts.push(text.slice(at, m.start));
        parts.push(termButton(m.id, m.text, language));
        at = m.end;
      }
      if (at < text.length) parts.push(text.slice(at));
      node.replaceWith(...parts);
    }
  }
}

/** Inside a closed <details> (not its summary): hidden, so not marked until it opens (see the toggle below). */
function folded(el: Element): boolean {
  const details = el.closest('details');
  return !!details && !details.open && !el.closest('summary');
}

/** Marks terms on a screen and closes the explanation when the screen is left. */
export function explainTerms(app: App, root: Element, blocks: string): void {
  closeLabel = app.t('glossary.close');
  markTerms(root, blocks, app.setup.language);
  // A block shown in full only when opened (a card's text) gets its marks when it opens.
  if (!marked.has(root)) {
    marked.add(root);
    root.addEventListener('toggle', () => markTerms(root, blocks, app.setup.language), true);
  }
  if (!app.cleanup.includes(closeTermPopover)) app.cleanup.push(closeTermPopover);
}

/**
 * A term as an inline control: a span with the button role rather than a <button>, because a
 * button cannot break across lines and a long term ("moratorium on customs duties on electronic
 * transmissions") must wrap with the sentence round it. Focusable, and Enter or Space opens it.
 */
function termButton(id: string, words: string, language: string): HTMLElement {
  // A short term stays on one line (one box to tap); a long one wraps with its sentence.
  const button = h('span', { role: 'button', tabindex: 0, class: words.length <= 28 ? 'term short' : 'term', 'data-term': id, 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': POPOVER_ID, testid: `term-${id}` }, words);
  const toggle = (e: Event): void => {
    // A term inside a label or a card's summary must not also pick the option or fold the card.
    e.preventDefault();
    e.stopPropagation();
    if (anchor === button && !openedByHover) closeTermPopover();
    else openTermPopover(button, id, language, false);
  };
  button.addEventListener('click', toggle);
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') toggle(e);
  });
  button.addEventListener('pointerenter', (e) => {
    if (e.pointerType !== 'mouse' || (popover && !openedByHover)) return;
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => openTermPopover(button, id, language, true), 250);
  });
  button.addEventListener('pointerleave', (e) => {
    if (e.pointerType !== 'mouse') return;
    clearTimeout(hoverTimer);
    if (openedByHover) hoverTimer = setTimeout(() => !popover?.matches(':hover') && closeTermPopover(), 300);
  });
  return button;
}

function openTermPopover(button: HTMLElement, id: string, language: string, hover: boolean): void {
  const words = explanation(id, language);
  if (!words) return;
  closeTermPopover();
  anchor = button;
  openedByHover = hover;
  const close = h('button', { type: 'button', class: 'secondary term-close', testid: 'term-close', 'aria-label': closeLabel, onclick: () => closeTermPopover(true) }, '×');
  popover = h(
    'div',
    { id: POPOVER_ID, class: 'term-popover', role: 'dialog', 'aria-labelledby': `${POPOVER_ID}-name`, tabindex: -1, testid: 'term-popover', lang: language },
    h('div', { class: 'term-head' }, h('strong', { id: `${POPOVER_ID}-name` }, words.name), close),
    h('p', {}, words.definition),
  );
  popover.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse' && openedByHover) closeTermPopover();
  });
  document.body.append(popover);
  button.setAttribute('aria-expanded', 'true');
  place(popover, button);
  document.addEventListener('pointerdown', onOutside, true);
  document.addEventListener('keydown', onKey, true);
  if (!hover) popover.focus({ preventScroll: true });
}

/** Below the term if it fits, else above it; never past the viewport's edges. */
function place(box: HTMLElement, by: HTMLElement): void {
  const r = by.getBoundingClientRect();
  const margin = 8;
  const width = box.offsetWidth;
  const height = box.offsetHeight;
  const left = Math.max(margin, Math.min(r.left, window.innerWidth - width - margin));
  const below = r.bottom + 6;
  const top = below + height + margin <= window.innerHeight ? below : Math.max(margin, r.top - height - 6);
  box.style.left = `${Math.round(left)}px`;
  box.style.top = `${Math.round(top)}px`;
}

function onOutside(e: Event): void {
  const target = e.target as Node | null;
  if (!target || popover?.contains(target)) return;
  // A tap on a term opens that term (its click does); anything else just closes.
  if (target instanceof Element && target.closest('.term')) return;
  closeTermPopover();
}

function onKey(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || !popover) return;
  e.stopPropagation();
  closeTermPopover(true);
}

/** Closes the explanation; `refocus` sends focus back to its term (or the same term after a redraw). */
export function closeTermPopover(refocus = false): void {
  clearTimeout(hoverTimer);
  document.removeEventListener('pointerdown', onOutside, true);
  document.removeEventListener('keydown', onKey, true);
  const was = anchor;
  popover?.remove();
  popover = null;
  anchor = null;
  openedByHover = false;
  if (!was) return;
  was.setAttribute('aria-expanded', 'false');
  if (!refocus) return;
  const target = was.isConnected ? was : document.querySelector<HTMLElement>(`.term[data-term="${was.dataset.term ?? ''}"]`);
  target?.focus({ preventScroll: true });
}
