/**
 * What the two importers share: their options, and turning days of repaired ground into
 * the map's dated shapes per area, written with the reports. `import:daily` reads a folder
 * of daily files, `import:series` one file with a date on every feature.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { BORDER_SLIVER_KM, type Country } from '../../src/lib/daily/country';
import type { DailyDay } from '../../src/lib/daily/parse';
import { summarise, UKRAINE_BOX, type Repair } from '../../src/lib/daily/repair';
import { spanTracker } from '../../src/lib/daily/series';
import { dailyTrackBuilder, type CountryNote } from '../../src/lib/daily/tracks';
import type { Areal } from '../../src/lib/geometry/types';
import { stableStringify } from '../../src/lib/json';
import { isRegion, REGION_INFO, REGIONS, type Region } from '../../src/lib/regions';
import { HOLDERS, PERSPECTIVES } from '../../src/lib/taxonomy';

export interface ImportOptions {
  perspective: string;
  holder: string;
  region: string;
  source?: string;
  out: string;
  base: string;
  within: [number, number, number, number];
  country: Country;
}

/** The options both importers take, checked; exits 2 naming the option on a bad value. */
export function importArgs(
  name: string,
  extra: NonNullable<ParseArgsConfig['options']> = {},
): {
  options: ImportOptions;
  values: Record<string, unknown>;
  positionals: string[];
  fail: (m: string) => never;
} {
  const fail = (message: string): never => {
    console.error(`${name}: ${message}`);
    process.exit(2);
  };
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      perspective: { type: 'string', default: 'assessed' },
      holder: { type: 'string', default: 'ru' },
      region: { type: 'string', default: 'auto' },
      source: { type: 'string' },
      out: { type: 'string', default: 'geodata/imports' },
      base: { type: 'string', default: 'geodata/base' },
      // the country the series describes: polygons wholly outside it are stray
      within: { type: 'string', default: UKRAINE_BOX.join(',') },
      // whose ground it describes: in the other country's areas it gives only what it can
      // mean there (src/lib/daily/country.ts)
      country: { type: 'string', default: 'UKR' },
      ...extra,
    },
  });
  const v = values as Record<string, string | undefined>;
  if (!(PERSPECTIVES as readonly string[]).includes(v.perspective!))
    fail(`--perspective: "${v.perspective}" is not one of ${PERSPECTIVES.join(', ')}`);
  if (!(HOLDERS as readonly string[]).includes(v.holder!))
    fail(`--holder: "${v.holder}" is not one of ${HOLDERS.join(', ')}`);
  if (v.region !== 'auto' && !isRegion(v.region!))
    fail(`--region: "${v.region}" is not auto or one of ${REGIONS.join(', ')}`);
  if (v.country !== 'UKR' && v.country !== 'RUS') fail(`--country: "${v.country}" is not UKR or RUS`);
  const within = v.within!.split(',').map(Number) as ImportOptions['within'];
  if (within.length !== 4 || within.some((n) => !Number.isFinite(n)))
    fail(`--within: "${v.within}" is not west,south,east,north in degrees`);
  return {
    options: {
      perspective: v.perspective!,
      holder: v.holder!,
      region: v.region!,
      source: v.source,
      out: v.out!,
      base: v.base!,
      within,
      country: v.country as Country,
    },
    values,
    positionals,
    fail,
  };
}

/**
 * Cuts the days (in date order, read one at a time: a long national series is never held
 * whole) into areas, writes each area's file and the repair report, and says what it did.
 */
export function writeImport(
  days: Iterable<DailyDay>,
  skipped: string[],
  o: ImportOptions & { source: string; read: string; progress?: boolean },
): void {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(o.base, file), 'utf8')) as T;
  const oblasts = read<FeatureCollection<Areal, { id: string }>>('oblasts.geojson');
  const border = read<FeatureCollection<MultiLineString>>('border.geojson').features[0].geometry;
  const wanted: Region[] = o.region === 'auto' ? [...REGIONS] : [o.region as Region];
  const regions = wanted.map((id) => ({
    id,
    country: REGION_INFO[id].country,
    oblast: oblasts.features.find((f) => f.properties.id === REGION_INFO[id].oblast)!.geometry,
  }));
  const notes: CountryNote[] = [];
  const tracks = dailyTrackBuilder({
    regions,
    perspective: o.perspective,
    holder: o.holder,
    source: o.source,
    country: { code: o.country, border },
    report: (n) => notes.push(n),
  });
  const spans = spanTracker();
  const repairs: (Repair & { file: string })[] = [];
  let [count, distinct, first, last] = [0, 0, '', ''];
  const started = performance.now();
  for (const day of days) {
    count++;
    [first, last] = [first || day.date, day.date];
    for (const r of day.repairs) repairs.push({ ...r, file: day.file });
    const span = spans.push(day);
    if (span) {
      distinct++;
      tracks.add(span);
    }
    // a progress line on long runs: days read, areas cut
    if (o.progress && count % 100 === 0)
      console.log(
        `  ${count} days read, ${distinct} cut into areas, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
  }
  if (count === 0) return;
  const shapes = tracks.finish();
  const { missing, duplicates } = spans;

  mkdirSync(o.out, { recursive: true });
  const written: string[] = [];
  const write = (path: string, text: string) => {
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  };
  for (const r of wanted) {
    const features = shapes.filter((f) => f.properties.region === r) as Feature[];
    if (features.length === 0) continue;
    const path = join(o.out, `${r}-${o.perspective}-${o.holder}.geojson`);
    write(path, stableStringify({ type: 'FeatureCollection', features }, 0));
    const last = features.at(-1)!.properties!.to ?? 'now';
    written.push(`${path}: ${features.length} shapes, ${features[0].properties!.from} to ${last}`);
  }

  console.log(`read ${count - duplicates.length} days (${first} to ${last}) ${o.read}`);
  console.log(`${distinct} distinct days of ground`);
  if (missing.length)
    console.log(
      `${missing.length} missing day(s), the previous ground carried forward: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`,
    );
  for (const d of duplicates) console.log(`skipped ${d}: a second file for a day already read`);
  for (const s of skipped) console.log(`skipped ${s}`);
  for (const r of new Set(notes.filter((n) => n.kind === 'own-ground').map((n) => n.region)))
    console.log(
      `left out ${r}: the series describes ${o.country}; ground it gives to ${o.holder} in ${REGION_INFO[r].country} is that country's own`,
    );
  for (const r of new Set(notes.filter((n) => n.kind === 'border-sliver').map((n) => n.region))) {
    const of = notes.filter((n) => n.kind === 'border-sliver' && n.region === r);
    const first = of.slice(0, 3).map((n) => n.where);
    console.log(
      `dropped ${of.length} border sliver(s) in ${r} (within ${BORDER_SLIVER_KM} km of the border), e.g. ${first.join('; ')}`,
    );
  }
  // every repair, by kind: how many, on how many days, and where first
  const report = summarise(repairs);
  for (const [kind, { count, examples }] of Object.entries(report)) {
    const onDays = new Set(repairs.filter((r) => r.kind === kind).map((r) => r.file)).size;
    console.log(`repaired ${kind}: ${count} on ${onDays} day(s), e.g. ${examples.join('; ')}`);
  }
  if (written.length) {
    const path = join(o.out, `repairs-${o.perspective}-${o.holder}.json`);
    write(path, stableStringify(report));
    written.push(`${path}: ${repairs.length} repairs of ${Object.keys(report).length} kinds`);
  }
  for (const w of written) console.log(`wrote ${w}`);
  if (written.length === 0) console.log('no area of the map is covered by this series: nothing written');
}
