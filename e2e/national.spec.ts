/**
 * A national series with every real-world defect, end to end in the browser: 24 synthetic
 * days of the national profile, each defect kind injected on some day, read and repaired as
 * `import:daily` reads them, cut into Pokrovsk on the real oblast and border, packed by the
 * build's own code and served as the build writes the control layer (TopoJSON). The map
 * draws each day's pieces and scrubs through them.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { importedPieces } from '../src/lib/build/series';
import { DEFECT_KINDS } from '../src/lib/daily/defects';
import { readImport } from '../src/lib/daily/imported';
import { parseDailyFile } from '../src/lib/daily/parse';
import { summarise, UKRAINE_BOX } from '../src/lib/daily/repair';
import { dailySpans } from '../src/lib/daily/series';
import { syntheticDays } from '../src/lib/daily/synthetic';
import { dailyTracks } from '../src/lib/daily/tracks';
import type { Areal } from '../src/lib/geometry/types';
import { stableStringify } from '../src/lib/json';
import { controlTopology } from '../src/lib/pack/topology';
import { mapIdle, openMap, visibleShapes } from './helpers';

const base = <T>(f: string) => JSON.parse(readFileSync(`geodata/base/${f}`, 'utf8')) as T;
const oblast = base<FeatureCollection<Areal, { id: string }>>('oblasts.geojson').features.find(
  (f) => f.properties.id === 'UA.DT',
)!.geometry;
const border = base<FeatureCollection<MultiLineString>>('border.geojson').features[0].geometry;

// every kind on its own day, the first days left clean
const defects = Object.fromEntries(DEFECT_KINDS.map((kind, k) => [kind, [2 + k]]));
const days = [
  ...syntheticDays({ days: 24, vertices: 3000, first: '2025-03-01', seed: 7, profile: 'national', defects }),
].map((d) => parseDailyFile(d.file, d.text, { within: UKRAINE_BOX }));
const shapes = dailyTracks(dailySpans(days).spans, {
  regions: [{ id: 'pokrovsk', oblast, country: 'UKR' }],
  country: { code: 'UKR', border },
  perspective: 'assessed',
  holder: 'ru',
  source: 'national',
});
// read back as the build reads an import file
const imported = readImport(
  'pokrovsk-assessed-ru.geojson',
  stableStringify({ type: 'FeatureCollection', features: shapes }, 0),
);
const pieces = importedPieces(imported.series!);
const control = {
  type: 'FeatureCollection' as const,
  features: pieces.map((p) => ({ ...p.shape, geometry: p.geometry })),
};
const inForce = (date: string) =>
  pieces
    .map((p) => p.shape.properties)
    .filter((p) => p.from <= date && (p.to === null || date < p.to))
    .map((p) => p.id)
    .sort();

test.beforeEach(async ({ page }) => {
  await page.route('**/data/control.topojson', (r) => r.fulfill({ json: controlTopology(control) }));
  await page.route('**/data/disputed.geojson', (r) =>
    r.fulfill({ json: { type: 'FeatureCollection', features: [] } }),
  );
});

test('every defect kind is repaired and named, and the import reads back as the build reads it', () => {
  const kinds = Object.keys(summarise(days.flatMap((d) => d.repairs)));
  expect(kinds).toEqual(expect.arrayContaining([...DEFECT_KINDS]));
  expect(imported.errors).toEqual([]);
  expect(shapes.length).toBeGreaterThan(10);
});

test('the map draws each day of the national series and scrubs through it', async ({ page }) => {
  const { errors } = await openMap(page, '?region=pokrovsk&perspective=assessed&date=2025-03-02');
  expect((await visibleShapes(page)).sort()).toEqual(inForce('2025-03-02'));
  // day by day through the defect days, by keyboard: each day's pieces, and only those
  const slider = page.getByRole('slider', { name: /date/i });
  await slider.focus();
  const seen = new Set<string>();
  for (let day = 3; day <= 22; day++) {
    const date = `2025-03-${String(day).padStart(2, '0')}`;
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('data-date', date);
    await mapIdle(page);
    const shown = (await visibleShapes(page)).sort();
    expect(shown, date).toEqual(inForce(date));
    seen.add(shown.join());
  }
  // the ground changed along the way: a scrub, not one picture
  expect(seen.size).toBeGreaterThan(5);
  expect(errors).toEqual([]);
});
