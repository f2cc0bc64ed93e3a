/**
 * Words and formats in the reader's language. Messages live in src/messages/<lang>.json,
 * one flat object per language with `{name}` placeholders; dates and numbers go through
 * Intl. English is ./english.ts; pages load languages when asked for (src/browser/load-language.ts), so
 * the embed's first paint carries no words it does not show. Pure.
 */
import type en from '../../messages/en.json';
import type { Region } from '../regions';
import type { Perspective } from '../taxonomy';

export type Messages = typeof en;
export type MessageKey = keyof Messages;
/** A message with a count in it, one text per plural category: `notice.repeated.one` etc. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
export type Values = Record<string, string | number>;

export const LANGS = ['en', 'uk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);

/** The Intl locale for each language: British English writes 20 August 2024. */
const INTL: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA', ru: 'ru-RU' };

/**
 * The country the ground in view lies in: a newsroom may word it differently there (a
 * message's `key@UA` variant, docs/style-sheet.md), null where the view spans both.
 */
export type Country = 'UA' | 'RU';

/** How a region's name is used in a sentence: alone, after "in", after "of". */
export type RegionForm = 'name' | 'in' | 'of';

export interface Locale {
  lang: Lang;
  t(key: MessageKey, values?: Values): string;
  /**
   * A message with `{count}` in it, in the plural form the language's rules pick for that
   * count (Ukrainian and Russian have one, few, many: 1 раз, 2 рази, 5 разів, 21 раз).
   */
  plural(key: PluralKey, count: number, values?: Values): string;
  /** "20 August 2024", "20 серпня 2024 р." */
  date(iso: string): string;
  /** "1,295 km²", "1 295 км²" */
  km2(value: number): string;
  /** "1,295", "1 295": a figure whose unit the sentence gives once */
  number(value: number): string;
  region(region: Region | 'overview', form?: RegionForm): string;
  perspective(perspective: Perspective | string): string;
  /** The same words for ground in `country`: its `key@UA` or `key@RU` texts where given. */
  within(country: Country | null): Locale;
}

/** Fills `{name}` placeholders; a value missing from `values` is left showing. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function makeLocale(
  lang: Lang,
  messages: Messages,
  country: Country | null = null,
  // one locale per country, made once: a view that changes date keeps the same object
  kin = new Map<Country | null, Locale>(),
): Locale {
  const dates = new Intl.DateTimeFormat(INTL[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const numbers = new Intl.NumberFormat(INTL[lang], { maximumFractionDigits: 0 });
  // a language has its own plural categories (uk, ru: one, few, many, other), and a
  // newsroom its own words for ground in one country: keys English has not got
  const byKey = messages as unknown as Record<string, string | undefined>;
  const text = (key: string) => (country && byKey[`${key}@${country}`]) || byKey[key];
  const t = (key: MessageKey, values?: Values) => fill(text(key) ?? key, values);
  const plurals = new Intl.PluralRules(INTL[lang]);
  const locale: Locale = {
    lang,
    t,
    plural: (key, count, values = {}) =>
      fill(text(`${key}.${plurals.select(count)}`) ?? text(`${key}.other`) ?? key, {
        ...values,
        count: numbers.format(count),
      }),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
    km2: (value) => t('unit.km2', { value: numbers.format(value) }),
    number: (value) => numbers.format(value),
    region: (region, form = 'name') =>
      t(`region.${region}${form === 'name' ? '' : `.${form}`}` as MessageKey),
    perspective: (p) => t(`perspective.${p}` as MessageKey),
    within: (c) => kin.get(c) ?? makeLocale(lang, messages, c, kin),
  };
  kin.set(country, locale);
  return locale;
}

/**
 * Words as their message keys, for checks whose words nobody reads (is this message
 * valid?), so that such code need not load a language.
 */
export const PLAIN: Locale = {
  lang: 'en',
  t: (key) => key,
  plural: (key) => key,
  date: (iso) => iso,
  km2: (value) => String(value),
  number: (value) => String(value),
  region: (region) => region,
  perspective: (p) => p,
  within: () => PLAIN,
};
