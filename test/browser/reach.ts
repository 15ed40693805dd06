/**
 * Can every enabled control on the page be brought fully into view by the scrolling a person can do?
 * A person scrolls containers whose overflow is `auto` or `scroll` (and the page), never a
 * container with `overflow: hidden` or `clip`. For each control the check scrolls only such
 * containers (innermost first, as a finger would), then asks whether the control's box lies inside
 * the viewport and inside every clipping ancestor. Returns the controls that cannot be reached.
 */
import type { Page } from 'playwright-core';

const PROBE = `((within) => {
  const unreachable = [];
  const root = within ? document.querySelector(within) : document;
  const controls = root ? [...root.querySelectorAll('button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])')] : [];
  const scrollable = (el) => {
    const s = getComputedStyle(el);
    return /(auto|scroll)/.test(s.overflowY + s.overflowX) && (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth);
  };
  const clips = (el) => { const s = getComputedStyle(el); return s.overflowX !== 'visible' || s.overflowY !== 'visible'; };
  for (const el of controls) {
    const style = getComputedStyle(el);
    const r0 = el.getBoundingClientRect();
    if (style.visibility === 'hidden' || (r0.width === 0 && r0.height === 0)) continue; // not shown (e.g. a hidden issue)
    // Operated through another control (a file input behind its button), never by a person directly.
    if (el.closest('[aria-hidden="true"]') && el.getAttribute('tabindex') === '-1') continue;
    // A panel made focusable so a keyboard can scroll it is read by scrolling, not tapped (on a phone
    // it may be taller than the screen).
    if (el.matches('[tabindex]:not(button, input, select, a, summary)') && (scrollable(el) || r0.height > innerHeight)) continue;
    const saved = [];
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (!scrollable(a)) continue;
      saved.push([a, a.scrollTop, a.scrollLeft]);
      const r = el.getBoundingClientRect(), c = a.getBoundingClientRect();
      // A finger brings the control to the middle of what it scrolls (clear of sticky bars at the edges).
      a.scrollTop += (r.top + r.bottom) / 2 - (c.top + c.bottom) / 2;
      a.scrollLeft += (r.left + r.right) / 2 - (c.left + c.right) / 2;
    }
    // Then the page itself, unless the page does not scroll (html or body with overflow hidden).
    const page = document.scrollingElement;
    const pageScrolls = page && page.scrollHeight > page.clientHeight && ![document.documentElement, document.body].some((e) => /(hidden|clip)/.test(getComputedStyle(e).overflowY));
    const pageAt = [scrollX, scrollY];
    if (pageScrolls) {
      const r = el.getBoundingClientRect();
      scrollBy(0, (r.top + r.bottom) / 2 - innerHeight / 2);
    }
    const r = el.getBoundingClientRect();
    let ok = r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
    for (let a = el.parentElement; a && ok; a = a.parentElement) {
      if (!clips(a)) continue;
      const c = a.getBoundingClientRect();
      if (r.left < c.left - 1 || r.top < c.top - 1 || r.right > c.right + 1 || r.bottom > c.bottom + 1) ok = false;
    }
    if (ok) {
      // Not covered by something else (the action bar over the body, a sheet).
      const x = Math.min(innerWidth - 1, Math.max(0, (r.left + r.right) / 2)), y = Math.min(innerHeight - 1, Math.max(0, (r.top + r.bottom) / 2));
      const top = document.elementFromPoint(x, y);
      const target = el.closest('label') ?? el;
      if (top && !target.contains(top) && !top.contains(target)) ok = false;
    }
    if (!ok) unreachable.push((el.dataset.testid || el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40));
    for (const [a, t, l] of saved.reverse()) { a.scrollTop = t; a.scrollLeft = l; }
    if (pageScrolls) scrollTo(pageAt[0], pageAt[1]);
  }
  return unreachable;
})`;

/** `within`: a selector; only the controls inside it are checked (an open sheet, say). */
export async function unreachableControls(page: Page, within?: string): Promise<string[]> {
  return page.evaluate(`${PROBE}(${JSON.stringify(within ?? null)})`) as Promise<string[]>;
}
