/**
 * The built pages run under their strict Content Security Policy: no violation while the
 * map, compare, the lazy modules, popups and the embed do their work; and the policy bites.
 */
import { expect, test, type Page } from '@playwright/test';
import { mapIdle, openMap, watch } from './helpers';

async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the map runs under its CSP: map, compare, change, table and builder, no violation', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const { errors } = await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-(eval|inline)/);
  await page.getByLabel('Compare dates').check(); // loads the change module on demand
  await expect(page.getByTestId('change-sentence').first()).toContainText('Between');
  await page.getByLabel('Compare perspectives').check();
  await expect(page.locator('body')).toHaveAttribute('data-compare-ready', 'true', { timeout: 60_000 });
  await mapIdle(page);
  await page.getByText('Embed this map in an article').click();
  const preview = page.frameLocator('iframe.preview');
  await expect(preview.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the embed page runs under its CSP, and the policy blocks injected inline script', async ({ page }) => {
  const violations = await recordViolations(page);
  const seen = watch(page, ['http://127.0.0.1:4319']);
  await page.goto('./embed.html?region=kursk&date=2024-08-20');
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await mapIdle(page);
  expect(await violations()).toEqual([]);

  // an inline script slipped into the page does not run, and the browser says why
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = '(window).injected = true;';
    document.body.append(script);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(seen.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
});
