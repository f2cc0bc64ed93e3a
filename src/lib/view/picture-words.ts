/**
 * The words printed around a downloaded picture of the map: what it shows (area, date,
 * whose claims; both sides when comparing), a key to the holders' colours, the outlets of
 * the claims behind it, and the credit the data's licences ask for. Pure.
 */
import { embedTitle } from '../embedding/text';
import type { Locale } from '../i18n/locale';
import type { ViewState } from './state';
import { comparesDates } from './state';

export interface PictureWords {
  title: string;
  /** Under the title when two maps are side by side: what each shows, left then right. */
  sides: string[];
  key: { ru: string; ua: string; notMapped: string };
  /** "Sources: outlet, 12 August 2024; …", newest first, each outlet and day once. */
  sources: string;
  credit: string;
}

export function pictureWords(
  view: ViewState,
  claims: readonly { source: string }[],
  sources: ReadonlyMap<string, { outlet: string; published: string }>,
  locale: Locale,
  attribution: string,
): PictureWords {
  const comparing = view.mode === 'compare';
  const sides = !comparing
    ? []
    : comparesDates(view)
      ? [locale.date(view.from!), locale.date(view.to!)]
      : [locale.perspective(view.left), locale.perspective(view.right)];
  const cited = [
    ...new Set(
      claims.flatMap((c) => {
        const s = sources.get(c.source);
        return s ? [`${s.outlet}, ${locale.date(s.published)}`] : [];
      }),
    ),
  ];
  return {
    title: embedTitle(view, locale),
    sides,
    key: {
      ru: locale.t('legend.ruHeld'),
      ua: locale.t('legend.uaHeld'),
      notMapped: locale.t('map.notMapped'),
    },
    sources: cited.length
      ? locale.t('picture.sources', { sources: cited.join('; ') })
      : locale.t('picture.noSources'),
    credit: locale.t('picture.credit', { attribution }),
  };
}
