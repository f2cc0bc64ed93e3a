import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';

/**
 * Rasterises our SVG pictures without a browser, to PNG (share and oEmbed images) and to
 * WebP (the pictures pages show: a browser paints a raster far more cheaply than an SVG map,
 * which with software WebGL competes with the live map for the same GPU thread). The few
 * words in the pictures (the not-mapped labels) are set in Noto Sans from its npm package,
 * never the build machine's fonts: the same picture gives the same bytes everywhere.
 */
const NOTO_SANS = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
);

const render = (svg: string, width?: number) => {
  const options: ResvgRenderOptions = {
    font: { fontFiles: [NOTO_SANS], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  };
  return new Resvg(svg, options).render();
};

export function svgToPng(svg: string, width?: number): Buffer {
  return render(svg, width).asPng();
}

/** Quality 80: 9-13 KB for an 800x600 map, edges and hatching still crisp at 1x. */
export async function svgToWebp(svg: string): Promise<Buffer> {
  const image = render(svg);
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .webp({ quality: 80 })
    .toBuffer();
}
