/**
 * GEOS, the C++ geometry engine PostGIS and Shapely use (compiled to WebAssembly by
 * geos-wasm), for the work done on long traced outlines: validity and intersection. On a
 * day of national ground (25,000 vertices) it checks validity in 10 ms where JSTS took 56,
 * and cuts it to an oblast in 6 ms where JSTS took 18 and polyclip-ts 124. Loaded once by
 * top-level await: importing this module is the wait (about 40 ms). Build-time code only;
 * the app never imports it. Pure.
 */
import initGeos from 'geos-wasm';
import type { Position } from 'geojson';
import type { Areal } from './types';

/** GEOS' last error, said with the failure it explains. */
let lastError = '';
const geos = await initGeos({
  errorHandler: (message) => {
    lastError = message;
  },
  // notices say what a call's result also says (why a shape is invalid): nothing to print
  noticeHandler: () => {},
});
const heap = () => geos.Module.HEAPF64;

/** A ring as a GEOS linear ring: its positions copied straight into the module's memory. */
function ring(positions: Position[]): number {
  const n = positions.length;
  const at = geos.Module._malloc(n * 16);
  const f64 = heap();
  for (let i = 0, k = at / 8; i < n; i++, k += 2) {
    f64[k] = positions[i][0];
    f64[k + 1] = positions[i][1];
  }
  const sequence = geos.GEOSCoordSeq_copyFromBuffer(at, n, 0, 0);
  geos.Module._free(at);
  return geos.GEOSGeom_createLinearRing(sequence);
}

function pointers(list: number[]): number {
  const at = geos.Module._malloc(list.length * 4);
  geos.Module.HEAPU32.set(list, at / 4);
  return at;
}

function polygon(rings: Position[][]): number {
  const holes = rings.slice(1).map(ring);
  const at = holes.length ? pointers(holes) : 0;
  const made = geos.GEOSGeom_createPolygon(ring(rings[0]), at, holes.length);
  if (at) geos.Module._free(at);
  return made;
}

function toGeos(g: Areal): number {
  if (g.type === 'Polygon') return polygon(g.coordinates);
  const parts = g.coordinates.map(polygon);
  const at = pointers(parts);
  const made = geos.GEOSGeom_createCollection(6 /* MultiPolygon */, at, parts.length);
  geos.Module._free(at);
  return made;
}

function positions(sequencePtr: number): Position[] {
  const size = geos.Module._malloc(4);
  geos.GEOSCoordSeq_getSize(sequencePtr, size);
  const n = geos.Module.getValue(size, 'i32');
  geos.Module._free(size);
  const at = geos.Module._malloc(n * 16);
  geos.GEOSCoordSeq_copyToBuffer(sequencePtr, at, 0, 0);
  const f64 = heap();
  const out: Position[] = [];
  for (let i = 0, k = at / 8; i < n; i++, k += 2) out.push([f64[k], f64[k + 1]]);
  geos.Module._free(at);
  return out;
}

function polygonRings(p: number): Position[][] {
  const rings = [positions(geos.GEOSGeom_getCoordSeq(geos.GEOSGetExteriorRing(p)))];
  const holes = geos.GEOSGetNumInteriorRings(p);
  for (let i = 0; i < holes; i++)
    rings.push(positions(geos.GEOSGeom_getCoordSeq(geos.GEOSGetInteriorRingN(p, i))));
  return rings;
}

/** The polygons of a GEOS geometry (lines and points where outlines only touch are left). */
function polygonsOf(g: number, out: Position[][][] = []): Position[][][] {
  const type = geos.GEOSGeomTypeId(g);
  if (type === 3 /* Polygon */) {
    if (!geos.GEOSisEmpty(g)) out.push(polygonRings(g));
  } else if (type === 6 /* MultiPolygon */ || type === 7 /* GeometryCollection */) {
    const n = geos.GEOSGetNumGeometries(g);
    for (let i = 0; i < n; i++) polygonsOf(geos.GEOSGetGeometryN(g, i), out);
  }
  return out;
}

const areal = (polygons: Position[][][]): Areal | null =>
  polygons.length === 0
    ? null
    : polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0] }
      : { type: 'MultiPolygon', coordinates: polygons };

/** Runs a GEOS overlay on copies of the shapes and reads its polygons back, freeing all. */
function overlay(shapes: Areal[], op: (...g: number[]) => number, what: string): Areal | null {
  const copies = shapes.map(toGeos);
  const result = op(...copies);
  for (const c of copies) geos.GEOSGeom_destroy(c);
  if (!result) throw new Error(`GEOS could not ${what}: ${lastError}`);
  const out = areal(polygonsOf(result));
  geos.GEOSGeom_destroy(result);
  return out;
}

/** The ground both shapes cover (GEOS' OverlayNG, robust by snapping where it must). */
export const intersection = (a: Areal, b: Areal): Areal | null =>
  overlay([a, b], (x, y) => geos.GEOSIntersection(x, y), 'intersect two shapes');

/** The ground of `a` that `b` does not cover. */
export const difference = (a: Areal, b: Areal): Areal | null =>
  overlay([a, b], (x, y) => geos.GEOSDifference(x, y), 'subtract a shape');

/** The ground any of the shapes covers; null for none. */
export function union(shapes: readonly Areal[]): Areal | null {
  if (shapes.length === 0) return null;
  // one MultiPolygon of every part: GEOS' unary union merges what overlaps or touches
  const parts = shapes.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  return overlay(
    [{ type: 'MultiPolygon', coordinates: parts }],
    (x) => geos.GEOSUnaryUnion(x),
    'merge the shapes',
  );
}

const structure = geos.GEOSMakeValidParams_create();
geos.GEOSMakeValidParams_setMethod(structure, 1 /* GEOS_MAKE_VALID_STRUCTURE */);
geos.GEOSMakeValidParams_setKeepCollapsed(structure, 0);

/**
 * The valid ground a shape stands for, as GEOS' MakeValid builds it by structure: shells
 * unioned (parts that overlap become one), holes taken away (only where they lie inside),
 * a ring that crosses or touches itself split into the parts it encloses, and what
 * collapses to a line or a point dropped. Null when nothing is left.
 */
export const madeValid = (g: Areal): Areal | null =>
  overlay([g], (x) => geos.GEOSMakeValidWithParams(x, structure), 'make the shape valid');

/** Why a polygonal geometry is not valid by the OGC rules, and where; null when it is. */
export function invalidity(g: Areal): { reason: string; at: Position | null } | null {
  const ptr = toGeos(g);
  const reasonAt = geos.Module._malloc(4);
  const locationAt = geos.Module._malloc(4);
  const valid = geos.GEOSisValidDetail(ptr, 0, reasonAt, locationAt);
  geos.GEOSGeom_destroy(ptr);
  const [reasonPtr, locationPtr] = [
    geos.Module.getValue(reasonAt, 'i32'),
    geos.Module.getValue(locationAt, 'i32'),
  ];
  geos.Module._free(reasonAt);
  geos.Module._free(locationAt);
  if (valid === 1) return null;
  const reason = reasonPtr ? geos.Module.UTF8ToString(reasonPtr) : 'unknown';
  let at: Position | null = null;
  if (locationPtr) {
    at = positions(geos.GEOSGeom_getCoordSeq(locationPtr))[0] ?? null;
    geos.GEOSGeom_destroy(locationPtr);
  }
  if (reasonPtr) geos.GEOSFree(reasonPtr);
  return { reason, at };
}

/** Bytes of the module's memory: calls that free what they take leave it where it is. */
export const heapBytes = (): number => heap().buffer.byteLength;
