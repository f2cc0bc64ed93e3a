/**
 * Tiles mode: with `controlTiles` in config.json the map reads the control layer from a
 * PMTiles archive by HTTP range requests (no tile server, no control.topojson) and still
 * shows, on each date, exactly the pieces in force. The archive is the synthetic packed
 * series, written by the library behind npm run build:tiles, served with range support.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { piecesToPmtiles } from '../src/lib/tiles/index';
import { mapIdle, openMap, visibleShapes } from './helpers';
import { inForce, series } from './synthetic';

const { archive } = piecesToPmtiles(series, { compress: (b) => gzipSync(b, { level: 9 }) });

/** Serves the archive as a static host does: whole, or the byte range asked for. */
async function serveArchive(page: Page) {
  const log = { ranges: 0, whole: 0, bytes: 0, controlFile: 0 };
  await page.route('**/config.json', (r) => r.fulfill({ json: { controlTiles: 'data/control.pmtiles' } }));
  await page.route('**/data/control.topojson', (r) => {
    log.controlFile++;
    return r.abort();
  });
  await page.route('**/data/control.pmtiles', (r) => {
    const m = /^bytes=(\d+)-(\d+)$/.exec(r.request().headers()['range'] ?? '');
    if (!m) {
      log.whole++;
      return r.fulfill({ body: Buffer.from(archive) });
    }
    const [from, to] = [Number(m[1]), Math.min(Number(m[2]), archive.length - 1)];
    log.ranges++;
    log.bytes += to - from + 1;
    return r.fulfill({
      status: 206,
      headers: {
        'content-range': `bytes ${from}-${to}/${archive.length}`,
        'content-type': 'application/octet-stream',
        'accept-ranges': 'bytes',
      },
      body: Buffer.from(archive.subarray(from, to + 1)),
    });
  });
  return log;
}

/** Control pieces drawn in view with opacity > 0, as the vector source renders them. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap.map;
    const ids = map
      .queryRenderedFeatures({ layers: ['control-controlled'] })
      .filter(
        (f) =>
          Number(map.getFeatureState({ source: 'control', sourceLayer: 'pieces', id: f.id! }).opacity ?? 0) >
          0,
      )
      .map((f) => String(f.id));
    return [...new Set(ids)];
  });

test('the control layer comes from a PMTiles archive by range requests, and scrubs like GeoJSON', async ({
  page,
}) => {
  const log = await serveArchive(page);
  await page.emulateMedia({ reducedMotion: 'reduce' }); // states switch at once, no fade to wait out
  const { errors } = await openMap(page, '?region=pokrovsk&perspective=assessed&date=2025-01-10');
  const on = (date: string) => new Set(inForce(date).map((p) => p.id));

  expect((await visibleShapes(page)).sort()).toEqual([...on('2025-01-10')].sort());
  const first = await drawn(page);
  expect(first.length).toBeGreaterThan(0);
  expect(first.every((id) => on('2025-01-10').has(id))).toBe(true);

  const slider = page.getByRole('slider', { name: /date/i });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).not.toHaveAttribute('data-date', '2025-01-10');
  const last = (await slider.getAttribute('data-date'))!;
  await mapIdle(page);
  const then = await drawn(page);
  expect(then.every((id) => on(last).has(id))).toBe(true);
  expect(new Set(then)).not.toEqual(new Set(first));

  // only what the view needs, by range: never the whole file, never control.topojson
  expect(log.controlFile).toBe(0);
  expect(log.whole).toBe(0);
  expect(log.ranges).toBeGreaterThan(1);
  expect(log.bytes).toBeLessThan(archive.length);
  expect(errors).toEqual([]);
});
