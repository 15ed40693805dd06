/**
 * SVG building blocks shared by every picture: number formatting (so output is byte-stable), the
 * document wrapper, placing a 100-unit glyph, and a few shape helpers.
 */

export interface ImageAsset {
  key: string;
  name: string;
  width: number;
  height: number;
  svg: string;
}

/** Format a number compactly and deterministically. */
export function n(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export function svgDoc(w: number, h: number, body: string, defs = ''): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">\n` +
    (defs ? `<defs>${defs}</defs>\n` : '') +
    body +
    `\n</svg>\n`
  );
}

/** Place a 100-unit glyph centred at (cx, cy) with the given size in pixels. */
export function place(glyph: string, cx: number, cy: number, size: number): string {
  const s = size / 100;
  return `<g transform="translate(${n(cx - size / 2)} ${n(cy - size / 2)}) scale(${n(s)})">${glyph}</g>`;
}

/** Points on a circle, for stars, gears and the like. */
export function polar(cx: number, cy: number, r: number, deg: number): [number, number] {
  const a = (deg * Math.PI) / 180;
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
}

export function pts(list: Array<[number, number]>): string {
  return list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, w: number, cap = 'round'): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(w)}" stroke-linecap="${cap}"/>`;
}

export function stroked(d: string, stroke: string, w: number, extra = ''): string {
  return `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n(w)}" stroke-linecap="round" stroke-linejoin="round"${extra}/>`;
}
