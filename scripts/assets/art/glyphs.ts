/**
 * The glyphs every icon, card, seat and the logo are drawn from, each a pure function of its
 * colours in a 100×100 box; strokes are at least 9 units so icons still read at 32 px.
 */
import { line, n, polar, pts, stroked } from './svg.js';

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
