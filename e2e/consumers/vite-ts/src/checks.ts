// Type checks only (never run): what the element's published types allow and refuse.
import type { FrontlineMapElement, FrontlineMapEventMap } from 'frontline-map/element';

export function checks(map: FrontlineMapElement, other: HTMLElementTagNameMap['frontline-map']): void {
  map.date = '2024-08-20';
  map.region = 'pokrovsk';
  map.perspective = 'ua';
  map.play();
  map.pause();
  const zoom: number | undefined = map.map?.getZoom();
  const detail: FrontlineMapEventMap['datechange']['detail'] = '2024-08-21';
  other.addEventListener('ready', (event) => event.detail);
  // @ts-expect-error: a date is an ISO string, not a number
  map.date = 20240820;
  // @ts-expect-error: not one of the five areas
  map.region = 'kharkiv';
  // @ts-expect-error: perspectives are assessed, ru and ua
  map.perspective = 'us';
  // @ts-expect-error: `map` is read-only
  map.map = null;
  // @ts-expect-error: a datechange's detail is a string
  map.addEventListener('datechange', (event) => event.detail.toFixed());
  void zoom;
  void detail;
}
