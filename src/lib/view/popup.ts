/**
 * What a click on a shape says: who holds it and how much, as far as the claims' words
 * go, and how sure the shape is (a step between two claims says which, and how far
 * along; it never borrows the note of the claim it starts from). Pure.
 */
import type { Locale, MessageKey } from '../i18n/locale';
import { amountWords, basisWords, rangeOf } from '../certainty/words';
import type { ControlProps } from '../contract/records';

/** What the words need of a control shape (control.geojson). */
export type ShapeProps = Pick<
  ControlProps,
  'holder' | 'status' | 'basis' | 'area_km2' | 'km2_min' | 'km2_max' | 'note' | 'interpolated'
>;

/** The area figures the shape's claims state (claims.json), to say them as they were said. */
export type Stated = { km2: number; qualifier: string }[];

export function shapeWords(
  shape: ShapeProps,
  stated: Stated,
  locale: Locale,
  /** A packed series' total on the date shown, in place of one piece's area. */
  total: number | null = null,
): { title: string; how: string; note: string | null } {
  const { t } = locale;
  const km2 = total ?? shape.area_km2;
  const range = rangeOf({
    basis: shape.basis,
    km2,
    km2_min: total ?? shape.km2_min,
    km2_max: total ?? shape.km2_max,
    stated,
    interpolated: shape.interpolated !== null,
  });
  const amount =
    amountWords(range, locale) ?? `${t('range.unstated')}; ${t('range.drawnAs', { area: locale.km2(km2) })}`;
  const title = t(`popup.${shape.holder}.${shape.status}` as MessageKey, { amount });
  const step = shape.interpolated;
  const how = step
    ? t('popup.interpolated', {
        percent: Math.round(step.fraction * 100),
        from: locale.date(step.between[0]),
        to: locale.date(step.between[1]),
        fromClaims: step.claims[0].join(', '),
        toClaims: step.claims[1].join(', '),
      })
    : t('popup.basis', { basis: basisWords(shape, locale) });
  return { title, how, note: step ? null : shape.note };
}
