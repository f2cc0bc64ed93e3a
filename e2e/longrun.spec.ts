/**
 * A long run: play through the whole date range three times at the fastest speed. No
 * errors, and the JS heap after the third pass within 20% of the heap after the first
 * (measured through the Chrome DevTools Protocol, after forcing garbage collection).
 */
import { expect, test } from '@playwright/test';
import { openMap } from './helpers';

test('three full playbacks: no errors, no heap growth over 20%', async ({ page }) => {
  test.setTimeout(180_000);
  const { errors, foreign } = await openMap(page, '?region=overview&date=2023-12-30&perspective=assessed');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const slider = page.getByRole('slider', { name: 'Date' });
  // the last date of the range, read from the slider itself
  await slider.focus();
  await page.keyboard.press('End');
  const last = (await slider.getAttribute('data-date'))!;
  await page.keyboard.press('Home');
  await page.getByLabel('Speed').selectOption({ label: 'Fast (3 months/s)' });
  const heaps: number[] = [];
  const seenDates = new Set<string>();
  for (let pass = 1; pass <= 3; pass++) {
    await page.getByRole('button', { name: 'Play' }).click(); // at the end, play starts over
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    // sample the dates shown while it plays: playback must move through the range
    await expect
      .poll(
        async () => {
          seenDates.add((await slider.getAttribute('data-date'))!);
          return page.getByRole('button', { name: 'Play' }).isVisible();
        },
        { timeout: 60_000, intervals: [250] },
      )
      .toBe(true);
    await expect(slider).toHaveAttribute('data-date', last);
    heaps.push(await heapAfterGc());
  }
  test.info().annotations.push({ type: 'heap bytes after each pass', description: heaps.join(', ') });
  console.log('heap after each pass (bytes):', heaps);
  expect(seenDates.size).toBeGreaterThan(6);
  expect(heaps[2]).toBeLessThanOrEqual(heaps[0] * 1.2);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
