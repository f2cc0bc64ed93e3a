/**
 * The map's sources and layer names, and the default offline basemap style: this site's
 * data, glyphs from this site, no sprites. The map's own layers are ./overlay-layers.ts.
 */
import type { ExpressionSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP, type Theme } from './palette';
import { AOI_BBOX } from '../lib/regions';
import { BASE_TILE_ZOOMS } from '../lib/tiles/base-layers';

export const CONTROL_SOURCE = 'control';
export const EVENTS_SOURCE = 'events';
/** Layers a click on the map asks about. */
export const CONTROL_LAYERS = ['control-controlled', 'control-contested', 'control-advance'];
export const EVENT_LAYER = 'events';
export const DISPUTED_SOURCE = 'disputed';
export const DISPUTED_LAYER = 'disputed-fill';
export const DISPUTED_OUTLINE = 'disputed-outline';
export const CHANGE_SOURCE = 'change';
/**
 * The basemap's vector tiles (land, water, oblasts, border, places), also under the map's
 * own layers: place labels, and the five areas' outlines veiled where nothing maps them.
 */
export const BASE_SOURCE = 'base';
/** The base tiles' layer of oblast outlines, whose feature-state says what is not mapped. */
export const OBLASTS_LAYER = 'oblasts';
export const NOT_MAPPED = 'not-mapped';
export const NOT_MAPPED_LABEL = 'not-mapped-label';
export const NOT_MAPPED_EDGE_LABEL = 'not-mapped-edge-label';
/** Where the basemap's tiles are: an absolute URL template with {z}, {x} and {y}. */
export interface BaseData {
  tiles: string;
}

/** The base tiles as a MapLibre source: only the tiles in view are fetched, at its zoom. */
export function baseSource(base: BaseData, attribution: string): SourceSpecification {
  return {
    type: 'vector',
    tiles: [base.tiles],
    ...BASE_TILE_ZOOMS,
    // no request past the box the tiles were cut for
    bounds: AOI_BBOX,
    attribution,
    promoteId: { [OBLASTS_LAYER]: 'id' },
  };
}

/**
 * The default, offline style: every source is this site's data (loaded, or a URL), glyphs
 * come from this site, and there are no sprites (patterns are drawn at run time). Pure.
 */
export const PLACE_LABELS = 'settlement-labels';

/** A place's name in `lang` (`name_uk`, `name_ru`), falling back to its English name. */
export function placeName(lang: string): ExpressionSpecification {
  return lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

export const BEYOND_LAYER = 'beyond-base';

/** The world with the base geography's box cut out: what the basemap does not draw. */
function beyondBox(): GeoJSON.Polygon {
  const [w, s, e, n] = AOI_BBOX;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [-180, -85],
        [180, -85],
        [180, 85],
        [-180, 85],
        [-180, -85],
      ],
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  };
}

export function offlineStyle(
  base: BaseData,
  glyphs: string,
  attribution: string,
  theme: Theme = 'light',
): StyleSpecification {
  const ink = BASEMAP[theme];
  const land = ['match', ['get', 'country'], 'UKR', ink.land.UKR, ink.land.RUS] as unknown as string;
  return {
    version: 8,
    glyphs,
    sources: {
      [BASE_SOURCE]: baseSource(base, attribution),
      beyond: { type: 'geojson', data: beyondBox() },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': ink.sea } },
      {
        id: 'land',
        type: 'fill',
        source: BASE_SOURCE,
        'source-layer': 'land',
        paint: { 'fill-color': land },
      },
      // lakes, reservoirs (the Dnipro's, including the drained Kakhovka bed) and wide rivers
      {
        id: 'water',
        type: 'fill',
        source: BASE_SOURCE,
        'source-layer': 'water',
        paint: { 'fill-color': ink.sea },
      },
      // the base geography ends at its box: past it, a quiet grey rather than the sea's blue
      { id: BEYOND_LAYER, type: 'fill', source: 'beyond', paint: { 'fill-color': ink.beyond } },
      {
        id: 'oblast-lines',
        type: 'line',
        source: BASE_SOURCE,
        'source-layer': OBLASTS_LAYER,
        paint: { 'line-color': ink.oblast, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'border',
        type: 'line',
        source: BASE_SOURCE,
        'source-layer': 'border',
        paint: {
          'line-color': ink.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2.5],
        },
      },
    ],
  };
}
