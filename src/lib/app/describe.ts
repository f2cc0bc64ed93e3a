/** What the map shows, in one sentence: for the live region and image alt text. Pure. */
import { areasOn, type Areas } from './areas';
import type { Perspective } from './state';
import { type Locale, type MessageKey } from '../i18n/locale';
import { ENGLISH } from '../i18n/english';
import type { Region } from '../regions';

/**
 * E.g. "20 August 2024, Independent assessment: Ukraine holds about 1,295 km² of Kursk
 * oblast (schematic)." `schematic` says whether a row's shapes are drawn to a figure
 * rather than traced, so the words never claim more precision than the map has.
 */
export function describeAreas(
  areas: Areas,
  regions: readonly Region[],
  perspective: Perspective,
  date: string,
  locale: Locale = ENGLISH,
  schematic: (claims: string[]) => boolean = () => false,
): string {
  const { t } = locale;
  const parts = regions.flatMap((r) =>
    areasOn(areas, r, perspective, date).map((row) => {
      const what = row.km2 === 0 ? 'none' : row.status;
      const said = t(`describe.${row.holder}.${what}` as MessageKey, {
        area: locale.km2(row.km2),
        of: locale.region(r, 'of'),
      });
      return row.km2 > 0 && schematic(row.claims) ? `${said} ${t('describe.schematic')}` : said;
    }),
  );
  return t('describe.sentence', {
    date: locale.date(date),
    perspective: locale.perspective(perspective),
    parts: parts.length ? parts.join('; ') : t('describe.noClaim'),
  });
}
