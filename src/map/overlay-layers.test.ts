/**
 * The overlay style's filters and data-driven paint, evaluated by MapLibre's own style-spec
 * (the code the map runs), on features as the map sees them: which layer draws what of a
 * ledger shape and of a packed series' piece, and which edges are dashed.
 */
import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { overlayLayers } from './overlay-layers';

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

const ledgerShape = { status: 'controlled', holder: 'ua', schematic: true, basis: 'area' };
const piece = { status: 'controlled', holder: 'ru', schematic: false, packed: true, basis: 'traced' };

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

  const evaluate = (id: string, property: string, spec: unknown) => {
    const expr = createPropertyExpression(
      layer(id).paint![property],
      `layers.${id}.paint.${property}`,
      spec as never,
    );
    if (expr.result !== 'success') throw new Error(JSON.stringify(expr.value));
    return (props: Record<string, unknown>) =>
      expr.value.evaluate({ zoom: 8 } as never, feature(3, props) as never, { opacity: 1 });
  };

  it('give each kind of basis its own edge: traced solid, stated dashed, illustrative dotted, interpolated dash-dot', () => {
    const dash = evaluate('control-outline', 'line-dasharray', latest.paint_line['line-dasharray']);
    expect(dash({ basis: 'traced' })).toEqual([1, 0]);
    for (const basis of ['area', 'depth', 'distance', 'place']) expect(dash({ basis })).toEqual([3, 2]);
    expect(dash({ basis: 'illustrative' })).toEqual([0.6, 1.8]);
    expect(dash({ basis: 'interpolated' })).toEqual([5, 2, 0.6, 2]);
    // a shape that does not say is drawn as the cautious case
    expect(dash({})).toEqual([0.6, 1.8]);
    const kinds = ['traced', 'area', 'illustrative', 'interpolated'].map((basis) =>
      JSON.stringify(dash({ basis })),
    );
    expect(new Set(kinds).size).toBe(4);
  });

  it('fill ground no figure states fainter, in every status', () => {
    const held = evaluate('control-controlled', 'fill-opacity', latest.paint_fill['fill-opacity']);
    expect(held({ basis: 'area' })).toBeCloseTo(0.45);
    expect(held({ basis: 'traced' })).toBeCloseTo(0.45);
    expect(held({ basis: 'illustrative' })).toBeLessThan(0.25);
    expect(held({ basis: 'interpolated' })).toBeLessThan(0.25);
    const contested = evaluate('control-contested', 'fill-opacity', latest.paint_fill['fill-opacity']);
    expect(contested({ basis: 'illustrative' })).toBeLessThan(contested({ basis: 'depth' }) as number);
  });
});
