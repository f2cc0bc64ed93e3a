/**
 * The review page of `npm run dev`: an article's drafts checked against their sentences.
 * Vite's dev server runs here on a copy of the ledger with drafts from the editor's loop.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { ARTICLE, extract, SOURCE, workspace } from '../scripts/test/editor-loop';

const PORT = 4361;
let server: ViteDevServer;

test.beforeAll(async () => {
  const w = workspace();
  expect(extract(w).status).toBe(0);
  process.env.FRONTLINE_REVIEW_ROOT = w.root;
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    server: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
  await server.listen();
});
test.afterAll(async () => {
  delete process.env.FRONTLINE_REVIEW_ROOT;
  await server?.close();
});

test('the review page shows each draft beside its highlighted sentence and a map of its places, by keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${PORT}/review.html`);
  await expect(page.getByLabel('Drafts file')).toHaveValue(SOURCE);
  await expect(
    page.getByText('Loop Test Wire, “Russian troops push toward Yunakivka”, 2025-03-20: 2 drafts'),
  ).toBeVisible();

  // the article's text, whole, with both drafted sentences highlighted
  const article = page.getByRole('article', { name: 'Article text' });
  expect(await article.textContent()).toBe(ARTICLE);
  const marks = article.locator('mark');
  await expect(marks).toHaveCount(2);
  await expect(marks.nth(0)).toHaveText(/^Russia's defence ministry said on Tuesday .* Sumy region\.$/);

  // the first draft is selected: its sentence stands out, its fields are beside it
  const drafts = page.getByRole('list', { name: 'Drafts' }).getByRole('button');
  await expect(drafts.nth(0)).toHaveAttribute('aria-current', 'true');
  await expect(marks.nth(0)).toHaveClass(/current/);
  const fields = page.getByRole('region', { name: `${SOURCE}-d1` });
  await expect(fields).toContainText('advance (holder: ru)');
  await expect(fields).toContainText("ru-military: Russia's defence ministry");
  await expect(fields).toContainText('2025-03-18 (day)');
  await expect(fields).toContainText('add to the gazetteer or drop: Yunakivka');

  // the keyboard moves to the next draft: the strike on Sumy, its place on the map
  await drafts.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(drafts.nth(1)).toBeFocused();
  await expect(drafts.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(marks.nth(1)).toHaveClass(/current/);
  await expect(marks.nth(0)).not.toHaveClass(/current/);
  const strike = page.getByRole('region', { name: `${SOURCE}-d2` });
  await expect(strike).toContainText('strike');
  await expect(strike).toContainText('Sumy');
  const map = strike.getByRole('img', { name: 'Map of the places named: Sumy' });
  await expect
    .poll(() => map.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
    .toBe(360);
  // Home goes back to the first; a click on a highlight selects its draft too
  await page.keyboard.press('Home');
  await expect(drafts.nth(0)).toBeFocused();
  await marks.nth(1).click();
  await expect(drafts.nth(1)).toHaveAttribute('aria-current', 'true');
  // and nothing in the way of a keyboard or screen reader user
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  expect(errors).toEqual([]);
});
