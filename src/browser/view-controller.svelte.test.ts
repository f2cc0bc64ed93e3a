/**
 * The view controller every host sits on, driven as the hosts drive it, over the real
 * ledger's build: loading with a URL's view, the slider in a date comparison, a host's
 * changes before and after the data, Back, and the change between two dates.
 */
import { flushSync } from 'svelte';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { buildGeodata } from '../lib/build/build';
import { ENGLISH } from '../lib/i18n/english';
import { REGION_INFO } from '../lib/regions';
import { readInputs } from '../../scripts/lib/ledger';
import type { ViewState } from '../lib/view/state';
import type { LoadedData } from './view-controller.svelte';
import { PageController } from './page-controller.svelte';

let data: LoadedData;
beforeAll(() => {
  const built = buildGeodata(readInputs('geodata').inputs);
  data = {
    config: {},
    base: { tiles: '' },
    control: JSON.parse(built.control),
    disputed: JSON.parse(built.disputed),
    events: JSON.parse(built.events),
    areas: JSON.parse(built.areas),
    claims: JSON.parse(built.claims),
  };
});

/** A controller as the page makes it: inside a component's life (here, an effect root). */
function controller() {
  const seen: { view: ViewState; push: boolean }[] = [];
  const fitted: number[][] = [];
  let c!: PageController;
  const destroy = $effect.root(() => {
    c = new PageController({
      locale: () => ENGLISH,
      onview: (view, push) => seen.push({ view, push }),
      changes: () => import('../lib/compare/change'),
    });
    c.stage = { fitTo: (b) => fitted.push(b), pictures: () => [] };
  });
  return { c, seen, fitted, destroy };
}

describe('the view controller', () => {
  test('takes the view the URL asks for once the data is in, with the notices of what it refused', async () => {
    const { c, destroy } = controller();
    expect(c.data).toBeNull();
    await c.start(
      Promise.resolve(data),
      new URLSearchParams('region=kursk&date=2024-08-20&perspective=nobody'),
      {
        notices: () => ['from the host'],
        failed: (r) => r,
      },
    );
    expect(c.data).toBe(data);
    expect(c.range.first < c.range.last).toBe(true);
    expect(c.view).toMatchObject({ region: 'kursk', date: '2024-08-20', perspective: 'assessed' });
    expect(c.notices[0]).toBe('from the host');
    expect(c.notices.some((n) => n.includes('nobody'))).toBe(true);
    expect(c.bounds).toEqual(REGION_INFO.kursk.bounds);
    expect(c.description).toMatch(/^20 August 2024, Independent assessment: Ukraine holds/);
    expect(c.marks.length).toBeGreaterThan(0);
    destroy();
  });

  test('knows the area the URL asks for before the data is in: a map started early looks there', async () => {
    const { c, destroy } = controller();
    let arrive = (_: LoadedData) => {};
    const started = c.start(
      new Promise<LoadedData>((resolve) => (arrive = resolve)),
      new URLSearchParams('region=sumy&date=2024-08-20'),
      { failed: (r) => r },
    );
    expect(c.data).toBeNull();
    expect(c.view.region).toBe('sumy');
    expect(c.bounds).toEqual(REGION_INFO.sumy.bounds);
    arrive(data);
    await started;
    expect(c.view).toMatchObject({ region: 'sumy', date: '2024-08-20' });
    destroy();
  });

  test('a failed load is said, in the host words', async () => {
    const { c, destroy } = controller();
    await c.start(Promise.reject(new Error('HTTP 404')), new URLSearchParams(), {
      failed: (r) => `could not load: ${r}`,
    });
    expect(c.failure).toBe('could not load: HTTP 404');
    expect(c.data).toBeNull();
    destroy();
  });

  test('changes from the reader reach the URL; a new area moves the camera', async () => {
    const { c, seen, fitted, destroy } = controller();
    await c.start(Promise.resolve(data), new URLSearchParams('date=2025-01-01'), { failed: (r) => r });
    c.update({ region: 'sumy' }, true);
    c.update({ divider: 30 });
    expect(seen.map((s) => [s.view.region, s.view.divider, s.push])).toEqual([
      ['sumy', 50, true],
      ['sumy', 30, false],
    ]);
    expect(fitted).toEqual([REGION_INFO.sumy.bounds]);
    // Back: the URL's view, without writing the URL again
    c.restore(new URLSearchParams('region=kursk&date=2024-09-01'));
    expect(c.view).toMatchObject({ region: 'kursk', date: '2024-09-01' });
    expect(seen).toHaveLength(2);
    expect(fitted).toHaveLength(2);
    destroy();
  });

  test('a host sets the view before and after the data; what a URL would refuse is refused', async () => {
    const { c, destroy } = controller();
    expect(c.set({ region: 'belgorod', date: '2024-12-01' })).toBe(true);
    expect(c.receive({ type: 'frontline:set', date: '2024-12-02' })).toBe(false); // no data yet
    await c.start(Promise.resolve(data), new URLSearchParams('region=kursk'), { failed: (r) => r });
    expect(c.view).toMatchObject({ region: 'belgorod', date: '2024-12-01' });
    expect(c.set({ date: '1999-01-01' })).toBe(false);
    expect(c.receive({ type: 'frontline:set', perspective: 'ru' })).toBe(true);
    expect(c.receive({ type: 'something else', date: '2024-12-03' })).toBe(false);
    expect(c.view).toMatchObject({ perspective: 'ru', date: '2024-12-01' });
    destroy();
  });

  test('in a date comparison the slider moves the right map, never before the left', async () => {
    const { c, destroy } = controller();
    const query = new URLSearchParams('region=kursk&mode=compare&from=2024-08-20&to=2024-10-01');
    await c.start(Promise.resolve(data), query, { failed: (r) => r });
    expect(c.comparing).toBe('dates');
    expect(c.sliderDate).toBe('2024-10-01');
    c.setSliderDate('2024-11-15');
    expect(c.view).toMatchObject({ from: '2024-08-20', to: '2024-11-15' });
    c.setSliderDate('2024-01-01');
    expect(c.view.to).toBe('2024-08-20');
    expect(c.download().name).toBe('frontline-kursk-2024-08-20-to-2024-08-20.geojson');
    destroy();
  });

  test('measures what changed between two dates, and says it', async () => {
    const { c, destroy } = controller();
    const query = new URLSearchParams('region=kursk&mode=compare&from=2024-08-20&to=2025-03-20');
    await c.start(Promise.resolve(data), query, { failed: (r) => r });
    flushSync();
    await vi.waitFor(() => expect(c.change).not.toBeNull(), { timeout: 10_000 });
    const ukraine = c.change!.result.holders.find((h) => h.holder === 'ua')!;
    expect(ukraine.lost).toBeGreaterThan(0);
    expect(c.changeLayer?.features.length).toBeGreaterThan(0);
    expect(c.description).toBe(c.change!.sentences.join(' '));
    destroy();
  });
});
