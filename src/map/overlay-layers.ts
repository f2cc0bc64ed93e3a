/**
 * The map's own layers (control shapes, disputed ground, change, not-mapped veil, event
 * markers), laid over whichever basemap is in use (./style.ts). Pure.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import {
  BASEMAP,
  HELD_OPACITY,
  HOLDER_COLOUR,
  NOT_MAPPED_INK,
  NOT_MAPPED_OPACITY,
  type Theme,
} from './palette';
import { byBasis } from '../lib/certainty/look';
import { PLACE_ZOOMS } from '../lib/tiles/base-layers';
import { REGION_INFO, REGIONS } from '../lib/regions';
import {
  BASE_SOURCE,
  CHANGE_SOURCE,
  CONTROL_SOURCE,
  DISPUTED_LAYER,
  DISPUTED_OUTLINE,
  DISPUTED_SOURCE,
  EVENT_LAYER,
  EVENTS_SOURCE,
  NOT_MAPPED,
  NOT_MAPPED_EDGE_LABEL,
  NOT_MAPPED_LABEL,
  OBLASTS_LAYER,
  PLACE_LABELS,
  placeName,
} from './style';

/** Places big enough to label at the zoom (the tiles already leave out the rest). */
const PLACES_SHOWN: ExpressionSpecification = [
  '>=',
  ['get', 'population'],
  ['step', ['zoom'], PLACE_ZOOMS[0][1], ...PLACE_ZOOMS.slice(1).flat()] as ExpressionSpecification,
];
const AREA_IDS: ExpressionSpecification = ['literal', REGIONS.map((r) => REGION_INFO[r].oblast)];
const IN_AREAS: ExpressionSpecification = ['in', ['get', 'id'], AREA_IDS];
/** Ink for what no single side holds: disputed ground is drawn in it, never in a holder's hue. */
export const DISPUTED_INK = '#222222';

const holderColour = [
  'match',
  ['get', 'holder'],
  'ru',
  HOLDER_COLOUR.ru,
  HOLDER_COLOUR.ua,
] as unknown as string;
// Opacity lives in feature-state: a date change flips only the pieces that change, and the
// worker never re-tiles (see design notes: setData or filters reload the source).
const shown = (full: number | ExpressionSpecification) =>
  ['*', full, ['coalesce', ['feature-state', 'opacity'], 0]] as unknown as number;
/** Shown on the areas the claims in force do not map (feature-state set by map-view). */
const unmapped = (full: number) =>
  ['*', full, ['coalesce', ['feature-state', 'unmapped'], 0]] as unknown as number;
/** A fill's full opacity, fainter for ground no figure states (src/lib/certainty/look.ts). */
const strength = (full: number) => byBasis((look) => full * look.strength);

/** Polygons only: a packed history's features also carry lines (see src/lib/pack). */
const AREAL: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];

/**
 * Control and event layers, added above whichever basemap is in use. `controlLayer`: the
 * vector layer the control shapes are in, when they come from tiles.
 */
export function overlayLayers(
  theme: Theme = 'light',
  controlLayer?: string,
  notMapped = 'Not mapped by these claims',
): LayerSpecification[] {
  const ink = BASEMAP[theme];
  const notMappedLabel = (
    id: string,
    zooms: { minzoom?: number; maxzoom?: number },
    placement: Record<string, unknown>,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: BASE_SOURCE,
    'source-layer': OBLASTS_LAYER,
    filter: IN_AREAS,
    ...zooms,
    layout: {
      'text-field': notMapped,
      'text-font': ['Noto Sans Regular'],
      'text-size': 12,
      'text-max-width': 9,
      'text-padding': 20,
      ...placement,
    },
    paint: {
      'text-color': ink.label,
      'text-halo-color': ink.halo,
      'text-halo-width': 1.5,
      'text-opacity': unmapped(0.85),
    },
  });
  const layers: LayerSpecification[] = [
    // ground no claim in force maps: a quiet grey veil, never plain land (below the shapes).
    // A flat fill, not a pattern: a pattern left whole tiles inside an area undrawn here
    {
      id: NOT_MAPPED,
      type: 'fill',
      source: BASE_SOURCE,
      'source-layer': OBLASTS_LAYER,
      filter: IN_AREAS,
      paint: {
        'fill-color': NOT_MAPPED_INK,
        'fill-opacity': unmapped(NOT_MAPPED_OPACITY),
        'fill-antialias': false,
      },
    },
    {
      id: 'control-controlled',
      type: 'fill',
      source: CONTROL_SOURCE,
      filter: ['all', AREAL, ['==', ['get', 'status'], 'controlled']],
      // no antialiased rim: the outline layer draws the edge, and on a packed history the
      // rims of neighbouring pieces would draw their seams as faint lines
      paint: {
        'fill-color': holderColour,
        'fill-opacity': shown(strength(HELD_OPACITY)),
        'fill-antialias': false,
      },
    },
    {
      id: 'control-contested',
      type: 'fill',
      source: CONTROL_SOURCE,
      filter: ['all', AREAL, ['==', ['get', 'status'], 'contested']],
      paint: {
        'fill-pattern': ['concat', 'hatch-', ['get', 'holder']],
        'fill-opacity': shown(strength(1)),
        'fill-antialias': false,
      },
    },
    {
      id: 'control-advance',
      type: 'fill',
      source: CONTROL_SOURCE,
      filter: ['all', AREAL, ['==', ['get', 'status'], 'advance']],
      paint: {
        'fill-pattern': ['concat', 'dots-', ['get', 'holder']],
        'fill-opacity': shown(strength(1)),
        'fill-antialias': false,
      },
    },
    {
      id: 'control-outline',
      type: 'line',
      source: CONTROL_SOURCE,
      // a packed history's pieces carry their outline as lines; their rings would draw seams
      filter: ['any', ['!', ['has', 'packed']], ['!', AREAL]],
      paint: {
        'line-color': holderColour,
        'line-width': 1.5,
        'line-opacity': shown(1),
        // how sure the shape is, in its edge: traced solid, drawn to a stated figure or
        // place dashed, illustrative dotted, interpolated dash-dot
        'line-dasharray': byBasis((look) => ['literal', look.dash]),
      },
    },
    // what changed between two dates: gained ground solid, lost ground striped, per holder
    {
      id: 'change-gained',
      type: 'fill',
      source: CHANGE_SOURCE,
      filter: ['==', ['get', 'change'], 'gained'],
      paint: { 'fill-color': holderColour, 'fill-opacity': 0.75 },
    },
    {
      id: 'change-lost',
      type: 'fill',
      source: CHANGE_SOURCE,
      filter: ['==', ['get', 'change'], 'lost'],
      paint: { 'fill-pattern': ['concat', 'lost-', ['get', 'holder']] },
    },
    {
      id: 'change-outline',
      type: 'line',
      source: CHANGE_SOURCE,
      paint: { 'line-color': holderColour, 'line-width': 2 },
    },
    // ground two perspectives draw differently: cross-hatched in neutral ink, above both
    {
      id: DISPUTED_LAYER,
      type: 'fill',
      source: DISPUTED_SOURCE,
      // off until a pair of perspectives is compared: nothing to draw (or compile) before
      layout: { visibility: 'none' },
      paint: { 'fill-pattern': 'disputed', 'fill-opacity': shown(1), 'fill-antialias': false },
    },
    {
      id: DISPUTED_OUTLINE,
      type: 'line',
      source: DISPUTED_SOURCE,
      layout: { visibility: 'none' },
      paint: { 'line-color': DISPUTED_INK, 'line-width': 2, 'line-opacity': shown(1) },
    },
    // zoomed out, once inside each area; zoomed in, along its edge, just inside it (a point
    // label on a polygon is placed once per tile, so it vanishes where tiles lie wholly inside)
    notMappedLabel(NOT_MAPPED_LABEL, { maxzoom: 7.5 }, {}),
    notMappedLabel(
      NOT_MAPPED_EDGE_LABEL,
      { minzoom: 7.5 },
      { 'symbol-placement': 'line', 'symbol-spacing': 320, 'text-offset': [0, 1] },
    ),
    {
      id: PLACE_LABELS,
      type: 'symbol',
      source: BASE_SOURCE,
      'source-layer': 'places',
      filter: PLACES_SHOWN,
      layout: {
        'text-field': placeName('en'),
        'text-font': ['Noto Sans Regular'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 10, 13],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.5,
      },
      paint: { 'text-color': ink.label, 'text-halo-color': ink.halo, 'text-halo-width': 1.2 },
    },
    {
      id: 'settlement-dots',
      type: 'circle',
      source: BASE_SOURCE,
      'source-layer': 'places',
      filter: PLACES_SHOWN,
      paint: { 'circle-radius': 2.5, 'circle-color': ink.label },
    },
    {
      id: EVENT_LAYER,
      type: 'circle',
      source: EVENTS_SOURCE,
      paint: {
        'circle-radius': 7,
        'circle-color': ['match', ['get', 'kind'], 'strike', '#111111', '#ffffff'],
        'circle-stroke-color': '#111111',
        'circle-stroke-width': 2,
        'circle-opacity': shown(1),
        'circle-stroke-opacity': shown(1),
      },
    },
  ];
  if (!controlLayer) return layers;
  return layers.map((l) =>
    'source' in l && l.source === CONTROL_SOURCE ? { ...l, 'source-layer': controlLayer } : l,
  );
}
