/**
 * Packs a GeoJSON FeatureCollection of time pieces into one PMTiles archive of vector tiles:
 *   npm run build:tiles -- IN.geojson OUT.pmtiles [--minzoom 4] [--maxzoom 12] [--layer pieces]
 * OUT is written to a temporary file and renamed, so a failed run leaves an earlier OUT as it
 * was. Bad input exits 1 naming the file, the feature and the field; bad arguments exit 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PieceInputError, piecesToPmtiles } from '../src/lib/tiles/index';
import { writeAllAtomic } from './lib/files';

/** A fixed level, so the same input gives the same bytes on any machine with this zlib. */
const GZIP_LEVEL = 9;

const usage = (message: string): never => {
  console.error(`build:tiles: ${message}`);
  console.error(
    'usage: npm run build:tiles -- IN.geojson OUT.pmtiles [--minzoom 4] [--maxzoom 12] [--layer pieces]',
  );
  process.exit(2);
};
const badInput = (message: string): never => {
  console.error(`build:tiles: ${message}`);
  process.exit(1);
};

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      minzoom: { type: 'string', default: '4' },
      maxzoom: { type: 'string', default: '12' },
      layer: { type: 'string', default: 'pieces' },
    },
  });
} catch (e) {
  usage((e as Error).message);
}
const { values, positionals } = parsed!;
const [input, output] = positionals;
if (!input || !output || positionals.length > 2) usage('give the input GeoJSON and the output archive');
const zoom = (name: 'minzoom' | 'maxzoom'): number => {
  const text = values[name]!;
  return /^\d+$/.test(text) ? Number(text) : usage(`--${name}: "${text}" is not a whole number`);
};
const [minzoom, maxzoom] = [zoom('minzoom'), zoom('maxzoom')];

const started = performance.now();
let json: unknown;
try {
  json = JSON.parse(readFileSync(input, 'utf8'));
} catch (e) {
  badInput(`${input}: ${(e as Error).message}`);
}
let built;
try {
  built = piecesToPmtiles(json, {
    compress: (data) => gzipSync(data, { level: GZIP_LEVEL }),
    minzoom,
    maxzoom,
    layer: values.layer,
  });
} catch (e) {
  if (e instanceof PieceInputError) badInput(`${input}: ${e.message}`);
  if (e instanceof RangeError) usage(e.message);
  throw e;
}
const { archive, counts } = built!;
writeAllAtomic({ [output]: archive });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `wrote ${output}: ${counts.addressed} tiles (${counts.entries} directory entries, ${counts.contents} distinct), ` +
    `zooms ${minzoom}-${maxzoom}, ${archive.length} bytes, ${counts.leafDirectories} leaf directories, ${seconds} s`,
);
