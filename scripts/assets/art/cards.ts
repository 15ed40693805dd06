/** Card frames (one per card kind, the text is laid over them) and card backs (one per role). */
import { palette as P } from '../palette.js';
import { g } from './glyphs.js';
import { line, place, svgDoc, type ImageAsset } from './svg.js';

const CARD_W = 180;
const CARD_H = 252;

export const CARD_KINDS: Record<string, [string, string]> = {
  proposal: [P.proposal, 'document'],
  influence: [P.influence, 'waves'],
  evidence: [P.evidence, 'magnifier'],
  information: [P.information, 'eye'],
};

export function cardFrame(kind: string, colour: string, glyph: string): ImageAsset {
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

export function cardBack(role: string, colour: string, glyph: string): ImageAsset {
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
