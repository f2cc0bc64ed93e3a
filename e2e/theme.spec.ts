import { expect, test, type Page } from '@playwright/test';
import { BASEMAP } from '../src/map/palette';
import { mapIdle } from './helpers';

/** The sea colour the map is drawn with now, and the page's background. */
const look = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap.map;
    return {
      sea: map.getPaintProperty('sea', 'background-color'),
      paper: getComputedStyle(document.querySelector('.fm-root, .fm-embed')!).backgroundColor,
    };
  });

const LIGHT = { sea: BASEMAP.light.sea, paper: 'rgb(255, 255, 255)' };
const DARK = { sea: BASEMAP.dark.sea, paper: 'rgb(27, 27, 26)' };

for (const path of ['./?region=kursk', './embed.html?region=kursk'])
  test(`${path}: follows the system's dark setting as it changes, page and basemap`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
    expect(await look(page)).toEqual(LIGHT);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => look(page)).toEqual(DARK);
    await mapIdle(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => look(page)).toEqual(LIGHT);
  });

for (const [path, theme, scheme] of [
  ['./?region=kursk&theme=light', LIGHT, 'dark'],
  ['./embed.html?region=kursk&theme=dark', DARK, 'light'],
] as const)
  test(`${path}: theme= overrides the system setting (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(path);
    await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
    expect(await look(page)).toEqual(theme);
    await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
    await mapIdle(page);
    expect(await look(page)).toEqual(theme);
  });
