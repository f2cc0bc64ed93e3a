/** Units a figure may be stated in. Areas normalise to km²; the rest are counts or lengths. */
export const AREA_UNITS = { km2: 1, 'sq mi': 2.589988110336, ha: 0.01 } as const;
export const OTHER_UNITS = [
  'km',
  'percent',
  'killed',
  'injured',
  'drones',
  'rockets',
  'missiles',
  'villages',
  'settlements',
  'soldiers',
] as const;
export const UNITS = [...Object.keys(AREA_UNITS), ...OTHER_UNITS] as readonly string[];
export type AreaUnit = keyof typeof AREA_UNITS;

export function isAreaUnit(unit: string): unit is AreaUnit {
  return unit in AREA_UNITS;
}

/** km² for an area figure, rounded to 0.1 km² (more would be false precision). */
export function toKm2(value: number, unit: AreaUnit): number {
  return Math.round(value * AREA_UNITS[unit] * 10) / 10;
}
