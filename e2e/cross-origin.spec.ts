/**
 * Served from anywhere: the map's files on one origin (a map host sending only the headers
 * docs/embedding.md names), used from an article on another. The iframe and the element
 * draw, their keys read and a click opens a claim card; the element starts MapLibre's
 * worker although its script is another origin's. A map host that sends no CORS header
 * gets a sentence in the element naming the host and the header, not a blank box.
 */
import { expect, test } from '@playwright/test';
import { documentedCorsHeaders } from './cors-headers';
import { elementReadsAndClicks, SUDZHA, watch } from './helpers';
import { staticHost } from './static-host';

const VIEW = 'region=kursk&date=2024-08-20&perspective=assessed';

test('an article on another origin uses the iframe and the element from the map host', async ({ page }) => {
  const map = await staticHost({ root: 'dist', port: 4351, headers: documentedCorsHeaders() });
  const article = await staticHost({
    port: 4352,
    pages: {
      '/article.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
        <script type="module" src="${map.origin}/frontline-map.js"></script></head><body>
        <h1>An article</h1>
        <iframe id="embed" title="Frontline map" src="${map.origin}/embed.html?${VIEW}"
          width="900" height="760" style="border:0"></iframe>
        <frontline-map region="kursk" date="2024-08-20" perspective="assessed"></frontline-map>
      </body></html>`,
    },
  });
  try {
    // tall enough that both maps are near the viewport and start at once
    await page.setViewportSize({ width: 1000, height: 2000 });
    const seen = watch(page, [article.origin, map.origin]);
    await page.goto(`${article.origin}/article.html`);

    // the iframe: its own page on the map host
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
    await expect(frame.getByRole('region', { name: 'Legend' }).first()).toContainText('Ukrainian-held');
    const embed = page.frames().find((f) => f.url().startsWith(`${map.origin}/embed.html`))!;
    const inFrame = await embed.evaluate((lonLat) => {
      const m = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap.map;
      const p = m.project(lonLat);
      const box = m.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, SUDZHA);
    const frameBox = (await page.locator('#embed').boundingBox())!;
    await page.mouse.click(frameBox.x + inFrame.x + 25, frameBox.y + inFrame.y + 25);
    await expect(frame.locator('.maplibregl-popup').getByTestId('how-sure')).toHaveText(
      'How sure: drawn to a stated area.',
    );

    // the element: its script, data, tiles and glyphs all from the map host, its worker
    // started from a blob: copy of the host's script
    await elementReadsAndClicks(page);
    const workers = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('maplibre-gl-worker')),
    );
    expect(workers.every((w) => w.startsWith(`${map.origin}/element/`))).toBe(true);
    expect(workers.length).toBeGreaterThan(0);
    expect(seen.errors).toEqual([]);
  } finally {
    await Promise.all([map.close(), article.close()]);
  }
});

test('a map host without CORS headers: the element says which host must send which header', async ({
  page,
}) => {
  const bare = await staticHost({ root: 'dist', port: 4353 });
  // the article hosts the element itself (as a bundled npm package would be) and reads the
  // data from the map host, which does not allow it
  const article = await staticHost({
    root: 'dist',
    port: 4354,
    pages: {
      '/article.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
        <script type="module" src="/frontline-map.js"></script></head><body>
        <frontline-map src="${bare.origin}/" region="kursk"></frontline-map>
      </body></html>`,
    },
  });
  try {
    await page.goto(`${article.origin}/article.html`);
    const alert = page.locator('frontline-map [role="alert"]');
    await expect(alert).toContainText(`could not be read from this page: the server at ${bare.origin}`, {
      timeout: 60_000,
    });
    await expect(alert).toContainText('must send the header Access-Control-Allow-Origin');
  } finally {
    await Promise.all([bare.close(), article.close()]);
  }
});
