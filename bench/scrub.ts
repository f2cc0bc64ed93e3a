/**
 * Scrub latency: how long a date change takes to reach the screen, for this app's
 * feature-state approach and for a naive baseline that calls setData with that date's
 * shapes, in one page (same map, viewport and data), and the floor (a repaint with nothing
 * changed). Run by bench/run.ts, on the seed ledger and on the packed 1,000-day history.
 */
import type { Page } from '@playwright/test';

/** Days visited and, for the baseline, each one's ground; null: the seed ledger's own. */
export type Sequence = { date: string; geometry: GeoJSON.Geometry }[] | null;

export async function scrub(
  page: Page,
  url: string,
  changes: number,
  sequence: Sequence = null,
  /** The map's own box in CSS pixels, whatever the page's layout gives it. */
  canvas?: { width: number; height: number },
): Promise<{ app: number[]; baseline: number[]; floor: number[] }> {
  // no fade: the change is then fully drawn at the first idle, like the baseline's
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  await page.waitForSelector('body[data-map-ready]', { timeout: 120_000 });
  return page.evaluate(
    async ({ changes, sequence, canvas }) => {
      type Fm = { map: import('maplibre-gl').Map; show(d: string, p: string): void };
      const fm = (window as unknown as { frontlineMap: Fm }).frontlineMap;
      const map = fm.map;
      if (canvas) {
        const box = map.getContainer().style;
        Object.assign(box, { width: `${canvas.width}px`, height: `${canvas.height}px`, flex: 'none' });
        map.resize();
      }
      type Shape = GeoJSON.Feature<
        GeoJSON.Geometry,
        { perspective: string; from: string; to: string | null }
      >;
      let dates: string[];
      let shapesOn: (d: string) => GeoJSON.Feature[];
      if (sequence) {
        dates = sequence.map((s) => s.date);
        const byDate = new Map(sequence.map((s) => [s.date, s.geometry]));
        shapesOn = (d) => [{ type: 'Feature', properties: {}, geometry: byDate.get(d)! }];
      } else {
        const control = await (await fetch('data/control.geojson')).json();
        const features = (control.features as Shape[]).filter((f) => f.properties.perspective === 'assessed');
        dates = [...new Set(features.map((f) => f.properties.from))].sort();
        shapesOn = (d) =>
          features.filter((f) => f.properties.from <= d && (!f.properties.to || d < f.properties.to));
      }
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
      const visits = Array.from({ length: changes }, (_, i) => dates[(i * 7) % dates.length]);
      const time = async (apply: (d: string) => void) => {
        const out: number[] = [];
        for (const d of visits) {
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
          features: shapesOn(d),
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
    },
    { changes, sequence, canvas },
  );
}

/**
 * Playback at the fastest speed, from the first date to the last, through the app's own
 * controls: the dates the player asked for, how many never reached a drawn frame, and the
 * time between drawn frames. The player advances by the clock, so on a slow machine a frame
 * spans several days; a dropped date is one the player set, whose ground differs from the
 * date before it, that no frame ever showed.
 */
export async function playback(
  page: Page,
  url: string,
): Promise<{
  asked: number;
  changing: number;
  dropped: number;
  droppedDates: string[];
  frames: number;
  frameP95Ms: number;
  daysPerFrame: number;
}> {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(url);
  await page.waitForSelector('body[data-map-ready]', { timeout: 120_000 });
  await page.evaluate(() => {
    type Fm = {
      map: import('maplibre-gl').Map;
      show(d: string, p: string, pair?: string | null): void;
      pieces: { control: { visible(d: string, p: string): Set<string> } };
    };
    const fm = (window as unknown as { frontlineMap: Fm }).frontlineMap;
    const record = {
      asked: [] as string[],
      changing: [] as string[],
      drawn: new Set<string>(),
      frames: [] as number[],
    };
    (window as unknown as { playbackRecord: typeof record }).playbackRecord = record;
    const show = fm.show.bind(fm);
    // the ground of the date shown before playback starts: the first date needs a new frame
    // only if its ground differs from that
    const start = (fm as unknown as { current: { date: string; perspective: string } }).current;
    let before = [...fm.pieces.control.visible(start.date, start.perspective)].sort().join();
    fm.show = (d, p, pair) => {
      record.asked.push(d);
      // a date whose ground is the same as the date before needs no new frame: only the
      // dates that change the picture must each reach one
      const ground = [...fm.pieces.control.visible(d, p)].sort().join();
      if (ground !== before) record.changing.push(d);
      before = ground;
      show(d, p, pair);
    };
    fm.map.on('render', () => {
      record.drawn.add((fm as unknown as { current: { date: string } }).current.date);
      record.frames.push(performance.now());
    });
  });
  await page.getByRole('combobox', { name: /speed/i }).selectOption({ index: 2 });
  await page.getByRole('button', { name: /^play$/i }).click();
  await page.getByRole('button', { name: /^pause$/i }).waitFor();
  // playback ends by itself at the last date, and the button reads Play again
  await page.getByRole('button', { name: /^play$/i }).waitFor({ timeout: 600_000 });
  return page.evaluate(() => {
    const r = (
      window as unknown as {
        playbackRecord: { asked: string[]; changing: string[]; drawn: Set<string>; frames: number[] };
      }
    ).playbackRecord;
    const gaps = r.frames
      .slice(1)
      .map((t, i) => t - r.frames[i])
      .sort((a, b) => a - b);
    const asked = new Set(r.asked);
    const first = r.asked[0];
    const last = r.asked.at(-1)!;
    const span = (Date.parse(last) - Date.parse(first)) / 86_400_000;
    return {
      asked: asked.size,
      changing: new Set(r.changing).size,
      dropped: [...new Set(r.changing)].filter((d) => !r.drawn.has(d)).length,
      droppedDates: [...new Set(r.changing)].filter((d) => !r.drawn.has(d)),
      frames: r.frames.length,
      frameP95Ms: +gaps[Math.floor(gaps.length * 0.95)].toFixed(1),
      daysPerFrame: +(span / asked.size).toFixed(2),
    };
  });
}
