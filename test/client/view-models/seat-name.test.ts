/** The join page names the seat it gives in the participant's language, never by its id. */
import { expect, it } from 'vitest';
import { seatName } from '../../../src/client/view-models/seat-name.js';

const roles: { id: string; name: Record<string, string> }[] = [
  { id: 'tnc-lobby', name: { en: 'Technology-industry lobby', fr: "Lobby de l'industrie technologique", es: 'Lobby de la industria tecnológica' } },
  { id: 'observer', name: { en: 'Observer' } },
];

it('names a seat in the reader\'s language, then in English, then by its id', () => {
  expect(seatName(roles, 'tnc-lobby', 'es')).toBe('Lobby de la industria tecnológica');
  expect(seatName(roles, 'tnc-lobby', 'fr')).toBe("Lobby de l'industrie technologique");
  expect(seatName(roles, 'observer', 'fr')).toBe('Observer');
  expect(seatName(roles, 'unknown', 'fr')).toBe('unknown');
  expect(seatName(undefined, 'tnc-lobby', 'fr')).toBe('tnc-lobby');
});
