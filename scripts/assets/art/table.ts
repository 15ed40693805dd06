/** The negotiating table seen from above (room, chairs, felt) and the seat medallions around it. */
import { palette as P } from '../palette.js';
import { g } from './glyphs.js';
import { n, place, svgDoc, type ImageAsset } from './svg.js';

export function seat(role: string, colour: string, glyph: string): ImageAsset {
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

export function table(): ImageAsset {
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
