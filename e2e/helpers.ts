import { expect, type Page } from '@playwright/test';

/** Opens the app and waits for the map's first frame with the control layers. */
export async function openMap(page: Page, query = ''): Promise<{ errors: string[]; foreign: string[] }> {
  const seen = watch(page, ['http://127.0.0.1:4319']);
  await page.goto(`./${query}`);
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await mapIdle(page);
  return seen;
}

/** Console errors, and requests to origins other than `origins` (data: and blob: are local). */
export function watch(page: Page, origins: string[]): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!origins.includes(url.origin) && url.protocol !== 'data:' && url.protocol !== 'blob:')
      foreign.push(r.url());
  });
  return { errors, foreign };
}

/** Waits until the map has drawn everything it was asked to (its `idle` event). */
export async function mapIdle(page: Page, which: Which = 'frontlineMap'): Promise<void> {
  await page.evaluate(
    (w) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as Record<string, { map: import('maplibre-gl').Map }>)[w].map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    which,
  );
}

/** Ids of the shapes the map shows now. */
export const visibleShapes = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as { frontlineMap: { visibleShapes(): string[] } }).frontlineMap.visibleShapes(),
  );

/**
 * The control shapes drawn at a place, with their feature-state opacity: what a reader
 * sees there, read from the rendered map rather than from the app's own bookkeeping.
 */
export async function drawnAt(
  page: Page,
  lonLat: [number, number],
): Promise<{ id: string; opacity: number }[]> {
  return page.evaluate((ll) => {
    const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap.map;
    const point = map.project(ll);
    return map
      .queryRenderedFeatures([point.x, point.y], {
        layers: ['control-controlled', 'control-contested', 'control-advance'],
      })
      .map((f) => ({
        id: String(f.id),
        opacity: Number(map.getFeatureState({ source: 'control', id: f.id! }).opacity ?? 0),
      }))
      .filter((f) => f.opacity > 0);
  }, lonLat);
}

/** Waits `n` animation frames: time measured in frames the page renders, not a fixed sleep. */
export const frames = (page: Page, n: number): Promise<void> =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );

export const SUDZHA: [number, number] = [35.2726, 51.1976];

type Which = 'frontlineMap' | 'frontlineCompare';

/** Waits for the right-hand map of a comparison to draw its first frame, then for both to idle. */
export async function openCompare(
  page: Page,
  query: string,
): Promise<{ errors: string[]; foreign: string[] }> {
  const seen = await openMap(page, query);
  await expect(page.locator('body')).toHaveAttribute('data-compare-ready', 'true', { timeout: 60_000 });
  await mapIdle(page, 'frontlineCompare');
  return seen;
}

/**
 * Ids of the features of a layer one of the maps renders anywhere in its view and shows:
 * for layers faded by feature-state, only those with opacity above zero.
 */
export async function renderedIds(page: Page, which: Which, layer: string): Promise<string[]> {
  return page.evaluate(
    ([w, l]) => {
      const view = (window as unknown as Record<string, { map: import('maplibre-gl').Map }>)[w];
      const features = view.map.queryRenderedFeatures({ layers: [l] });
      // these sources draw a feature only while its feature-state (opacity, or for the
      // not-mapped veil `unmapped`) is above zero
      // (the veil is the base tiles' oblasts layer)
      const stateful: Record<string, string> = {
        control: 'opacity',
        disputed: 'opacity',
        events: 'opacity',
        'base/oblasts': 'unmapped',
      };
      const key = (f: (typeof features)[number]) =>
        f.sourceLayer ? `${f.source}/${f.sourceLayer}` : f.source;
      const shown = features.filter(
        (f) =>
          !(key(f) in stateful) ||
          Number(
            view.map.getFeatureState({ source: f.source, sourceLayer: f.sourceLayer, id: f.id! })[
              stateful[key(f)]
            ] ?? 0,
          ) > 0,
      );
      return [...new Set(shown.map((f) => String(f.id ?? f.properties.id)))].sort();
    },
    [which, layer] as const,
  );
}

/** A map's camera centre and zoom, rounded to what a reader could tell apart. */
export const cameraOf = (page: Page, which: Which): Promise<[number, number, number]> =>
  page.evaluate((w) => {
    const map = (window as unknown as Record<string, { map: import('maplibre-gl').Map }>)[w].map;
    const c = map.getCenter();
    return [+c.lng.toFixed(4), +c.lat.toFixed(4), +map.getZoom().toFixed(3)] as [number, number, number];
  }, which);

/** Clicks the main map at a place, optionally `offset` pixels right and down of it. */
export async function clickMapAt(page: Page, lonLat: [number, number], offset = 0): Promise<void> {
  const point = await page.evaluate((ll) => {
    const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap.map;
    const p = map.project(ll);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonLat);
  await page.mouse.click(point.x + offset, point.y + offset);
}

/**
 * A `<frontline-map>` on the page has drawn: its key reads, and a click on the shape around
 * Sudzha opens the claim card with how sure the shape is.
 */
export async function elementReadsAndClicks(page: Page): Promise<void> {
  const element = page.locator('frontline-map');
  await page.waitForFunction(() => document.querySelector('frontline-map')?.map, null, { timeout: 60_000 });
  await expect(
    element.locator('.fm-key details').first().getByRole('region', { name: 'Legend' }),
  ).toContainText('Russian-held');
  const point = await page.evaluate((lonLat) => {
    const map = document.querySelector('frontline-map')!.map!;
    const p = map.project(lonLat);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, SUDZHA);
  await page.mouse.click(point.x + 25, point.y + 25); // inside the shape around Sudzha
  await expect(element.locator('.maplibregl-popup').getByTestId('how-sure')).toHaveText(
    'How sure: drawn to a stated area.',
  );
}
