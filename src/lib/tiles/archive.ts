/**
 * Writes a PMTiles v3 archive: one file any static host can serve, read by HTTP range
 * requests (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md). Layout:
 * header, root directory, JSON metadata, leaf directories, tile data. Tiles are laid out in
 * tile id order (so the archive is "clustered"), a tile identical to one already written
 * points at the same bytes, and neighbours that share bytes become one run-length entry.
 * Everything is in a fixed order, so the same tiles give the same bytes. Pure.
 */
import { zxyToTileId } from 'pmtiles';
import { type Compress, concatBytes, type Entry, layoutDirectories } from './directory';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes before compression. */
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** Must write gzip: the header tells readers tiles and directories are gzip. */
  compress: Compress;
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** [lon, lat, zoom]: where a viewer may open. */
  center: [number, number, number];
  /** The JSON metadata, `vector_layers` among it for vector tiles. */
  metadata: Record<string, unknown>;
}

export interface ArchiveCounts {
  /** Tiles a reader can ask for and get (the tiles given). */
  addressed: number;
  /** Directory entries for tiles: fewer than addressed where runs of one blob were merged. */
  entries: number;
  /** Distinct blobs in the tile data: fewer than entries where identical tiles were merged. */
  contents: number;
  leafDirectories: number;
}

const HEADER_BYTES = 127;
const GZIP = 2;
const MVT = 1;

/** FNV-1a over the bytes: a cheap first test before comparing two tiles byte by byte. */
// Index loops, not for-of or every(): tiles run to hundreds of kilobytes, and these two see
// every byte of every tile.
function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Each tile's place in the data section, identical tiles sharing one, and the data blobs. */
function storeTiles(tiles: readonly ArchiveTile[], compress: Compress) {
  const sorted = tiles
    .map((t) => ({ tileId: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.tileId - b.tileId);
  const seen = new Map<number, { data: Uint8Array; offset: number; length: number }[]>();
  const blobs: Uint8Array[] = [];
  const entries: Entry[] = [];
  let dataLength = 0;
  sorted.forEach(({ tileId, data }, i) => {
    if (i > 0 && sorted[i - 1].tileId === tileId) throw new Error(`tile id ${tileId} given twice`);
    const hash = fnv1a(data);
    const bucket = seen.get(hash) ?? [];
    let stored = bucket.find((s) => sameBytes(s.data, data));
    if (!stored) {
      const blob = compress(data);
      stored = { data, offset: dataLength, length: blob.length };
      bucket.push(stored);
      seen.set(hash, bucket);
      blobs.push(blob);
      dataLength += blob.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === stored.offset && last.tileId + last.runLength === tileId) last.runLength++;
    else entries.push({ tileId, offset: stored.offset, length: stored.length, runLength: 1 });
  });
  return { entries, data: concatBytes(blobs), contents: blobs.length };
}

/**
 * The fixed 127-byte header. `sections` are its eleven little-endian u64s in spec order:
 * root, metadata, leaves and data (offset, length each), then addressed tiles, tile entries
 * and tile contents.
 */
function writeHeader(view: DataView, sections: readonly number[], o: ArchiveOptions): void {
  'PMTiles'.split('').forEach((c, i) => view.setUint8(i, c.charCodeAt(0)));
  view.setUint8(7, 3);
  sections.forEach((n, i) => view.setBigUint64(8 + 8 * i, BigInt(n), true));
  view.setUint8(96, 1); // clustered: blobs are in tile id order
  view.setUint8(97, GZIP); // directories and metadata
  view.setUint8(98, GZIP); // tiles
  view.setUint8(99, MVT);
  view.setUint8(100, o.minzoom);
  view.setUint8(101, o.maxzoom);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  const [west, south, east, north] = o.bounds;
  [west, south, east, north].forEach((v, i) => view.setInt32(102 + 4 * i, e7(v), true));
  view.setUint8(118, o.center[2]);
  view.setInt32(119, e7(o.center[0]), true);
  view.setInt32(123, e7(o.center[1]), true);
}

/** The archive's bytes and what went into them. Throws when there is no tile. */
export function writePmtiles(
  tiles: readonly ArchiveTile[],
  options: ArchiveOptions,
): { archive: Uint8Array; counts: ArchiveCounts } {
  if (tiles.length === 0) throw new Error('nothing to write: no piece reaches any tile');
  const { entries, data, contents } = storeTiles(tiles, options.compress);
  const { root, leaves, leafCount } = layoutDirectories(entries, options.compress);
  const metadata = options.compress(new TextEncoder().encode(JSON.stringify(options.metadata)));

  const header = new Uint8Array(HEADER_BYTES);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  // prettier-ignore
  writeHeader(new DataView(header.buffer), [
    rootOffset, root.length, metadataOffset, metadata.length,
    leavesOffset, leaves.length, dataOffset, data.length,
    tiles.length, entries.length, contents,
  ], options);
  return {
    archive: concatBytes([header, root, metadata, leaves, data]),
    counts: { addressed: tiles.length, entries: entries.length, contents, leafDirectories: leafCount },
  };
}
