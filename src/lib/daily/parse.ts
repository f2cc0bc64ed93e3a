/**
 * Reading one file of a daily snapshot series, the public DeepState format: a file named
 * `..._YYYYMMDD.geojson` holding a FeatureCollection whose Polygon or MultiPolygon features
 * are the occupied ground that day. What real files carry is repaired (./repair.ts) and
 * reported; what cannot be read is refused with the file, feature and field named. Pure.
 */
import type { MultiPolygon, Position } from 'geojson';
import { repairGround, type Repair, type RepairOptions } from './repair';
import { isIsoDate } from '../timeline/dates';

export interface DailyDay {
  /** ISO date from the file name. */
  date: string;
  file: string;
  geometry: MultiPolygon;
  /** What was repaired in the file to make its ground valid. */
  repairs: Repair[];
}

export class DailyFileError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    problem: string,
  ) {
    super(`${file}: ${where}: ${problem}`);
  }
}

const NAME = /_(\d{4})(\d{2})(\d{2})\.geojson$/i;

/** The date a daily file stands for, from its name, or null when the name carries none. */
export function dateOfFile(file: string): string | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(iso) ? iso : null;
}

function position(p: unknown, where: string, file: string, z: () => void): Position {
  if (
    !Array.isArray(p) ||
    p.length < 2 ||
    p.length > 3 ||
    !p.every((n) => typeof n === 'number' && Number.isFinite(n))
  )
    throw new DailyFileError(file, where, 'a position must be [lon, lat] or [lon, lat, z] in finite numbers');
  const [lon, lat] = p as number[];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
    throw new DailyFileError(file, where, `[${lon}, ${lat}] is not a longitude and latitude`);
  if (p.length === 3) z();
  return [lon, lat]; // the Z value, if any, is dropped
}

/**
 * Parses one daily file's text. What real series carry and can be repaired (null or empty
 * geometries, GeometryCollections, points and lines among the polygons, Z values, a `crs`
 * member, rings that are unclosed, repeat points, touch or cross themselves, overlapping
 * parts, slivers, stray polygons outside `o.within`) is repaired and reported; what cannot
 * be read (no date, bad JSON, positions that are not numbers) throws DailyFileError naming
 * the file and the field.
 */
export function parseDailyFile(file: string, text: string, o: RepairOptions = {}): DailyDay {
  const date = dateOfFile(file);
  if (!date) throw new DailyFileError(file, 'file name', 'no date: expected a name ending _YYYYMMDD.geojson');
  const fc = readFeatureCollection(file, text);
  const found = readPolygons(fc.features, file);
  if (fc.crs !== undefined) found.repairs.unshift({ kind: 'crs', where: 'crs' });
  const { geometry, repairs } = repairGround(found.polygons, o);
  if (!geometry) throw new DailyFileError(file, 'features', 'no polygon of occupied ground');
  return { date, file, geometry, repairs: [...found.repairs, ...repairs] };
}

/** A file's text as a FeatureCollection; throws DailyFileError when it is not one. */
export function readFeatureCollection(file: string, text: string): { features: unknown[]; crs?: unknown } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DailyFileError(file, 'JSON', (e as Error).message);
  }
  const fc = json as { type?: unknown; features?: unknown; crs?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new DailyFileError(file, 'type', 'not a GeoJSON FeatureCollection');
  return fc as { features: unknown[]; crs?: unknown };
}

/** Every polygon of the features, with where it is; what is not a polygon, reported. */
export function readPolygons(
  features: unknown[],
  file: string,
): { polygons: { rings: Position[][]; where: string }[]; repairs: Repair[] } {
  const polygons: { rings: Position[][]; where: string }[] = [];
  const repairs: Repair[] = [];
  let zSeen = false;
  const z = (where: string) => () => {
    if (!zSeen) repairs.push({ kind: 'z-values', where });
    zSeen = true;
  };
  const rings = (coords: unknown, where: string) => {
    if (!Array.isArray(coords) || coords.length === 0)
      return void repairs.push({ kind: 'empty-geometry', where });
    const out = coords.map((r, i) => {
      if (!Array.isArray(r))
        throw new DailyFileError(file, `${where}[${i}]`, 'a ring must be an array of positions');
      return r.map((p, j) => position(p, `${where}[${i}][${j}]`, file, z(where)));
    });
    polygons.push({ rings: out, where });
  };
  const walk = (g: { type?: unknown; coordinates?: unknown; geometries?: unknown } | null, where: string) => {
    if (g === null || g === undefined) return void repairs.push({ kind: 'null-geometry', where });
    if (g.type === 'Polygon') return rings(g.coordinates, `${where}.coordinates`);
    if (g.type === 'MultiPolygon') {
      if (!Array.isArray(g.coordinates) || g.coordinates.length === 0)
        return void repairs.push({ kind: 'empty-geometry', where });
      return g.coordinates.forEach((p, j) => rings(p, `${where}.coordinates[${j}]`));
    }
    if (g.type === 'GeometryCollection' && Array.isArray(g.geometries)) {
      repairs.push({ kind: 'geometry-collection', where });
      return g.geometries.forEach((m, j) => walk(m, `${where}.geometries[${j}]`));
    }
    if (typeof g.type === 'string' && /^(Multi)?(Point|LineString)$/.test(g.type))
      return void repairs.push({ kind: 'not-areal', where: `${where} (${g.type})` });
    throw new DailyFileError(file, `${where}.type`, `expected a GeoJSON geometry, got ${String(g.type)}`);
  };
  features.forEach((f, i) =>
    walk((f as { geometry?: null } | null)?.geometry ?? null, `features[${i}].geometry`),
  );
  return { polygons, repairs };
}
