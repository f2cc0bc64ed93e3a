/**
 * The defects real tracker files carry, injected into a synthetic day: each kind written
 * as a tracker might, or (`clean`) as the valid ground it stands for, so a test can hold
 * the repaired import to the clean one. Near `at`, a [lon, lat] in held-ground country.
 * Pure.
 */
import type { Position } from 'geojson';
import { REPAIR_KINDS, type RepairKind } from './repair';

/** The kinds a file can be given: every repair but Z values and a crs member, which every
 * synthetic day carries anyway. */
export type DefectKind = Exclude<RepairKind, 'z-values' | 'crs'>;
export const DEFECT_KINDS = REPAIR_KINDS.filter((k): k is DefectKind => k !== 'z-values' && k !== 'crs');

type Ring = Position[];
type Geometry = { type: string; coordinates?: unknown; geometries?: unknown[] } | null;

/** A square ring, counter-clockwise, `s` degrees a side from [x, y]. */
const square = (x: number, y: number, s: number): Ring => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

/**
 * The geometries one defect adds to a day, written with the defect or, when `clean`, as
 * the valid ground it stands for (nothing, for a defect that adds no ground).
 */
export function defect(kind: DefectKind, [x, y]: Position, clean: boolean): Geometry[] {
  const s = 0.02; // about 2 km
  const poly = (...rings: Ring[]): Geometry => ({ type: 'Polygon', coordinates: rings });
  const base = square(x, y, s);
  const withPoints = (points: Position[], after = 1): Geometry =>
    poly([...base.slice(0, after + 1), ...points, ...base.slice(after + 1)]);
  switch (kind) {
    case 'null-geometry':
      return clean ? [] : [null];
    case 'empty-geometry':
      return clean ? [] : [{ type: 'MultiPolygon', coordinates: [] }];
    case 'not-areal':
      return clean ? [] : [{ type: 'Point', coordinates: [x, y] }];
    case 'geometry-collection':
      return clean ? [poly(base)] : [{ type: 'GeometryCollection', geometries: [poly(base)] }];
    case 'unclosed-ring':
      return [poly(clean ? base : base.slice(0, -1))];
    case 'duplicate-points':
      return [clean ? poly(base) : withPoints([base[1]])];
    case 'near-duplicate-points':
      return [clean ? poly(base) : withPoints([[base[1][0] + 2e-7, base[1][1]]])];
    case 'spike': // out along the bottom edge and back
      return [clean ? poly(base) : withPoints([[x + 2 * s, y], base[1]])];
    case 'degenerate-ring':
      return clean ? [] : [poly([base[0], base[1], [x + 2 * s, y], base[0]])];
    case 'pinch': {
      // two squares meeting at a corner, written as one ring through it twice
      const far = square(x + s, y + s, s);
      if (clean) return [poly(base), poly(far)];
      return [poly([...base.slice(0, 2), base[2], ...far.slice(1, 4), base[2], ...base.slice(3)])];
    }
    case 'self-crossing': {
      // a bow tie: two triangles meeting at the middle
      const m: Position = [x + s / 2, y + s / 2];
      if (clean) return [poly([base[0], m, base[3], base[0]]), poly([base[1], base[2], m, base[1]])];
      return [poly([base[0], base[2], base[1], base[3], base[0]])];
    }
    case 'hole-touching-shell': // valid as written: reported, kept
      return [poly(base, [base[0], [x + s / 2, y + s / 4], [x + s / 4, y + s / 2], base[0]])];
    case 'hole-crossing-shell': {
      // a hole reaching out past the shell's right edge takes only what lies inside
      const hole = square(x + s / 2, y + s / 4, s);
      hole.splice(2, 2, [x + (3 * s) / 2, y + (3 * s) / 4], [x + s / 2, y + (3 * s) / 4]);
      if (!clean)
        return [
          poly(
            base,
            hole.map(([a, b]) => [a, b]),
          ),
        ];
      return [
        poly([
          base[0],
          base[1],
          [x + s, y + s / 4],
          [x + s / 2, y + s / 4],
          [x + s / 2, y + (3 * s) / 4],
          [x + s, y + (3 * s) / 4],
          base[2],
          base[3],
          base[0],
        ]),
      ];
    }
    case 'wrong-winding':
      return [poly(clean ? base : [...base].reverse())];
    case 'overlapping-parts':
      return clean ? [poly(base)] : [poly(base), poly(square(x + s / 2, y, s / 2))];
    case 'sliver': // about 0.0025 km²: under the sliver tolerance, dropped
      return clean ? [] : [poly(square(x + 3 * s, y, 0.0005))];
    case 'stray-polygon': // a test shape in the Gulf of Guinea
      return clean ? [] : [poly(square(0, 0, s))];
  }
}
