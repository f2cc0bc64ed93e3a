/**
 * A table of hostile values for every parameter of the app, the embed and <frontline-map>.
 * Each row loads one surface with every parameter set to one kind of hostile value, and
 * checks that each parameter gets its own plain-text notice, that the view is exactly the
 * one with no parameters (or, for repeated parameters, the one with the valid first
 * values), that no markup is inserted, no script runs, nothing is fetched for it and nothing
 * reaches the console.
 */
import { expect, test, type Page } from '@playwright/test';
import { VIEW_KEYS } from '../src/lib/view/state';
import { APP_OPTION_KEYS, ELEMENT_OPTION_KEYS, EMBED_KEYS } from '../src/lib/embedding/options';
import { watch } from './helpers';

const MAP = 'http://127.0.0.1:4319';
/** Hostile markup points here: any request for this path means markup was inserted. */
const PROBE = 'hostile-probe';

/** A valid value for every parameter; together one view (two dates compared, split). */
const VALID: Record<string, string> = {
  region: 'kursk',
  date: '2024-08-20',
  perspective: 'ua',
  mode: 'compare',
  left: 'ru',
  right: 'assessed',
  from: '2024-08-20',
  to: '2025-03-31',
  layout: 'split',
  divider: '30',
  interpolation: 'off',
  autoplay: '0',
  controls: '0',
  lang: 'en',
  theme: 'dark',
  origins: 'http://127.0.0.1:4331',
};

/** How each parameter's notice begins: a reader can tell which parameter was refused. */
const NOTICE: Record<string, RegExp> = {
  region: /^Unknown region "/,
  date: /^date=/,
  perspective: /^Unknown perspective "/,
  left: /^Unknown left perspective "/,
  right: /^Unknown right perspective "/,
  mode: /^Unknown mode "/,
  layout: /^Unknown layout "/,
  divider: /^The divider "/,
  interpolation: /^Unknown interpolation "/,
  from: /^from=/,
  to: /^to=/,
  autoplay: /^autoplay="/,
  controls: /^controls="/,
  lang: /^Language "/,
  theme: /^Theme "/,
  origins: /^Ignoring origins that are not http\(s\) origins: /,
};

/** Kinds of hostile value; `long` is how long a "very long string" may be on that surface. */
const HOSTILE: [kind: string, value: (key: string, long: number) => string][] = [
  ['script tag', () => `<script src="/${PROBE}.js">alert(1)</script>`],
  ['markup with an event handler', () => `"><img src=/${PROBE}.png onerror=alert(1)>`],
  ['javascript: URL', () => 'javascript:alert(document.domain)'],
  ['HTML entities', () => `&lt;img src=/${PROBE}.png onerror=alert(1)&gt;&#x3C;b&#x3E;`],
  ['huge number', () => '-1e309'],
  ['date out of range', () => '1999-01-01'],
  ['unknown value', () => 'atlantis'],
  ['very long string', (_, long) => `${'A'.repeat(long)}<svg onload=alert(1)>`],
  ['unicode direction marks', (key) => `\u202E${VALID[key]}\u202C`],
  ['zero-width and control characters', (key) => `${VALID[key]}\u200B\u0007`],
];
const REPEATED = `"><script src="/${PROBE}.js"></script>`;

interface Surface {
  name: string;
  keys: string[];
  /** Longest value to send: page URLs must stay under the server's 16 KB header limit. */
  long: number;
  /** Opens the surface with these parameters and waits for its map to be ready. */
  open(page: Page, params: [string, string][]): Promise<void>;
}

const ready = (page: Page) =>
  expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const SURFACES: Surface[] = [
  {
    name: 'app',
    keys: [...VIEW_KEYS, ...APP_OPTION_KEYS],
    long: 800,
    open: async (page, params) => {
      await page.goto(`./?${new URLSearchParams(params)}`);
      await ready(page);
    },
  },
  {
    name: 'embed',
    keys: [...VIEW_KEYS, ...EMBED_KEYS],
    long: 800,
    open: async (page, params) => {
      await page.goto(`./embed.html?${new URLSearchParams(params)}`);
      await ready(page);
    },
  },
  {
    name: '<frontline-map>',
    keys: [...VIEW_KEYS, ...ELEMENT_OPTION_KEYS],
    long: 100_000,
    open: async (page, params) => {
      const attributes = params.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ');
      await page.route(`${MAP}/hostile-element.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html><head><link rel="icon" href="data:,">
            <script type="module" src="./frontline-map.js"></script></head><body>
            <frontline-map ${attributes}></frontline-map></body></html>`,
        }),
      );
      await page.goto(`${MAP}/hostile-element.html`);
      await page.waitForFunction(() => document.querySelector('frontline-map')?.map, null, {
        timeout: 60_000,
      });
    },
  },
];

/** What a reader sees of the view: the same for two loads exactly when they show the same map. */
const viewOf = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('frontline-map') ?? document;
    const all = <E extends Element>(selector: string) => [...root.querySelectorAll<E>(selector)];
    return {
      title: root.querySelector('.fm-title')?.textContent ?? null,
      area: root.querySelector('select')?.value ?? null,
      sliders: all('[role=slider]').map((s) => s.getAttribute('aria-valuetext')),
      checked: all<HTMLInputElement>('input:checked').map((i) => `${i.name}=${i.value}`),
      maps: all('.maplibregl-map').length,
      links: all<HTMLAnchorElement>('a[href]').map((a) => a.href),
      theme:
        root.querySelector('.fm-embed')?.getAttribute('data-theme') ??
        document.documentElement.getAttribute('data-theme'),
      timeControls: all('.fm-time, [role=slider]').length,
    };
  });

/** Markup that would run code or fetch something, anywhere in the document. */
const insertedOf = (page: Page) =>
  page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    scripts: document.querySelectorAll('script').length,
    frames: document.querySelectorAll('iframe, object, embed').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
      /^javascript:/i.test(a.getAttribute('href')!),
    ).length,
  }));

type View = Awaited<ReturnType<typeof viewOf>>;
const references = new Map<string, { view: View; inserted: Awaited<ReturnType<typeof insertedOf>> }>();

/** The view and markup of a surface opened with harmless parameters, loaded once per run. */
async function reference(page: Page, surface: Surface, params: [string, string][]) {
  const key = `${surface.name}?${new URLSearchParams(params)}`;
  if (!references.has(key)) {
    await surface.open(page, params);
    references.set(key, { view: await viewOf(page), inserted: await insertedOf(page) });
  }
  return references.get(key)!;
}

/** Opens `surface` with `params` and checks everything the table promises. */
async function expectRefused(
  page: Page,
  surface: Surface,
  params: [string, string][],
  expected: { view: View; inserted: Awaited<ReturnType<typeof insertedOf>> },
  notice: (key: string) => RegExp,
) {
  const seen = watch(page, [MAP]);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const probes: string[] = [];
  page.on('request', (r) => new URL(r.url()).pathname.includes(PROBE) && probes.push(r.url()));
  await surface.open(page, params);

  const notices = await page.getByRole('status').allTextContents();
  expect(notices).toHaveLength(surface.keys.length);
  for (const key of surface.keys)
    expect(
      notices.filter((n) => notice(key).test(n)),
      `one notice for ${key}`,
    ).toHaveLength(1);
  for (const n of notices) {
    expect(n).not.toMatch(/[<>]/);
    expect(n.length).toBeLessThan(200);
  }
  expect(await viewOf(page)).toEqual(expected.view);
  expect(await insertedOf(page)).toEqual(expected.inserted);
  expect(expected.inserted).toMatchObject({ handlers: 0, javascriptLinks: 0, frames: 0 });
  expect(probes).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
}

for (const surface of SURFACES) {
  test.describe(`${surface.name}: hostile values for all ${surface.keys.length} parameters`, () => {
    for (const [kind, value] of HOSTILE)
      test(`${kind}: each parameter falls back to its default with its own notice`, async ({ page }) => {
        const expected = await reference(page, surface, []);
        const params = surface.keys.map((k): [string, string] => [k, value(k, surface.long)]);
        await expectRefused(page, surface, params, expected, (key) => NOTICE[key]);
      });

    // HTML keeps only the first of repeated attributes, so an element cannot be given two
    if (surface.name !== '<frontline-map>')
      test('repeated parameters: the first value is used, with a notice for each', async ({ page }) => {
        const valid = surface.keys.map((k): [string, string] => [k, VALID[k]]);
        const expected = await reference(page, surface, valid);
        const params = surface.keys.flatMap((k): [string, string][] => [
          [k, VALID[k]],
          [k, REPEATED],
        ]);
        await expectRefused(
          page,
          surface,
          params,
          expected,
          (key) => new RegExp(`^"${key}" is given 2 times`),
        );
      });
  });
}

test('<frontline-map>: hostile values set as attributes after it is ready change nothing', async ({
  page,
}) => {
  const seen = watch(page, [MAP]);
  const probes: string[] = [];
  page.on('request', (r) => new URL(r.url()).pathname.includes(PROBE) && probes.push(r.url()));
  await SURFACES[2].open(page, [['region', 'kursk']]);
  const state = () =>
    page.evaluate(() => {
      const el = document.querySelector('frontline-map')!;
      return [el.region, el.date, el.perspective];
    });
  const before = await state();
  const values = HOSTILE.map(([, value]) => value('date', 100_000));
  await page.evaluate(
    (vs) => {
      const el = document.querySelector('frontline-map')!;
      for (const v of vs) for (const name of ['date', 'region', 'perspective']) el.setAttribute(name, v);
    },
    [...values, ...HOSTILE.map(([, value]) => value('region', 10))],
  );
  expect(await state()).toEqual(before);
  expect(await insertedOf(page)).toMatchObject({ handlers: 0, javascriptLinks: 0, frames: 0 });
  expect(probes).toEqual([]);
  expect(seen.errors).toEqual([]);
});
