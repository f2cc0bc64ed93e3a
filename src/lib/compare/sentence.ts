/** Plain sentences an editor can paste into an article. Pure. */
import { type Locale, type MessageKey } from '../i18n/locale';
import { ENGLISH } from '../i18n/english';
import type { Change, HolderChange } from './change';
import { amountWords, kindWords } from '../certainty/words';

/** What the ground is, in words that do not claim more than the shapes say. */
function groundOf(row: HolderChange, { t }: Locale): string {
  const kind = row.statuses.includes('advance')
    ? 'advance'
    : row.statuses.includes('contested')
      ? 'contested'
      : 'controlled';
  return t(`change.ground.${row.holder}.${kind}` as MessageKey);
}

/**
 * One sentence per holder, e.g. "Between 20 August 2024 and 31 March 2025, Ukrainian-held
 * ground in Kursk oblast shrank from between about 1,000 and 1,430 km² to up to about 715
 * km² (independent assessment; as drawn, 1,295 km² to 110 km², 0 km² gained and 1,184 km²
 * lost; how sure: drawn to a stated figure or place, illustrative)." The figures are the
 * ranges the claims allow; the drawn areas follow, marked as such. `place` is the area with
 * its preposition ("in Kursk oblast").
 */
export function changeSentences(change: Change, place: string, locale: Locale = ENGLISH): string[] {
  const { t, km2 } = locale;
  // the perspective as it reads mid-sentence: 'independent assessment', 'Russian claims'
  const whose = t(`perspective.${change.perspective}.inline` as MessageKey);
  const amount = (range: { min: number; max: number | null }) =>
    amountWords({ ...range, says: null }, locale) ?? t('change.unstated');
  return change.holders.map((row) => {
    const net = Math.round((row.heldTo - row.heldFrom) * 10) / 10;
    const [fromAmount, toAmount] = [amount(row.rangeFrom), amount(row.rangeTo)];
    const moved =
      net === 0 && fromAmount === toAmount
        ? t('change.stayed', { amount: toAmount })
        : t(net >= 0 ? 'change.grew' : 'change.shrank', { fromAmount, toAmount });
    const drawn =
      net === 0 ? km2(row.heldTo) : t('change.drawnSpan', { from: km2(row.heldFrom), to: km2(row.heldTo) });
    const churn =
      row.gained > 0 || row.lost > 0
        ? t('change.churn', { gained: km2(row.gained), lost: km2(row.lost) })
        : '';
    // drawn areas are only as sure as their shapes; ground around single places is no total
    const how = [...new Set(row.bases.map((b) => kindWords(b, locale).toLowerCase()))].join(', ');
    return t('change.sentence', {
      from: locale.date(change.from),
      to: locale.date(change.to),
      ground: groundOf(row, locale),
      place: row.local ? t('change.aroundPlaces', { place }) : place,
      moved,
      perspective: whose,
      drawn,
      churn,
      how,
    });
  });
}
