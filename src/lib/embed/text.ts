/** The embed's words, shared by its first-paint poster and the live embed. Pure. */
import { longDate } from '../app/format';
import { comparesDates, PERSPECTIVE_LABEL, serializeViewState, type ViewState } from '../app/state';
import { REGION_INFO } from '../regions';

export const CREDIT =
  "Shapes drawn from news reports of each side's claims and independent assessments; schematic unless stated. Map data: ";
export const FULL_MAP_LINK = 'Open the full map, with sources';

export function embedTitle(view: ViewState): string {
  const date = comparesDates(view) ? view.to! : view.date;
  const area = view.region === 'overview' ? 'Five areas' : REGION_INFO[view.region].label;
  return `${area} · ${longDate(date)} · ${PERSPECTIVE_LABEL[view.perspective]}`;
}

/** The full map in the same state, beside the embed. */
export const fullMapUrl = (base: string, view: ViewState): string =>
  new URL(`./${serializeViewState(view)}`, base).href;
