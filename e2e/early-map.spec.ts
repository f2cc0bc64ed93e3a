/**
 * The embed starts its map before its data: MapLibre's context and the basemap's tiles get
 * going while the shapes' files are on their way, on the area the URL asks for. The map is
 * shown only once it has drawn with its shapes: never a basemap without them.
 */
import { expect, test } from '@playwright/test';
import { visibleShapes, watch } from './helpers';

const ORIGIN = 'http://127.0.0.1:4319';

test('the embed starts its basemap while the data is held back, and shows it only with the shapes', async ({
  page,
}) => {
  const seen = watch(page, [ORIGIN]);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/control.topojson', async (route) => {
    await held;
    await route.continue();
  });
  const tiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/base/tiles/')) tiles.push(new URL(r.url()).pathname);
  });

  await page.goto('./embed.html?region=kursk&date=2024-08-20');
  // the map is made and its basemap's tiles asked for while the shapes' file is held
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  // but not shown: the poster's picture stays in view, and the map is not ready
  await expect(page.locator('.maplibregl-canvas')).toBeHidden();
  await expect(page.locator('img.fm-snapshot')).toBeVisible();
  expect(await page.locator('body[data-map-ready]').count()).toBe(0);
  const early = [...tiles];

  release();
  await page.waitForSelector('body[data-map-ready]', { timeout: 60_000 });
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  await expect(page.locator('img.fm-snapshot')).toHaveCount(0);
  expect(await visibleShapes(page)).not.toEqual([]);
  // it had started on Kursk, as the URL asked: the data moved the camera nowhere new
  expect(tiles.filter((t) => !early.includes(t))).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('an embed whose data fails after its basemap started says so, and leaves no map behind', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/control.topojson', async (route) => {
    await held;
    await route.fulfill({ status: 500, body: 'down' });
  });
  await page.goto('./embed.html?region=kursk&date=2024-08-20');
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
  release();
  await expect(page.getByRole('alert')).toContainText('/data/control.topojson: HTTP 500');
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
});
