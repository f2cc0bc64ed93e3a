import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { cameraOf, clickMapAt, mapIdle, openCompare, openMap, renderedIds } from './helpers';

const KURSK_AFTER_CLAIM = '?region=kursk&date=2025-04-27&mode=compare&left=ru&right=ua';

test('two perspectives side by side: each map draws its own, both draw the disputed ground and its km²', async ({
  page,
}) => {
  const { errors, foreign } = await openCompare(page, KURSK_AFTER_CLAIM);
  // Moscow claims all of Kursk: nothing Ukrainian-held on the left; Kyiv's contested ground on the right
  await expect.poll(() => renderedIds(page, 'frontlineMap', 'control-contested')).toEqual([]);
  await expect
    .poll(() => renderedIds(page, 'frontlineCompare', 'control-contested'))
    .toEqual(['kursk-ua-ua-2025-04-26']);
  const disputed = 'disputed-kursk-ua-ua-2025-04-26-vs-ru-2025-04-26';
  await expect.poll(() => renderedIds(page, 'frontlineMap', 'disputed-fill')).toEqual([disputed]);
  await expect.poll(() => renderedIds(page, 'frontlineCompare', 'disputed-fill')).toEqual([disputed]);
  // Kyiv's contested strip is illustrative (no figure stated): disputed only as drawn, so it
  // is shown apart from the headline, which counts ground both sides' claims state
  const panel = page.getByTestId('disputed-kursk');
  await expect(panel).toContainText('Kursk oblast: 0 km² disputed');
  await expect(panel.getByTestId('disputed-drawn')).toHaveText(
    'Not counted: 64 km² disputed only as drawn, where a shape on one side is illustrative (no figure stated) or interpolated between claims.',
  );
  await expect(panel).toContainText('Ukrainian claims draw 64 km² as Ukrainian ground that Russian claims');
  await expect(page.getByTestId('live')).toHaveText(
    '27 April 2025, Russian claims against Ukrainian claims: disputed ground Kursk oblast 0 km² (and 64 km² only as drawn: a shape on one side is illustrative or interpolated).',
  );

  // a day before Moscow's claim, neither side has a claim in force for Kursk: nothing to compare
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('data-date', '2025-04-25');
  await expect(panel).toHaveText(
    'Kursk oblast Nothing to compare on this date: no Russian claim or Ukrainian claim is in force here.',
  );
  await expect.poll(() => renderedIds(page, 'frontlineCompare', 'disputed-fill')).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the swipe divider moves by keyboard and by drag, and the right map is cut at it', async ({ page }) => {
  await openCompare(page, KURSK_AFTER_CLAIM);
  const divider = page.getByRole('slider', { name: 'Swipe divider' });
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
  await expect(divider).toHaveAttribute(
    'aria-valuetext',
    /Russian claims on the left, Ukrainian claims on the right/,
  );
  await divider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(divider).toHaveAttribute('aria-valuenow', '48');
  await page.keyboard.press('PageDown');
  await expect(divider).toHaveAttribute('aria-valuenow', '38');
  await expect(page).toHaveURL(/divider=38/);
  const rightClip = () =>
    page.locator('.map.right').evaluate((el) => getComputedStyle(el).clipPath.replace(/\s+/g, ' '));
  await expect.poll(rightClip).toBe('inset(0px 0px 0px 38%)');

  // drag the handle to a quarter of the way across
  const stage = (await page.locator('.stage').boundingBox())!;
  const grip = (await divider.boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(stage.x + stage.width * 0.25, grip.y + grip.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(divider).toHaveAttribute('aria-valuenow', '25');
  await expect.poll(rightClip).toBe('inset(0px 0px 0px 25%)');
  // the drag moved the divider, not the maps
  expect(await cameraOf(page, 'frontlineMap')).toEqual(await cameraOf(page, 'frontlineCompare'));
});

test('cameras stay in step: dragging one map moves the other, and the area switch moves both', async ({
  page,
}) => {
  await openCompare(page, `${KURSK_AFTER_CLAIM}&layout=split`);
  const before = await cameraOf(page, 'frontlineCompare');
  const left = (await page.locator('.map.left').boundingBox())!;
  await page.mouse.move(left.x + left.width / 2, left.y + left.height / 2);
  await page.mouse.down();
  await page.mouse.move(left.x + left.width / 2 - 120, left.y + left.height / 2 + 60, { steps: 6 });
  await page.mouse.up();
  await mapIdle(page);
  const after = await cameraOf(page, 'frontlineCompare');
  expect(after).not.toEqual(before);
  expect(after).toEqual(await cameraOf(page, 'frontlineMap'));

  await page.getByRole('combobox', { name: 'Area' }).selectOption('sumy');
  await expect(page).toHaveURL(/region=sumy/);
  await expect
    .poll(async () => {
      await mapIdle(page);
      const [a, b] = [await cameraOf(page, 'frontlineMap'), await cameraOf(page, 'frontlineCompare')];
      return a[1] > 50.5 && a[1] < 52 && a.join() === b.join();
    })
    .toBe(true);
});

test('compare settings live in the URL: date comparison, switch, back, reload', async ({ page }) => {
  const { errors } = await openCompare(
    page,
    '?region=kursk&perspective=assessed&mode=compare&from=2024-08-20&to=2025-03-31&layout=split',
  );
  await expect(page.getByLabel('Compare dates')).toBeChecked();
  await expect(page.getByLabel('Side by side')).toBeChecked();
  await expect(page.getByLabel('From (left map)')).toHaveValue('2024-08-20');
  await expect(page.getByLabel('To (right map)')).toHaveValue('2025-03-31');
  const sentence = page.getByTestId('change-sentence').first();
  await expect(sentence).toContainText(
    'Between 20 August 2024 and 31 March 2025, Ukrainian-held ground in Kursk oblast shrank from between about 1,000 and 1,430 km² to up to about 715 km² (independent assessment; as drawn, 1,295 km² to 110 km², 0 km² gained and 1,184 km² lost; how sure: drawn to a stated figure or place, illustrative).',
  );
  // lost ground drawn on the right map; nothing gained
  await expect.poll(() => renderedIds(page, 'frontlineCompare', 'change-lost')).toEqual(['lost-ua']);
  expect(await renderedIds(page, 'frontlineCompare', 'change-gained')).toEqual([]);

  await page.getByLabel('Compare perspectives').check();
  await expect(page).toHaveURL(/mode=compare&left=ru&right=ua&layout=split/);
  await expect(page).not.toHaveURL(/from=/);
  await page.goBack();
  await expect(page).toHaveURL(/from=2024-08-20&to=2025-03-31/);
  await expect(page.getByLabel('Compare dates')).toBeChecked();
  await page.getByLabel('One map').check();
  await expect(page).not.toHaveURL(/mode=/);
  await expect(page.locator('.map.right')).toHaveCount(0);
  await page.goBack();
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-compare-ready', 'true', { timeout: 60_000 });
  await expect(page.getByLabel('From (left map)')).toHaveValue('2024-08-20');
  expect(errors).toEqual([]);
});

async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { file: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('the table view sorts, and downloads as CSV; the shapes shown download as GeoJSON', async ({ page }) => {
  await openMap(page, '?region=kursk&date=2025-04-27&mode=compare&left=ru&right=ua');
  await page.getByText('Table of areas by date, and downloads').click();
  const table = page.getByRole('table', { name: /km² drawn on each date/ });
  const firstDate = () => table.locator('tbody tr th').first().textContent();
  expect(await firstDate()).toBe('2024-08-06');
  await table.getByRole('button', { name: 'Date' }).click(); // already ascending: now descending
  expect(await firstDate()).toBe('2025-04-26');
  await expect(table.locator('th[aria-sort="descending"]')).toHaveText('Date');
  await expect(table.locator('tr[aria-current="date"] th')).toHaveText('2025-04-26');

  const csv = await download(page, 'Download table (CSV)');
  expect(csv.file).toBe('frontline-kursk-km2.csv');
  const lines = csv.text.trim().split('\r\n');
  expect(lines[0]).toMatch(/^region,date,Independent assessment: Ukrainian ground \(km²\),/);
  expect(lines[0]).toContain('Disputed: Russian claims vs Ukrainian claims (km²)');
  expect(lines[0]).toContain(
    'Independent assessment: Ukrainian ground: min (km²),Independent assessment: Ukrainian ground: max (km²),Independent assessment: Ukrainian ground: basis',
  );
  // the drawn area travels with the range the claims allow and its basis
  expect(lines.find((l) => l.startsWith('kursk,2024-08-20,'))).toMatch(
    /^kursk,2024-08-20,1294\.5,1000\.0,1430\.0,area,/,
  );

  const geo = await download(page, 'Download shapes shown (GeoJSON)');
  expect(geo.file).toBe('frontline-kursk-2025-04-27.geojson');
  const fc = JSON.parse(geo.text) as { features: { properties: Record<string, unknown> }[] };
  const summary = fc.features.map((f) => [f.properties.layer, f.properties.side ?? null, f.properties.id]);
  expect(summary).toEqual([
    ['control', 'right', 'kursk-ua-ua-2025-04-26'],
    ['disputed', null, 'disputed-kursk-ua-ua-2025-04-26-vs-ru-2025-04-26'],
  ]);
});

test('clicking disputed ground lists the claims on both sides; the timeline marks where they disagree', async ({
  page,
}) => {
  await openCompare(page, `${KURSK_AFTER_CLAIM}&layout=split`);
  // a point inside the disputed piece, from the data the app serves
  const disputed = JSON.parse(readFileSync('dist/data/disputed.geojson', 'utf8')) as FeatureCollection;
  const piece = disputed.features.find(
    (f) => f.properties!.id === 'disputed-kursk-ua-ua-2025-04-26-vs-ru-2025-04-26',
  )!;
  const inside = pointOnFeature(piece).geometry.coordinates as [number, number];
  await clickMapAt(page, inside);
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('Disputed, about 64 km²');
  await expect(popup).toContainText('Russian military leadership (Moscow)');
  await expect(popup).toContainText("Ukraine's government");

  // the band under the track starts on the day Moscow claimed all of Kursk
  const band = page.locator('.track .band');
  await expect(band).toHaveCount(1);
  const [track, mark] = [(await page.locator('.track').boundingBox())!, (await band.boundingBox())!];
  const fraction = (mark.x - track.x) / track.width;
  const expected =
    (Date.parse('2025-04-26') - Date.parse('2023-12-30')) /
    (Date.parse('2025-04-28') - Date.parse('2023-12-30'));
  expect(Math.abs(fraction - expected)).toBeLessThan(0.005);
});
