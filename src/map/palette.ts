/**
 * Holder colours from the Okabe-Ito palette (safe under the common colour-vision
 * deficiencies); statuses differ by pattern as well as strength, never by hue alone.
 */
export const HOLDER_COLOUR = { ru: '#D55E00', ua: '#0072B2' } as const;
export type HolderKey = keyof typeof HOLDER_COLOUR;

/** Basemap inks per theme; the holder colours above stay the same in both. */
export const BASEMAP = {
  light: {
    sea: '#dbe6ee',
    land: { UKR: '#f7f5ef', RUS: '#efede8' },
    /** Beyond the base geography's box: neither land nor sea, only not drawn here. */
    beyond: '#e6e5e1',
    oblast: '#a9a49a',
    border: '#4a4740',
    label: '#3b3a36',
    halo: '#ffffff',
  },
  dark: {
    sea: '#1d2a33',
    // dark enough that the holders' outlines keep 3:1 against it (colour.test.ts)
    land: { UKR: '#1c1c1b', RUS: '#161615' },
    beyond: '#262625',
    oblast: '#77736a',
    border: '#cfcbc1',
    label: '#e8e4da',
    halo: '#1b1b1a',
  },
} as const;
export type Theme = keyof typeof BASEMAP;

/** The veil over ground no claim in force maps: a neutral grey, quiet in both themes. */
export const NOT_MAPPED_INK = '#8a8a8a';
/** How strongly held ground and the veil are filled: the map, its PNG's key and the bench draw alike. */
export const HELD_OPACITY = 0.45;
export const NOT_MAPPED_OPACITY = 0.22;
