/** What the map shows, in one sentence: for the live region and image alt text. Pure. */
import { areasOn, type Areas } from './areas';
import { km2, longDate } from './format';
import { PERSPECTIVE_LABEL, type Perspective } from './state';
import { REGION_INFO, type Region } from '../regions';

const VERB: Record<string, string> = {
  controlled: 'holds',
  contested: 'contests',
  advance: 'has advanced into',
};

export function describeAreas(
  areas: Areas,
  regions: readonly Region[],
  perspective: Perspective,
  date: string,
): string {
  const parts = regions.flatMap((r) =>
    areasOn(areas, r, perspective, date).map(
      (row) =>
        `${row.holder === 'ru' ? 'Russia' : 'Ukraine'} ${row.km2 === 0 ? 'holds none' : `${VERB[row.status]} about ${km2(row.km2)}`} of ${REGION_INFO[r].label}`,
    ),
  );
  return `${longDate(date)}, ${PERSPECTIVE_LABEL[perspective]}: ${parts.length ? parts.join('; ') : 'no claim covers this date'}.`;
}
