/**
 * A packed daily series in the app: the map shows, on each date, exactly the pieces in
 * force; its outline is the ground's own edge (no seams between the pieces' cells); and a
 * click on it names the series and gives the series' total on the date shown. The series is
 * 40 synthetic days, packed by the build's own code and served, as the build writes it (TopoJSON), in place of
 * control.topojson.
 */
import { expect, test } from '@playwright/test';
import { ENGLISH } from '../src/lib/i18n/english';
import { clickMapAt, mapIdle, openMap, visibleShapes } from './helpers';
import { controlTopology } from '../src/lib/pack/topology';
import { days, inForce, series } from './synthetic';

const pieces = series.features;

test.beforeEach(async ({ page }) => {
  await page.route('**/data/control.topojson', (r) => r.fulfill({ json: controlTopology(series) }));
  await page.route('**/data/disputed.geojson', (r) =>
    r.fulfill({ json: { type: 'FeatureCollection', features: [] } }),
  );
});

test('the map shows the pieces in force on each date, and only those', async ({ page }) => {
  const { errors } = await openMap(page, '?region=pokrovsk&perspective=assessed&date=2025-01-10');
  expect(pieces.length).toBeGreaterThan(100);
  const on = (date: string) =>
    inForce(date)
      .map((p) => p.id)
      .sort();
  expect((await visibleShapes(page)).sort()).toEqual(on('2025-01-10'));
  // the end of the slider, by keyboard: after the series' last day, its last ground holds
  const slider = page.getByRole('slider', { name: /date/i });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).not.toHaveAttribute('data-date', '2025-01-10');
  const last = (await slider.getAttribute('data-date'))!;
  expect(last >= days.at(-1)!.date).toBe(true);
  await mapIdle(page);
  expect((await visibleShapes(page)).sort()).toEqual(on(last));
  expect(on(last)).not.toEqual(on('2025-01-10'));
  expect(errors).toEqual([]);
});

test("the outline is the ground's own edge: lines only, no cell seams", async ({ page }) => {
  await openMap(page, '?region=pokrovsk&perspective=assessed&date=2025-01-20');
  const drawn = await page.evaluate(() => {
    const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap.map;
    const shown = (f: import('maplibre-gl').MapGeoJSONFeature) =>
      Number(map.getFeatureState({ source: 'control', id: f.id! }).opacity ?? 0) > 0;
    const types = (layer: string) =>
      map
        .queryRenderedFeatures({ layers: [layer] })
        .filter(shown)
        .map((f) => f.geometry.type);
    return { outline: types('control-outline'), fill: types('control-controlled') };
  });
  expect(drawn.fill.length).toBeGreaterThan(0);
  expect(drawn.fill.every((t) => t === 'Polygon' || t === 'MultiPolygon')).toBe(true);
  expect(drawn.outline.length).toBeGreaterThan(0);
  expect(drawn.outline.every((t) => t === 'LineString' || t === 'MultiLineString')).toBe(true);
});

test('a click names the series and gives its total on the date shown', async ({ page }) => {
  await openMap(page, '?region=pokrovsk&perspective=assessed&date=2025-01-20');
  await clickMapAt(page, [37.5, 48.1]);
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('From the daily series “synthetic”');
  const total = inForce('2025-01-20').reduce((s, p) => s + p.area_km2, 0);
  // traced ground is its own figure: no "about", and the popup says it is traced
  await expect(popup).toContainText(`Russian held: ${ENGLISH.km2(total)}`);
  await expect(popup.getByTestId('how-sure')).toHaveText(
    "How sure: traced day by day by the series' publisher.",
  );
});
