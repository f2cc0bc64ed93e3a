import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

const key = (p: Position) => `${p[0]},${p[1]}`;

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/**
 * The boundary two land polygons share: runs of consecutive vertices of `a` that are
 * also vertices of `b`. Both come from one topologically clean source (OSM land
 * borders), so a shared border has identical vertices on both sides. Pure.
 */
export function sharedBoundary(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): MultiLineString {
  const inB = new Set<string>();
  for (const ring of rings(b)) for (const p of ring) inB.add(key(p));
  const lines: Position[][] = [];
  for (const ring of rings(a)) {
    const open = ring.slice(0, -1); // drop the closing vertex
    const n = open.length;
    // start the walk at a vertex not on the border, so no run wraps around the ring's start
    const start = open.findIndex((p) => !inB.has(key(p)));
    if (start < 0) continue; // a ring lying wholly on the border is an island of b, not a border
    let run: Position[] = [];
    for (let i = 1; i <= n; i++) {
      const p = open[(start + i) % n];
      if (inB.has(key(p))) run.push(p);
      else {
        if (run.length > 1) lines.push(run);
        run = [];
      }
    }
    if (run.length > 1) lines.push(run);
  }
  return { type: 'MultiLineString', coordinates: lines };
}
