/**
 * The map's own layers over any basemap: their sources (the shapes, disputed ground, the
 * change between two dates, the areas' outlines for the not-mapped veil, the markers), the
 * patterns they fill with, their inks in a theme, and what a click finds among them.
 * Called by ./map-view.ts on its map; imports only MapLibre's types.
 */
import type {
  Map as MapLibreMap,
  MapGeoJSONFeature,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Theme } from './palette';
import { patternImages } from './patterns';
import {
  BASE_SOURCE,
  baseSource,
  CHANGE_SOURCE,
  CONTROL_SOURCE,
  DISPUTED_SOURCE,
  EVENTS_SOURCE,
  offlineStyle,
} from './style';
import { overlayLayers } from './overlay-layers';
import type { MapViewOptions, Picked } from './view-types';
import { withGeometry } from '../lib/contract/records';

export function overlaySources(
  o: Pick<MapViewOptions, 'control' | 'controlTiles' | 'disputed' | 'events' | 'base' | 'attribution'>,
  change: GeoJSON.FeatureCollection,
): Record<string, SourceSpecification> {
  return {
    [CONTROL_SOURCE]: o.controlTiles
      ? { type: 'vector', url: o.controlTiles.url, promoteId: { [o.controlTiles.layer]: 'id' } }
      : {
          type: 'geojson',
          data: { ...o.control, features: withGeometry(o.control.features) },
          promoteId: 'id',
        },
    [DISPUTED_SOURCE]: { type: 'geojson', data: o.disputed, promoteId: 'id' },
    [CHANGE_SOURCE]: { type: 'geojson', data: change },
    // the basemap's own tiles, under a hosted basemap too: the place labels, and the five
    // areas' outlines veiled where nothing maps them
    [BASE_SOURCE]: baseSource(o.base, o.attribution),
    [EVENTS_SOURCE]: {
      type: 'geojson',
      data: { ...o.events, features: withGeometry(o.events.features) },
      promoteId: 'id',
    },
  };
}

/**
 * Patterns are drawn here, not fetched: all given as soon as a style is read, before any
 * tile is laid out (given only when first missing, tiles laid out at the same moment were
 * left without them), and again if a layer still finds one missing.
 */
export function providePatterns(map: MapLibreMap): void {
  const patterns = new Map(patternImages().map((img) => [img.id, img]));
  const give = (id: string) => {
    const img = patterns.get(id);
    if (img && !map.hasImage(img.id))
      map.addImage(img.id, { width: img.width, height: img.height, data: img.data });
  };
  map.on('style.load', () => patterns.forEach((_, id) => give(id)));
  map.on('styleimagemissing', (e: { id: string }) => give(e.id));
}

/** The built-in basemap's and the overlays' inks in `theme`, set in place. */
export function repaint(
  map: MapLibreMap,
  o: Pick<MapViewOptions, 'base' | 'glyphs' | 'attribution'>,
  theme: Theme,
) {
  const { layers } = offlineStyle(o.base, o.glyphs, o.attribution, theme);
  for (const layer of [...layers, ...overlayLayers(theme)]) {
    if (!map.getLayer(layer.id) || !('paint' in layer) || !layer.paint) continue;
    for (const [name, value] of Object.entries(layer.paint))
      map.setPaintProperty(layer.id, name as never, value as never);
  }
}

/** What a click found among what is shown now; null when nothing. */
export function pickedAmong(
  hits: readonly MapGeoJSONFeature[],
  shown: { control: Set<string>; disputed: Set<string>; events: Set<string> },
): Picked | null {
  const ids = (source: string, set: Set<string>) =>
    [...new Set(hits.filter((f) => f.source === source).map((f) => String(f.id)))].filter((id) =>
      set.has(id),
    );
  const picked: Picked = {
    shapes: ids(CONTROL_SOURCE, shown.control),
    disputed: ids(DISPUTED_SOURCE, shown.disputed),
    events: ids(EVENTS_SOURCE, shown.events),
  };
  return picked.shapes.length || picked.disputed.length || picked.events.length ? picked : null;
}

/** A hosted basemap's style, fetched; throws saying why it cannot be used. */
export async function hostedStyle(url: string): Promise<StyleSpecification> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json().catch(() => {
    throw new Error('not a JSON style');
  })) as StyleSpecification;
}
