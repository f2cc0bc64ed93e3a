/**
 * The overlay style's filters and data-driven paint, evaluated by MapLibre's own style-spec
 * (the code the map runs), on features as the map sees them: which layer draws what of a
 * ledger shape and of a packed series' piece, and which edges are dashed.
 */
import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { overlayLayers } from './style';

type Kind = 1 | 2 | 3; // point, line, polygon, as vector tiles number them
const square = [
  [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 10 },
    { x: 0, y: 10 },
    { x: 0, y: 0 },
  ],
];
const line = [
  [
    { x: 0, y: 0 },
    { x: 10, y: 10 },
  ],
];
const feature = (type: Kind, properties: Record<string, unknown>) => ({
  type,
  properties,
  geometry: type === 3 ? square : line,
});
const layer = (id: string) =>
  overlayLayers().find((l) => l.id === id)! as { filter?: unknown; paint?: Record<string, unknown> };
const draws = (id: string, f: ReturnType<typeof feature>) =>
  featureFilter(layer(id).filter as never, `layers.${id}.filter`).filter({ zoom: 8 } as never, f as never);

const ledgerShape = { status: 'controlled', holder: 'ua', schematic: true };
const piece = { status: 'controlled', holder: 'ru', schematic: false, packed: true };

describe('overlay layers', () => {
  it('fill a ledger shape and a piece of a packed series, never their lines', () => {
    expect(draws('control-controlled', feature(3, ledgerShape))).toBe(true);
    expect(draws('control-controlled', feature(3, piece))).toBe(true);
    expect(draws('control-controlled', feature(2, piece))).toBe(false);
    expect(draws('control-contested', feature(3, { ...ledgerShape, status: 'contested' }))).toBe(true);
    expect(draws('control-contested', feature(3, ledgerShape))).toBe(false);
  });

  it('outline a ledger shape by its ring, a packed piece only by its own edges (no cell seams)', () => {
    expect(draws('control-outline', feature(3, ledgerShape))).toBe(true);
    expect(draws('control-outline', feature(3, piece))).toBe(false);
    expect(draws('control-outline', feature(2, piece))).toBe(true);
  });

  it('dash the edges of schematic shapes only', () => {
    const dash = createPropertyExpression(
      layer('control-outline').paint!['line-dasharray'],
      'layers.control-outline.paint.line-dasharray',
      latest.paint_line['line-dasharray'] as never,
    );
    if (dash.result !== 'success') throw new Error(JSON.stringify(dash.value));
    const at = (props: Record<string, unknown>) =>
      dash.value.evaluate({ zoom: 8 } as never, feature(2, props) as never);
    expect(at({ schematic: true })).toEqual([2, 1.5]);
    expect(at({ schematic: false })).toEqual([1, 0]);
    // a shape that does not say is drawn as the cautious case
    expect(at({})).toEqual([2, 1.5]);
  });
});
