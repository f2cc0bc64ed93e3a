/**
 * Faults injected by route interception: each gives a clear message on the page, never a
 * blank page and never an uncaught exception.
 */
import { expect, test } from '@playwright/test';
import { mapIdle, watch } from './helpers';

const ORIGIN = 'http://127.0.0.1:4319';

test('missing or corrupt control data: the page says which file and why', async ({ page }) => {
  const seen = watch(page, [ORIGIN]);
  await page.route('**/data/control.topojson', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto('./?region=kursk');
  await expect(page.getByRole('alert')).toHaveText(
    'The map data could not be loaded: /data/control.topojson: HTTP 404',
  );
  await page.unroute('**/data/control.topojson');
  await page.route('**/data/control.topojson', (route) =>
    route.fulfill({ contentType: 'application/geo+json', body: '{"type":"FeatureCollection","features":[' }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(
    'The map data could not be loaded: /data/control.topojson is not valid JSON',
  );
  // JSON, but GeoJSON where the app reads TopoJSON (a file copied in from an older build)
  await page.unroute('**/data/control.topojson');
  await page.route('**/data/control.topojson', (route) =>
    route.fulfill({ json: { type: 'FeatureCollection', features: [] } }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(
    'The map data could not be loaded: /data/control.topojson: not a control topology (TopoJSON with a "control" object)',
  );
  // said on the page, not thrown: the console has only the failed request itself
  expect(seen.errors.filter((e) => !/404/.test(e))).toEqual([]);
});

test('data that departs from the contract: the page names the file, the record and the field', async ({
  page,
}) => {
  // a built file edited by hand: a row whose holder is neither side, a disputed piece without its dates
  await page.route('**/data/areas.json', async (route) => {
    const areas = await (await route.fetch()).json();
    areas.rows[2].holder = 'nobody';
    await route.fulfill({ json: areas });
  });
  await page.goto('./?region=kursk');
  await expect(page.getByRole('alert')).toHaveText(
    /^The map data could not be loaded: \/data\/areas\.json: rows\[2\] holder: must be "ru" or "ua", got "nobody"$/,
  );
  await page.unroute('**/data/areas.json');
  await page.route('**/data/disputed.geojson', async (route) => {
    const disputed = await (await route.fetch()).json();
    delete disputed.features[0].properties.from;
    await route.fulfill({ json: disputed });
  });
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(
    /^The map data could not be loaded: \/data\/disputed\.geojson: features\[0\] \([^)]+\) properties\.from: is missing$/,
  );
});

test('failed glyph requests: shapes still drawn, a notice about place names', async ({ page }) => {
  const seen = watch(page, [ORIGIN]);
  await page.route('**/fonts/**', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.goto('./?region=kursk&date=2024-08-20&perspective=assessed');
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await expect(page.getByRole('status')).toHaveText(
    "Place names are drawn in a fallback font: the map's own font could not be loaded. The shapes and figures are not affected.",
  );
  await mapIdle(page);
  const drawn = await page.evaluate(() =>
    (window as unknown as { frontlineMap: { visibleShapes(): string[] } }).frontlineMap.visibleShapes(),
  );
  expect(drawn).toContain('kursk-assessed-ua-2024-08-20');
  expect(seen.errors.filter((e) => !/500/.test(e))).toEqual([]);
});

test('no WebGL: a message and a still picture of the view, the figures still there', async ({ page }) => {
  const seen = watch(page, [ORIGIN]);
  // a browser without WebGL: every request for a WebGL context fails
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(type)) return null;
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('./?region=kursk&date=2024-08-20&perspective=assessed');
  const fallback = page.locator('.fallback[role="alert"]');
  await expect(fallback).toContainText('The interactive map could not start in this browser');
  const still = fallback.locator('img');
  await expect(still).toHaveAttribute('src', /snapshots\/kursk-assessed-2024-08-20\.webp$/);
  await expect(still).toHaveAttribute(
    'alt',
    /Ukraine holds between about 1,000 and 1,430 km² of Kursk oblast/,
  );
  await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
  // the panels do not need the map
  await expect(page.getByTestId('panel-amount').first()).toHaveText('between about 1,000 and 1,430 km²');
  expect(seen.errors).toEqual([]);
});
