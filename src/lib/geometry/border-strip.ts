import {
  bbox,
  buffer,
  circle,
  feature,
  nearestPointOnLine,
  pointToPolygonDistance,
  simplify,
} from '@turf/turf';
import { clipLinesToBox, clipToBox, expandBox, intersectAll, km2, parts } from './ops';
import { solveIncreasing } from './fit';
import type { Areal, Ground, LonLat } from './types';

export interface StripParams {
  /** The strip is centred on the border point nearest this. */
  centre: LonLat;
  /** Length of border the strip runs along, about (it is cut by a circle of this diameter). */
  widthKm: number;
}

/** The border point nearest `p`. */
export function nearestBorderPoint(border: Ground['border'], p: LonLat): LonLat {
  return nearestPointOnLine(feature(border), p, { units: 'kilometers' }).geometry.coordinates as LonLat;
}

/**
 * Ground an incursion holds: the part of the oblast within `depthKm` of the international
 * border, along about `widthKm` of it, centred where the border passes nearest `centre`.
 * Only the piece at that border point is kept, so the shape is one contiguous area. Pure.
 */
export function borderStripper(ground: Ground, { centre, widthKm }: StripParams) {
  const onBorder = nearestBorderPoint(ground.border, centre);
  const disc = circle(onBorder, widthKm / 2, { units: 'kilometers', steps: 96 }).geometry;
  const box = expandBox(bbox(disc), 1);
  const oblast = clipToBox(ground.oblast, box);
  const lines = clipLinesToBox(ground.border, box);
  const cache = new Map<number, Areal | null>();
  const strip = (depthKm: number): Areal | null => {
    if (!cache.has(depthKm)) {
      // Buffering every border vertex is slow (JSTS), and only the inner edge comes from the
      // buffer: the outer edge is the oblast's own, exact border. So buffer a simplified line
      // whose error (a quarter of the depth, 1 km at most) is smaller than the depth.
      const tolerance = Math.min(depthKm / 4, 1) / 111.32;
      const coarse = simplify(feature(lines), { tolerance, highQuality: false });
      const zone = buffer(coarse, depthKm, { units: 'kilometers', steps: 8 })?.geometry as Areal | undefined;
      const raw = intersectAll([oblast, disc, zone ?? null]);
      cache.set(depthKm, raw && pieceAt(raw, onBorder));
    }
    return cache.get(depthKm)!;
  };
  return {
    onBorder,
    strip,
    /** The strip whose area is `targetKm2`, to within 0.1%. */
    withArea(targetKm2: number, transform: (g: Areal | null) => Areal | null = (g) => g): Areal | null {
      const depth = solveIncreasing(
        (d) => km2(transform(strip(d))),
        targetKm2,
        0.05,
        widthKm,
        targetKm2 / widthKm,
      );
      return transform(strip(depth));
    },
  };
}

/** The connected piece of `g` nearest `p` (a clipped strip can fall apart at border bends). */
export function pieceAt(g: Areal, p: LonLat): Areal {
  const pieces = parts(g);
  if (pieces.length === 1) return pieces[0].geometry;
  let best = pieces[0];
  let bestD = Infinity;
  for (const piece of pieces) {
    const d = Math.max(0, pointToPolygonDistance(p, piece, { units: 'kilometers' }));
    if (d < bestD || (d === bestD && km2(piece.geometry) > km2(best.geometry))) {
      best = piece;
      bestD = d;
    }
  }
  return best.geometry;
}
