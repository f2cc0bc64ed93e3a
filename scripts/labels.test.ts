/**
 * Every settlement label the map shows in the five areas and their neighbours, in all
 * three languages, against the naming rules (docs/place-names.md): built from the real
 * GeoNames package and geodata/names.yaml, as `npm start` serves them.
 */
import { describe, expect, test } from 'vitest';
import { isRetiredName } from '../src/lib/base/retired';
import { spelledIn } from '../src/lib/base/spelling';
import { retiredNames } from '../src/lib/base/names';
import { readCheckedNames, settlementLabels } from './lib/labels';

interface Label {
  geonameid: number;
  country: string;
  name: string;
  name_uk: string | null;
  name_ru: string | null;
}
const labels = settlementLabels().features.map((f) => f.properties as Label);
/** What a reader sees in each language: the checked name, or the English one. */
const shown = (l: Label) => ({ en: l.name, uk: l.name_uk ?? l.name, ru: l.name_ru ?? l.name });

describe('settlement labels', () => {
  test('cover the five areas and their neighbours', () => {
    expect(labels.length).toBeGreaterThan(900);
  });

  test('each is in its language’s script: Russian without Belarusian or Serbian letters, Ukrainian without Russian-only ones', () => {
    const wrong = labels.flatMap((l) => [
      ...(l.name_uk !== null && (!spelledIn(l.name_uk, 'uk') || /[ыэъё]/i.test(l.name_uk))
        ? [`${l.geonameid} uk ${l.name_uk}`]
        : []),
      ...(l.name_ru !== null && (!spelledIn(l.name_ru, 'ru') || /[ўіїєґјљњћђџ]/i.test(l.name_ru))
        ? [`${l.geonameid} ru ${l.name_ru}`]
        : []),
      ...(/^[\p{Script=Latin}’' .-]+$/u.test(l.name) ? [] : [`${l.geonameid} en ${l.name}`]),
    ]);
    expect(wrong).toEqual([]);
  });

  test('no place in Ukraine carries a Soviet-era or Russian-restored name, in any language', () => {
    const retired = retiredNames(readCheckedNames());
    const wrong = labels.flatMap((l) =>
      Object.entries(shown(l))
        .filter(([, n]) => retired.has(n) || (l.country === 'UA' && isRetiredName(n)))
        .map(([lang, n]) => `${l.geonameid} ${lang} ${n}`),
    );
    expect(wrong).toEqual([]);
  });

  // the towns a bilingual review found wrong, and their neighbours on the map
  test.each([
    [713174, 'Bakhmut', 'Бахмут', 'Бахмут'],
    [709354, 'Toretsk', 'Торецьк', 'Торецк'],
    [704422, 'Pokrovsk', 'Покровськ', 'Покровск'],
    [710035, 'Myrnohrad', 'Мирноград', 'Мирноград'],
    [702658, 'Luhansk', 'Луганськ', 'Луганск'],
    [705812, 'Kropyvnytskyi', 'Кропивницький', 'Кропивницкий'],
    [710950, 'Voskresenka', 'Воскресенка', 'Воскресенка'],
    [709932, 'Kamianske', 'Кам’янське', 'Каменское'],
    [709717, 'Donetsk', 'Донецьк', 'Донецк'],
    [701822, 'Mariupol', 'Маріуполь', 'Мариуполь'],
    [696643, 'Poltava', 'Полтава', 'Полтава'],
    [701404, 'Melitopol', 'Мелітополь', 'Мелитополь'],
    [688373, 'Yasynuvata', 'Ясинувата', 'Ясиноватая'],
    [695581, 'Rodynske', 'Родинське', 'Родинское'],
    [701305, 'Mezhova', 'Межова', 'Межевая'],
    [691255, 'Trostianets', 'Тростянець', 'Тростянец'],
    [707002, 'Kamiane', 'Кам’яне', 'Каменное'],
    [687700, 'Zaporizhzhia', 'Запоріжжя', 'Запорожье'],
    [698428, 'Orikhiv', 'Оріхів', 'Орехов'],
    [486816, 'Sudzha', 'Суджа', 'Суджа'],
    [538560, 'Kursk', 'Курськ', 'Курск'],
    [692194, 'Sumy', 'Суми', 'Сумы'],
  ])('%i reads %s / %s / %s', (geonameid, en, uk, ru) => {
    const label = labels.find((l) => l.geonameid === geonameid);
    expect(label && shown(label)).toEqual({ en, uk, ru });
  });
});
