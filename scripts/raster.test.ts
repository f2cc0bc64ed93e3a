/**
 * The raster copies of the pictures (PNG, and the WebP pages show): the right size, the
 * shapes where the SVG puts them, the words drawn, the same bytes every time.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { projection, snapshotSvg } from '../src/lib/snapshot/svg';
import { svgToPng, svgToWebp } from './lib/raster';

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

test('a WebP of a picture has its size and gives the same bytes each time', async () => {
  const webp = await svgToWebp(svg);
  const { format, width, height } = await sharp(webp).metadata();
  expect({ format, width, height }).toEqual({ format: 'webp', width: 400, height: 300 });
  expect((await svgToWebp(svg)).equals(webp)).toBe(true);
});

test('the words in a picture are drawn, in the Noto Sans the build carries', async () => {
  const blank =
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/>';
  const words = `${blank}<text x="10" y="28" font-family="Noto Sans" font-size="20" fill="#000">Not mapped</text></svg>`;
  const dark = async (picture: string) => {
    const { data } = await sharp(await svgToWebp(picture))
      .raw()
      .toBuffer({ resolveWithObject: true });
    let count = 0;
    for (let i = 0; i < data.length; i += 3) if (data[i] < 128) count++;
    return count;
  };
  expect(await dark(`${blank}</svg>`)).toBe(0);
  expect(await dark(words)).toBeGreaterThan(100);
});
