/** The PNG copies of the pictures: the right size, and the shapes where the SVG puts them. */
import { Resvg } from '@resvg/resvg-js';
import { expect, test } from 'vitest';
import { projection, snapshotSvg } from '../src/lib/snapshot/svg';
import { svgToPng } from './lib/png';

const frame = {
  width: 400,
  height: 300,
  bounds: [34.5, 50.8, 36.5, 51.8] as [number, number, number, number],
};
const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [35.2, 51.1],
      [35.6, 51.1],
      [35.6, 51.4],
      [35.2, 51.4],
      [35.2, 51.1],
    ],
  ],
};
const svg = snapshotSvg(
  frame,
  { land: [], water: [], oblasts: [], border: [] },
  [{ holder: 'ua', status: 'controlled', basis: 'area', geometry: square }],
  'test',
);

test('a PNG of a picture has its size, scaled when asked', () => {
  const png = svgToPng(svg);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([400, 300]);
  const wide = svgToPng(svg, 800);
  expect([wide.readUInt32BE(16), wide.readUInt32BE(20)]).toEqual([800, 600]);
});

test('a held shape is painted in its holder colour where the projection puts it', () => {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const { project } = projection(frame);
  const pixel = ([x, y]: [number, number]) => {
    const i = (Math.round(y) * image.width + Math.round(x)) * 4;
    return [...image.pixels.subarray(i, i + 3)];
  };
  const inside = pixel(project([35.4, 51.25]));
  const outside = pixel(project([34.8, 51.6]));
  expect(outside).toEqual([0xdb, 0xe6, 0xee]); // sea: no land in this test
  // #0072B2 at 45% over the sea
  const blend = (fg: number, bg: number) => Math.round(fg * 0.45 + bg * 0.55);
  inside.forEach((v, k) =>
    expect(Math.abs(v - blend([0x00, 0x72, 0xb2][k], [0xdb, 0xe6, 0xee][k]))).toBeLessThanOrEqual(2),
  );
});
