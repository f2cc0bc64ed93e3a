/**
 * A picture of the view to download: the map (or both maps of a comparison, side by side)
 * with what it shows above it, and the key to its colours, its sources and the data's
 * credit below, so the picture carries its attribution wherever it is posted.
 */
import type { PictureWords } from '../lib/view/picture-words';
import { HELD_OPACITY, HOLDER_COLOUR, NOT_MAPPED_INK, NOT_MAPPED_OPACITY } from '../map/palette';

const PAD = 16;
const FONT = 'system-ui, sans-serif';

function load(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the map picture could not be read'));
    image.src = src;
  });
}

/** `text` broken into lines no wider than `width` at the context's font. */
function lines(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...out, line] : out;
}

export async function composePicture(maps: string[], words: PictureWords): Promise<Blob> {
  const images = await Promise.all(maps.map(load));
  const scale = window.devicePixelRatio || 1;
  const mapWidth = images.reduce((w, i) => w + i.width, 0);
  const mapHeight = Math.max(...images.map((i) => i.height));
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const width = mapWidth;
  const size = (px: number) => Math.round(px * scale);
  const textWidth = width - 2 * size(PAD);

  // lay out the words first, to know the height
  context.font = `${size(12)}px ${FONT}`;
  const below = [...lines(context, words.sources, textWidth), ...lines(context, words.credit, textWidth)];
  const head = size(PAD + 22 + (words.sides.length ? 18 : 0));
  const keyRow = size(28);
  canvas.width = width;
  canvas.height = head + mapHeight + keyRow + below.length * size(16) + size(PAD);

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#111111';
  context.textBaseline = 'top';
  context.font = `bold ${size(17)}px ${FONT}`;
  context.fillText(words.title, size(PAD), size(PAD / 2 + 2), textWidth);
  if (words.sides.length) {
    context.font = `${size(13)}px ${FONT}`;
    let x = 0;
    words.sides.forEach((side, i) => {
      context.fillText(side, x + size(PAD), size(PAD / 2 + 24));
      x += images[i]?.width ?? 0;
    });
  }
  let x = 0;
  for (const image of images) {
    context.drawImage(image, x, head);
    x += image.width;
  }

  // the key: each holder's colour and the not-mapped veil, as the map draws them
  let y = head + mapHeight + size(8);
  context.font = `${size(12)}px ${FONT}`;
  let kx = size(PAD);
  for (const [colour, label, alpha] of [
    [HOLDER_COLOUR.ru, words.key.ru, HELD_OPACITY],
    [HOLDER_COLOUR.ua, words.key.ua, HELD_OPACITY],
    [NOT_MAPPED_INK, words.key.notMapped, NOT_MAPPED_OPACITY],
  ] as const) {
    context.globalAlpha = alpha;
    context.fillStyle = colour;
    context.fillRect(kx, y, size(14), size(14));
    context.globalAlpha = 1;
    context.fillStyle = '#111111';
    context.fillText(label, kx + size(20), y + size(1));
    kx += size(20) + context.measureText(label).width + size(18);
  }
  y += keyRow - size(8);
  context.fillStyle = '#333333';
  for (const line of below) {
    context.fillText(line, size(PAD), y);
    y += size(16);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))),
      'image/png',
    ),
  );
}
