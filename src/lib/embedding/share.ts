/**
 * The share tags of a view (Open Graph, and oEmbed discovery) that follow the reader to
 * an area: what a link preview or a CMS reads from the page. Pure; src/browser/share-tags.ts
 * puts them in the document.
 */
import type { Locale } from '../i18n/locale';
import type { ViewState } from '../view/state';
import { comparesDates } from '../view/state';

export interface ShareTags {
  /** `og:title`, `og:description`, `og:url` */
  meta: Record<string, string>;
  /** The oEmbed response for the view's area, written at build time (oembed.ts). */
  oembed: string;
}

export function shareTags(view: ViewState, locale: Locale, pageUrl: string, base: string): ShareTags {
  const area = locale.region(view.region);
  const date = locale.date(comparesDates(view) ? view.to! : view.date);
  return {
    meta: {
      'og:title': `${locale.t('app.title')}: ${area}`,
      'og:description': locale.t('share.description', {
        area,
        date,
        perspective: locale.perspective(view.perspective),
      }),
      'og:url': pageUrl,
    },
    oembed: new URL(view.region === 'overview' ? 'oembed.json' : `oembed-${view.region}.json`, base).href,
  };
}
