/**
 * How sure each shape is, the range its words allow, and what is not mapped, as a reader
 * sees them: the legend, a popup of each kind, the panel and live region on an interpolated
 * date (and with interpolation off), and the "not mapped" treatment on the overview and on
 * Zaporizhzhia. (Traced ground's popup is tested with a packed series in packed.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { clickMapAt, mapIdle, openMap, renderedIds, visibleShapes } from './helpers';

test('the legend names the four kinds of basis and what is not mapped', async ({ page }) => {
  await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed');
  const legend = page.getByRole('region', { name: 'Legend' });
  for (const kind of ['traced', 'stated', 'illustrative', 'interpolated'])
    await expect(legend.locator(`[data-basis=${kind}]`)).toBeVisible();
  await expect(legend).toContainText('Traced: an imported series traced day by day; solid edge.');
  await expect(legend).toContainText('Illustrative: no figure stated');
  await expect(legend).toContainText('Interpolated: a step between two claims, not itself claimed');
  await expect(legend.getByTestId('legend-not-mapped')).toContainText('Not mapped by these claims');
  // Kursk's assessment speaks for all of Kursk, but its neighbours' veils show: keyed in words
  await expect(page.getByTestId('not-mapped-key')).toHaveText('Not mapped by these claims');
});

/** Opens Kursk's independent assessment on a date and clicks inside the shape in force. */
const popupOn = async (page: Page, date: string, id: string) => {
  await openMap(page, `?region=kursk&date=${date}&perspective=assessed`);
  const control = JSON.parse(readFileSync('dist/data/control.geojson', 'utf8')) as FeatureCollection;
  const shape = control.features.find((f) => f.properties!.id === id)!;
  await clickMapAt(page, pointOnFeature(shape).geometry.coordinates as [number, number]);
  return page.locator('.maplibregl-popup');
};

test('a shape drawn to stated figures gives the range of all of them, and says so', async ({ page }) => {
  const popup = await popupOn(page, '2024-08-20', 'kursk-assessed-ua-2024-08-20');
  await expect(popup).toContainText('Ukrainian held: between about 1,000 and 1,430 km²');
  await expect(popup.getByTestId('how-sure')).toHaveText('How sure: drawn to a stated area.');
});

test('an illustrative shape gives only the bound its words allow', async ({ page }) => {
  const popup = await popupOn(page, '2025-02-01', 'kursk-assessed-ua-2025-01-15');
  await expect(popup).toContainText('Ukrainian held: up to about 715 km²');
  await expect(popup.getByTestId('how-sure')).toContainText('illustrative: no figure stated');
});

test('an interpolated step says between which claims it lies, never a claim’s own note', async ({ page }) => {
  const popup = await popupOn(page, '2024-09-20', 'kursk-assessed-ua-2024-09-17');
  const how = popup.getByTestId('how-sure');
  await expect(how).toContainText(
    'Interpolated, not itself claimed: a step 19% of the way from the claims of 20 August 2024',
  );
  await expect(how).toContainText('to those of 15 January 2025');
  await expect(popup).not.toContainText('Drawn to the stated');
});

test('on an interpolated date the panel and live region say so; with interpolation off the last claim holds', async ({
  page,
}) => {
  await openMap(page, '?region=kursk&date=2024-09-20&perspective=assessed');
  const live = page.getByTestId('live');
  await expect(live).toContainText(
    'Ukraine holds up to about 1,430 km² of Kursk oblast (interpolated between the claims of 20 August 2024 and of 15 January 2025',
  );
  await expect(page.getByTestId('panel-basis')).toContainText(
    'interpolated between the claims of 20 August 2024',
  );
  await expect(page.getByTestId('area-chart').locator('[data-band=ua]')).toHaveAttribute('d', /Z/);
  for (const axis of ['km2', 'date'])
    await expect(page.locator(`[data-axis=${axis}] text`).first()).toBeAttached();

  await page.getByRole('checkbox', { name: /Show steps between claims/ }).uncheck();
  await expect(page).toHaveURL(/interpolation=off/);
  await expect(live).toContainText(
    'Ukraine holds between about 1,000 and 1,430 km² of Kursk oblast (as of 20 August 2024, no newer claim)',
  );
  await expect(page.getByTestId('panel-basis')).toHaveText('as of 20 August 2024, no newer claim');
  await mapIdle(page);
  expect(await visibleShapes(page)).toContain('kursk-assessed-ua-2024-08-20');
  // the held shape's popup says so too
  const control = JSON.parse(readFileSync('dist/data/control.geojson', 'utf8')) as FeatureCollection;
  const held = control.features.find((f) => f.properties!.id === 'kursk-assessed-ua-2024-08-20')!;
  await clickMapAt(page, pointOnFeature(held).geometry.coordinates as [number, number]);
  await expect(page.locator('.maplibregl-popup').getByTestId('how-sure')).toHaveText(
    'How sure: drawn to a stated area. Shown as of 20 August 2024: no newer claim.',
  );
});

test('ground no claim maps is veiled and labelled as not mapped: the overview', async ({ page }) => {
  await openMap(page, '?region=overview&date=2025-04-28&perspective=assessed');
  // the independent assessment speaks for all of Kursk oblast; of the Ukrainian areas only
  // around Pokrovsk, and not at all in Sumy, Zaporizhzhia or Belgorod
  const hatched = await renderedIds(page, 'frontlineMap', 'not-mapped');
  expect(hatched).toEqual(expect.arrayContaining(['RU.BL', 'UA.DT', 'UA.SM', 'UA.ZP']));
  expect(hatched).not.toContain('RU.KS');
  expect((await renderedIds(page, 'frontlineMap', 'not-mapped-label')).length).toBeGreaterThan(0);
  await expect(page.getByTestId('not-mapped-key')).toBeVisible();
  await expect(page.getByTestId('live')).toContainText(
    'Sumy oblast: No claim in force maps any of Sumy oblast: it is not mapped by these claims.',
  );
});

test('ground no claim maps is veiled and labelled as not mapped: Zaporizhzhia', async ({ page }) => {
  await openMap(page, '?region=zaporizhzhia&date=2025-04-01&perspective=ru');
  expect(await renderedIds(page, 'frontlineMap', 'not-mapped')).toContain('UA.ZP');
  // the veil is keyed in words on the map wherever the labels along its edge fall
  await expect(page.getByTestId('not-mapped-key')).toHaveText('Not mapped by these claims');
  await expect(page.getByTestId('coverage')).toHaveText(
    'The claims in force map only the ground around Mali Shcherbaky; the rest of Zaporizhzhia oblast is not mapped by these claims. No newer claim since 29 March 2025.',
  );
  // a local claim is ground around its place, never the oblast's total
  await expect(page.getByTestId('live')).toContainText(
    'Russia has advanced into ground around Mali Shcherbaky',
  );
  await expect(page.getByTestId('live')).not.toContainText('of Zaporizhzhia oblast (');
});
