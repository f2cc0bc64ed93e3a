/**
 * Checks that a parsed GeoJSON value is a collection of time pieces before it is tiled: a
 * FeatureCollection of Polygon or MultiPolygon features whose properties carry a unique
 * string `id`, an ISO `from` and an ISO `to` after it (or null, or absent: open-ended).
 * Other properties pass through as they are. A problem is reported with the feature and
 * field it was found in (`features[3].properties.id`), so a person can find it. Pure.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, GeometryCollection } from 'geojson';
import type { Areal } from '../geometry/types';
import { pieceParts } from '../pack/pack';
import { isIsoDate } from '../timeline/dates';

/** A piece's geometry: its ground, or (a packed history's pieces) its ground and its own edges. */
export type PieceGeometry = Areal | GeometryCollection;
export type PieceCollection = FeatureCollection<PieceGeometry, NonNullable<GeoJsonProperties>>;

/** The ground of a piece: the geometry itself, or a collection's Polygon or MultiPolygon. */
export const groundOf = (g: PieceGeometry): Areal => pieceParts(g).ground;

export class PieceInputError extends Error {
  constructor(
    /** Where in the document, e.g. `features[3].properties.id`. */
    readonly where: string,
    readonly problem: string,
    /** The feature's index, or null when the collection itself is wrong. */
    readonly index: number | null,
  ) {
    super(`${where}: ${problem}`);
  }
}

const shown = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

function checkRings(polygon: unknown, where: string, index: number): void {
  if (!Array.isArray(polygon) || polygon.length === 0)
    throw new PieceInputError(where, 'a polygon needs at least one ring', index);
  polygon.forEach((ring: unknown, r) => {
    if (!Array.isArray(ring) || ring.length < 4)
      throw new PieceInputError(`${where}[${r}]`, 'a ring needs at least 4 positions', index);
    ring.forEach((p: unknown, i) => {
      const ok =
        Array.isArray(p) &&
        p.length >= 2 &&
        p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
        Math.abs(p[0]) <= 180 &&
        Math.abs(p[1]) <= 90;
      if (!ok)
        throw new PieceInputError(`${where}[${r}][${i}]`, `not a [lon, lat] position: ${shown(p)}`, index);
    });
  });
}

function checkLine(line: unknown, where: string, index: number): void {
  const ok =
    Array.isArray(line) &&
    line.length >= 2 &&
    line.every(
      (p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)),
    );
  if (!ok) throw new PieceInputError(where, 'a line needs at least 2 [lon, lat] positions', index);
}

/** A packed piece: one Polygon or MultiPolygon (its ground) and lines (its own edges). */
function checkCollection(g: { geometries?: unknown }, where: string, i: number): void {
  const members = Array.isArray(g.geometries)
    ? (g.geometries as { type?: unknown; coordinates?: unknown }[])
    : [];
  let grounds = 0;
  members.forEach((m, j) => {
    const at = `${where}.geometries[${j}]`;
    if (m?.type === 'Polygon' || m?.type === 'MultiPolygon') {
      grounds++;
      checkGeometry({ type: 'Feature', properties: {}, geometry: m } as Feature, i, at);
    } else if (m?.type === 'LineString') checkLine(m.coordinates, `${at}.coordinates`, i);
    else if (m?.type === 'MultiLineString' && Array.isArray(m.coordinates))
      m.coordinates.forEach((l, k) => checkLine(l, `${at}.coordinates[${k}]`, i));
    else throw new PieceInputError(`${at}.type`, `expected a polygon or its edges, got ${shown(m?.type)}`, i);
  });
  if (grounds !== 1)
    throw new PieceInputError(
      `${where}.geometries`,
      `expected one Polygon or MultiPolygon, got ${grounds}`,
      i,
    );
}

function checkGeometry(f: Feature, i: number, where = `features[${i}].geometry`): void {
  const g = f.geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown } | null;
  if (g?.type === 'GeometryCollection' && where === `features[${i}].geometry`) checkCollection(g, where, i);
  else if (g?.type === 'Polygon') checkRings(g.coordinates, `${where}.coordinates`, i);
  else if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates))
    g.coordinates.forEach((p, j) => checkRings(p, `${where}.coordinates[${j}]`, i));
  else
    throw new PieceInputError(`${where}.type`, `expected Polygon or MultiPolygon, got ${shown(g?.type)}`, i);
}

function checkProperties(f: Feature, i: number, firstIndexOf: Map<string, number>): void {
  const p = f.properties;
  const where = `features[${i}].properties`;
  if (p === null || typeof p !== 'object' || Array.isArray(p))
    throw new PieceInputError(where, 'expected an object with id, from and to', i);
  if (typeof p.id !== 'string' || p.id === '')
    throw new PieceInputError(`${where}.id`, `expected a non-empty string, got ${shown(p.id)}`, i);
  const first = firstIndexOf.get(p.id);
  if (first !== undefined)
    throw new PieceInputError(`${where}.id`, `"${p.id}" is already the id of features[${first}]`, i);
  firstIndexOf.set(p.id, i);
  if (!isIsoDate(p.from))
    throw new PieceInputError(`${where}.from`, `expected an ISO date (YYYY-MM-DD), got ${shown(p.from)}`, i);
  if (p.to !== null && p.to !== undefined) {
    if (!isIsoDate(p.to))
      throw new PieceInputError(`${where}.to`, `expected an ISO date or null, got ${shown(p.to)}`, i);
    if (p.to <= p.from) throw new PieceInputError(`${where}.to`, `${p.to} is not after from (${p.from})`, i);
  }
}

/** The value as a collection of time pieces, or a PieceInputError naming what is wrong. */
export function readPieces(value: unknown): PieceCollection {
  const fc = value as { type?: unknown; features?: unknown } | null;
  if (fc?.type !== 'FeatureCollection')
    throw new PieceInputError('type', 'not a GeoJSON FeatureCollection', null);
  if (!Array.isArray(fc.features)) throw new PieceInputError('features', 'expected an array', null);
  const firstIndexOf = new Map<string, number>();
  fc.features.forEach((f: Feature, i) => {
    if (f?.type !== 'Feature') throw new PieceInputError(`features[${i}].type`, 'expected "Feature"', i);
    checkGeometry(f, i);
    checkProperties(f, i, firstIndexOf);
  });
  return value as PieceCollection;
}
