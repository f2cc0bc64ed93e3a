/**
 * Reading one file of a daily snapshot series, the public DeepState format: a file named
 * `..._YYYYMMDD.geojson` holding a FeatureCollection whose Polygon or MultiPolygon features
 * are the occupied ground that day. An optional `crs` member and a third (Z) coordinate
 * are accepted and dropped. Anything else is refused with the file, feature and field
 * named. Pure.
 */
import type { MultiPolygon, Position } from 'geojson';

export interface DailyDay {
  /** ISO date from the file name. */
  date: string;
  file: string;
  geometry: MultiPolygon;
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
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

function position(p: unknown, where: string, file: string): Position {
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
  return [lon, lat]; // the Z value, if any, is dropped
}

function ring(r: unknown, where: string, file: string): Position[] {
  if (!Array.isArray(r) || r.length < 4)
    throw new DailyFileError(file, where, 'a ring needs at least 4 positions');
  const out = r.map((p, i) => position(p, `${where}[${i}]`, file));
  const [a, b] = [out[0], out[out.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) throw new DailyFileError(file, where, 'the ring is not closed');
  return out;
}

const polygon = (rings: unknown, where: string, file: string): Position[][] => {
  if (!Array.isArray(rings) || rings.length === 0)
    throw new DailyFileError(file, where, 'a polygon needs at least one ring');
  return rings.map((r, i) => ring(r, `${where}[${i}]`, file));
};

/** Parses one daily file's text; throws DailyFileError naming the file and what is wrong. */
export function parseDailyFile(file: string, text: string): DailyDay {
  const date = dateOfFile(file);
  if (!date) throw new DailyFileError(file, 'file name', 'no date: expected a name ending _YYYYMMDD.geojson');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DailyFileError(file, 'JSON', (e as Error).message);
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new DailyFileError(file, 'type', 'not a GeoJSON FeatureCollection');
  const polygons: Position[][][] = [];
  fc.features.forEach((f: { geometry?: { type?: unknown; coordinates?: unknown } }, i: number) => {
    const g = f?.geometry;
    const where = `features[${i}].geometry`;
    if (g?.type === 'Polygon') polygons.push(polygon(g.coordinates, `${where}.coordinates`, file));
    else if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates))
      g.coordinates.forEach((p, j) => polygons.push(polygon(p, `${where}.coordinates[${j}]`, file)));
    else
      throw new DailyFileError(
        file,
        `${where}.type`,
        `expected Polygon or MultiPolygon, got ${String(g?.type)}`,
      );
  });
  if (polygons.length === 0) throw new DailyFileError(file, 'features', 'no polygon of occupied ground');
  return { date, file, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}
