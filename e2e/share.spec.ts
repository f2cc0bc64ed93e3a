/** Sharing the view: the link on screen is the view, copied in one press. */
import { expect, test } from '@playwright/test';
import { openMap } from './helpers';

test('copy link puts the view’s URL on the clipboard, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4319' });
  await openMap(page, '?region=sumy&date=2025-01-10&perspective=ru');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('region')).toBe('sumy');
  expect(new URL(copied).searchParams.get('perspective')).toBe('ru');
});

test('where the browser refuses the clipboard, the page says where to copy the link from', async ({
  page,
}) => {
  await openMap(page, '?region=sumy');
  await page.evaluate(() =>
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    }),
  );
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('copy the address bar instead')).toBeVisible();
});
