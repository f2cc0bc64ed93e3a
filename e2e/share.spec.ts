/**
 * Sharing and publishing the view: the link copied in one press, a PNG with its credit, a
 * printed page with the map, date, legend and sources, and share tags that follow the area.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openMap } from './helpers';

test('copy link puts the view’s URL on the clipboard, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4319' });
  await openMap(page, '?region=sumy&date=2025-01-10&perspective=ru');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('region')).toBe('sumy');
  expect(new URL(copied).searchParams.get('perspective')).toBe('ru');
});

test('where the browser refuses the clipboard, the page says where to copy the link from', async ({
  page,
}) => {
  await openMap(page, '?region=sumy');
  await page.evaluate(() =>
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    }),
  );
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('copy the address bar instead')).toBeVisible();
});

test('Download PNG saves the view with its title, key, sources and credit around the map', async ({
  page,
}) => {
  await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('frontline-map-kursk-2024-08-20-assessed.png');
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  const canvas = await page.evaluate(() => {
    const c = (
      window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }
    ).frontlineMap.map.getCanvas();
    return { width: c.width, height: c.height };
  });
  // the map at full size, with the words above and below it
  expect(width).toBe(canvas.width);
  expect(height).toBeGreaterThan(canvas.height + 60);
  // the map in the picture is drawn, not a blank buffer: many colours, the shape's blue among them
  const seen = await page.evaluate(
    async ({ png, top, mapHeight }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [image.width, image.height];
      const g = c.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const { data } = g.getImageData(0, top, image.width, mapHeight);
      const colours = new Set<number>();
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (data[i + 2] > data[i] + 40) blue++;
      }
      return { colours: colours.size, blue };
    },
    { png: bytes.toString('base64'), top: height - canvas.height - 80, mapHeight: canvas.height - 40 },
  );
  expect(seen.colours).toBeGreaterThan(100);
  expect(seen.blue).toBeGreaterThan(1000);
  await expect(page.getByText('Picture downloaded.')).toBeVisible();
});

test('printing shows the map as a picture with the view’s date, the legend and the sources, not the controls', async ({
  page,
}) => {
  await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed');
  await page.emulateMedia({ media: 'print' });
  const print = page.getByTestId('print-view');
  await expect(print).toBeVisible();
  await expect(print.locator('.title')).toHaveText('Kursk oblast · 20 August 2024 · Independent assessment');
  const picture = print.locator('img');
  await expect(picture).toHaveCount(1);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(print.getByRole('region', { name: 'The claims behind this map' })).toContainText(
    'Canadian outlet, based on Associated Press reporting',
  );
  await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
  for (const hidden of ['.toolbar', '.time', '.map-frame']) await expect(page.locator(hidden)).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.emulateMedia({ media: 'screen' });
  await expect(print).toBeHidden();
  await expect(page.locator('.map-frame')).toBeVisible();
});

test('the share tags and the oEmbed discovery link follow the view’s area, on the page and in the embed', async ({
  page,
}) => {
  await openMap(page, '?region=kursk&date=2024-08-20');
  const oembed = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(oembed).toHaveAttribute('href', new URL('/oembed-kursk.json', page.url()).href);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', page.url());
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    /in Kursk oblast, as of 20 August 2024/,
  );
  await page.getByRole('combobox', { name: 'Area' }).selectOption('sumy');
  await expect(oembed).toHaveAttribute('href', new URL('/oembed-sumy.json', page.url()).href);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Frontline map: Sumy oblast',
  );
  expect((await page.request.get('/oembed-sumy.json')).ok()).toBe(true);

  await page.goto('./embed.html?region=pokrovsk');
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await expect(oembed).toHaveAttribute('href', new URL('/oembed-pokrovsk.json', page.url()).href);
});
