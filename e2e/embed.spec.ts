import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { watch } from './helpers';

const MAP = 'http://127.0.0.1:4319';
// the article: served from another origin than the map (another port), by a real local
// server (Chromium lets only local pages frame 127.0.0.1, and counts a mocked response as public)
const NEWS = 'http://127.0.0.1:4331';
let article = '';
let server: Server;
/** Host libraries an article may already use, served as a newsroom would serve them. */
const VENDOR: Record<string, string> = {
  '/vendor/pym.v1.min.js': 'node_modules/pym.js/dist/pym.v1.min.js',
  '/vendor/frames.umd.js': 'node_modules/@newswire/frames/dist/frames.umd.js',
};
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const vendor = VENDOR[req.url ?? ''];
    if (vendor) res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(vendor));
    else res.writeHead(200, { 'content-type': 'text/html' }).end(article);
  });
  await new Promise<void>((resolve) => server.listen(4331, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Gzip bytes of the built files a page asked for, by kind. */
function weighRequests(paths: string[]): Record<string, number> {
  const kinds: [string, RegExp][] = [
    ['js', /\.js$/],
    ['css', /\.css$/],
    ['data', /\.(geo)?json$/],
    ['glyphs', /\.pbf$/],
    ['images', /\.(svg|png|webp)$/],
  ];
  const out: Record<string, number> = Object.fromEntries(kinds.map(([k]) => [k, 0]));
  for (const path of new Set(paths)) {
    const kind = kinds.find(([, re]) => re.test(path))?.[0];
    const file = join('dist', decodeURIComponent(path));
    if (kind && existsSync(file)) out[kind] += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return out;
}

/** The auto-height snippet exactly as the README documents it. */
function readmeSnippet(): string {
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.match(/<!-- auto-height snippet -->\n+```html\n([\s\S]*?)```/);
  if (!block) throw new Error('README: the auto-height snippet is missing');
  return block[1].replace(/<iframe[\s\S]*?<\/iframe>\n/, '');
}

test('an article embeds the map in iframes: auto height, set by postMessage, other origins ignored', async ({
  page,
}) => {
  const seen = watch(page, [MAP, NEWS]);
  article = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
        <p>An article.</p>
        <iframe id="a" title="Map A" style="width:100%;border:0"
          src="${MAP}/embed.html?region=kursk&date=2024-08-20&origins=${NEWS}"></iframe>
        <iframe id="b" title="Map B" style="width:100%;border:0"
          src="${MAP}/embed.html?region=kursk&date=2024-08-20&origins=https://other.example"></iframe>
        <script>
          window.received = [];
          addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));
        </script>
        ${readmeSnippet()}
      </body></html>`;
  await page.goto(`${NEWS}/article.html`);
  const a = page.frameLocator('#a');
  const b = page.frameLocator('#b');
  await expect(a.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  // the second map loads when the reader reaches it (an embed far down a page costs nothing)
  await page.locator('#b').scrollIntoViewIfNeeded();
  await expect(b.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  const received = () =>
    page.evaluate(() => (window as unknown as { received: { origin: string; data: unknown }[] }).received);
  await expect.poll(received).toContainEqual({ origin: MAP, data: { type: 'frontline:ready' } });

  // the snippet sized the iframe to the embed's content: nothing cut off, no scrollbar (the
  // two converge: a taller iframe can give the page a scrollbar, narrowing the embed)
  const sizes = async () => ({
    content: await a.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height)),
    iframe: Number(await page.locator('#a').getAttribute('height')),
  });
  await expect
    .poll(async () => {
      const { content, iframe } = await sizes();
      return content > 300 && iframe === content;
    })
    .toBe(true);

  // the host drives the date; only the embed that allows this origin obeys
  await page.evaluate(() => {
    for (const id of ['a', 'b'])
      (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'frontline:set', date: '2025-03-20' },
        '*',
      );
  });
  const dateOf = (frame: typeof a) => frame.getByRole('slider', { name: 'Date' });
  await expect(dateOf(a)).toHaveAttribute('data-date', '2025-03-20');
  await expect
    .poll(received)
    .toContainEqual({ origin: MAP, data: { type: 'frontline:datechange', date: '2025-03-20' } });
  await expect(dateOf(b)).toHaveAttribute('data-date', '2024-08-20');

  // malformed messages change nothing and render nothing
  await page.evaluate(() => {
    const w = (document.getElementById('a') as HTMLIFrameElement).contentWindow!;
    w.postMessage({ type: 'frontline:set', date: '<img src=x onerror=alert(1)>' }, '*');
    w.postMessage('{"type":"frontline:set","date":"2024-09-01"}', '*');
    w.postMessage({ type: 'frontline:set', date: '2024-09-01', extra: 'field' }, '*');
    w.postMessage({ type: 'frontline:set', region: 'kursk', date: '2024-08-25' }, '*'); // valid: applied last
  });
  await expect(dateOf(a)).toHaveAttribute('data-date', '2024-08-25');
  await expect(a.locator('img')).toHaveCount(0);
  await expect(a.getByRole('link', { name: 'Open the full map, with sources' })).toHaveAttribute(
    'href',
    `${MAP}/?region=kursk&date=2024-08-25&perspective=assessed`,
  );
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('two <frontline-map> elements on one page work independently', async ({ page }) => {
  const seen = watch(page, [MAP]);
  await page.route(`${MAP}/two-maps.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><link rel="icon" href="data:,">
        <script type="module" src="./frontline-map.js"></script></head><body>
        <frontline-map id="one" region="kursk" date="2024-08-06"></frontline-map>
        <frontline-map id="two" region="sumy" date="2025-04-28" perspective="ru"></frontline-map>
        <script>
          window.changes = [];
          for (const el of document.querySelectorAll('frontline-map'))
            el.addEventListener('datechange', (e) => changes.push([el.id, e.detail]));
        </script>
      </body></html>`,
    }),
  );
  await page.goto(`${MAP}/two-maps.html`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('frontline-map')].every((el) => el.map),
    null,
    {
      timeout: 60_000,
    },
  );
  const state = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('frontline-map')].map((el) => [
        el.id,
        el.region,
        el.date,
        el.perspective,
      ]),
    );
  expect(await state()).toEqual([
    ['one', 'kursk', '2024-08-06', 'assessed'],
    ['two', 'sumy', '2025-04-28', 'ru'],
  ]);
  // two MapLibre maps, each exposed as the element's `map`
  expect(
    await page.evaluate(() => {
      const [a, b] = [...document.querySelectorAll('frontline-map')].map((el) => el.map!);
      return a !== b && typeof a.getCenter === 'function' && a.getCenter().lat > b.getCenter().lat;
    }),
  ).toBe(true);

  await page.evaluate(
    () => ((document.getElementById('one') as HTMLElementTagNameMap['frontline-map']).date = '2024-08-20'),
  );
  await page.evaluate(() => document.getElementById('two')!.setAttribute('perspective', 'assessed'));
  await expect.poll(state).toEqual([
    ['one', 'kursk', '2024-08-20', 'assessed'],
    ['two', 'sumy', '2025-04-28', 'assessed'],
  ]);
  const changes = () => page.evaluate(() => (window as unknown as { changes: string[][] }).changes);
  await expect.poll(changes).toContainEqual(['one', '2024-08-20']);
  expect((await changes()).filter(([id]) => id === 'two')).toEqual([['two', '2025-04-28']]);

  // an invalid date is ignored; play and pause drive one element only
  await page.evaluate(
    () => ((document.getElementById('one') as HTMLElementTagNameMap['frontline-map']).date = '2024-13-01'),
  );
  expect((await state())[0][2]).toBe('2024-08-20');
  await page.evaluate(() =>
    (document.getElementById('one') as HTMLElementTagNameMap['frontline-map']).play(),
  );
  await expect.poll(async () => (await state())[0][2]).not.toBe('2024-08-20');
  await page.evaluate(() =>
    (document.getElementById('one') as HTMLElementTagNameMap['frontline-map']).pause(),
  );
  const paused = (await state())[0][2];
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect((await state())[0][2]).toBe(paused);
  expect((await state())[1][2]).toBe('2025-04-28');
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the scrollytelling example sets the date and area as the reader scrolls', async ({ page }) => {
  const seen = watch(page, [MAP]);
  await page.goto(`${MAP}/examples/scrollytelling.html`);
  const map = page.locator('frontline-map');
  await page.waitForFunction(() => document.querySelector('frontline-map')?.map, null, { timeout: 60_000 });
  const date = () => map.evaluate((el: HTMLElementTagNameMap['frontline-map']) => el.date);
  const shown = () =>
    map.evaluate((el: HTMLElementTagNameMap['frontline-map']) =>
      el
        .map!.queryRenderedFeatures({
          layers: ['control-controlled', 'control-contested', 'control-advance'],
        })
        .filter((f) => Number(el.map!.getFeatureState({ source: 'control', id: f.id! }).opacity ?? 0) > 0)
        .map((f) => String(f.id)),
    );
  for (const [step, expected, shape] of [
    [2, '2025-03-15', 'kursk-assessed-ua-2025-03-15'],
    [3, '2025-04-27', 'kursk-ua-ua-2025-04-26'],
    [1, '2024-08-20', 'kursk-assessed-ua-2024-08-20'],
  ] as const) {
    await page
      .locator('.steps section')
      .nth(step)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(date).toBe(expected);
    await expect.poll(async () => [...new Set(await shown())]).toEqual([shape]);
  }
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the embed builder turns the current view into a snippet, with a live preview', async ({ page }) => {
  const seen = watch(page, [MAP]);
  await page.goto(`${MAP}/?region=kursk&date=2024-08-20&perspective=assessed`);
  await page.getByText('Embed this map in an article').click();
  const snippet = page.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(
    /embed\.html\?region=kursk&amp;date=2024-08-20&amp;perspective=assessed"/,
  );
  await page.getByLabel('Date slider and play button').uncheck();
  await page.getByLabel('Dark').check();
  await expect(snippet).toHaveValue(/perspective=assessed&amp;controls=0&amp;theme=dark"/);
  const preview = page.frameLocator('iframe.preview');
  await expect(preview.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await expect(preview.getByRole('slider', { name: 'Date' })).toHaveCount(0);
  await expect(preview.locator('.fm-embed')).toHaveAttribute('data-theme', 'dark');
  // the basemap is dark too, not only the page around it
  expect(
    await preview
      .locator('body')
      .evaluate(() =>
        (
          window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }
        ).frontlineMap.map.getPaintProperty('sea', 'background-color'),
      ),
  ).toBe('#1d2a33');

  await page.getByLabel('Element (script on the page)').check();
  await expect(snippet).toHaveValue(
    new RegExp(
      `^<link rel="stylesheet" href="${MAP}/frontline-map.css" />\\n` +
        `<script type="module" src="${MAP}/frontline-map.js"></script>\\n` +
        '<frontline-map region="kursk" date="2024-08-20" perspective="assessed" controls="0" theme="dark"></frontline-map>$',
    ),
  );
  // the oEmbed discovery link of the embed page leads to a rich oEmbed response
  const oembed = await (await page.request.get(`${MAP}/oembed-kursk.json`)).json();
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: 'Frontline map: Kursk oblast' });
  expect(await (await page.request.get(`${MAP}/embed.html`)).text()).toContain(
    '<link rel="alternate" type="application/json+oembed" href="oembed.json"',
  );
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('an embed far down an article paints a static picture first and loads MapLibre only near the viewport', async ({
  page,
}) => {
  const seen = watch(page, [MAP]);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.route(`${MAP}/long-article.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><link rel="icon" href="data:,">
        <script type="module" src="./frontline-map.js"></script></head><body>
        <div style="height:4000px">The article's text.</div>
        <frontline-map id="late" region="kursk" date="2024-08-20"></frontline-map>
      </body></html>`,
    }),
  );
  await page.goto(`${MAP}/long-article.html`);
  const picture = page.locator('#late img.fm-snapshot');
  await expect(picture).toHaveAttribute('src', /\/snapshots\/kursk-assessed-2024-08-20\.webp$/);
  await expect(picture).toHaveAttribute(
    'alt',
    /Ukraine holds between about 1,000 and 1,430 km² of Kursk oblast/,
  );
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
    .toBe(800);
  // nothing of the live map has been asked for yet
  expect(requested.filter((p) => /maplibre|control\.geojson|\/fonts\//.test(p))).toEqual([]);
  // where the poster put the credit line, below the box and the room for the controls
  const creditTop = () =>
    page.locator('#late').evaluate((el) => {
      const credit = el.querySelector('.fm-credit')!.getBoundingClientRect();
      return Math.round(credit.top - el.getBoundingClientRect().top);
    });
  const before = await creditTop();

  await page.locator('#late').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('frontline-map')?.map, null, { timeout: 60_000 });
  expect(requested.some((p) => /\/maplibre-[^/]*\.js$/.test(p))).toBe(true);
  await expect(picture).toHaveCount(0); // the live map has replaced the picture
  expect(await page.locator('#late .fm-poster').count()).toBe(0);
  expect(await creditTop()).toBe(before); // and nothing moved
  // what the article paid, by kind, in gzip bytes as a static host serves them
  await page.evaluate(
    () =>
      new Promise((r) => {
        const map = document.querySelector('frontline-map')!.map!;
        map.once('idle', r);
        map.triggerRepaint(); // an idle map fires no 'idle' until something draws
      }),
  );
  const weight = weighRequests(requested);
  test.info().annotations.push({ type: 'first map render, gzip bytes', description: JSON.stringify(weight) });
  console.log('first map render, gzip bytes by kind:', weight);
  expect(weight.js).toBeGreaterThan(250_000); // MapLibre is in it now
  expect(weight.glyphs).toBeGreaterThan(0);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('hosts already using pym.js or @newswire/frames size the embed with no extra code', async ({ page }) => {
  const seen = watch(page, [MAP, NEWS]);
  const src = `${MAP}/embed.html?region=sumy&date=2025-04-28`;
  article = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
    <div id="pym-map"></div>
    <div id="frames-map" data-frame-src="${src}"></div>
    <script src="/vendor/pym.v1.min.js"></script>
    <script src="/vendor/frames.umd.js"></script>
    <script>
      new pym.Parent('pym-map', '${src}', {});
      newswireFrames.autoInitFrames();
    </script>
  </body></html>`;
  await page.goto(`${NEWS}/article.html`);
  for (const id of ['pym-map', 'frames-map']) {
    const iframe = page.locator(`#${id} iframe`);
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator(`#${id} iframe`);
    await expect(frame.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
    // the host library set the iframe's height to the embed's, whatever the page width
    await expect
      .poll(
        async () => {
          const content = await frame
            .locator('html')
            .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
          const box = await iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
          return content > 300 && Math.abs(box - content) <= 1;
        },
        { message: id },
      )
      .toBe(true);
  }
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});
