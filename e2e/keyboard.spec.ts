import { expect, test, type Page } from '@playwright/test';
import { openMap } from './helpers';

/** The focused element: its accessible name (roughly), role or tag, and its focus outline. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
    const style = getComputedStyle(el);
    const name =
      el.getAttribute('aria-label') ??
      (el.tagName === 'SELECT' || el.tagName === 'INPUT' ? el.labels?.[0]?.textContent : el.textContent) ??
      '';
    return {
      name: name.replace(/\s+/g, ' ').trim(),
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`,
    };
  });

/** Presses Tab until the focused element's name matches (at most 60 times). */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (name.test((await focused(page)).name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: every control is reached, shows its focus, and works', async ({ page }) => {
  await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed');
  // one full pass: what Tab reaches, each with a visible outline
  const reached: { name: string; role: string }[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.role === 'body') break;
    expect(f.outline, `focus outline on ${f.role} "${f.name}"`).toMatch(/^(solid|auto) ([2-9]|\d\d)/);
    reached.push({ name: f.name, role: f.role });
  }
  const names = reached.map((r) => r.name);
  for (const expected of [
    /^Area/,
    /^Language/,
    /Independent assessment/,
    /One map/,
    /^Play$/,
    /^Speed/,
    /^Previous claim$|^Next claim$/,
    /^Date$/,
    /^Table of areas by date/,
    /^Embed this map/,
  ])
    expect(
      names.some((n) => expected.test(n)),
      `${expected} reachable; reached: ${names.join(' | ')}`,
    ).toBe(true);

  // and each works from the keyboard
  await page.locator('body').focus();
  await tabTo(page, /Independent assessment/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Russian claims')).toBeChecked();
  await expect(page).toHaveURL(/perspective=ru/);

  await tabTo(page, /^Date$/);
  await page.keyboard.press('End');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('data-date', '2025-04-28');
  // read out as words, not as an ISO date
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '28 April 2025');

  await page.locator('body').focus();
  await tabTo(page, /^Play$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();

  await tabTo(page, /^Table of areas by date/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table').filter({ hasText: 'km² drawn on each date' })).toBeVisible();
  await tabTo(page, /^Date$/); // the table's first sort button
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
    'aria-sort',
    /ascending|descending/,
  );
});
