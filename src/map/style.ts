/**
 * The map's sources and layer names, and the default offline basemap style: this site's
 * data, glyphs from this site, no sprites. The map's own layers are ./overlay-layers.ts.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP, type Theme } from './palette';
import { AOI_BBOX } from '../lib/regions';

export const CONTROL_SOURCE = 'control';
export const EVENTS_SOURCE = 'events';
/** Layers a click on the map asks about. */
export const CONTROL_LAYERS = ['control-controlled', 'control-contested', 'control-advance'];
export const EVENT_LAYER = 'events';
export const DISPUTED_SOURCE = 'disputed';
export const DISPUTED_LAYER = 'disputed-fill';
export const DISPUTED_OUTLINE = 'disputed-outline';
export const CHANGE_SOURCE = 'change';
/** The five areas' outlines: hatched where the claims in force do not map the ground. */
export const COVERAGE_SOURCE = 'coverage';
export const NOT_MAPPED = 'not-mapped';
export const NOT_MAPPED_LABEL = 'not-mapped-label';
export const NOT_MAPPED_EDGE_LABEL = 'not-mapped-edge-label';
/** The basemap's layers: data, or the URL MapLibre fetches it from (in its worker). */
type Source = GeoJSON.FeatureCollection | string;
export interface BaseData {
  land: Source;
  landDetail: Source;
  oblasts: Source;
  border: Source;
  settlements: Source;
  water: Source;
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
      land: { type: 'geojson', data: base.land, maxzoom: 7 },
      landDetail: { type: 'geojson', data: base.landDetail },
      oblasts: { type: 'geojson', data: base.oblasts },
      border: { type: 'geojson', data: base.border, attribution },
      settlements: { type: 'geojson', data: base.settlements },
      water: { type: 'geojson', data: base.water },
      beyond: { type: 'geojson', data: beyondBox() },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': ink.sea } },
      {
        id: 'land-low',
        type: 'fill',
        source: 'land',
        maxzoom: 7,
        paint: { 'fill-color': land },
      },
      {
        id: 'land',
        type: 'fill',
        source: 'landDetail',
        minzoom: 7,
        paint: { 'fill-color': land },
      },
      // lakes, reservoirs (the Dnipro's, including the drained Kakhovka bed) and wide rivers
      { id: 'water', type: 'fill', source: 'water', paint: { 'fill-color': ink.sea } },
      // the base geography ends at its box: past it, a quiet grey rather than the sea's blue
      { id: BEYOND_LAYER, type: 'fill', source: 'beyond', paint: { 'fill-color': ink.beyond } },
      {
        id: 'oblast-lines',
        type: 'line',
        source: 'oblasts',
        paint: { 'line-color': ink.oblast, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'border',
        type: 'line',
        source: 'border',
        paint: {
          'line-color': ink.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2.5],
        },
      },
    ],
  };
}
