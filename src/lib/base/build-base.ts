import {
  area,
  bbox,
  buffer,
  difference,
  distance,
  featureCollection,
  feature,
  intersect,
  rewind,
  simplify,
} from '@turf/turf';
import type { Feature, GeoJsonProperties, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { AOI_BBOX, inAoi } from '../regions';
import { roundGeometry } from '../geometry/precision';
import { clipToBox, dropEmpty } from '../geometry/box';
import { withoutSlivers } from '../geometry/normalise';
import { sharedBoundary } from './border';
import type { Settlement } from './settlements';

type Areal = Polygon | MultiPolygon;

export interface BaseInputs {
  /** Land polygons by ISO alpha-3 code (OSM-derived, about 10 m accurate). */
  countries: Record<'RUS' | 'UKR', Areal>;
  /** Admin-1 outlines (Natural Earth): id like RU.KS, name, country alpha-3. */
  oblasts: { id: string; name: string; country: 'RUS' | 'UKR'; geometry: Areal }[];
  settlements: Settlement[];
  /** Lakes, reservoirs and wide rivers as areas (OSM-derived, about 1 km accurate). */
  water: Areal[];
}

export interface BaseOutputs {
  /** Full-resolution land in the AOI: the geometry builder's reference. */
  land: Feature<Areal, { country: string }>[];
  /** The Russia-Ukraine land border in the AOI. */
  border: Feature<import('geojson').MultiLineString, { countries: string }>;
  oblasts: Feature<Areal, { id: string; name: string; country: string; area_km2: number }>[];
  settlements: Feature<Point, Omit<Settlement, 'lon' | 'lat'>>[];
  /** Inland water in the AOI, for display only: claims are measured over land. */
  water: Feature<Areal, { area_km2: number }>[];
  /** Display versions of land and oblasts, simplified for low zooms. */
  display: Record<string, Feature<Areal>[]>;
}

/** Display tolerances in degrees, per zoom band: about 1 km for zoom < 7, 100 m below 10. */
export const DISPLAY_TOLERANCE = { z0: 0.01, z7: 0.001 } as const;
/** Rings smaller than this (km²) vanish at that zoom band: river islands, small lakes. */
const DISPLAY_MIN_RING_KM2 = { z0: 2, z7: 0.05 } as const;
const DECIMALS = 5; // about 1 m: finer than the 10 m source
/** Water bodies smaller than this (km²) are left out: at 1 km accuracy they draw as triangles. */
const WATER_MIN_KM2 = 3;
/** Settlement records closer than this are one place recorded twice. */
const DUPLICATE_KM = 1;
// How far an oblast outline may grow to meet the OSM border: Natural Earth's admin-1 lines
// are coarser (about 200 m off, more along rivers) than the OSM-derived country outline.
const OBLAST_SNAP_KM = 3;

function asAreal(f: Feature<Areal> | null, what: string): Areal {
  return need(f?.geometry ?? null, what);
}

function need(g: Areal | null, what: string): Areal {
  if (!g) throw new Error(`base: ${what} came out empty`);
  return g;
}

function clean<G extends Areal>(g: G): G {
  return roundGeometry(rewind(g as Polygon, { reverse: false }) as unknown as G, DECIMALS);
}

/**
 * Builds the base geography from source data already read into memory. Pure: the
 * script `scripts/build-base.ts` does the reading and writing.
 */
export function buildBase(inputs: BaseInputs, log: (msg: string) => void = () => {}): BaseOutputs {
  const land = (['RUS', 'UKR'] as const).map((country) => {
    return feature(clean(need(clipToBox(inputs.countries[country], AOI_BBOX), country)), { country });
  });
  const [rus, ukr] = land;
  log('land clipped');
  const border = feature(sharedBoundary(ukr.geometry, rus.geometry), { countries: 'RUS-UKR' });

  const nearby = inputs.oblasts.filter((o) => overlaps(bbox(o.geometry), AOI_BBOX));
  const oblasts = nearby
    .map((o) => {
      const country = land.find((l) => l.properties.country === o.country)!;
      const grown = buffer(feature(o.geometry), OBLAST_SNAP_KM, { units: 'kilometers' })!;
      const box = bbox(grown);
      // clip the country to the oblast's box first: polygon clipping cost grows with vertices
      const local = need(clipToBox(country.geometry, box), `${o.id} land`);
      let fitted = asAreal(intersect(featureCollection([grown, feature(local)])), o.id);
      // growing must not take ground from a neighbouring oblast of the same country
      for (const other of nearby) {
        if (other.id === o.id || other.country !== o.country) continue;
        if (!overlaps(bbox(other.geometry), box)) continue;
        const rest = difference(featureCollection([feature(fitted), feature(other.geometry)]));
        fitted = asAreal(rest, o.id);
      }
      const geometry = clean(withoutSmallHoles(withoutSlivers(fitted, 0.5) ?? fitted, 1));
      return feature(geometry, {
        id: o.id,
        name: o.name,
        country: o.country,
        area_km2: Math.round(area(geometry) / 1e6),
      });
    })
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));

  log('oblasts fitted');
  const settlements = withoutDuplicates(inputs.settlements.filter((s) => inAoi([s.lon, s.lat])))
    .sort((a, b) => b.population - a.population || a.geonameid - b.geonameid)
    .map(({ lon, lat, ...props }) =>
      feature(roundGeometry({ type: 'Point', coordinates: [lon, lat] }, DECIMALS) as Point, props),
    );

  const water = inputs.water
    .flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates))
    .filter((rings) => overlaps(bbox({ type: 'Polygon', coordinates: rings }), AOI_BBOX))
    .flatMap((rings) => {
      const clipped = clipToBox({ type: 'Polygon', coordinates: rings }, AOI_BBOX);
      if (!clipped) return [];
      const geometry = clean(clipped);
      const km2 = area(geometry) / 1e6;
      return km2 < WATER_MIN_KM2 ? [] : [feature(geometry, { area_km2: Math.round(km2) })];
    })
    // largest first, ties by position: the order must not depend on the input's
    .sort((a, b) => b.properties.area_km2 - a.properties.area_km2 || compareBoxes(a, b));
  log(`water: ${water.length} bodies`);

  const display: BaseOutputs['display'] = {};
  for (const [band, tolerance] of Object.entries(DISPLAY_TOLERANCE)) {
    const minKm2 = DISPLAY_MIN_RING_KM2[band as keyof typeof DISPLAY_MIN_RING_KM2];
    display[`land-${band}`] = land.map((f) => simplified(f, tolerance, minKm2));
    display[`oblasts-${band}`] = oblasts.map((f) => simplified(f, tolerance, minKm2));
  }
  return { land, border, oblasts, settlements, water, display };
}

/**
 * GeoNames sometimes holds one town twice, once under its Russian romanisation (Kurakhove
 * and Kurakhovo, 240 m apart): of records closer than `DUPLICATE_KM`, the one with more
 * checked names is kept, then the more populous.
 */
function withoutDuplicates(settlements: Settlement[]): Settlement[] {
  const named = (s: Settlement) => Number(s.name_uk !== null) + Number(s.name_ru !== null);
  const best = [...settlements].sort(
    (a, b) => named(b) - named(a) || b.population - a.population || a.geonameid - b.geonameid,
  );
  const kept: Settlement[] = [];
  for (const s of best) {
    const near = kept.some(
      (k) => distance([k.lon, k.lat], [s.lon, s.lat], { units: 'kilometers' }) < DUPLICATE_KM,
    );
    if (!near) kept.push(s);
  }
  return kept;
}

/** Fills holes under `minKm2` (ponds, quarries in OSM land): shapes drawn to claims treat
 * them as ground, and hundreds of tiny rings slow every polygon operation. */
function withoutSmallHoles(g: Areal, minKm2: number): Areal {
  const big = (ring: Position[]) => area({ type: 'Polygon', coordinates: [ring] }) >= minKm2 * 1e6;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(([outer, ...holes]) => [
    outer,
    ...holes.filter(big),
  ]);
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

function simplified<P extends GeoJsonProperties>(
  f: Feature<Areal, P>,
  tolerance: number,
  minKm2: number,
): Feature<Areal, P> {
  const big = (ring: Position[]) => area({ type: 'Polygon', coordinates: [ring] }) >= minKm2 * 1e6;
  const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
    .filter((p) => big(p[0]))
    .map((p) => p.filter(big));
  const kept = feature(
    need(dropEmpty({ type: 'MultiPolygon', coordinates: polys }), 'display'),
    f.properties,
  );
  const s = simplify(kept, { tolerance, highQuality: true, mutate: false });
  return { ...s, properties: f.properties, geometry: clean(s.geometry) };
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function compareBoxes(a: Feature<Areal>, b: Feature<Areal>): number {
  const [ba, bb] = [bbox(a), bbox(b)];
  return ba[0] - bb[0] || ba[1] - bb[1];
}
