/**
 * Time pieces to a PMTiles archive of vector tiles, for histories too long to load whole:
 * the map reads only the tiles in view, by HTTP range requests on one static file. Pure: the
 * caller reads and writes files and passes the compressor (gzip).
 */
import type { Areal } from '../geometry/types';
import { writePmtiles, type ArchiveCounts } from './archive';
import { cutTiles, layerFields } from './cut';
import type { Compress } from './directory';
import { groundOf, readPieces, type PieceCollection } from './pieces-input';

export { PieceInputError } from './pieces-input';
export type { Compress } from './directory';

export interface TileBuildOptions {
  compress: Compress;
  minzoom?: number;
  maxzoom?: number;
  /** The vector layer's name: the map's `source-layer`. */
  layer?: string;
}

/** The highest zoom the pmtiles reader can address (its tile ids must stay exact doubles). */
export const MAX_ZOOM = 26;

const polygonsOf = (g: Areal) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** [west, south, east, north] of the pieces' outer rings (holes lie inside them). */
function boundsOf(pieces: PieceCollection): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { geometry } of pieces.features)
    for (const polygon of polygonsOf(groundOf(geometry)))
      for (const [lon, lat] of polygon[0]) {
        b[0] = Math.min(b[0], lon);
        b[1] = Math.min(b[1], lat);
        b[2] = Math.max(b[2], lon);
        b[3] = Math.max(b[3], lat);
      }
  return b;
}

/**
 * The archive of the pieces in `json` (parsed GeoJSON). Throws PieceInputError naming the
 * feature and field when the input is not a collection of time pieces.
 */
export function piecesToPmtiles(
  json: unknown,
  options: TileBuildOptions,
): { archive: Uint8Array; counts: ArchiveCounts } {
  const { compress, minzoom = 4, maxzoom = 12, layer = 'pieces' } = options;
  if (!(Number.isInteger(minzoom) && Number.isInteger(maxzoom) && 0 <= minzoom && minzoom <= maxzoom))
    throw new RangeError(
      `zooms must be whole numbers with 0 <= minzoom <= maxzoom, got ${minzoom}..${maxzoom}`,
    );
  if (maxzoom > MAX_ZOOM) throw new RangeError(`maxzoom must be at most ${MAX_ZOOM}, got ${maxzoom}`);
  if (layer === '') throw new RangeError('the layer needs a name');

  const pieces = readPieces(json);
  const tiles = cutTiles(pieces, { minzoom, maxzoom, layer });
  const [west, south, east, north] = boundsOf(pieces);
  const center: [number, number, number] = [(west + east) / 2, (south + north) / 2, minzoom];
  return writePmtiles(tiles, {
    compress,
    minzoom,
    maxzoom,
    bounds: [west, south, east, north],
    center,
    metadata: {
      name: layer,
      description: 'Time pieces: each shape holds over [from, to). A missing `to` means open-ended (null).',
      type: 'overlay',
      vector_layers: [{ id: layer, fields: layerFields(pieces), minzoom, maxzoom }],
      // every piece's properties, without geometry: a map can know from this one read which
      // pieces hold on each date (and flip them), before any tile is in view
      pieces: pieces.features.map((f) => f.properties),
      bounds: [west, south, east, north],
      center,
      minzoom,
      maxzoom,
    },
  });
}
