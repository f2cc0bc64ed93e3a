import { area, union, featureCollection, feature } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseDailyFile } from '../daily/parse';
import { dailySpans } from '../daily/series';
import { syntheticDays } from '../daily/synthetic';
import { addDays } from '../timeline/dates';
import { clipRing, ownEdges, type Box, type Polygons } from './cells';
import { packGroups, packHistory, type DatedGround, type PackedPiece } from './pack';

const planar = (polygons: Polygons) =>
  polygons.reduce(
    (sum, rings) =>
      sum +
      rings.reduce((s, ring, i) => {
        let a = 0;
        for (let k = 0; k < ring.length - 1; k++)
          a += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1];
        return s + (i === 0 ? 1 : -1) * Math.abs(a / 2);
      }, 0),
    0,
  );
const length = (lines: Position[][]) =>
  lines.reduce(
    (sum, l) => sum + l.slice(1).reduce((s, p, i) => s + Math.hypot(p[0] - l[i][0], p[1] - l[i][1]), 0),
    0,
  );
const perimeter = (polygons: Polygons) => length(polygons.flat());

const history: DatedGround[] = dailySpans(
  [...syntheticDays({ days: 60, vertices: 400, first: '2024-01-01', seed: 7 })].map((d) =>
    parseDailyFile(d.file, d.text),
  ),
).spans.map((s) => ({ from: s.from, to: s.to, polygons: s.geometry.coordinates }));
const options = { cell: 0.1, top: 1.6 };
const pieces = packHistory(history, options);
const inForce = (date: string) => pieces.filter((p) => p.from <= date && (p.to === null || date < p.to));
const groundOn = (date: string) => history.find((h) => h.from <= date && (h.to === null || date < h.to))!;

describe('packHistory on 60 synthetic days of a 400-vertex front', () => {
  it('splits the history into far fewer vertices than the days carry', () => {
    const count = (ps: { polygons: Polygons }[]) => ps.reduce((n, p) => n + p.polygons.flat(2).length, 0);
    expect(history.length).toBeGreaterThan(50);
    expect(count(pieces)).toBeLessThan(count(history) * 0.25);
  });

  it('on every date, the pieces in force are that date ground: same area, no overlap, one outline', () => {
    for (let d = '2024-01-01'; d <= '2024-03-05'; d = addDays(d, 1)) {
      const ground = groundOn(d).polygons;
      const shown = inForce(d);
      // pieces cut the ground without loss or overlap: their areas add up to its area (to
      // the rounding of new vertices to 6 decimals, about 5 cm, where long edges cross cells)
      const sum = shown.reduce((s, p) => s + planar(p.polygons), 0);
      expect(Math.abs(sum - planar(ground)) / planar(ground)).toBeLessThan(1e-6);
      // and the outline is the ground's own: seams between cells are left out
      const edges = shown.reduce((s, p) => s + length(p.edges), 0);
      expect(edges).toBeCloseTo(perimeter(ground), 6);
    }
  });

  it('the pieces in force do not overlap: their union has the area of their sum (turf)', () => {
    const shown = inForce('2024-02-10');
    const parts = shown.map((p) => feature<MultiPolygon>({ type: 'MultiPolygon', coordinates: p.polygons }));
    const sum = parts.reduce((s, p) => s + area(p), 0);
    expect(Math.abs(area(union(featureCollection(parts))!) - sum) / sum).toBeLessThan(1e-6);
  });

  it('keeps one piece for ground that never changes, valid over the whole history', () => {
    const whole = pieces.filter((p) => p.from === history[0].from && p.to === null);
    expect(whole.length).toBeGreaterThan(0);
    // most of the held ground, far behind the front, is in such pieces
    const lasting = whole.reduce((s, p) => s + planar(p.polygons), 0);
    expect(lasting / planar(history[0].polygons)).toBeGreaterThan(0.8);
  });

  it('ends pieces where the days end and starts none before the history', () => {
    const last = pieces.filter((p: PackedPiece) => p.to === null);
    expect(last.length).toBeGreaterThan(0);
    expect(pieces.every((p) => p.from >= history[0].from && (p.to === null || p.to > p.from))).toBe(true);
  });

  it('gives the same features for the same history, ids unique', () => {
    const a = packGroups([{ properties: { holder: 'ru' }, history }], options);
    const b = packGroups([{ properties: { holder: 'ru' }, history }], options);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(new Set(a.map((f) => f.properties.id)).size).toBe(a.length);
    expect(a.some((f) => f.geometry.type === 'GeometryCollection')).toBe(true);
  });
});

describe('cells', () => {
  const box: Box = [0, 0, 1, 1];
  it('clips a ring to a box and leaves nothing for a ring outside it', () => {
    const square = [
      [0.5, 0.5],
      [2, 0.5],
      [2, 2],
      [0.5, 2],
      [0.5, 0.5],
    ];
    expect(planar([[clipRing(square, box)!]])).toBeCloseTo(0.25, 12);
    expect(
      clipRing(
        [
          [2, 2],
          [3, 2],
          [3, 3],
          [2, 2],
        ],
        box,
      ),
    ).toBeNull();
  });

  it('own edges leave out the stretches along the cell border', () => {
    const clipped = clipRing(
      [
        [0.5, 0.5],
        [2, 0.5],
        [2, 2],
        [0.5, 2],
        [0.5, 0.5],
      ],
      box,
    )!;
    // the square's corner in the cell: two own edges of 0.5 each, two seams left out
    expect(length(ownEdges([[clipped]], box))).toBeCloseTo(1, 12);
  });
});
