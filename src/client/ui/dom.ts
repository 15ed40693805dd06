/** A tiny element builder: text always goes in as textContent (never HTML), so level texts cannot inject markup. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'class') el.className = String(value);
    else if (key === 'testid') el.setAttribute('data-testid', String(value));
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/**
 * One of the generated icons (assets/generated), decorative: the text beside it says the same.
 * Only names listed in the manifest are used, so a missing file never costs a failed request.
 */
let iconFiles: Readonly<Record<string, string>> = {};
export function setIcons(images: Readonly<Record<string, string>>): void {
  iconFiles = images;
}
export function icon(name: string, fallback?: string): HTMLImageElement | null {
  const src = iconFiles[name] ?? (fallback ? iconFiles[fallback] : undefined);
  return src ? h('img', { src, alt: '', 'aria-hidden': 'true', class: 'icon', width: 20, height: 20 }) : null;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Move focus to the first element matching `selector` inside `root` (or the root's heading). */
export function focusFirst(root: ParentNode, selector = 'h1, h2, [autofocus]'): void {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) return;
  if (!el.hasAttribute('tabindex') && !/^(BUTTON|INPUT|SELECT|TEXTAREA|A)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

export function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${r}` : String(r);
}
