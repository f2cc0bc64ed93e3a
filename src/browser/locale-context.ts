/**
 * The reader's language for a tree of components: the page (App or an embed) provides a
 * getter over its reactive locale, and components read words through `useLocale()`, so a
 * language switch re-renders them. Loading a language's messages is in ./locale.ts (no Svelte: the embed's poster uses it).
 */
import { getContext, setContext } from 'svelte';
import { type Locale } from '../lib/i18n/locale';
import { ENGLISH } from '../lib/i18n/english';

const KEY = Symbol('locale');

export function provideLocale(get: () => Locale): void {
  setContext(KEY, get);
}

/** The same, for a component mounted on its own (a map popup): pass as `mount`'s `context`. */
export const localeContext = (get: () => Locale): Map<symbol, () => Locale> => new Map([[KEY, get]]);

/** The locale of this component tree (English outside any): each call reads the current one. */
export function useLocale(): Locale {
  const get = getContext<(() => Locale) | undefined>(KEY) ?? (() => ENGLISH);
  return {
    get lang() {
      return get().lang;
    },
    t: (key, values) => get().t(key, values),
    plural: (key, count, values) => get().plural(key, count, values),
    date: (iso) => get().date(iso),
    km2: (value) => get().km2(value),
    number: (value) => get().number(value),
    region: (region, form) => get().region(region, form),
    perspective: (p) => get().perspective(p),
    within: (c) => get().within(c),
  };
}
