/**
 * What the build checks of every shape it draws from the claims (a valid shape inside its
 * oblast, honouring the figures its claims state, with the places it must and must not
 * hold) and of all shapes together (no ground held by both sides in one perspective). Each
 * problem names the field it is about. Pure.
 */
import { bbox } from '@turf/turf';
import type { Feature, MultiLineString } from 'geojson';
import { LedgerError } from '../claims/errors';
import { shapeProblems } from '../claims/provenance';
import type { Claim, Draw, Place } from '../claims/schema';
import { statedKm2 } from '../claims/validate';
import { resolveAnchor } from '../geometry/anchor';
import { contains, distanceToBorderKm, geometryProblem, outsideKm2, overlapKm2 } from '../geometry/checks';
import { boxesMeet } from '../geometry/box';
import type { Areal } from '../geometry/types';
import type { DatedSpec } from '../timeline/expand';
import { overlaps } from '../timeline/span';
import type { ControlProps } from '../contract/records';

/** Tolerance between a drawn area and a stated figure. */
export const AREA_TOLERANCE = 0.02;

/** Does a drawn area honour a stated figure, given how it was qualified? */
export function honours(drawn: number, stated: { km2: number; qualifier: string }): boolean {
  const { km2: v, qualifier } = stated;
  if (qualifier === 'over' || qualifier === 'at-least') return drawn >= v * (1 - AREA_TOLERANCE);
  if (qualifier === 'under' || qualifier === 'up-to' || qualifier === 'nearly')
    return drawn <= v * (1 + AREA_TOLERANCE);
  return Math.abs(drawn - v) <= v * AREA_TOLERANCE;
}

/** The problems of one drawn shape, each with the field of its frame it is about. */
export function shapeFailures(
  spec: DatedSpec & { draw: Draw },
  g: Areal,
  area: number,
  o: {
    oblast: Areal;
    oblastLabel: string;
    border: MultiLineString;
    places: ReadonlyMap<string, Place>;
    claims: ReadonlyMap<string, Claim>;
  },
): { field: string; message: string }[] {
  const d = spec.draw;
  const out: { field: string; message: string }[] = [];
  const fail = (field: string, message: string) => out.push({ field, message });
  const problem = geometryProblem(g);
  if (problem) fail('draw', `invalid geometry: ${problem}`);
  const outside = outsideKm2(g, o.oblast);
  if (outside > 0.05) fail('draw', `${outside.toFixed(2)} km² lies outside ${o.oblastLabel}`);
  if (
    d.method === 'border-strip' &&
    d.area_km2 !== undefined &&
    !honours(area, { km2: d.area_km2, qualifier: 'about' })
  )
    fail('draw.area_km2', `drawn ${area} km², asked for ${d.area_km2} km²`);
  if (!spec.interpolated) {
    for (const cid of spec.claims) {
      const stated = statedKm2(o.claims.get(cid)!);
      if (stated && !honours(area, stated))
        fail(
          'draw',
          `drawn ${area} km² does not honour ${cid}'s ${stated.qualifier} ${stated.km2} km² (±2%)`,
        );
    }
  }
  for (const p of d.include)
    if (!contains(g, resolveAnchor(p, o.places)))
      fail('draw.include', `${p} should be inside the shape but is not`);
  for (const p of shapeProblems(spec, g, o.places, o.claims)) fail(p.field, p.message);
  for (const { place } of d.exclude)
    if (contains(g, resolveAnchor(place, o.places)))
      fail('draw.exclude', `${place} should be outside the shape`);
  if (d.method === 'border-strip' && distanceToBorderKm(g, o.border) > 0.05)
    fail('draw', 'a border strip must touch the border');
  return out;
}

/**
 * Within one perspective, no ground is held by both sides at once. Boxes first: polygon
 * intersection is the costly part, and most pairs lie far apart.
 */
export function heldByBoth(shapes: readonly Feature<Areal, ControlProps>[]): LedgerError[] {
  const errors: LedgerError[] = [];
  const boxes = shapes.map((s) => bbox(s.geometry));
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const [a, b] = [shapes[i].properties, shapes[j].properties];
      if (a.perspective !== b.perspective || a.holder === b.holder || !overlaps(a, b)) continue;
      if (!boxesMeet(boxes[i], boxes[j])) continue;
      const both = overlapKm2(shapes[i].geometry, shapes[j].geometry);
      if (both > 0.01)
        errors.push(
          new LedgerError(
            '(build)',
            null,
            `${a.id} and ${b.id}`,
            'draw',
            `${both.toFixed(2)} km² held by both sides in the ${a.perspective} perspective`,
          ),
        );
    }
  }
  return errors;
}
