/**
 * What a view shows, read from its state: which comparison, which maps (each map's
 * perspective and date), which areas, and the camera's box. One place for what the page,
 * the embed and the map stage all ask. Pure.
 */
import { OVERVIEW_BOUNDS, REGION_INFO, REGIONS, type Region } from '../regions';
import { pairKey, type Perspective } from '../taxonomy';
import { comparesDates, type View, type ViewState } from './state';

export type Comparing = 'dates' | 'perspectives' | null;

/** One map of the view: whose claims, on which date, and which side of a comparison. */
export interface Side {
  perspective: Perspective;
  date: string;
  /** Which map of a comparison; null for the single map. */
  side: 'left' | 'right' | null;
}

export function comparing(view: ViewState): Comparing {
  if (view.mode !== 'compare') return null;
  return comparesDates(view) ? 'dates' : 'perspectives';
}

/** The maps the view shows, left to right. */
export function sidesOf(view: ViewState): Side[] {
  switch (comparing(view)) {
    case 'dates':
      return [
        { perspective: view.perspective, date: view.from!, side: 'left' },
        { perspective: view.perspective, date: view.to!, side: 'right' },
      ];
    case 'perspectives':
      return [
        { perspective: view.left, date: view.date, side: 'left' },
        { perspective: view.right, date: view.date, side: 'right' },
      ];
    default:
      return [{ perspective: view.perspective, date: view.date, side: null }];
  }
}

/** The pair of perspectives whose disputed ground is shown (`ru|ua`), or null. */
export const pairOf = (view: ViewState): string | null =>
  comparing(view) === 'perspectives' ? pairKey(view.left, view.right) : null;

/** The date the slider moves: the right map's in a date comparison. */
export const sliderDateOf = (view: ViewState): string => (comparesDates(view) ? view.to! : view.date);

export const regionsOf = (view: View): Region[] => (view === 'overview' ? [...REGIONS] : [view]);

/** The overview has no single area to total: panels show the first, and say which. */
export const panelRegionOf = (view: View): Region => (view === 'overview' ? REGIONS[0] : view);

export const boundsOf = (view: View): [number, number, number, number] =>
  view === 'overview' ? OVERVIEW_BOUNDS : REGION_INFO[view].bounds;
