/**
 * Hand-built SVG art for the game. Every picture is a pure function of the palette,
 * so the output is identical on every run. Glyphs are drawn in a 100×100 box and
 * placed with a transform; strokes are at least 9 units so icons still read at 32 px.
 */
import { palette as P } from './palette.js';

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
function polar(cx: number, cy: number, r: number, deg: number): [number, number] {
  const a = (deg * Math.PI) / 180;
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
}

function pts(list: Array<[number, number]>): string {
  return list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, w: number, cap = 'round'): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(w)}" stroke-linecap="${cap}"/>`;
}

function stroked(d: string, stroke: string, w: number, extra = ''): string {
  return `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n(w)}" stroke-linecap="round" stroke-linejoin="round"${extra}/>`;
}

// ---------------------------------------------------------------------------------------------
// Glyphs (100×100 box). `fg` is the main colour, `ac` the accent, `bg` the colour behind them
// (used to cut holes, e.g. the pupil ring of an eye).

export interface GlyphColours {
  fg: string;
  ac: string;
  bg: string;
}
export type Glyph = (c: GlyphColours) => string;

const glyphs: Record<string, Glyph> = {
  // Two nodes across a dashed border, with an arrow between them.
  dataFlows: ({ fg, ac }) =>
    line(50, 6, 50, 94, ac, 8, 'butt').replace('/>', ' stroke-dasharray="12 9"/>') +
    `<circle cx="16" cy="26" r="13" fill="${fg}"/><circle cx="85" cy="74" r="13" fill="${fg}"/>` +
    stroked('M16 26 C 44 26, 40 74, 58 74', fg, 10) +
    `<polygon points="${pts([[56, 60], [72, 74], [56, 88]])}" fill="${fg}"/>`,

  // A customs tag with a percent sign.
  customs: ({ fg, ac, bg }) =>
    `<path d="M10 30 L38 10 H90 V90 H38 L10 70 Z" fill="${fg}" stroke="${fg}" stroke-width="6" stroke-linejoin="round"/>` +
    `<circle cx="30" cy="50" r="8" fill="${bg}"/>` +
    line(50, 72, 76, 28, ac, 9) +
    `<circle cx="52" cy="34" r="8" fill="${ac}"/><circle cx="74" cy="66" r="8" fill="${ac}"/>`,

  // Bracketed clause with a public building inside: room to regulate.
  policySpace: ({ fg, ac }) =>
    stroked('M22 10 H8 V90 H22', fg, 10) +
    stroked('M78 10 H92 V90 H78', fg, 10) +
    `<polygon points="${pts([[50, 18], [76, 36], [24, 36]])}" fill="${ac}"/>` +
    `<rect x="28" y="40" width="9" height="32" fill="${ac}"/><rect x="45.5" y="40" width="9" height="32" fill="${ac}"/><rect x="63" y="40" width="9" height="32" fill="${ac}"/>` +
    `<rect x="22" y="74" width="56" height="9" fill="${ac}"/>`,

  // An eye with a slash.
  privacy: ({ fg, ac, bg }) =>
    `<path d="M6 50 Q50 6 94 50 Q50 94 6 50 Z" fill="${fg}"/>` +
    `<circle cx="50" cy="50" r="17" fill="${bg}"/><circle cx="50" cy="50" r="9" fill="${fg}"/>` +
    line(16, 86, 84, 14, bg, 20) +
    line(16, 86, 84, 14, ac, 10),

  // A sprout growing from a block.
  capacity: ({ fg, ac }) =>
    `<rect x="20" y="72" width="60" height="20" rx="4" fill="${fg}"/>` +
    line(50, 72, 50, 36, ac, 9) +
    `<path d="M50 46 C 28 48, 16 36, 14 18 C 34 18, 48 28, 50 46 Z" fill="${ac}"/>` +
    `<path d="M50 38 C 58 18, 72 10, 88 10 C 88 28, 74 40, 50 38 Z" fill="${ac}"/>`,

  // A shield with a check mark.
  trust: ({ fg, ac }) =>
    `<path d="M50 6 L88 18 V46 C88 70 70 86 50 94 C30 86 12 70 12 46 V18 Z" fill="${fg}"/>` +
    stroked('M31 50 L45 64 L70 36', ac, 12),

  // Rising bar chart with an arrow.
  development: ({ fg, ac }) =>
    `<rect x="10" y="62" width="18" height="30" fill="${fg}"/><rect x="38" y="46" width="18" height="46" fill="${fg}"/><rect x="66" y="28" width="18" height="64" fill="${fg}"/>` +
    stroked('M10 46 L42 22 L58 32 L84 10', ac, 9) +
    `<polygon points="${pts([[70, 6], [92, 4], [88, 26]])}" fill="${ac}"/>`,

  // A parcel moving fast.
  facilitation: ({ fg, ac }) =>
    `<rect x="36" y="20" width="58" height="60" rx="5" fill="${fg}"/>` +
    `<rect x="59" y="20" width="12" height="60" fill="${ac}"/>` +
    `<rect x="36" y="44" width="58" height="12" fill="${ac}"/>` +
    line(6, 30, 26, 30, ac, 10) +
    line(12, 50, 26, 50, ac, 10) +
    line(6, 70, 26, 70, ac, 10),

  // A document with lines.
  document: ({ fg, ac, bg }) =>
    `<path d="M18 6 H62 L82 26 V94 H18 Z" fill="${fg}"/>` +
    `<path d="M62 6 V26 H82 Z" fill="${ac}"/>` +
    line(30, 44, 70, 44, bg, 7, 'butt') +
    line(30, 60, 70, 60, bg, 7, 'butt') +
    line(30, 76, 56, 76, bg, 7, 'butt'),

  // A stack of coins beside a big coin.
  coins: ({ fg, ac, bg }) => {
    let s = '';
    for (let i = 0; i < 3; i++) {
      const y = 82 - i * 22;
      s += `<rect x="6" y="${y - 11}" width="52" height="22" rx="11" fill="${fg}" stroke="${bg}" stroke-width="4"/>`;
    }
    s += `<circle cx="68" cy="40" r="28" fill="${ac}" stroke="${bg}" stroke-width="4"/>`;
    s += `<circle cx="68" cy="40" r="14" fill="none" stroke="${bg}" stroke-width="7"/>`;
    return s;
  },

  // A factory.
  factory: ({ fg, ac }) =>
    `<path d="M6 92 V48 L30 60 V48 L54 60 V48 L78 60 V14 H94 V92 Z" fill="${fg}"/>` +
    `<rect x="16" y="70" width="12" height="12" fill="${ac}"/><rect x="38" y="70" width="12" height="12" fill="${ac}"/><rect x="60" y="70" width="12" height="12" fill="${ac}"/>`,

  // Two workers.
  people: ({ fg, ac }) =>
    `<circle cx="32" cy="28" r="14" fill="${ac}"/><path d="M8 92 C8 60 18 50 32 50 C46 50 56 60 56 92 Z" fill="${ac}"/>` +
    `<circle cx="66" cy="24" r="15" fill="${fg}"/><path d="M40 92 C40 58 52 46 66 46 C80 46 92 58 92 92 Z" fill="${fg}"/>`,

  // A shopping bag with a heart.
  bagHeart: ({ fg, ac }) =>
    stroked('M34 34 V24 C34 10 66 10 66 24 V34', fg, 8) +
    `<path d="M14 32 H86 L92 94 H8 Z" fill="${fg}"/>` +
    `<path d="M50 84 C30 70 26 62 30 54 C34 46 44 46 50 54 C56 46 66 46 70 54 C74 62 70 70 50 84 Z" fill="${ac}"/>`,

  // Pie chart: one dominant slice pulled out, the rest split between small players.
  pie: ({ fg, ac, bg }) => {
    const [x1, y1] = polar(44, 56, 40, -90);
    const [x2, y2] = polar(44, 56, 40, 180);
    const [x3, y3] = polar(44, 56, 40, -135);
    const [x4, y4] = polar(52, 48, 42, 180);
    const [x5, y5] = polar(52, 48, 42, -90);
    return (
      `<path d="M44 56 L${n(x1)} ${n(y1)} A40 40 0 0 0 ${n(x2)} ${n(y2)} Z" fill="${fg}"/>` +
      line(44, 56, x3, y3, bg, 5, 'butt') +
      `<path d="M52 48 L${n(x4)} ${n(y4)} A42 42 0 1 0 ${n(x5)} ${n(y5)} Z" fill="${ac}"/>`
    );
  },

  // A globe.
  globe: ({ fg, ac }) =>
    `<circle cx="50" cy="50" r="42" fill="${fg}"/>` +
    `<ellipse cx="50" cy="50" rx="17" ry="40" fill="none" stroke="${ac}" stroke-width="7"/>` +
    line(10, 50, 90, 50, ac, 7, 'butt') +
    stroked('M16 28 Q50 38 84 28', ac, 6) +
    stroked('M16 72 Q50 62 84 72', ac, 6),

  // A cargo ship: trade costs.
  container: ({ fg, ac }) =>
    `<rect x="22" y="26" width="26" height="24" fill="${ac}"/><rect x="52" y="26" width="26" height="24" fill="${fg}"/>` +
    `<rect x="36" y="4" width="26" height="20" fill="${fg}"/>` +
    `<path d="M4 54 H96 L82 84 H18 Z" fill="${fg}"/>` +
    stroked('M4 94 Q16 86 28 94 T52 94 T76 94 T100 94', ac, 7),

  // A line chart.
  lineChart: ({ fg, ac }) =>
    stroked('M10 8 V90 H94', fg, 9) +
    stroked('M22 70 L42 48 L58 60 L86 22', ac, 10),

  // Speaker.
  speaker: ({ fg }) => `<path d="M8 36 H28 L54 12 V88 L28 64 H8 Z" fill="${fg}" stroke="${fg}" stroke-width="4" stroke-linejoin="round"/>`,

  soundOn: (c) =>
    glyphs.speaker!(c) + stroked('M66 34 Q76 50 66 66', c.ac, 9) + stroked('M78 20 Q96 50 78 80', c.ac, 9),

  soundOff: (c) => glyphs.speaker!(c) + line(66, 36, 92, 64, c.ac, 10) + line(92, 36, 66, 64, c.ac, 10),

  gavel: ({ fg, ac }) =>
    `<g transform="rotate(-40 46 40)">` +
    `<rect x="20" y="24" width="52" height="30" rx="6" fill="${fg}"/>` +
    `<rect x="14" y="20" width="10" height="38" rx="3" fill="${ac}"/><rect x="68" y="20" width="10" height="38" rx="3" fill="${ac}"/>` +
    `<rect x="41" y="52" width="10" height="52" rx="4" fill="${fg}"/>` +
    `</g>` +
    `<rect x="52" y="80" width="44" height="14" rx="4" fill="${ac}"/>`,

  timer: ({ fg, ac, bg }) =>
    `<rect x="40" y="4" width="20" height="12" rx="3" fill="${fg}"/>` +
    `<circle cx="50" cy="56" r="40" fill="${fg}"/><circle cx="50" cy="56" r="29" fill="${bg}"/>` +
    `<path d="M50 56 L50 27 A29 29 0 0 1 75.1 41.5 Z" fill="${ac}"/>` +
    line(50, 56, 50, 34, fg, 8) +
    `<circle cx="50" cy="56" r="6" fill="${fg}"/>`,

  // A cut gem: a resource to spend.
  token: ({ fg, ac, bg }) => {
    const outer: Array<[number, number]> = [[26, 12], [74, 12], [96, 38], [50, 94], [4, 38]];
    return (
      `<polygon points="${pts(outer)}" fill="${fg}"/>` +
      `<polygon points="${pts([[26, 12], [74, 12], [62, 38], [38, 38]])}" fill="${ac}"/>` +
      `<polygon points="${pts([[38, 38], [62, 38], [50, 94]])}" fill="${ac}"/>` +
      line(4, 38, 96, 38, bg, 4, 'butt')
    );
  },

  star: ({ fg, ac }) => {
    const list: Array<[number, number]> = [];
    for (let i = 0; i < 10; i++) list.push(polar(50, 54, i % 2 === 0 ? 46 : 20, -90 + i * 36));
    return `<polygon points="${pts(list)}" fill="${fg}" stroke="${ac}" stroke-width="5" stroke-linejoin="round"/>`;
  },

  offer: ({ fg, ac, bg }) =>
    `<path d="M6 10 H46 L62 26 V90 H6 Z" fill="${fg}"/>` +
    line(16, 44, 48, 44, bg, 7, 'butt') +
    line(16, 60, 40, 60, bg, 7, 'butt') +
    stroked('M50 70 H82', ac, 11) +
    `<polygon points="${pts([[74, 52], [96, 70], [74, 88]])}" fill="${ac}"/>`,

  check: ({ fg, ac }) => `<circle cx="50" cy="50" r="44" fill="${ac}"/>` + stroked('M28 52 L44 68 L74 34', fg, 13),

  cross: ({ fg, ac }) =>
    `<circle cx="50" cy="50" r="44" fill="${ac}"/>` + line(32, 32, 68, 68, fg, 13) + line(68, 32, 32, 68, fg, 13),

  news: ({ fg, ac, bg }) =>
    `<rect x="4" y="14" width="92" height="72" rx="6" fill="${fg}"/>` +
    `<rect x="14" y="24" width="72" height="16" fill="${ac}"/>` +
    `<rect x="14" y="48" width="30" height="28" fill="${bg}"/>` +
    line(52, 52, 86, 52, bg, 6, 'butt') +
    line(52, 64, 86, 64, bg, 6, 'butt') +
    line(52, 76, 74, 76, bg, 6, 'butt'),

  magnifier: ({ fg, ac, bg }) =>
    line(62, 62, 90, 90, fg, 16) +
    `<circle cx="40" cy="40" r="32" fill="${fg}"/><circle cx="40" cy="40" r="20" fill="${bg}"/>` +
    `<path d="M26 40 A14 14 0 0 1 40 26" fill="none" stroke="${ac}" stroke-width="7" stroke-linecap="round"/>`,

  lock: ({ fg, ac, bg }) =>
    stroked('M28 44 V30 C28 4 72 4 72 30 V44', fg, 12) +
    `<rect x="14" y="42" width="72" height="52" rx="8" fill="${fg}"/>` +
    `<circle cx="50" cy="62" r="9" fill="${ac}"/><rect x="45" y="64" width="10" height="18" rx="2" fill="${ac}"/>` +
    `<rect x="14" y="42" width="72" height="6" fill="${bg}" opacity="0.25"/>`,

  // Concentric waves from a point: influence.
  waves: ({ fg, ac }) =>
    `<circle cx="22" cy="78" r="14" fill="${ac}"/>` +
    stroked('M22 48 A30 30 0 0 1 52 78', fg, 10) +
    stroked('M22 22 A56 56 0 0 1 78 78', fg, 10),

  // An open eye: information revealed.
  eye: ({ fg, ac, bg }) =>
    `<path d="M4 50 Q50 4 96 50 Q50 96 4 50 Z" fill="${fg}"/>` +
    `<circle cx="50" cy="50" r="22" fill="${bg}"/><circle cx="50" cy="50" r="13" fill="${ac}"/><circle cx="50" cy="50" r="5" fill="${fg}"/>`,

  // A flag on a pole: a delegation.
  flag: ({ fg, ac }) =>
    `<rect x="16" y="6" width="10" height="90" rx="3" fill="${fg}"/>` +
    `<path d="M26 10 C44 2 58 20 88 12 V54 C58 62 44 44 26 52 Z" fill="${ac}"/>`,

  // A briefcase: the lobby.
  briefcase: ({ fg, ac, bg }) =>
    stroked('M36 28 V18 H64 V28', fg, 9) +
    `<rect x="6" y="28" width="88" height="62" rx="8" fill="${fg}"/>` +
    line(6, 54, 94, 54, bg, 5, 'butt') +
    `<rect x="42" y="46" width="16" height="16" rx="3" fill="${ac}"/>`,

  // A megaphone: civil society.
  megaphone: ({ fg, ac }) =>
    `<path d="M10 38 H30 L80 12 V88 L30 62 H10 Z" fill="${fg}" stroke="${fg}" stroke-width="4" stroke-linejoin="round"/>` +
    `<path d="M24 62 L36 62 L44 90 L32 90 Z" fill="${fg}"/>` +
    `<rect x="84" y="38" width="10" height="24" rx="4" fill="${ac}"/>`,

  // A public building: another delegation run by the computer.
  building: ({ fg, ac }) =>
    `<polygon points="${pts([[50, 6], [94, 32], [6, 32]])}" fill="${fg}"/>` +
    `<rect x="14" y="38" width="12" height="40" fill="${fg}"/><rect x="35" y="38" width="12" height="40" fill="${fg}"/><rect x="54" y="38" width="12" height="40" fill="${fg}"/><rect x="74" y="38" width="12" height="40" fill="${fg}"/>` +
    `<rect x="6" y="82" width="88" height="12" fill="${fg}"/>` +
    `<circle cx="50" cy="22" r="6" fill="${ac}"/>`,
};

export function g(name: string): Glyph {
  const f = glyphs[name];
  if (!f) throw new Error(`unknown glyph ${name}`);
  return f;
}

// ---------------------------------------------------------------------------------------------
// Icon families.

const ISSUE_GLYPHS: Record<string, [string, string]> = {
  'data-flows': ['dataFlows', P.lobby],
  'customs-duties': ['customs', P.reject],
  'policy-space': ['policySpace', P.delegation],
  privacy: ['privacy', P.reject],
  'capacity-building': ['capacity', P['civil-society']],
  trust: ['trust', P.accept],
  development: ['development', P.delegation],
  facilitation: ['facilitation', P.delegation],
  generic: ['document', P.brass],
};

const INDICATOR_GLYPHS: Record<string, [string, string]> = {
  'tariff-revenue': ['coins', P.delegation],
  'local-industry': ['factory', P.delegation],
  jobs: ['people', P.proposal],
  'consumer-trust': ['bagHeart', P.reject],
  'market-concentration': ['pie', P.delegation],
  'data-trade': ['globe', P.lobby],
  'policy-space': ['policySpace', P.delegation],
  'trade-costs': ['container', P.delegation],
  generic: ['lineChart', P.delegation],
};

/** Issues: a light square tile with a dark glyph. */
function issueIcon(key: string, glyph: string, accent: string): ImageAsset {
  const s = 64;
  const body =
    `<rect x="2" y="3" width="60" height="60" rx="10" fill="${P.ink}" opacity="0.45"/>` +
    `<rect x="2" y="1" width="60" height="60" rx="10" fill="${P.paper}" stroke="${P['brass-dark']}" stroke-width="3"/>` +
    place(g(glyph)({ fg: P.ink, ac: accent, bg: P.paper }), 32, 31, 44);
  return { key, name: key, width: s, height: s, svg: svgDoc(s, s, body) };
}

/** Indicators: a dark round medallion with a light glyph. */
function indicatorIcon(key: string, glyph: string, accent: string): ImageAsset {
  const s = 64;
  const body =
    `<circle cx="32" cy="33" r="30" fill="${P.ink}" opacity="0.45"/>` +
    `<circle cx="32" cy="31" r="29" fill="${P.ink}" stroke="${P.brass}" stroke-width="3"/>` +
    place(g(glyph)({ fg: P.paper, ac: accent, bg: P.ink }), 32, 31, 42);
  return { key, name: key, width: s, height: s, svg: svgDoc(s, s, body) };
}

/** UI icons: a light glyph with a dark outline, on a transparent background. */
function uiIcon(key: string, glyph: string, fg: string, ac: string): ImageAsset {
  const s = 48;
  const defs =
    `<filter id="outline" x="-20%" y="-20%" width="140%" height="140%">` +
    `<feMorphology in="SourceAlpha" operator="dilate" radius="2.5" result="d"/>` +
    `<feFlood flood-color="${P.ink}"/><feComposite in2="d" operator="in" result="o"/>` +
    `<feMerge><feMergeNode in="o"/><feMergeNode in="SourceGraphic"/></feMerge></filter>`;
  const body = `<g filter="url(#outline)">${place(g(glyph)({ fg, ac, bg: P.ink }), 24, 24, 40)}</g>`;
  return { key, name: key, width: s, height: s, svg: svgDoc(s, s, body, defs) };
}

// ---------------------------------------------------------------------------------------------
// Cards.

const CARD_W = 180;
const CARD_H = 252;

const CARD_KINDS: Record<string, [string, string]> = {
  proposal: [P.proposal, 'document'],
  influence: [P.influence, 'waves'],
  evidence: [P.evidence, 'magnifier'],
  information: [P.information, 'eye'],
};

function cardFrame(kind: string, colour: string, glyph: string): ImageAsset {
  const band = 50;
  const defs =
    `<linearGradient id="paper" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${P.paper}"/><stop offset="1" stop-color="${P['paper-shade']}"/></linearGradient>` +
    `<clipPath id="clip"><rect x="4" y="4" width="172" height="244" rx="12"/></clipPath>`;
  const body =
    `<rect x="4" y="4" width="172" height="244" rx="12" fill="url(#paper)"/>` +
    `<g clip-path="url(#clip)">` +
    `<rect x="0" y="0" width="${CARD_W}" height="${band}" fill="${colour}"/>` +
    `<rect x="0" y="${band}" width="${CARD_W}" height="4" fill="${P.ink}" opacity="0.25"/>` +
    // a diagonal stripe pattern in the band, so the kinds differ in texture too
    (kind === 'influence' || kind === 'information'
      ? Array.from({ length: 9 }, (_, i) => line(20 * i - 30, band, 20 * i + 20, 0, P.ink, 4, 'butt')).join('').replace(/\/>/g, ' opacity="0.12"/>')
      : '') +
    `<rect x="0" y="${CARD_H - 14}" width="${CARD_W}" height="14" fill="${colour}"/>` +
    `</g>` +
    `<rect x="9" y="9" width="162" height="234" rx="8" fill="none" stroke="${P.brass}" stroke-width="2" opacity="0.8"/>` +
    // kind icon in a medallion at the left of the band
    `<circle cx="36" cy="${band / 2 + 4}" r="19" fill="${P.ink}" stroke="${P.brass}" stroke-width="3"/>` +
    place(g(glyph)({ fg: P.paper, ac: colour, bg: P.ink }), 36, band / 2 + 4, 26) +
    // cost socket on the right of the band
    `<circle cx="148" cy="${band / 2 + 4}" r="17" fill="${P.paper}" stroke="${P.ink}" stroke-width="3"/>` +
    // brass rule under the title area and the text box
    `<rect x="14" y="92" width="152" height="3" fill="${P.brass}"/>` +
    `<rect x="4" y="4" width="172" height="244" rx="12" fill="none" stroke="${P.ink}" stroke-width="4"/>`;
  return { key: `card-${kind}`, name: `card-${kind}`, width: CARD_W, height: CARD_H, svg: svgDoc(CARD_W, CARD_H, body, defs) };
}

function cardBack(role: string, colour: string, glyph: string): ImageAsset {
  const defs =
    `<pattern id="lattice" width="24" height="24" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="24" height="24" fill="${colour}"/><rect width="12" height="12" fill="${P.ink}" opacity="0.12"/><rect x="12" y="12" width="12" height="12" fill="${P.ink}" opacity="0.12"/></pattern>`;
  const body =
    `<rect x="4" y="4" width="172" height="244" rx="12" fill="url(#lattice)"/>` +
    `<rect x="16" y="16" width="148" height="220" rx="8" fill="none" stroke="${P.ink}" stroke-width="8" stroke-opacity="0.6"/>` +
    `<rect x="16" y="16" width="148" height="220" rx="8" fill="none" stroke="${P.brass}" stroke-width="4"/>` +
    `<circle cx="90" cy="126" r="50" fill="${P.ink}" stroke="${P.brass}" stroke-width="5"/>` +
    place(g(glyph)({ fg: P.paper, ac: colour, bg: P.ink }), 90, 126, 62) +
    `<rect x="4" y="4" width="172" height="244" rx="12" fill="none" stroke="${P.ink}" stroke-width="4"/>`;
  const key = `card-back-${role}`;
  return { key, name: key, width: CARD_W, height: CARD_H, svg: svgDoc(CARD_W, CARD_H, body, defs) };
}

// ---------------------------------------------------------------------------------------------
// Seats.

function seat(role: string, colour: string, glyph: string): ImageAsset {
  const s = 128;
  const defs =
    `<radialGradient id="face" cx="0.4" cy="0.35" r="0.75"><stop offset="0" stop-color="${P['ink-soft']}"/><stop offset="1" stop-color="${P.ink}"/></radialGradient>`;
  const body =
    `<circle cx="64" cy="67" r="60" fill="#000" opacity="0.35"/>` +
    `<circle cx="64" cy="64" r="60" fill="${colour}"/>` +
    `<circle cx="64" cy="64" r="47" fill="url(#face)" stroke="${P.brass}" stroke-width="4"/>` +
    place(g(glyph)({ fg: P.paper, ac: colour, bg: P.ink }), 64, 64, 62) +
    `<circle cx="64" cy="64" r="60" fill="none" stroke="${P.ink}" stroke-width="3"/>`;
  const key = `seat-${role}`;
  return { key, name: key, width: s, height: s, svg: svgDoc(s, s, body, defs) };
}

// ---------------------------------------------------------------------------------------------
// Table, panel, buttons.

function table(): ImageAsset {
  const W = 1280;
  const H = 720;
  const defs =
    `<radialGradient id="room" cx="0.5" cy="0.5" r="0.75"><stop offset="0" stop-color="#25323A"/><stop offset="1" stop-color="#0C1216"/></radialGradient>` +
    `<radialGradient id="felt" cx="0.5" cy="0.45" r="0.7"><stop offset="0" stop-color="#27605A"/><stop offset="0.7" stop-color="${P.felt}"/><stop offset="1" stop-color="${P['felt-dark']}"/></radialGradient>` +
    `<linearGradient id="wood" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${P['wood-light']}"/><stop offset="0.5" stop-color="${P.wood}"/><stop offset="1" stop-color="#3E2716"/></linearGradient>` +
    `<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.72"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.6"/></radialGradient>` +
    `<pattern id="carpet" width="40" height="40" patternUnits="userSpaceOnUse"><rect width="40" height="40" fill="none"/><path d="M0 20 L20 0 L40 20 L20 40 Z" fill="none" stroke="#FFFFFF" stroke-opacity="0.035" stroke-width="2"/></pattern>` +
    `<filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="7" result="t"/><feColorMatrix in="t" type="matrix" values="0 0 0 0 1  0 0 0 0 1  0 0 0 0 1  0 0 0 0.06 0" result="g"/><feComposite in="g" in2="SourceAlpha" operator="in"/></filter>` +
    `<filter id="soft" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="10"/></filter>`;

  // The table: a rounded "stadium" seen from above.
  const tx = 150;
  const ty = 150;
  const tw = W - 2 * tx;
  const th = H - 2 * ty;
  const r = th / 2;
  const chair = (cx: number, cy: number, rot: number): string =>
    `<g transform="translate(${n(cx)} ${n(cy)}) rotate(${n(rot)})">` +
    `<rect x="-34" y="-30" width="68" height="54" rx="14" fill="#000" opacity="0.35" filter="url(#soft)"/>` +
    `<rect x="-32" y="-30" width="64" height="50" rx="14" fill="#2B2F36" stroke="#14171B" stroke-width="3"/>` +
    `<rect x="-30" y="-40" width="60" height="16" rx="8" fill="#3A3F48" stroke="#14171B" stroke-width="3"/>` +
    `<rect x="-22" y="-18" width="44" height="30" rx="8" fill="#343942"/>` +
    `</g>`;
  let chairs = '';
  const xs = [390, 640, 890];
  for (const x of xs) chairs += chair(x, ty - 34, 0) + chair(x, ty + th + 34, 180);
  chairs += chair(tx - 30, H / 2, -90) + chair(tx + tw + 30, H / 2, 90);

  // Place mats in front of each chair.
  let mats = '';
  for (const x of xs) {
    mats += `<rect x="${x - 64}" y="${ty + 40}" width="128" height="64" rx="10" fill="#000" opacity="0.14"/>`;
    mats += `<rect x="${x - 64}" y="${ty + th - 104}" width="128" height="64" rx="10" fill="#000" opacity="0.14"/>`;
  }

  // A faint data-flow motif in the felt: dashed arcs joining the seats.
  const motif =
    `<g fill="none" stroke="${P.brass}" stroke-opacity="0.16" stroke-width="4" stroke-dasharray="2 14" stroke-linecap="round">` +
    `<ellipse cx="${W / 2}" cy="${H / 2}" rx="330" ry="120"/>` +
    `<ellipse cx="${W / 2}" cy="${H / 2}" rx="200" ry="70"/>` +
    `</g>` +
    `<circle cx="${W / 2}" cy="${H / 2}" r="44" fill="none" stroke="${P.brass}" stroke-opacity="0.22" stroke-width="4"/>` +
    `<circle cx="${W / 2}" cy="${H / 2}" r="30" fill="${P.brass}" fill-opacity="0.1"/>`;

  const body =
    `<rect width="${W}" height="${H}" fill="url(#room)"/>` +
    `<rect width="${W}" height="${H}" fill="url(#carpet)"/>` +
    chairs +
    // table shadow, wooden rim, brass inlay, felt
    `<rect x="${tx - 6}" y="${ty + 4}" width="${tw + 12}" height="${th + 16}" rx="${r + 6}" fill="#000" opacity="0.5" filter="url(#soft)"/>` +
    `<rect x="${tx}" y="${ty}" width="${tw}" height="${th}" rx="${r}" fill="url(#wood)" stroke="#2A1A0E" stroke-width="3"/>` +
    `<rect x="${tx + 18}" y="${ty + 18}" width="${tw - 36}" height="${th - 36}" rx="${r - 18}" fill="none" stroke="${P.brass}" stroke-width="4"/>` +
    `<rect x="${tx + 26}" y="${ty + 26}" width="${tw - 52}" height="${th - 52}" rx="${r - 26}" fill="url(#felt)"/>` +
    `<rect x="${tx + 26}" y="${ty + 26}" width="${tw - 52}" height="${th - 52}" rx="${r - 26}" fill="#000" filter="url(#grain)"/>` +
    `<rect x="${tx + 26}" y="${ty + 26}" width="${tw - 52}" height="${th - 52}" rx="${r - 26}" fill="none" stroke="#000" stroke-opacity="0.35" stroke-width="6"/>` +
    mats +
    motif +
    `<rect width="${W}" height="${H}" fill="url(#vignette)"/>`;
  return { key: 'table', name: 'table', width: W, height: H, svg: svgDoc(W, H, body, defs) };
}

function panel(): ImageAsset {
  const W = 512;
  const H = 256;
  const defs = `<linearGradient id="p" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${P['ink-soft']}" stop-opacity="0.9"/><stop offset="1" stop-color="${P.ink}" stop-opacity="0.92"/></linearGradient>`;
  const body =
    `<rect x="3" y="3" width="506" height="250" rx="18" fill="url(#p)" stroke="${P.brass}" stroke-width="4"/>` +
    `<rect x="11" y="11" width="490" height="234" rx="12" fill="none" stroke="${P.brass}" stroke-opacity="0.35" stroke-width="2"/>` +
    `<rect x="24" y="8" width="464" height="3" rx="1.5" fill="#FFFFFF" opacity="0.12"/>`;
  return { key: 'panel', name: 'panel', width: W, height: H, svg: svgDoc(W, H, body, defs) };
}

function button(focus: boolean): ImageAsset {
  const W = 240;
  const H = 64;
  const top = focus ? '#2F7A72' : '#25605A';
  const bottom = focus ? P.felt : P['felt-dark'];
  const defs = `<linearGradient id="b" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;
  const body =
    `<rect x="6" y="9" width="228" height="52" rx="14" fill="#000" opacity="0.4"/>` +
    (focus ? `<rect x="2" y="2" width="236" height="58" rx="18" fill="none" stroke="${P.focus}" stroke-width="4"/>` : '') +
    `<rect x="8" y="6" width="224" height="50" rx="12" fill="url(#b)" stroke="${focus ? P['brass-light'] : P.brass}" stroke-width="3"/>` +
    `<rect x="20" y="10" width="200" height="4" rx="2" fill="#FFFFFF" opacity="${focus ? '0.22' : '0.12'}"/>`;
  const key = focus ? 'button-focus' : 'button';
  return { key, name: key, width: W, height: H, svg: svgDoc(W, H, body, defs) };
}

// ---------------------------------------------------------------------------------------------
// Logo: our own geometric capitals (no font file needed), a gavel and a data-flow motif.

const CAP = 64; // cap height
const SW = 12; // stroke width

/** Stroke paths for each capital, in a box of width w and height CAP, with the stroke centred. */
function letter(ch: string): { w: number; d: string } {
  const h = CAP;
  const i = SW / 2;
  switch (ch) {
    case 'M':
      return { w: 56, d: `M${i} ${h} V${i} L28 ${h * 0.62} L${56 - i} ${i} V${h}` };
    case 'I':
      return { w: SW, d: `M${i} 0 V${h}` };
    case 'N':
      return { w: 46, d: `M${i} ${h} V${i} L${46 - i} ${h - i} V0` };
    case 'T':
      return { w: 44, d: `M0 ${i} H44 M22 ${i} V${h}` };
    case 'E':
      return { w: 36, d: `M36 ${i} H${i} V${h - i} H36 M${i} ${h / 2} H30` };
    case 'L':
      return { w: 34, d: `M${i} 0 V${h - i} H34` };
    case 'A':
      return { w: 52, d: `M${i * 0.6} ${h} L26 ${i} L${52 - i * 0.6} ${h} M12 ${h * 0.66} H40` };
    case 'R': {
      const bw = 22;
      return {
        w: 42,
        d: `M${i} ${h} V${i} H${bw} A${h / 4 - i / 2} ${h / 4 - i / 2} 0 0 1 ${bw} ${h / 2} H${i} M${bw - 4} ${h / 2} L${42 - i} ${h}`,
      };
    }
    case 'S': {
      const w = 40;
      const rx = w / 2 - i;
      const ry = h / 4 - i / 2;
      const cx = w / 2;
      const c1 = h / 4 + i / 4;
      const c2 = (3 * h) / 4 - i / 4;
      const [x0, y0] = [cx + rx * Math.cos((-35 * Math.PI) / 180), c1 + ry * Math.sin((-35 * Math.PI) / 180)];
      const [x1, y1] = [cx + rx * Math.cos((145 * Math.PI) / 180), c2 + ry * Math.sin((145 * Math.PI) / 180)];
      const mid = (c1 + ry + (c2 - ry)) / 2;
      return {
        w,
        d: `M${n(x0)} ${n(y0)} A${n(rx)} ${n(ry)} 0 1 0 ${n(cx)} ${n(mid)} A${n(rx)} ${n(ry)} 0 1 1 ${n(x1)} ${n(y1)}`,
      };
    }
    default:
      throw new Error(`no glyph for ${ch}`);
  }
}

function word(text: string, x: number, y: number, gap: number): { svg: string; width: number } {
  let cx = x;
  let d = '';
  for (const ch of text) {
    const l = letter(ch);
    d += `<path transform="translate(${n(cx)} ${n(y)})" d="${l.d}"/>`;
    cx += l.w + gap;
  }
  return { svg: d, width: cx - gap - x };
}

function logo(): ImageAsset {
  const W = 512;
  const H = 160;
  const defs =
    `<linearGradient id="brass" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="0" y2="${CAP}"><stop offset="0" stop-color="${P['brass-light']}"/><stop offset="1" stop-color="${P.brass}"/></linearGradient>`;
  const text = 'MINISTERIAL';
  const gap = 8;
  // Measure, then scale the word into the space right of the gavel.
  const probe = word(text, 0, 0, gap);
  const left = 128;
  const avail = W - left - 14;
  const s = avail / probe.width;
  const wordSvg = word(text, 0, 0, gap).svg;
  const ty = 34;
  const letters = (stroke: string, w: number, dx: number, dy: number): string =>
    `<g transform="translate(${n(left + dx)} ${n(ty + dy)}) scale(${n(s)})" fill="none" stroke="${stroke}" stroke-width="${n(w)}" stroke-linecap="square" stroke-linejoin="miter" stroke-miterlimit="3">${wordSvg}</g>`;
  // data-flow motif under the word: nodes joined by a line, with a travelling packet
  const baseY = ty + CAP * s + 26;
  let flow = line(left + 4, baseY, W - 18, baseY, P.proposal, 5);
  for (let k = 0; k < 6; k++) {
    const x = left + 4 + ((W - 22 - left) * k) / 5;
    flow += `<circle cx="${n(x)}" cy="${baseY}" r="${k % 2 === 0 ? 8 : 6}" fill="${k % 2 === 0 ? P.proposal : P.paper}" stroke="${P.ink}" stroke-width="3"/>`;
  }
  const gavelGlyph = g('gavel')({ fg: P.paper, ac: P.brass, bg: P.ink });
  const body =
    `<circle cx="64" cy="80" r="62" fill="${P.ink}" stroke="${P.brass}" stroke-width="5"/>` +
    `<circle cx="64" cy="80" r="52" fill="none" stroke="${P.brass}" stroke-opacity="0.45" stroke-width="3" stroke-dasharray="3 9" stroke-linecap="round"/>` +
    place(gavelGlyph, 64, 80, 80) +
    letters(P.ink, SW + 8, 2, 3) +
    letters('url(#brass)', SW, 0, 0) +
    flow;
  return { key: 'logo', name: 'logo', width: W, height: H, svg: svgDoc(W, H, body, defs) };
}

// ---------------------------------------------------------------------------------------------

export function buildImages(): ImageAsset[] {
  const out: ImageAsset[] = [table(), panel(), button(false), button(true)];
  for (const [kind, [colour, glyph]] of Object.entries(CARD_KINDS)) out.push(cardFrame(kind, colour, glyph));
  out.push(cardBack('delegation', P.delegation, 'flag'));
  out.push(cardBack('lobby', P.lobby, 'briefcase'));
  out.push(cardBack('civil-society', P['civil-society'], 'megaphone'));
  out.push(seat('delegation', P.delegation, 'flag'));
  out.push(seat('lobby', P.lobby, 'briefcase'));
  out.push(seat('civil-society', P['civil-society'], 'megaphone'));
  out.push(seat('npc', P.npc, 'building'));
  for (const [id, [glyph, ac]] of Object.entries(ISSUE_GLYPHS)) out.push(issueIcon(`icon-issue-${id}`, glyph, ac));
  for (const [id, [glyph, ac]] of Object.entries(INDICATOR_GLYPHS)) out.push(indicatorIcon(`icon-indicator-${id}`, glyph, ac));
  const ui: Array<[string, string, string, string]> = [
    ['icon-sound-on', 'soundOn', P.paper, P.paper],
    ['icon-sound-off', 'soundOff', P.paper, P.reject],
    ['icon-gavel', 'gavel', P.paper, P.brass],
    ['icon-timer', 'timer', P.paper, P.focus],
    ['icon-resource', 'token', P.brass, P['brass-light']],
    ['icon-standing', 'star', P.focus, P.focus],
    ['icon-offer', 'offer', P.paper, P.proposal],
    ['icon-accept', 'check', P.ink, P.accept],
    ['icon-reject', 'cross', P.ink, P.reject],
    ['icon-event', 'news', P.paper, P.reject],
    ['icon-evidence', 'magnifier', P.paper, P.evidence],
    ['icon-lock', 'lock', P.paper, P.brass],
  ];
  for (const [key, glyph, fg, ac] of ui) out.push(uiIcon(key, glyph, fg, ac));
  out.push(logo());
  return out;
}
