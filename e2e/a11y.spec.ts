/**
 * axe-core on every page a reader meets, in both themes: no serious or critical violation
 * of WCAG 2.2 A and AA. The dark theme is reached both ways a reader gets it: from the
 * system setting (prefers-color-scheme) and from `theme=dark`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickMapAt, openMap, SUDZHA } from './helpers';

const PAGES = [
  { name: 'app', path: './?region=kursk&date=2024-08-20', ready: 'data-map-ready' },
  {
    name: 'compare view',
    path: './?region=kursk&date=2025-04-26&mode=compare&left=ru&right=ua',
    ready: 'data-compare-ready',
  },
  {
    name: 'date comparison',
    path: './?region=kursk&mode=compare&from=2024-08-20&to=2025-03-31&layout=split',
    ready: 'data-compare-ready',
  },
  { name: 'embed', path: './embed.html?region=kursk&date=2024-08-20', ready: 'data-map-ready' },
];

const THEMES = [
  { name: 'light', scheme: 'light' as const, query: '' },
  { name: 'dark (system setting)', scheme: 'dark' as const, query: '' },
  { name: 'dark (theme=dark)', scheme: 'light' as const, query: '&theme=dark' },
];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

for (const p of PAGES)
  for (const theme of THEMES)
    test(`axe: ${p.name}, ${theme.name}: no serious or critical violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme.scheme });
      await page.goto(`${p.path}${theme.query}`);
      await expect(page.locator('body')).toHaveAttribute(p.ready, 'true', { timeout: 60_000 });
      // what is folded away is checked too
      for (const details of await page.locator('details').all())
        await details.evaluate((d) => d.setAttribute('open', ''));
      expect(await violations(page)).toEqual([]);
    });

// the popup and credit strip are light islands on a dark page: their text must stay dark
test('axe: a shape’s popup in the dark theme: no serious or critical violations', async ({ page }) => {
  await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed&theme=dark');
  await clickMapAt(page, SUDZHA, 25); // inside the shape around Sudzha
  await expect(page.locator('.maplibregl-popup')).toContainText('How sure');
  expect(await violations(page)).toEqual([]);
  const ink = await page
    .locator('.maplibregl-popup-content')
    .evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
  expect(ink).toEqual(['rgb(26, 26, 26)', 'rgb(255, 255, 255)']);
});
