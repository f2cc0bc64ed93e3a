/**
 * What an article's reader can read in the embed and the element: the key (open where the
 * map has room, a tap away on a phone), how much of the area the claims map and the latest
 * claim, the claims behind the map by keyboard, and a shape's claim card on a click.
 */
import { expect, test, type Page } from '@playwright/test';
import { clickMapAt, SUDZHA, watch } from './helpers';

const MAP = 'http://127.0.0.1:4319';
const EMBED = './embed.html?region=kursk&date=2024-08-20&perspective=assessed';

async function openEmbed(page: Page, query = EMBED) {
  const seen = watch(page, [MAP]);
  await page.goto(query);
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  return seen;
}

test('the embed has a key, open where the map has room: sides, statuses, how sure, not mapped, latest claim', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 800 });
  const seen = await openEmbed(page);
  const key = page.locator('.fm-key details').first();
  await expect(key).toHaveAttribute('open', '');
  const legend = key.getByRole('region', { name: 'Legend' });
  for (const words of [
    'Russian-held',
    'Ukrainian-held',
    'How sure each shape is',
    'Not mapped by these claims',
  ])
    await expect(legend).toContainText(words);
  // how much of the area the claims in force map, and when the latest claim was
  await expect(key.locator('.coverage')).toHaveCount(1);
  await expect(key.locator('.coverage')).toContainText(/Latest claim: \d+ \w+ 20\d\d\.|No newer claim since/);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('on a phone the key is one tap away, and the map keeps its width', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await openEmbed(page);
  const key = page.locator('.fm-key details').first();
  await expect(key).not.toHaveAttribute('open', '');
  await key.locator('summary').click();
  await expect(key.getByRole('region', { name: 'Legend' })).toBeVisible();
});

test('the claims behind the map open by keyboard, newest first, with their sources', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await openEmbed(page);
  const claims = page.locator('.fm-key details').nth(1);
  const summary = claims.locator('summary');
  await expect(summary).toHaveText(/^Claims \(\d+\)$/);
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(claims).toHaveAttribute('open', '');
  const list = claims.getByRole('region', { name: /The claims in force on 20 August 2024/ });
  const items = list.locator('li');
  expect(await items.count()).toBeGreaterThan(0);
  const dates = await items.locator('.date').allTextContents();
  const days = dates.map((d) => Date.parse(d.replace(/ \(.*$/, '')));
  expect(days).toEqual([...days].sort((a, b) => b - a));
  await expect(items.first().locator('.source')).not.toBeEmpty();
});

test('clicking a shape in the embed opens its claim card: who, when, the words, the source, how sure', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await openEmbed(page);
  await clickMapAt(page, SUDZHA, 25); // inside the shape around Sudzha
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.getByTestId('how-sure')).toHaveText('How sure: drawn to a stated area.');
  await expect(popup).toContainText('Ukrainian held: between about 1,000 and 1,430 km²');
  await expect(popup).toContainText('Canadian outlet, based on Associated Press reporting');
  await expect(popup.locator('.who').first()).not.toBeEmpty();
});

test('the element carries the same key and claim cards, in the reader’s language', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await page.route(`${MAP}/element-key.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="uk"><head><link rel="icon" href="data:,">
        <script type="module" src="./frontline-map.js"></script></head><body>
        <frontline-map region="kursk" date="2024-08-20" lang="uk"></frontline-map>
      </body></html>`,
    }),
  );
  await page.goto(`${MAP}/element-key.html`);
  await page.waitForFunction(() => document.querySelector('frontline-map')?.map, null, { timeout: 60_000 });
  const key = page.locator('frontline-map .fm-key details').first();
  await expect(key.getByRole('region', { name: 'Умовні позначення' })).toContainText('Під контролем Росії');
  await expect(page.locator('frontline-map .fm-key summary').nth(1)).toHaveText(/^Заяви \(\d+\)$/);
});
