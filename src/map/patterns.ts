/**
 * The fill patterns the overlay layers name (contested hatching, advance dots, lost ground
 * per holder, disputed cross-hatching), drawn here so that no sprite sheet is fetched. Pure.
 */
import { HOLDER_COLOUR } from './palette';

/** Small repeating tiles for the patterns, drawn here so no sprite sheet is fetched. */
export function patternImages(): { id: string; width: number; height: number; data: Uint8Array }[] {
  const out: { id: string; width: number; height: number; data: Uint8Array }[] = [];
  const size = 12;
  for (const [holder, hex] of Object.entries(HOLDER_COLOUR)) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const hatch = new Uint8Array(size * size * 4);
    const dots = new Uint8Array(size * size * 4);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const i = (y * size + x) * 4;
        const onHatch = (x + y) % size < 3; // diagonal stripes, 3 px of 12
        const onDot = (x - 3) ** 2 + (y - 3) ** 2 <= 4 || (x - 9) ** 2 + (y - 9) ** 2 <= 4;
        hatch.set(onHatch ? [r, g, b, 230] : [r, g, b, 40], i);
        dots.set(onDot ? [r, g, b, 255] : [r, g, b, 25], i);
      }
    const lost = new Uint8Array(size * size * 4);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++)
        lost.set(y % 6 < 2 ? [r, g, b, 255] : [255, 255, 255, 150], (y * size + x) * 4);
    out.push({ id: `hatch-${holder}`, width: size, height: size, data: hatch });
    out.push({ id: `dots-${holder}`, width: size, height: size, data: dots });
    out.push({ id: `lost-${holder}`, width: size, height: size, data: lost });
  }
  // disputed: a dark cross-hatch, readable over either holder's colour
  const cross = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2 || (x - y + size) % size < 2;
      cross.set(on ? [34, 34, 34, 235] : [255, 255, 255, 60], (y * size + x) * 4);
    }
  out.push({ id: 'disputed', width: size, height: size, data: cross });
  return out;
}
