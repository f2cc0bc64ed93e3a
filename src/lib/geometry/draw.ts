import { bbox, buffer, circle, convex, feature, featureCollection, point } from '@turf/turf';
import type { Draw, Place } from '../claims/schema';
import { resolveAnchor } from './anchor';
import { borderStripper } from './border-strip';
import { boxesMeet, clipToBox, expandBox } from './box';
import { intersectAll, subtract } from './clip';
import type { Areal, Ground } from './types';

/** A draw spec whose interpolated numbers are already settled (see timeline/expand). */
export type DrawSpec = Draw;

/**
 * Draws the shape a frame describes. Pure: same spec and ground, same geometry.
 * Throws a plain Error with the problem in the reader's words; the caller locates it.
 */
export function draw(spec: DrawSpec, ground: Ground, places: ReadonlyMap<string, Place>): Areal | null {
  const excluded = (g: Areal | null): Areal | null =>
    spec.exclude.reduce<Areal | null>((acc, { place, km }) => {
      const c = circle(resolveAnchor(place, places), km, { units: 'kilometers', steps: 64 }).geometry;
      // a circle whose box misses the shape's cannot cut it: skip the costly clipping
      return acc && boxesMeet(bbox(acc), bbox(c)) ? subtract(acc, c) : acc;
    }, g);

  switch (spec.method) {
    case 'border-strip': {
      const centre = resolveAnchor(spec.centre, places);
      const stripper = borderStripper(ground, { centre, widthKm: spec.width_km });
      if (spec.area_km2 !== undefined) return stripper.withArea(spec.area_km2, excluded);
      if (spec.depth_km !== undefined) return excluded(stripper.strip(spec.depth_km));
      throw new Error('a border strip needs depth_km or area_km2');
    }
    case 'hull': {
      const pts = spec.points.map((a) => point(resolveAnchor(a, places)));
      // one point pads to a disc, two to a capsule, more to a padded convex hull
      const coords = pts.map((p) => p.geometry.coordinates);
      const base =
        (pts.length >= 3 && convex(featureCollection(pts))) ||
        feature(
          coords.length === 1
            ? { type: 'Point', coordinates: coords[0] }
            : { type: 'LineString', coordinates: coords },
        );
      const padded = buffer(base, spec.pad_km, { units: 'kilometers', steps: 16 })?.geometry as
        Areal | undefined;
      if (!padded) return null;
      // clipping costs grow with every vertex: only the oblast's outline near the hull counts
      return excluded(intersectAll([padded, clipToBox(ground.oblast, expandBox(bbox(padded), 1))]));
    }
    case 'polygon':
      return excluded({ type: 'Polygon', coordinates: spec.coordinates });
  }
}
