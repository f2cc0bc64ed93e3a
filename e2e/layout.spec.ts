/**
 * The page is led by the map: on a desktop the map takes most of the first screen with its
 * date slider in view; on a phone the map and the slider show without scrolling and the
 * rest follows. Nowhere a horizontal scroll; past the base geography no false sea.
 */
import { expect, test, type Page } from '@playwright/test';
import { openMap } from './helpers';

/** The share of the first screen the map covers, and whether the slider is wholly in it. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const { innerWidth: w, innerHeight: h } = window;
    const visible = (r: DOMRect) =>
      Math.max(0, Math.min(r.right, w) - Math.max(r.left, 0)) *
      Math.max(0, Math.min(r.bottom, h) - Math.max(r.top, 0));
    const map = document.querySelector('.map-frame')!.getBoundingClientRect();
    const slider = document.querySelector('[role=slider]')!.getBoundingClientRect();
    return {
      mapShare: visible(map) / (w * h),
      sliderShown: slider.top >= 0 && slider.bottom <= h && slider.width > 0,
      scrollX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

for (const { name, width, height, share } of [
  { name: 'desktop', width: 1280, height: 800, share: 0.6 },
  { name: 'phone', width: 375, height: 800, share: 0.25 },
])
  test(`${name} (${width}x${height}): the map leads the first screen, its slider in view, no sideways scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openMap(page, '?region=kursk&date=2024-08-20');
    const shown = await firstScreen(page);
    expect(
      shown.mapShare,
      `the map covers ${(shown.mapShare * 100).toFixed(0)}% of the first screen`,
    ).toBeGreaterThanOrEqual(share);
    expect(shown.sliderShown, 'the date slider is in the first screen').toBe(true);
    expect(shown.scrollX, 'no horizontal scroll').toBeLessThanOrEqual(0);
    // the panels follow, the area chart with its two labelled axes
    for (const axis of ['km2', 'date'])
      await expect(page.locator(`[data-axis=${axis}] text`).first()).toBeAttached();
  });

test('past the base geography the map is a quiet grey, not sea; inside it, land and water as they are', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, '?date=2024-08-20');
  const beyondAt = (lonLat: [number, number]) =>
    page.evaluate((ll) => {
      const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap
        .map;
      const p = map.project(ll);
      const box = map.getCanvas().getBoundingClientRect();
      if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) throw new Error(`${ll} is off the map`);
      return map.queryRenderedFeatures([p.x, p.y], { layers: ['beyond-base'] }).length > 0;
    }, lonLat);
  // the base box runs from 32.0° to 40.5° east (AOI_BBOX)
  expect(await beyondAt([31.7, 49.5]), 'just west of the base box').toBe(true);
  expect(await beyondAt([41.0, 50.0]), 'east of the base box').toBe(true);
  expect(await beyondAt([32.3, 49.5]), 'just inside its west edge').toBe(false);
  expect(await beyondAt([35.2, 51.2]), 'Kursk oblast').toBe(false);
});

test('the overview’s panel lists all five areas, each a way into its own panel', async ({ page }) => {
  await openMap(page, '?date=2024-08-20');
  const panel = page.getByRole('region', { name: 'All five areas' });
  const areas = panel.locator('li');
  await expect(areas).toHaveCount(5);
  await expect(areas.locator('h3')).toHaveText([
    'Kursk oblast',
    'Belgorod oblast',
    'Sumy oblast',
    'Pokrovsk (Donetsk oblast)',
    'Zaporizhzhia oblast',
  ]);
  // what the claims map in each, never silence: Kursk has its rows, every area its coverage
  await expect(areas.first().locator('[data-testid=panel-amount]').first()).toContainText('km²');
  for (const area of await areas.all()) await expect(area.locator('.coverage')).not.toBeEmpty();
  await panel.getByRole('button', { name: 'Sumy oblast' }).click();
  await expect(page).toHaveURL(/region=sumy/);
  await expect(page.locator('#area-heading')).toHaveText('Sumy oblast');
});
