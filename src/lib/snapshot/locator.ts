/**
 * A small locator map for the review page: the base geography around the places a draft
 * names, each a dot with its name, so an editor sees at a glance where a sentence is. The
 * same drawing as the snapshots (./svg.ts), framed on the places. Pure.
 */
import type { Place } from '../claims/schema';
import { projection, snapshotSvg, type Frame, type SnapshotLayers } from './svg';

export const LOCATOR_SIZE = { width: 360, height: 260 };
/** Half the smallest span shown around the places, in degrees: a village is not a whole map. */
const MIN_HALF_SPAN = 0.35;

const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** The frame around `places`: their box, widened to the smallest span, with a margin. */
export function locatorFrame(places: Pick<Place, 'lon' | 'lat'>[]): Frame {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const [cx, cy] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const half = (values: number[], centre: number, scale: number) =>
    Math.max(MIN_HALF_SPAN * scale, ...values.map((v) => Math.abs(v - centre) * 1.25));
  const hx = half(lons, cx, 1.6); // a degree of longitude is shorter here than one of latitude
  const hy = half(lats, cy, 1);
  return { ...LOCATOR_SIZE, bounds: [cx - hx, cy - hy, cx + hx, cy + hy] };
}

/** The locator's SVG: base layers, then a dot and an English label for each place. */
export function locatorSvg(base: SnapshotLayers, places: Place[]): string {
  const frame = locatorFrame(places);
  const { project } = projection(frame);
  const names = places.map((p) => p.names.en).join(', ');
  const marks = places
    .map((p) => {
      const [x, y] = project([p.lon, p.lat]).map((v) => v.toFixed(1));
      return (
        `<circle cx="${x}" cy="${y}" r="4.5" fill="#111" stroke="#fff" stroke-width="1.5"/>` +
        `<text x="${x}" y="${y}" dx="7" dy="4" font-family="Noto Sans, sans-serif" font-size="13" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">${escape(p.names.en)}</text>`
      );
    })
    .join('');
  return snapshotSvg(frame, base, [], `Map of the places named: ${names}`).replace(
    '</svg>',
    `${marks}</svg>`,
  );
}
