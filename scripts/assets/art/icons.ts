/**
 * Icon families: issues (light tiles), indicators (dark medallions) and the interface's own icons
 * (outlined, on a transparent background).
 */
import { palette as P } from '../palette.js';
import { g } from './glyphs.js';
import { place, svgDoc, type ImageAsset } from './svg.js';

export const ISSUE_GLYPHS: Record<string, [string, string]> = {
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

export const INDICATOR_GLYPHS: Record<string, [string, string]> = {
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
export function issueIcon(key: string, glyph: string, accent: string): ImageAsset {
  const s = 64;
  const body =
    `<rect x="2" y="3" width="60" height="60" rx="10" fill="${P.ink}" opacity="0.45"/>` +
    `<rect x="2" y="1" width="60" height="60" rx="10" fill="${P.paper}" stroke="${P['brass-dark']}" stroke-width="3"/>` +
    place(g(glyph)({ fg: P.ink, ac: accent, bg: P.paper }), 32, 31, 44);
  return { key, name: key, width: s, height: s, svg: svgDoc(s, s, body) };
}

/** Indicators: a dark round medallion with a light glyph. */
export function indicatorIcon(key: string, glyph: string, accent: string): ImageAsset {
  const s = 64;
  const body =
    `<circle cx="32" cy="33" r="30" fill="${P.ink}" opacity="0.45"/>` +
    `<circle cx="32" cy="31" r="29" fill="${P.ink}" stroke="${P.brass}" stroke-width="3"/>` +
    place(g(glyph)({ fg: P.paper, ac: accent, bg: P.ink }), 32, 31, 42);
  return { key, name: key, width: s, height: s, svg: svgDoc(s, s, body) };
}

/** UI icons: a light glyph with a dark outline, on a transparent background. */
export function uiIcon(key: string, glyph: string, fg: string, ac: string): ImageAsset {
  const s = 48;
  const defs =
    `<filter id="outline" x="-20%" y="-20%" width="140%" height="140%">` +
    `<feMorphology in="SourceAlpha" operator="dilate" radius="2.5" result="d"/>` +
    `<feFlood flood-color="${P.ink}"/><feComposite in2="d" operator="in" result="o"/>` +
    `<feMerge><feMergeNode in="o"/><feMergeNode in="SourceGraphic"/></feMerge></filter>`;
  const body = `<g filter="url(#outline)">${place(g(glyph)({ fg, ac, bg: P.ink }), 24, 24, 40)}</g>`;
  return { key, name: key, width: s, height: s, svg: svgDoc(s, s, body, defs) };
}

/** The interface's icons: key, glyph, main colour, accent. */
export const UI_ICONS: Array<[string, string, string, string]> = [
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
