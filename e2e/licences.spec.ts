/**
 * The licences travel with what they cover: the fonts' OFL text is served beside the
 * glyphs, and the map credits every data source the README's licences section names.
 */
import { expect, test } from '@playwright/test';
import { openMap } from './helpers';

test('the fonts ship with their licence text', async ({ request }) => {
  const response = await request.get('./fonts/OFL.txt');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toContain('Noto Sans');
  expect(text).toContain('SIL OPEN FONT LICENSE');
  expect(text).toContain('Version 1.1');
});

test('the map credits each data source and licence', async ({ page }) => {
  await openMap(page, '?region=kursk');
  const credit = page.locator('.maplibregl-ctrl-attrib');
  for (const words of ['OpenStreetMap', 'ODbL', 'Natural Earth', 'GeoNames', 'CC BY 4.0', 'Noto Sans', 'OFL'])
    await expect(credit).toContainText(words);
});
