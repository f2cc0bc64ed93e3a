/** The embed's words, shared by its first-paint poster and the live embed. Pure. */
import { comparesDates, serializeViewState, type ViewState } from '../view/state';
import type { Locale } from '../i18n/locale';

export function embedTitle(view: ViewState, locale: Locale): string {
  const date = comparesDates(view) ? view.to! : view.date;
  return locale.t('embed.title', {
    area: locale.region(view.region),
    date: locale.date(date),
    perspective: locale.perspective(view.perspective),
  });
}

/** The full map in the same state (and language), beside the embed. */
export const fullMapUrl = (base: string, view: ViewState, locale: Locale): string =>
  new URL(`./${serializeViewState(view)}${locale.lang === 'en' ? '' : `&lang=${locale.lang}`}`, base).href;
