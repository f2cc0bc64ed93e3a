/**
 * The bare MapLibre pages the embed's first render is measured against: MapLibre from its
 * npm package, no framework, no poster, no legend, the same files. Two of them:
 * - `same`: the embed's own style, every layer of it (patterns, dashed edges, the
 *   not-mapped veil and its labels, event markers), with the same shapes, events and veil
 *   switched on through feature-state as the embed does. What the embed adds over it is the
 *   app itself;
 * - `plain`: the basemap, the shapes as flat fills and the place labels (the bench's first
 *   baseline, kept so runs stay comparable).
 * Run by bench/first-render.ts.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import {
  BASE_SOURCE,
  CHANGE_SOURCE,
  CONTROL_SOURCE,
  DISPUTED_SOURCE,
  EVENTS_SOURCE,
  OBLASTS_LAYER,
  offlineStyle,
  PLACE_LABELS,
  type BaseData,
} from '../src/map/style';
import { overlayLayers } from '../src/map/overlay-layers';
import { patternImages } from '../src/map/patterns';
import { HELD_OPACITY, HOLDER_COLOUR } from '../src/map/palette';
import { baseTilesUrl } from '../src/browser/load';
import { REGION_INFO, REGIONS } from '../src/lib/regions';
import { unmappedOblasts } from '../src/lib/certainty/coverage';
import type { Areas } from '../src/lib/view/areas';
import { EVENT_DAYS } from '../src/lib/taxonomy';
import { dayOf } from '../src/lib/timeline/dates';

export type Baseline = 'same' | 'plain';

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The assessed shapes in force on `date`: what the embed opens on. */
function shownFilter(date: string) {
  return [
    'all',
    ['==', ['get', 'perspective'], 'assessed'],
    ['<=', ['get', 'from'], date],
    ['any', ['!', ['to-boolean', ['get', 'to']]], ['>', ['get', 'to'], date]],
  ];
}

/** The feature-states the embed sets on its first date, worked out here from the built files. */
function firstStates(dist: string, date: string) {
  const control = readJson<FeatureCollection>(`${dist}/data/control.geojson`);
  const events = readJson<FeatureCollection>(`${dist}/data/events.geojson`);
  const areas = readJson<Areas>(`${dist}/data/areas.json`);
  const on = (p: { perspective: string; from: string; to: string | null }) =>
    p.perspective === 'assessed' && p.from <= date && (!p.to || p.to > date);
  const day = dayOf(date);
  const unmapped = unmappedOblasts(
    areas,
    REGIONS.map((r) => REGION_INFO[r]),
    'assessed',
    date,
  );
  return {
    control: control.features.filter((f) => on(f.properties as never)).map((f) => f.properties!.id),
    events: events.features
      .filter(
        (f) => f.geometry && dayOf(f.properties!.date) <= day && day - dayOf(f.properties!.date) < EVENT_DAYS,
      )
      .map((f) => f.properties!.id),
    oblasts: REGIONS.map((r) => [REGION_INFO[r].oblast, unmapped.has(REGION_INFO[r].oblast) ? 1 : 0]),
  };
}

function plainLayers(date: string): LayerSpecification[] {
  return [
    {
      id: 'control',
      type: 'fill',
      source: CONTROL_SOURCE,
      filter: shownFilter(date) as never,
      paint: {
        'fill-color': ['match', ['get', 'holder'], 'ru', HOLDER_COLOUR.ru, HOLDER_COLOUR.ua],
        'fill-opacity': HELD_OPACITY,
      },
    },
    ...overlayLayers().filter((l) => l.id === PLACE_LABELS || l.id === 'settlement-dots'),
  ];
}

/** The page's HTML: `origin` serves the built app (`dist`), MapLibre under /bench-maplibre/. */
export function barePage(origin: string, baseline: Baseline, date: string, dist = 'dist'): string {
  const base: BaseData = { tiles: baseTilesUrl(`${origin}/`) };
  const style = offlineStyle(base, `${origin}/fonts/{fontstack}/{range}.pbf`, '');
  const empty = { type: 'FeatureCollection', features: [] } as FeatureCollection;
  const url = (file: string) => `${origin}/data/${file}`;
  style.sources[CONTROL_SOURCE] = { type: 'geojson', data: url('control.geojson'), promoteId: 'id' };
  if (baseline === 'plain') style.layers.push(...plainLayers(date));
  else {
    style.sources[EVENTS_SOURCE] = { type: 'geojson', data: url('events.geojson'), promoteId: 'id' };
    style.sources[DISPUTED_SOURCE] = { type: 'geojson', data: empty, promoteId: 'id' };
    style.sources[CHANGE_SOURCE] = { type: 'geojson', data: empty };
    style.layers.push(...overlayLayers());
  }
  const states = baseline === 'same' ? firstStates(dist, date) : null;
  const images = baseline === 'same' ? patternImages().map((i) => ({ ...i, data: [...i.data] })) : [];
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <link rel="stylesheet" href="/bench-maplibre/maplibre-gl.css">
    <style>html,body{margin:0}#map{width:800px;height:600px}</style></head>
    <body><div id="map"></div><script type="module">
      import * as maplibregl from '/bench-maplibre/maplibre-gl.mjs';
      maplibregl.setWorkerUrl('/bench-maplibre/maplibre-gl-worker.mjs');
      const map = (window.map = new maplibregl.Map({ container: 'map', style: ${JSON.stringify(style)},
        bounds: [34.4, 50.85, 36.3, 51.75], fitBoundsOptions: { padding: 24 } }));
      const states = ${JSON.stringify(states)};
      const images = ${JSON.stringify(images)};
      map.on('style.load', () => {
        for (const i of images)
          map.addImage(i.id, { width: i.width, height: i.height, data: new Uint8Array(i.data) });
        if (!states) return;
        for (const id of states.control)
          map.setFeatureState({ source: '${CONTROL_SOURCE}', id }, { opacity: 1 });
        for (const id of states.events)
          map.setFeatureState({ source: '${EVENTS_SOURCE}', id }, { opacity: 1 });
        for (const [id, unmapped] of states.oblasts)
          map.setFeatureState({ source: '${BASE_SOURCE}', sourceLayer: '${OBLASTS_LAYER}', id }, { unmapped });
      });
      map.once('load', () => map.once('idle', () => { window.drawnAt = performance.now(); }));
    </script></body></html>`;
}
