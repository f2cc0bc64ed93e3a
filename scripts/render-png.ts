/**
 * PNG copies of every snapshot picture (every area, perspective and period), for places
 * that take no SVG: newsletters, social cards for a given date, CMS thumbnails. Reads
 * dist/snapshots (npm run build first), writes dist/snapshots/png/. Usage:
 *   npm run snapshots:png
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgToPng } from './lib/raster';

const dir = 'dist/snapshots';
const out = join(dir, 'png');
mkdirSync(out, { recursive: true });
const started = Date.now();
let bytes = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
if (files.length === 0) throw new Error(`${dir}: no snapshots; run npm run build first`);
for (const file of files) {
  const png = svgToPng(readFileSync(join(dir, file), 'utf8'));
  writeFileSync(join(out, file.replace(/\.svg$/, '.png')), png);
  bytes += png.length;
}
console.log(
  `${files.length} PNG snapshots in ${out}, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
