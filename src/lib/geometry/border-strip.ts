import {
  bbox,
  buffer,
  circle,
  feature,
  nearestPointOnLine,
  pointToPolygonDistance,
  simplify,
} from '@turf/turf';
import type { MultiLineString, MultiPolygon } from 'geojson';
import { km2 } from './area';
import { clipLinesToBox, clipToBox, expandBox } from './box';
import { intersectAll } from './clip';
import { parts } from './normalise';
import { solveIncreasing } from './fit';
import type { Areal, Ground, LonLat } from './types';

export interface StripParams {
  /** The strip is centred on the border point nearest this. */
  centre: LonLat;
  /** Length of border the strip runs along, about (it is cut by a circle of this diameter). */
  widthKm: number;
}

/** Per border, the nearest points already found: frames of a track share their centre. */
const nearestCache = new WeakMap<Ground['border'], Map<string, LonLat>>();

/** The border point nearest `p`. */
export function nearestBorderPoint(border: Ground['border'], p: LonLat): LonLat {
  let known = nearestCache.get(border);
  if (!known) nearestCache.set(border, (known = new Map()));
  const key = `${p[0]},${p[1]}`;
  let q = known.get(key);
  if (!q) {
    q = nearestPointOnLine(feature(border), p, { units: 'kilometers' }).geometry.coordinates as LonLat;
    known.set(key, q);
  }
  return [q[0], q[1]];
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
  // the same for every depth the solver tries: intersect once
  const inDisc = intersectAll([clipToBox(ground.oblast, box), disc]);
  const lines = clipLinesToBox(ground.border, box);
  const cache = new Map<number, Areal | null>();
  const strip = (depthKm: number): Areal | null => {
    if (!cache.has(depthKm)) {
      // Buffering every border vertex is slow (JSTS), and only the inner edge comes from the
      // buffer: the outer edge is the oblast's own, exact border. So buffer a simplified line
      // whose error (a quarter of the depth, 1 km at most) is smaller than the depth.
      const tolerance = Math.min(depthKm / 4, 1) / 111.32;
      const coarse = simplify(feature(lines), { tolerance, highQuality: false });
      const raw = intersectAll([inDisc, bufferEach(coarse.geometry, depthKm)]);
      cache.set(depthKm, raw && pieceAt(raw, onBorder));
    }
    return cache.get(depthKm)!;
  };
  return {
    onBorder,
    strip,
    /** The strip whose area is `targetKm2`, to within 0.1%. */
    withArea(targetKm2: number, transform: (g: Areal | null) => Areal | null = (g) => g): Areal | null {
      // the solver ends on a depth it has measured: keep the shapes rather than redo them
      const shaped = new Map<number, Areal | null>();
      const shape = (d: number) => {
        if (!shaped.has(d)) shaped.set(d, transform(strip(d)));
        return shaped.get(d)!;
      };
      return shape(solveIncreasing((d) => km2(shape(d)), targetKm2, 0.05, widthKm, targetKm2 / widthKm));
    },
  };
}

/**
 * Buffers each line on its own: JSTS spends most of a buffer on the crossings of the
 * offset curves, and a border clipped to a box comes in several pieces whose buffers
 * overlap widely. Polygon clipping takes the overlapping parts as their union.
 */
function bufferEach(lines: MultiLineString, km: number): MultiPolygon | null {
  const polys = lines.coordinates.flatMap((coordinates) => {
    const g = buffer(feature({ type: 'LineString' as const, coordinates }), km, {
      units: 'kilometers',
      steps: 8,
    })?.geometry as Areal | undefined;
    return !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  });
  return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
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
