import { expect, type Page } from '@playwright/test';

/** Opens the app and waits for the map's first frame with the control layers. */
export async function openMap(page: Page, query = ''): Promise<{ errors: string[]; foreign: string[] }> {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1:4319'].includes(url.host) && url.protocol !== 'data:' && url.protocol !== 'blob:')
      foreign.push(r.url());
  });
  await page.goto(`./${query}`);
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await mapIdle(page);
  return { errors, foreign };
}

/** Waits until the map has drawn everything it was asked to (its `idle` event). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap
          .map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
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
