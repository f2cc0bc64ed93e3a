import { expect, test, type Page } from '@playwright/test';
import { frames, openMap } from './helpers';

/**
 * The opacities a shape passes through while the date moves to the last one. The page's
 * clock is paused and stepped 20 ms at a time, so every step of a fade is a frame whatever
 * a frame costs on this machine (WebGL in software can take longer than the whole fade).
 */
async function opacitiesAfterEnd(page: Page, id: string): Promise<number[]> {
  const opacity = () =>
    page.evaluate((shape) => {
      const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap
        .map;
      return Number(map.getFeatureState({ source: 'control', id: shape }).opacity ?? 0);
    }, id);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('End');
  const seen = [await opacity()];
  for (let i = 0; i < 20; i++) {
    await page.clock.runFor(20);
    seen.push(await opacity());
  }
  await page.clock.resume();
  return seen;
}

const LATE = 'kursk-assessed-ua-2025-03-15';

test('changed ground fades in; under reduced motion it appears in one step', async ({ page }) => {
  await page.clock.install();
  await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed');
  const faded = await opacitiesAfterEnd(page, LATE);
  expect(faded.at(-1)).toBe(1);
  expect(faded.some((o) => o > 0 && o < 1)).toBe(true);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed');
  const stepped = await opacitiesAfterEnd(page, LATE);
  expect(stepped.at(-1)).toBe(1);
  expect(stepped.filter((o) => o > 0 && o < 1)).toEqual([]);
});

const title = (page: Page) => page.locator('.fm-title').textContent();

test('an autoplaying embed without controls shows a pause button, and stops when the reader focuses it', async ({
  page,
}) => {
  await page.goto('./embed.html?region=kursk&date=2024-08-01&autoplay=1&controls=0');
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  const first = await title(page);
  await expect.poll(() => title(page)).not.toBe(first); // playing
  const pause = page.getByRole('button', { name: 'Pause' });
  await expect(pause).toBeVisible();

  await page.keyboard.press('Tab'); // focus enters the embed
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const stopped = await title(page);
  await frames(page, 60);
  expect(await title(page)).toBe(stopped);

  // the reader's own play is not stopped by moving focus
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => title(page)).not.toBe(stopped);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('under reduced motion an embed does not autoplay', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./embed.html?region=kursk&date=2024-08-01&autoplay=1');
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  const first = await title(page);
  await frames(page, 60);
  expect(await title(page)).toBe(first);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
