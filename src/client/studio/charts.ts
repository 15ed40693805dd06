/** The balance report as bars: win rate per role against the band for its seat count (20–50% at four seats), agreement, packages, cards, hints. */
import { hintText, winBand, winBandText, type BalanceReport } from '../../engine/balance/check.js';
import { el } from './forms.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function bar(label: string, value: number, opts: { band?: { low: number; high: number }; bandText?: string; testid?: string } = {}): HTMLElement {
  const band = opts.band;
  const outside = band && (value < band.low || value > band.high);
  const track = el('div', { class: 'track' });
  if (band) track.append(el('div', { class: 'band', style: `left:${band.low * 100}%;width:${(band.high - band.low) * 100}%`, title: `${opts.bandText ?? ''} band` }));
  track.append(el('div', { class: `fill${outside ? ' out' : ''}`, style: `width:${Math.min(100, value * 100)}%` }));
  return el('div', { class: 'bar', ...(opts.testid ? { 'data-testid': opts.testid } : {}) }, el('span', { class: 'bar-label', title: label }, label), track, el('span', { class: 'bar-value' }, `${pct(value)}${outside ? ' ⚠ outside the band' : ''}`));
}

export function balanceCharts(b: BalanceReport): HTMLElement {
  const r = b.report;
  const maxPlays = Math.max(1, ...Object.values(r.cards).map((c) => c.plays));
  const hints = b.hints.filter((h) => Math.abs(h.winRateChange) >= 0.01);
  const seats = Object.keys(r.winRates).length;
  const band = winBand(seats);
  const bandText = winBandText(seats);
  return el(
    'div',
    { 'data-testid': 'studio-charts' },
    el('h3', {}, `Win rate per role (${r.games} bot games; the shaded band is ${bandText} at ${seats} seats)`),
    ...Object.entries(r.winRates).map(([role, w]) => bar(role, w, { band, bandText, testid: `win-${role}` })),
    el('h3', {}, 'Agreement rate'),
    bar('games ending in a deal', r.agreementRate, { testid: 'agreement' }),
    el('h3', {}, 'Agreed packages'),
    b.agreedPackages.length === 0
      ? el('p', {}, 'No game ended in an agreement.')
      : el('div', {}, ...b.agreedPackages.slice(0, 8).map((p) => bar(Object.entries(p.package).map(([i, o]) => `${i}=${o}`).join(', '), p.share))),
    el('h3', {}, 'Card usage (plays)'),
    ...Object.entries(r.cards)
      .sort((a, c) => c[1].plays - a[1].plays)
      .map(([id, c]) => {
        const row = bar(id, c.plays / maxPlays);
        (row.querySelector('.bar-value') as HTMLElement).textContent = `${c.plays} plays`;
        return row;
      }),
    el('p', { 'data-testid': 'unplayed' }, b.unplayedCards.length === 0 ? 'Every card in a deck was played.' : `Never played: ${b.unplayedCards.join(', ')}`),
    el('h3', {}, 'Hints (no-deal adjustments moved by ±2)'),
    el('ul', { 'data-testid': 'hints' }, ...(hints.length ? hints : b.hints.slice(0, 1)).map((h) => el('li', { class: h.knifeEdge ? 'knife' : '' }, hintText(h)))),
  );
}
