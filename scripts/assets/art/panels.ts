/** The interface's frames: the translucent panel and the button in its plain and focused states. */
import { palette as P } from '../palette.js';
import { svgDoc, type ImageAsset } from './svg.js';

export function panel(): ImageAsset {
  const W = 512;
  const H = 256;
  const defs = `<linearGradient id="p" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${P['ink-soft']}" stop-opacity="0.9"/><stop offset="1" stop-color="${P.ink}" stop-opacity="0.92"/></linearGradient>`;
  const body =
    `<rect x="3" y="3" width="506" height="250" rx="18" fill="url(#p)" stroke="${P.brass}" stroke-width="4"/>` +
    `<rect x="11" y="11" width="490" height="234" rx="12" fill="none" stroke="${P.brass}" stroke-opacity="0.35" stroke-width="2"/>` +
    `<rect x="24" y="8" width="464" height="3" rx="1.5" fill="#FFFFFF" opacity="0.12"/>`;
  return { key: 'panel', name: 'panel', width: W, height: H, svg: svgDoc(W, H, body, defs) };
}

export function button(focus: boolean): ImageAsset {
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
