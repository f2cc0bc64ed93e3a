/**
 * Holder colours from the Okabe-Ito palette (safe under the common colour-vision
 * deficiencies); statuses differ by pattern as well as strength, never by hue alone.
 */
export const HOLDER_COLOUR = { ru: '#D55E00', ua: '#0072B2' } as const;
export const STATUS_LABEL = {
  controlled: 'Held',
  contested: 'Contested',
  advance: 'Advance or foothold',
} as const;
export type HolderKey = keyof typeof HOLDER_COLOUR;
export type StatusKey = keyof typeof STATUS_LABEL;
