/** Loads the reader's language, English included: each is a file fetched when first asked for. */
import { makeLocale, type Lang, type Locale, type Messages } from '../lib/i18n/locale';

/** The messages of `lang`, in their own file (the embed's first paint carries none). */
export async function loadLocale(lang: Lang): Promise<Locale> {
  if (lang === 'en') return (await import('../lib/i18n/english')).ENGLISH;
  const messages: { default: Messages } =
    lang === 'uk' ? await import('../messages/uk.json') : await import('../messages/ru.json');
  return makeLocale(lang, messages.default);
}
