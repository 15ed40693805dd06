/**
 * Hand-built SVG art for the game, listed in the manifest's order. Every picture is a pure function
 * of the palette, so the output is identical on every run; the drawing lives in art/ (svg.ts the
 * building blocks, glyphs.ts the pictograms, then one module a family of pictures).
 */
import { palette as P } from './palette.js';
import { CARD_KINDS, cardBack, cardFrame } from './art/cards.js';
import { INDICATOR_GLYPHS, indicatorIcon, ISSUE_GLYPHS, issueIcon, UI_ICONS, uiIcon } from './art/icons.js';
import { logo } from './art/logo.js';
import { button, panel } from './art/panels.js';
import type { ImageAsset } from './art/svg.js';
import { seat, table } from './art/table.js';

export type { ImageAsset } from './art/svg.js';

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
  for (const [key, glyph, fg, ac] of UI_ICONS) out.push(uiIcon(key, glyph, fg, ac));
  out.push(logo());
  return out;
}
