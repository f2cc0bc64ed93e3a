import { Resvg } from '@resvg/resvg-js';

/**
 * Rasterises one of our SVG pictures to PNG, without a browser. The pictures carry no text
 * (titles are in the page), so no fonts are needed: the output does not depend on the
 * fonts installed on the machine that builds it.
 */
export function svgToPng(svg: string, width?: number): Buffer {
  return new Resvg(svg, {
    font: { loadSystemFonts: false },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  })
    .render()
    .asPng();
}
