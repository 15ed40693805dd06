/** The logo: our own geometric capitals (no font file needed), a gavel and a data-flow motif. */
import { palette as P } from '../palette.js';
import { g } from './glyphs.js';
import { line, n, place, svgDoc, type ImageAsset } from './svg.js';

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

export function logo(): ImageAsset {
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
