import { expect, test, type Page } from '@playwright/test';
import { openMap } from './helpers';

/** The place labels the map has drawn, as the reader sees them in `lang`. */
const drawnLabels = (page: Page, lang: 'uk' | 'ru') =>
  page.evaluate((l) => {
    const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap.map;
    const key = `name_${l}`;
    return map
      .queryRenderedFeatures({ layers: ['settlement-labels'] })
      .map((f) => (f.properties[key] as string | undefined) ?? (f.properties.name as string));
  }, lang);

// Soviet-era names Ukraine retired and Russia restores in the ground it occupies
const RETIRED = /Красноарм|Димитров|Дзержинськ|Дзержинск|Артем[іо]в|Ворошилов|Чапа[єе]в|Жданов|Кіров|Киров/;
const SCRIPT = {
  // Ukrainian letters only, or the English name where no checked one exists
  uk: /^([абвгґдеєжзиіїйклмнопрстуфхцчшщьюя’ -]+|[\p{Script=Latin}’ .-]+)$/iu,
  // Russian letters only: no Belarusian ў, і or Serbian ј
  ru: /^([абвгдеёжзийклмнопрстуфхцчшщъыьэюя -]+|[\p{Script=Latin}’ .-]+)$/iu,
};

for (const [region, lang, expected] of [
  ['pokrovsk', 'uk', ['Покровськ', 'Мирноград']],
  ['pokrovsk', 'ru', ['Покровск', 'Мирноград']],
  ['zaporizhzhia', 'uk', ['Оріхів', 'Василівка']],
  ['zaporizhzhia', 'ru', ['Орехов', 'Васильевка', 'Камышеваха']],
] as const) {
  test(`${region} in ${lang}: the map's place labels are current names in ${lang}`, async ({ page }) => {
    const { errors } = await openMap(page, `?region=${region}&lang=${lang}`);
    await expect.poll(async () => (await drawnLabels(page, lang)).length).toBeGreaterThan(3);
    const labels = await drawnLabels(page, lang);
    for (const name of expected) expect(labels).toContain(name);
    expect(labels.filter((n) => RETIRED.test(n))).toEqual([]);
    expect(labels.filter((n) => !SCRIPT[lang].test(n))).toEqual([]);
    expect(errors).toEqual([]);
  });
}
