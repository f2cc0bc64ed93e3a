import { expect, test, type Page } from '@playwright/test';
import { mapIdle, openMap } from './helpers';

/** The text-field the map's place labels are drawn from, and a rendered place's names. */
const labels = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap.map;
    const kursk = map
      .queryRenderedFeatures({ layers: ['settlement-labels'] })
      .find((f) => f.properties.name === 'Kursk');
    return {
      field: JSON.stringify(map.getLayoutProperty('settlement-labels', 'text-field')),
      kursk: kursk && [kursk.properties.name_uk, kursk.properties.name_ru],
    };
  });

test('switching the language changes the words, the live region, the URL and the place names on the map', async ({
  page,
}) => {
  const { errors } = await openMap(page, '?region=kursk&date=2024-08-20&perspective=assessed');
  expect(await labels(page)).toEqual({ field: '["get","name"]', kursk: ['Курськ', 'Курск'] });
  await page.getByLabel('Language').selectOption('uk');

  await expect(page.locator('h1')).toHaveText('Карта лінії фронту');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page).toHaveURL(/lang=uk/);
  await expect(
    page.getByRole('radiogroup', { name: 'Погляд' }).or(page.getByRole('group', { name: 'Погляд' })),
  ).toBeVisible();
  await expect(page.getByTestId('live')).toHaveText(
    /^20 серпня 2024 р\., Незалежна оцінка: Україна утримує приблизно від 1\s000 до 1\s430 км² Курської області \(накреслено за заявленою площею\)\. Курська область: Чинні заяви стосуються всієї території Курської області\. Остання заява: 30 березня 2025 р\.$/,
  );
  await mapIdle(page);
  expect((await labels(page)).field).toBe('["coalesce",["get","name_uk"],["get","name"]]');

  // the language travels with the view: a reload keeps it, and Russian works the same way
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('h1')).toHaveText('Карта лінії фронту');
  await page.getByLabel('Мова').selectOption('ru');
  await expect(page.locator('h1')).toHaveText('Карта линии фронта');
  await expect
    .poll(async () => (await labels(page)).field)
    .toBe('["coalesce",["get","name_ru"],["get","name"]]');
  expect(errors).toEqual([]);
});

test('an embed in Russian: title, credit, notices and the still picture’s alt text', async ({ page }) => {
  await page.goto('./embed.html?region=kursk&date=2024-08-20&lang=ru&theme=nope');
  const picture = page.locator('img.fm-snapshot');
  await expect(picture).toHaveAttribute(
    'alt',
    /^Карта Курской области\. 20 августа 2024 г\., Независимая оценка: Украина удерживает примерно от 1\s000 до 1\s430 км²/,
  );
  await expect(page.locator('.fm-title')).toHaveText(
    /^Курская область · 20 августа 2024 г\. · Независимая оценка$/,
  );
  await expect(page.getByRole('status')).toHaveText([
    'Тема «nope» не является auto, light или dark: используется системная настройка.',
  ]);
  await expect(page.getByRole('link', { name: 'Открыть полную карту с источниками' })).toHaveAttribute(
    'href',
    /lang=ru/,
  );
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('.fm-embed')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.fm-title')).toHaveText(/^Курская область/);
});

test('<frontline-map lang="uk"> speaks Ukrainian, and the map labels places in Ukrainian', async ({
  page,
}) => {
  await page.route('http://127.0.0.1:4319/uk-element.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
        <script type="module" src="./frontline-map.js"></script></head><body>
        <frontline-map lang="uk" region="kursk" date="2024-08-20"></frontline-map></body></html>`,
    }),
  );
  await page.goto('http://127.0.0.1:4319/uk-element.html');
  await page.waitForFunction(() => document.querySelector('frontline-map')?.map, null, { timeout: 60_000 });
  await expect(page.locator('frontline-map .fm-title')).toHaveText(
    /^Курська область · 20 серпня 2024 р\. · Незалежна оцінка$/,
  );
  await expect(page.locator('frontline-map').getByRole('slider', { name: 'Дата' })).toHaveAttribute(
    'aria-valuetext',
    /^20 серпня 2024/,
  );
  const field = await page.evaluate(() =>
    JSON.stringify(
      document.querySelector('frontline-map')!.map!.getLayoutProperty('settlement-labels', 'text-field'),
    ),
  );
  expect(field).toBe('["coalesce",["get","name_uk"],["get","name"]]');
});
