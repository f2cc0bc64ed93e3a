import { expect, test } from 'vitest';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { roundGeometry } from '../geometry/precision';
import { controlFeatures } from './decode';
import { controlTopology } from './topology';

const grid = (v: number) => Math.round(v * 1e5) / 1e5;
const square = (x: number, y: number, s: number): Position[] =>
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ].map(([a, b]) => [grid(a), grid(b)]);

// two pieces side by side (one edge in common), the second with its own edge as a line,
// as a packed piece carries it; positions on the 5-decimal grid, as the build writes them
/** Each closed ring started at its lowest point, so rings compare whatever point they start at. */
function ringsFromLowest(g: Geometry): Geometry {
  const ring = (r: Position[]) => {
    const open = r.slice(0, -1);
    const lowest = (best: number, p: Position, i: number) =>
      p[0] < open[best][0] || (p[0] === open[best][0] && p[1] < open[best][1]) ? i : best;
    const at = open.reduce(lowest, 0);
    const turned = [...open.slice(at), ...open.slice(0, at)];
    return [...turned, turned[0]];
  };
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(ring) };
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(ringsFromLowest) };
  return g;
}

const control: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'a', from: '2024-01-01', to: null },
      geometry: { type: 'Polygon', coordinates: [square(37.12345, 48.00001, 0.01)] },
    },
    {
      type: 'Feature',
      properties: { id: 'b', from: '2024-01-02', to: '2024-02-01' },
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', coordinates: [square(37.13345, 48.00001, 0.01)] },
          {
            type: 'LineString',
            coordinates: [
              [37.14345, 48.00001],
              [37.14345, 48.01001],
            ],
          },
        ],
      },
    },
  ],
};

test('the control layer as TopoJSON decodes to the same pieces on the grid, properties and all', () => {
  const topology = controlTopology(control);
  expect(topology.transform?.scale).toEqual([1e-5, 1e-5]);
  const back = controlFeatures(JSON.parse(JSON.stringify(topology)));
  expect(back.features.map((f) => f.properties)).toEqual(control.features.map((f) => f.properties));
  // TopoJSON starts a ring where arcs meet: the same ring, from another of its points
  expect(back.features.map((f) => ringsFromLowest(roundGeometry(f.geometry, 5)))).toEqual(
    control.features.map((f) => ringsFromLowest(f.geometry)),
  );
  // every position is a whole number of grid steps: no drift where the steps add up
  for (const arc of topology.arcs)
    for (const [dx, dy] of arc) expect(Number.isInteger(dx) && Number.isInteger(dy)).toBe(true);
});

test('an edge two pieces share is written once', () => {
  const topology = controlTopology(control);
  const segments = topology.arcs.reduce((n, arc) => n + arc.length - 1, 0);
  // two squares of 4 edges and a line of 1: the edge the squares share, and the line along
  // the second square's edge, are each written once
  expect(segments).toBe(7);
});

test('what is not a control topology is refused, saying what was expected', () => {
  expect(() => controlFeatures(control as never)).toThrow(/not a control topology/);
  expect(() => controlFeatures({ type: 'Topology', objects: {}, arcs: [] })).toThrow(/"control" object/);
});
