/**
 * Making a MapLibre map, and making one before its data: the basemap alone, so MapLibre's
 * WebGL context, its worker and the basemap's tiles and glyphs get going while the shapes'
 * files are still being fetched and checked. The map view takes such a map over once the
 * data has been read (./map-view.ts), adding the shapes to it.
 */
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { providePatterns } from './overlays';
import type { Theme } from './palette';
import { offlineStyle } from './style';
import type { Bounds, MapViewOptions } from './view-types';

/** What a map needs before its data: where it goes, what it looks at, the basemap's files. */
export type MapFrame = Pick<
  MapViewOptions,
  'container' | 'base' | 'glyphs' | 'attribution' | 'bounds' | 'camera' | 'theme'
>;

/** A basemap-only map, made before its data, for a map view to take over. */
export interface EarlyMap {
  readonly map: MapLibreMap;
  /** What it was started on: the view moves only if its data says otherwise. */
  readonly bounds: Bounds;
  readonly theme: Theme;
  /** Resolves once its style is read: layers can be added from then on. */
  readonly styled: Promise<void>;
}

/** Room kept around an area's bounds when a map fits them. */
export const FIT_PADDING = 24;

/** One MapLibre map, with the settings every map of the app has. */
export function makeMap(frame: MapFrame, style: StyleSpecification): MapLibreMap {
  const map = new MapLibreMap({
    container: frame.container,
    style,
    ...(frame.camera ? frame.camera : { bounds: frame.bounds, fitBoundsOptions: { padding: FIT_PADDING } }),
    attributionControl: { compact: false },
    cooperativeGestures: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  providePatterns(map);
  return map;
}

/**
 * Starts the basemap in `frame.container`; null where MapLibre cannot start (no WebGL most
 * often): the map made with the data then fails the same way, and says so.
 */
export function startBasemap(frame: MapFrame): EarlyMap | null {
  const theme = frame.theme ?? 'light';
  let map: MapLibreMap;
  try {
    map = makeMap(frame, offlineStyle(frame.base, frame.glyphs, frame.attribution, theme));
  } catch {
    return null;
  }
  // MapLibre reads a style object on the next frame: this listener is in time
  const styled = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  return { map, bounds: frame.bounds, theme, styled };
}
