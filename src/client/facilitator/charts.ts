/**
 * Small SVG charts for the cross-table debrief, drawn by hand (no chart library): grouped bars
 * with a zero line, labelled axes and a text alternative, readable on a projector.
 */
const SVG = 'http://www.w3.org/2000/svg';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface BarGroup {
  readonly label: string;
  /** One value per series, in series order. */
  readonly values: readonly number[];
}

export interface GroupedBarsOptions {
  readonly title: string;
  readonly series: readonly { readonly label: string; readonly colour?: string }[];
  readonly groups: readonly BarGroup[];
  readonly width?: number;
  readonly height?: number;
  readonly format?: (n: number) => string;
}

const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

/** Vertical grouped bars (negative values below the zero line). */
export function groupedBars(options: GroupedBarsOptions): SVGSVGElement {
  const width = options.width ?? 640;
  const format = options.format ?? fmt;
  // Lay the legend out first: as many rows as its entries need.
  const legend: { x: number; row: number; label: string; colour: string }[] = [];
  let lx = 48;
  let row = 0;
  options.series.forEach((s, i) => {
    const w = 24 + s.label.length * 7;
    if (lx + w > width - 10 && lx > 48) {
      lx = 48;
      row++;
    }
    legend.push({ x: lx, row, label: s.label, colour: s.colour ?? PALETTE[i % PALETTE.length] ?? '#999' });
    lx += w;
  });
  const legendH = (row + 1) * 18;
  const height = (options.height ?? 260) + legendH - 18;
  const m = { top: 16, right: 10, bottom: 36 + legendH, left: 48 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const all = options.groups.flatMap((g) => g.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const y = (v: number): number => m.top + ((max - v) / span) * plotH;
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'chart' });
  svg.append(svgEl('title', {}, options.title));
  const desc = options.groups.map((g) => `${g.label}: ${g.values.map((v, i) => `${options.series[i]?.label ?? ''} ${format(v)}`).join(', ')}`).join('; ');
  svg.append(svgEl('desc', {}, desc));
  // Axis and gridlines at min, 0, max.
  for (const v of new Set([min, 0, max])) {
    svg.append(svgEl('line', { x1: m.left, x2: width - m.right, y1: y(v), y2: y(v), stroke: v === 0 ? '#f3ecdd' : '#5a6b78', 'stroke-width': v === 0 ? 1.5 : 1 }));
    svg.append(svgEl('text', { x: m.left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#dcd2be' }, format(v)));
  }
  const groupW = plotW / Math.max(1, options.groups.length);
  const n = Math.max(1, options.series.length);
  const barW = Math.max(3, (groupW * 0.8) / n);
  options.groups.forEach((g, gi) => {
    const x0 = m.left + gi * groupW + groupW * 0.1;
    g.values.forEach((v, si) => {
      const top = y(Math.max(0, v));
      const h = Math.max(1, Math.abs(y(v) - y(0)));
      const rect = svgEl('rect', { x: x0 + si * barW, y: top, width: barW - 2, height: h, fill: options.series[si]?.colour ?? PALETTE[si % PALETTE.length] ?? '#999' });
      rect.append(svgEl('title', {}, `${g.label}, ${options.series[si]?.label ?? ''}: ${format(v)}`));
      svg.append(rect);
    });
    svg.append(svgEl('text', { x: x0 + (barW * n) / 2, y: height - m.bottom + 18, 'text-anchor': 'middle', 'font-size': 13, fill: '#f3ecdd' }, g.label));
  });
  for (const l of legend) {
    const y = height - legendH + l.row * 18;
    svg.append(svgEl('rect', { x: l.x, y, width: 12, height: 12, fill: l.colour }));
    svg.append(svgEl('text', { x: l.x + 16, y: y + 10, 'font-size': 12, fill: '#f3ecdd' }, l.label));
  }
  return svg;
}
