import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { blend, contrast, deltaE, DEFICIENCY, parseHex, simulate, type Deficiency, type Rgb } from './colour';
import { BASEMAP, HOLDER_COLOUR, type Theme } from './palette';

/** The page's colour tokens per theme, read from the stylesheet the pages use. */
function tokens(): Record<Theme, Record<string, Rgb>> {
  const css = readFileSync(new URL('../theme.css', import.meta.url), 'utf8');
  const out: Record<Theme, Record<string, Rgb>> = { light: {}, dark: {} };
  for (const m of css.matchAll(/--([a-z-]+): (?:light-dark\((#\w{6}), (#\w{6})\)|(#\w{6}));/g)) {
    out.light[m[1]] = parseHex(m[2] ?? m[4]);
    out.dark[m[1]] = parseHex(m[3] ?? m[4]);
  }
  return out;
}

const THEMES: Theme[] = ['light', 'dark'];
const VISION: (Deficiency | null)[] = [null, ...(Object.keys(DEFICIENCY) as Deficiency[])];
const seen = (rgb: Rgb, d: Deficiency | null) => (d ? simulate(rgb, d) : rgb);

test.each(THEMES)('%s theme: text meets WCAG AA (4.5:1), controls and rules 3:1', (theme) => {
  const t = tokens()[theme];
  expect(Object.keys(t).length).toBeGreaterThan(10);
  const text: [string, string][] = [
    ['ink', 'paper'],
    ['muted', 'paper'],
    ['ink', 'panel'],
    ['muted', 'panel'],
    ['ink', 'notice-bg'],
    ['ink', 'error-bg'],
    ['error-ink', 'paper'],
    ['error-ink', 'panel'],
  ];
  for (const [fg, bg] of text) expect(contrast(t[fg], t[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  for (const [fg, bg] of [
    ['frame', 'paper'],
    ['focus', 'paper'],
  ])
    expect(contrast(t[fg], t[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
});

test.each(THEMES)('%s theme: holder colours and map labels stand out from the page and the land', (theme) => {
  const ink = BASEMAP[theme];
  const paper = tokens()[theme].paper;
  for (const colour of Object.values(HOLDER_COLOUR)) {
    // legend swatches and outlines are graphics: 3:1 against the page
    expect(contrast(parseHex(colour), paper), colour).toBeGreaterThanOrEqual(3);
    for (const land of Object.values(ink.land))
      expect(
        contrast(parseHex(colour), parseHex(land)),
        `${colour} outline on ${land}`,
      ).toBeGreaterThanOrEqual(3);
  }
  for (const land of Object.values(ink.land))
    expect(contrast(parseHex(ink.label), parseHex(land)), `labels on ${land}`).toBeGreaterThanOrEqual(4.5);
});

test.each(VISION)('holders stay apart for %s vision, as outlines and as held fills', (deficiency) => {
  const [ru, ua] = [parseHex(HOLDER_COLOUR.ru), parseHex(HOLDER_COLOUR.ua)];
  expect(deltaE(seen(ru, deficiency), seen(ua, deficiency))).toBeGreaterThan(20);
  for (const theme of THEMES) {
    const land = parseHex(BASEMAP[theme].land.RUS);
    // held ground is the holder's colour at 45% over the land (style.ts)
    const [fillRu, fillUa] = [blend(ru, land, 0.45), blend(ua, land, 0.45)];
    expect(deltaE(seen(fillRu, deficiency), seen(fillUa, deficiency)), theme).toBeGreaterThan(12);
    expect(deltaE(seen(fillRu, deficiency), seen(land, deficiency)), `ru on ${theme} land`).toBeGreaterThan(
      12,
    );
    expect(deltaE(seen(fillUa, deficiency), seen(land, deficiency)), `ua on ${theme} land`).toBeGreaterThan(
      12,
    );
  }
});

test('the simulation itself: greys are unchanged, and red and green collapse for deuteranopia', () => {
  for (const d of Object.keys(DEFICIENCY) as Deficiency[])
    expect(deltaE(simulate([128, 128, 128], d), [128, 128, 128])).toBeLessThan(1.5);
  const [red, green] = [parseHex('#d62728'), parseHex('#2ca02c')];
  expect(deltaE(red, green)).toBeGreaterThan(60);
  expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(
    deltaE(red, green) / 3,
  );
});
