import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { dateRange } from '../../src/lib/view/areas';
import { svgToPng, svgToWebp } from './raster';
import { buildSnapshots } from '../../src/lib/snapshot/set';
import type { DescribeOptions, NamedPlace } from '../../src/lib/view/describe';
import { REGIONS } from '../../src/lib/regions';
import { rasterOf } from '../../src/lib/snapshot/lookup';
import { makeLocale } from '../../src/lib/i18n/locale';
import { ENGLISH } from '../../src/lib/i18n/english';
import uk from '../../src/messages/uk.json' with { type: 'json' };
import ru from '../../src/messages/ru.json' with { type: 'json' };

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const features = (path: string) => read<{ features: Feature[] }>(path).features;

/** Renders the embed's static snapshots into `out` (public/snapshots). Returns how many. */
export async function writeSnapshots(out: string): Promise<number> {
  const control = read<
    Parameters<typeof buildSnapshots>[0]['control'] extends infer C ? { features: C } : never
  >('geodata/build/control.geojson');
  const events = read<{ features: Feature[] }>('geodata/build/events.geojson');
  const layers = (band: 'z0' | 'z7') => ({
    land: features(`geodata/base/display/land-${band}.geojson`),
    oblasts: features(`geodata/base/display/oblasts-${band}.geojson`),
    water: features('geodata/base/water.geojson'),
    border: features('geodata/base/border.geojson'),
  });
  const { files, index, indexes } = buildSnapshots({
    detail: layers('z7'),
    overview: layers('z0'),
    control: control.features,
    areas: read('geodata/build/areas.json'),
    ...read<{ places: NamedPlace[]; claims: DescribeOptions['claims'] }>('geodata/build/claims.json'),
    range: dateRange(control as never, events as never),
    locales: [ENGLISH, makeLocale('uk', uk), makeLocale('ru', ru)],
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, svg] of Object.entries(files)) writeFileSync(join(out, name), svg);
  // the pages show each picture as a WebP beside its SVG (./raster.ts says why)
  for (const entries of Object.values(index.views))
    for (const { file } of entries) writeFileSync(join(out, rasterOf(file)), await svgToWebp(files[file]));
  // the alt texts in each language: index.json (English), index.uk.json, index.ru.json
  for (const [lang, translated] of Object.entries(indexes))
    writeFileSync(
      join(out, lang === 'en' ? 'index.json' : `index.${lang}.json`),
      JSON.stringify(translated) + '\n',
    );
  // raster copies where SVG is not accepted: the share image (og:image) and each area's
  // latest picture (oEmbed thumbnails), rendered without a browser
  writeFileSync(join(out, 'share.png'), svgToPng(files['share.svg']));
  for (const view of ['overview', ...REGIONS]) {
    const latest = index.views[`${view}/assessed`].at(-1)!;
    writeFileSync(join(out, `${view}.png`), svgToPng(files[latest.file]));
  }
  return Object.keys(files).length;
}
