/** Plain sentences an editor can paste into an article. Pure. */
import { km2, longDate } from '../app/format';
import { PERSPECTIVE_LABEL } from '../app/state';
import type { Perspective } from '../taxonomy';
import type { Change, HolderChange } from './change';

const ADJECTIVE: Record<string, string> = { ru: 'Russian', ua: 'Ukrainian' };
const NAME: Record<string, string> = { ru: 'Russia', ua: 'Ukraine' };

/** What the ground is, in words that do not claim more than the shapes say. */
function groundOf(row: HolderChange): string {
  if (row.statuses.includes('advance')) return `ground ${NAME[row.holder]} held or operated in`;
  if (row.statuses.includes('contested')) return `${ADJECTIVE[row.holder]}-held or contested ground`;
  return `${ADJECTIVE[row.holder]}-held ground`;
}

/** One sentence per holder, e.g. "Between 20 August 2024 and 31 March 2025, Ukrainian-held
 * ground in Kursk oblast shrank by 1,184.8 km², from 1,295.1 km² to 110.3 km² (independent
 * assessment)." */
export function changeSentences(change: Change, place: string): string[] {
  const when = `Between ${longDate(change.from)} and ${longDate(change.to)}`;
  const whose = PERSPECTIVE_LABEL[change.perspective as Perspective].toLowerCase();
  return change.holders.map((row) => {
    const net = Math.round((row.heldTo - row.heldFrom) * 10) / 10;
    const moved =
      net === 0
        ? `stayed at ${km2(row.heldTo)}`
        : `${net > 0 ? 'grew' : 'shrank'} by ${km2(Math.abs(net))}, from ${km2(row.heldFrom)} to ${km2(row.heldTo)}`;
    const churn =
      row.gained > 0 && row.lost > 0 ? `; ${km2(row.gained)} gained and ${km2(row.lost)} lost` : '';
    return `${when}, ${groundOf(row)} in ${place} ${moved}${churn} (${whose}).`;
  });
}
