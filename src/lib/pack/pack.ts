/**
 * A long history packed so that one load serves every date: the ground is cut into the
 * cells of a quadtree, and each cell keeps one piece per run of days over which its part
 * of the ground stays the same, valid over `[from, to)`. Where the front does not move, a
 * big cell holds one piece for the whole history; where it moves, cells split down to
 * `cell` degrees, so a day's change costs the few small pieces it touches, not the whole
 * shape again. Daily series repeat most of their vertices from day to day; this is where
 * that repetition is saved. Pure.
 */
import type { Feature, Geometry, MultiLineString, Position } from 'geojson';
import type { Areal } from '../geometry/types';
import type { ControlGeometry } from '../contract/records';
import {
  boundsOf,
  clipPolygons,
  ownEdges,
  sameCoordinates,
  straightEdges,
  type Box,
  type Polygons,
} from './cells';

export interface DatedGround {
  from: string;
  /** Exclusive; null while in force. */
  to: string | null;
  polygons: Polygons;
}

export interface PackedPiece extends DatedGround {
  /** The ground's own edges in this piece (its outline, without the cell's seams). */
  edges: Position[][];
}

export interface PackOptions {
  /** Smallest cell side, degrees. */
  cell: number;
  /** Largest cell side, degrees: `cell` times a power of two. */
  top: number;
}

export const PACK_DEFAULTS: PackOptions = { cell: 0.1, top: 1.6 };

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Consecutive runs with the same ground become one. */
function mergeRuns(runs: readonly DatedGround[]): DatedGround[] {
  const out: DatedGround[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && last.to === r.from && sameCoordinates(last.polygons, r.polygons)) last.to = r.to;
    else out.push({ ...r });
  }
  return out;
}

function quads([w, s, e, n]: Box): Box[] {
  const [x, y] = [round((w + e) / 2), round((s + n) / 2)];
  return [
    [w, s, x, y],
    [x, s, e, y],
    [w, y, x, n],
    [x, y, e, n],
  ];
}

/**
 * One group's history (runs in date order, not overlapping in time; the days between runs
 * hold nothing) as pieces: within any one date the pieces in force are disjoint and
 * together are that date's ground.
 */
export function packHistory(history: readonly DatedGround[], o: PackOptions = PACK_DEFAULTS): PackedPiece[] {
  const out: PackedPiece[] = [];
  const straight = history.flatMap((h) => straightEdges(h.polygons));
  const visit = (box: Box, runs: DatedGround[], side: number) => {
    const merged = mergeRuns(runs);
    if (merged.length <= 1 || side <= o.cell * 1.001) {
      for (const r of merged) out.push({ ...r, edges: ownEdges(r.polygons, box, straight) });
      return;
    }
    for (const q of quads(box)) {
      const inside = merged
        .map((r) => ({ ...r, polygons: clipPolygons(r.polygons, q) }))
        .filter((r) => r.polygons.length > 0);
      if (inside.length) visit(q, inside, side / 2);
    }
  };
  const all = history.flatMap((h) => h.polygons);
  if (all.length === 0) return out;
  const [w, s, e, n] = boundsOf(all);
  // a fixed grid, anchored at 0°: the same ground always falls into the same cells
  for (let y = Math.floor(s / o.top); y * o.top < n; y++)
    for (let x = Math.floor(w / o.top); x * o.top < e; x++) {
      const box: Box = [round(x * o.top), round(y * o.top), round((x + 1) * o.top), round((y + 1) * o.top)];
      const inside = history
        .map((r) => ({ ...r, polygons: clipPolygons(r.polygons, box) }))
        .filter((r) => r.polygons.length > 0);
      if (inside.length) visit(box, inside, o.top);
    }
  return out;
}

/** A piece's ground as a Polygon or MultiPolygon. */
export function pieceGround(p: DatedGround): Areal {
  return p.polygons.length === 1
    ? { type: 'Polygon', coordinates: p.polygons[0] }
    : { type: 'MultiPolygon', coordinates: p.polygons };
}

/** A piece as a feature: its ground and, when it has any, its own edges (the outline). */
export function pieceGeometry(p: PackedPiece): ControlGeometry {
  const fill = pieceGround(p);
  if (p.edges.length === 0) return fill;
  const edges: MultiLineString = { type: 'MultiLineString', coordinates: p.edges };
  return { type: 'GeometryCollection', geometries: [fill, edges] };
}

/**
 * The two parts of a piece's geometry, as pieceGeometry made it: the ground to fill and
 * the edges to outline (null for a whole shape, whose rings are its outline).
 */
export function pieceParts(g: Geometry): { ground: Areal; edges: Geometry | null } {
  if (g.type !== 'GeometryCollection') return { ground: g as Areal, edges: null };
  const ground = g.geometries.find((m) => m.type === 'Polygon' || m.type === 'MultiPolygon') as Areal;
  const edges = g.geometries.find((m) => m.type === 'LineString' || m.type === 'MultiLineString') ?? null;
  return { ground, edges };
}

export interface PackedProps {
  id: string;
  from: string;
  to: string | null;
  /** Marks a piece of a packed history: its outline is drawn from its edges, not its rings. */
  packed: true;
}

/**
 * Several groups (say, one per region, perspective and holder) packed into one list of
 * features, each carrying its group's properties, its validity and an id unique across
 * groups (`prefix` and a running number, in a fixed order: the same input, the same ids).
 */
export function packGroups<P extends Record<string, unknown>>(
  groups: readonly { properties: P; history: readonly DatedGround[] }[],
  o: PackOptions = PACK_DEFAULTS,
  prefix = 'p',
): Feature<Geometry, P & PackedProps>[] {
  let n = 0;
  return groups.flatMap((g) =>
    packHistory(g.history, o).map((p) => ({
      type: 'Feature' as const,
      properties: {
        ...g.properties,
        id: `${prefix}${(n++).toString(36)}`,
        from: p.from,
        to: p.to,
        packed: true as const,
      },
      geometry: pieceGeometry(p),
    })),
  );
}
