/**
 * The asset palette. Role colours are the Okabe–Ito colour-blind-safe set
 * (Okabe & Ito, "Color Universal Design", 2002); UI colours are the project's own.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  pink: '#CC79A7',
} as const;

export const palette = {
  // Roles (the shipped levels use the same values in their `colour` fields).
  delegation: OKABE_ITO.orange,
  proponents: OKABE_ITO.pink,
  lobby: OKABE_ITO.blue,
  'civil-society': OKABE_ITO.green,
  npc: '#8A94A0',
  // Card kinds.
  proposal: OKABE_ITO.sky,
  influence: OKABE_ITO.vermillion,
  evidence: OKABE_ITO.yellow,
  information: OKABE_ITO.pink,
  // UI.
  ink: '#14202B',
  'ink-soft': '#2A3A48',
  paper: '#F3ECDD',
  'paper-shade': '#DCD2BE',
  felt: '#1D4B47',
  'felt-dark': '#11302D',
  wood: '#5B3A24',
  'wood-light': '#7D5433',
  brass: '#C9A24A',
  'brass-light': '#E6C97A',
  'brass-dark': '#8A6A28',
  accept: OKABE_ITO.sky,
  reject: OKABE_ITO.vermillion,
  focus: OKABE_ITO.yellow,
} as const;

export type PaletteName = keyof typeof palette;
