import { expect, test } from 'vitest';
import { snapshotFor, type SnapshotIndex } from './lookup';
import { projection, snapshotSvg } from './svg';

const frame = {
  width: 800,
  height: 600,
  bounds: [34.5, 50.8, 36.5, 51.8] as [number, number, number, number],
};

test('the frame fits the bounds like the map camera: centred, with 24 px to spare', () => {
  const { project, view } = projection(frame);
  const [w, s, e, n] = frame.bounds;
  const [x0, y1] = project([w, s]);
  const [x1, y0] = project([e, n]);
  expect((x0 + x1) / 2).toBeCloseTo(400, 6);
  expect((y0 + y1) / 2).toBeCloseTo(300, 6);
  // the tighter axis touches the padding; the other has room
  expect(Math.min(x0, y0)).toBeCloseTo(24, 6);
  expect(view[0]).toBeLessThan(w);
  expect(view[3]).toBeGreaterThan(n);
});

test('a snapshot draws each shape by its status, and escapes its title', () => {
  const square = (x: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, 51],
        [x + 0.3, 51],
        [x + 0.3, 51.3],
        [x, 51.3],
        [x, 51],
      ],
    ],
  });
  const svg = snapshotSvg(
    frame,
    { land: [], water: [], oblasts: [], border: [] },
    [
      { holder: 'ua', status: 'controlled', basis: 'area', geometry: square(35) },
      { holder: 'ru', status: 'contested', basis: 'area', geometry: square(35.5) },
      { holder: 'ua', status: 'advance', geometry: square(40) }, // outside the frame: left out
    ],
    'Map <of> Kursk & more',
  );
  expect(svg).toContain('<title>Map &lt;of> Kursk &amp; more</title>');
  expect(svg.match(/<path /g)).toHaveLength(2);
  expect(svg).toContain('fill="#0072B2" fill-opacity="0.45"');
  expect(svg).toContain('fill="url(#hatch-ru)" fill-opacity="1"');
  expect(svg).not.toContain('fill="url(#dots-ua)"');
});

test('the snapshot in force is the last one starting on or before the date', () => {
  const index: SnapshotIndex = {
    first: '2024-01-01',
    last: '2025-01-01',
    width: 800,
    height: 600,
    views: {
      'kursk/assessed': [
        { from: '2024-01-01', file: 'a.svg', alt: 'a' },
        { from: '2024-08-06', file: 'b.svg', alt: 'b' },
      ],
    },
  };
  expect(snapshotFor(index, 'kursk', 'assessed', '2024-08-05')?.file).toBe('a.svg');
  expect(snapshotFor(index, 'kursk', 'assessed', '2024-08-06')?.file).toBe('b.svg');
  expect(snapshotFor(index, 'sumy', 'assessed', '2024-08-06')).toBeNull();
});

test("a packed series' piece is filled without its rings and outlined by its own edges, solid", () => {
  const ring = [
    [35, 51],
    [35.3, 51],
    [35.3, 51.3],
    [35, 51.3],
    [35, 51],
  ];
  const svg = snapshotSvg(
    frame,
    { land: [], water: [], oblasts: [], border: [] },
    [
      {
        holder: 'ru',
        status: 'controlled',
        basis: 'traced',
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', coordinates: [ring] },
            { type: 'MultiLineString', coordinates: [ring.slice(0, 2)] },
          ],
        },
      },
      {
        holder: 'ua',
        status: 'controlled',
        basis: 'area',
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
      {
        holder: 'ua',
        status: 'controlled',
        basis: 'illustrative',
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
      {
        holder: 'ua',
        status: 'advance',
        basis: 'interpolated',
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
    ],
    'pieces',
  );
  const paths = svg.match(/<path [^>]*>/g)!;
  expect(paths).toHaveLength(5);
  // the piece: a fill with no stroke (no cell seams), then its edge, stroked solid
  expect(paths[0]).toContain('fill="#D55E00"');
  expect(paths[0]).not.toContain('stroke');
  expect(paths[1]).toContain('fill="none"');
  expect(paths[1]).toContain('stroke="#D55E00"');
  expect(paths[1]).not.toContain('dasharray');
  // each kind of basis keeps the map's edge (dashes in line widths of 1.5 px) and fill strength
  expect(paths[2]).toContain('stroke-dasharray="4.5 3"');
  expect(paths[2]).toContain('fill-opacity="0.45"');
  expect(paths[3]).toContain('stroke-dasharray="0.9 2.7"');
  expect(paths[3]).toContain('fill-opacity="0.2"');
  expect(paths[4]).toContain('stroke-dasharray="7.5 3 0.9');
  expect(paths[4]).toContain('fill-opacity="0.45"');
});
