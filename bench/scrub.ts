/**
 * Scrub latency: how long a date change takes to reach the screen, for this app's
 * feature-state approach and for a naive baseline that calls setData with that date's
 * shapes, in one page (same map, viewport and data), and the floor (a repaint with nothing
 * changed). Run by bench/run.ts.
 */
import type { Page } from '@playwright/test';

export async function scrub(
  page: Page,
  origin: string,
  changes: number,
): Promise<{ app: number[]; baseline: number[]; floor: number[] }> {
  // no fade: the change is then fully drawn at the first idle, like the baseline's
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${origin}/?region=kursk&perspective=assessed&date=2024-08-06`);
  await page.waitForSelector('body[data-map-ready]', { timeout: 60_000 });
  return page.evaluate(async (changes) => {
    type Fm = { map: import('maplibre-gl').Map; show(d: string, p: string): void };
    const fm = (window as unknown as { frontlineMap: Fm }).frontlineMap;
    const map = fm.map;
    const control = await (await fetch('data/control.geojson')).json();
    const features = control.features.filter(
      (f: { properties: { perspective: string } }) => f.properties.perspective === 'assessed',
    );
    const dates: string[] = [
      ...new Set<string>(features.map((f: { properties: { from: string } }) => f.properties.from)),
    ].sort();
    const idle = () => new Promise<void>((r) => map.once('idle', () => r()));
    const settle = async () => {
      const p = idle();
      map.triggerRepaint();
      await p;
    };
    const ours = ['control-controlled', 'control-contested', 'control-advance', 'control-outline'];
    map.addSource('naive', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: 'naive',
      type: 'fill',
      source: 'naive',
      paint: { 'fill-color': '#0072B2', 'fill-opacity': 0.45 },
    });
    await settle();
    const sequence = Array.from({ length: changes }, (_, i) => dates[(i * 7) % dates.length]);
    const time = async (apply: (d: string) => void) => {
      const out: number[] = [];
      for (const d of sequence) {
        await settle();
        const t0 = performance.now();
        const done = idle();
        apply(d);
        map.triggerRepaint(); // a change that alters nothing still ends in one frame and an idle
        await done;
        out.push(performance.now() - t0);
      }
      return out;
    };
    // baseline: every change sends that date's shapes to the worker to be re-tiled
    for (const id of ours) map.setLayoutProperty(id, 'visibility', 'none');
    const baseline = await time((d) =>
      (map.getSource('naive') as import('maplibre-gl').GeoJSONSource).setData({
        type: 'FeatureCollection',
        features: features.filter(
          (f: { properties: { from: string; to: string | null } }) =>
            f.properties.from <= d && (!f.properties.to || d < f.properties.to),
        ),
      }),
    );
    for (const id of ours) map.setLayoutProperty(id, 'visibility', 'visible');
    map.setLayoutProperty('naive', 'visibility', 'none');
    const app = await time((d) => fm.show(d, 'assessed'));
    // the floor: a repaint with nothing changed
    const floor: number[] = [];
    for (let i = 0; i < changes; i++) {
      await settle();
      const t0 = performance.now();
      await settle();
      floor.push(performance.now() - t0);
    }
    return { app, baseline, floor };
  }, changes);
}
