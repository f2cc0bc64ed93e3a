/**
 * A static picture of the map as SVG: the embed's first paint (before MapLibre loads) and
 * its <noscript> image. Web Mercator, framed like the map's own camera (the bounds fitted
 * with 24 px padding), so the live map replaces the picture without a jump. Pure.
 */
import { bboxClip, feature, pointOnFeature } from '@turf/turf';
import { pieceParts } from '../pack/pack';
import type { Feature, Geometry, Position } from 'geojson';
import { BASEMAP, HOLDER_COLOUR, NOT_MAPPED_INK } from '../../map/palette';
import { lookOf } from '../certainty/look';

export interface SnapshotLayers {
  land: Feature[];
  water: Feature[];
  oblasts: Feature[];
  border: Feature[];
}

export interface Frame {
  width: number;
  height: number;
  bounds: [number, number, number, number];
}

const PADDING = 24;
const { land: LAND, sea: SEA, oblast: OBLAST, border: BORDER } = BASEMAP.light;

const mercator = ([lon, lat]: Position): [number, number] => {
  const phi = (lat * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
};
const unmercator = ([x, y]: [number, number]): [number, number] => {
  const n = Math.PI - 2 * Math.PI * y;
  return [x * 360 - 180, (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)))];
};

/** Projects lon/lat to pixels for a frame, and gives the lon/lat box the frame shows. */
export function projection(frame: Frame) {
  const [w, s, e, n] = frame.bounds;
  const [x0, y1] = mercator([w, s]);
  const [x1, y0] = mercator([e, n]);
  const scale = Math.min((frame.width - 2 * PADDING) / (x1 - x0), (frame.height - 2 * PADDING) / (y1 - y0));
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const project = (p: Position): [number, number] => {
    const [x, y] = mercator(p);
    return [(x - cx) * scale + frame.width / 2, (y - cy) * scale + frame.height / 2];
  };
  const corner = (px: number, py: number) =>
    unmercator([(px - frame.width / 2) / scale + cx, (py - frame.height / 2) / scale + cy]);
  const [west, north] = corner(-8, -8);
  const [east, south] = corner(frame.width + 8, frame.height + 8);
  return { project, view: [west, south, east, north] as [number, number, number, number] };
}

/** Points closer than this (px) to the last one kept are dropped: invisible at this size. */
const MIN_STEP_PX = 1.5;

/**
 * SVG path data for a geometry, compact: whole pixels, relative steps, points under
 * MIN_STEP_PX apart dropped, rings that shrink to under 3 px across left out.
 */
function pathOf(g: Geometry, project: (p: Position) => [number, number], close: boolean): string {
  const line = (ring: Position[]) => {
    const points: [number, number][] = [];
    ring.forEach((p, i) => {
      const [x, y] = project(p).map(Math.round) as [number, number];
      const last = points[points.length - 1];
      const end = i === ring.length - 1;
      if (
        last &&
        ((last[0] === x && last[1] === y) || (!end && Math.hypot(x - last[0], y - last[1]) < MIN_STEP_PX))
      )
        return;
      points.push([x, y]);
    });
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    if (points.length < 2 || (Math.max(...xs) - Math.min(...xs) < 3 && Math.max(...ys) - Math.min(...ys) < 3))
      return '';
    let d = `M${points[0][0]} ${points[0][1]}`;
    for (let i = 1; i < points.length; i++)
      d += `l${points[i][0] - points[i - 1][0]} ${points[i][1] - points[i - 1][1]}`;
    return close ? `${d}z` : d;
  };
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map(line).join('');
    case 'MultiPolygon':
      return g.coordinates.flat().map(line).join('');
    case 'LineString':
      return line(g.coordinates);
    case 'MultiLineString':
      return g.coordinates.map(line).join('');
    default:
      return '';
  }
}

function clipped(f: Feature, view: [number, number, number, number]): Geometry | null {
  if (!f.geometry) return null;
  const g = bboxClip(feature(f.geometry as never), view).geometry as Geometry;
  return pathIsEmpty(g) ? null : g;
}
const pathIsEmpty = (g: Geometry) => 'coordinates' in g && (g.coordinates as unknown[]).flat(3).length === 0;

/** One label per area not mapped, at a point inside the part of it the frame shows. */
function notMappedLabels(
  notMapped: NotMapped,
  view: [number, number, number, number],
  project: (p: Position) => [number, number],
): string {
  const label = notMapped.label.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return notMapped.areas
    .map((f) => {
      const g = clipped(f, view);
      if (!g) return '';
      const [x, y] = project(pointOnFeature(feature(g as never)).geometry.coordinates);
      return `<text x="${x.toFixed(0)}" y="${y.toFixed(0)}" text-anchor="middle" font-family="Noto Sans, sans-serif" font-size="12" fill="#555" stroke="#fff" stroke-width="3" paint-order="stroke">${label}</text>`;
    })
    .join('');
}

/** The patterns of the map's legend: contested hatching, advance dots, per holder. */
function patterns(): string {
  return Object.entries(HOLDER_COLOUR)
    .map(
      ([holder, c]) =>
        `<pattern id="hatch-${holder}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${c}" fill-opacity="0.15"/><rect width="3" height="8" fill="${c}" fill-opacity="0.9"/></pattern>` +
        `<pattern id="dots-${holder}" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.6" fill="${c}"/></pattern>`,
    )
    .join('');
}

export interface SnapshotShape {
  holder: string;
  status: string;
  /** What the shape is drawn to: its edge and fill strength, as on the map (certainty/look). */
  basis?: string;
  /** A ledger shape, or a packed series' piece: its ground and its own edges (see src/lib/pack). */
  geometry: Geometry;
}

/** Areas whose ground no claim in force maps: veiled and labelled, never left as plain land. */
export interface NotMapped {
  areas: Feature[];
  label: string;
}

/** The SVG for a frame, base layers, the areas not mapped and the control shapes in force. */
export function snapshotSvg(
  frame: Frame,
  base: SnapshotLayers,
  shapes: SnapshotShape[],
  title: string,
  notMapped: NotMapped = { areas: [], label: '' },
): string {
  const { project, view } = projection(frame);
  const paths = (features: Feature[], close: boolean, attrs: (f: Feature) => string) =>
    features
      .map((f) => {
        const g = clipped(f, view);
        const d = g && pathOf(g, project, close);
        return d ? `<path d="${d}" ${attrs(f)}/>` : '';
      })
      .join('');
  const escaped = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const fill = (s: SnapshotShape) => {
    const { strength } = lookOf(s.basis);
    return s.status === 'controlled'
      ? `fill="${HOLDER_COLOUR[s.holder as 'ru']}" fill-opacity="${Math.round(45 * strength) / 100}"`
      : `fill="url(#${s.status === 'contested' ? 'hatch' : 'dots'}-${s.holder})" fill-opacity="${strength}"`;
  };
  // dashes in line widths, as MapLibre's are; a solid edge has none
  const dashes = (s: SnapshotShape) => {
    const { dash } = lookOf(s.basis);
    return dash[1] === 0 ? '' : ` stroke-dasharray="${dash.map((d) => Math.round(d * 150) / 100).join(' ')}"`;
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" role="img">`,
    `<title>${escaped}</title><defs>${patterns()}</defs>`,
    `<rect width="100%" height="100%" fill="${SEA}"/>`,
    paths(
      base.land,
      true,
      (f) => `fill-rule="evenodd" fill="${LAND[String(f.properties?.country) as 'UKR'] ?? LAND.UKR}"`,
    ),
    paths(base.water, true, () => `fill="${SEA}"`),
    paths(
      base.oblasts,
      true,
      () => `fill="none" stroke="${OBLAST}" stroke-width="0.8" stroke-dasharray="3 2"`,
    ),
    paths(base.border, false, () => `fill="none" stroke="${BORDER}" stroke-width="1.5"`),
    paths(notMapped.areas, true, () => `fill-rule="evenodd" fill="${NOT_MAPPED_INK}" fill-opacity="0.22"`),
    notMappedLabels(notMapped, view, project),
    shapes
      .map((s) => {
        const c = HOLDER_COLOUR[s.holder as 'ru'];
        const stroke = `stroke="${c}" stroke-width="1.5"${dashes(s)}`;
        const { ground, edges } = pieceParts(s.geometry);
        const g = clipped({ type: 'Feature', properties: {}, geometry: ground }, view);
        const d = g && pathOf(g, project, true);
        if (!d) return '';
        // a packed piece is filled without its rings (they would draw the cells' seams) and
        // outlined by its own edges
        if (s.geometry.type !== 'GeometryCollection')
          return `<path d="${d}" fill-rule="evenodd" ${fill(s)} ${stroke}/>`;
        const e = edges && clipped({ type: 'Feature', properties: {}, geometry: edges }, view);
        const line = e && pathOf(e, project, false);
        return (
          `<path d="${d}" fill-rule="evenodd" ${fill(s)}/>` +
          (line ? `<path d="${line}" fill="none" ${stroke}/>` : '')
        );
      })
      .join(''),
    '</svg>',
  ].join('\n');
}
