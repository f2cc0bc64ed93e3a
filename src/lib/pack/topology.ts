/**
 * The control layer as the app loads it: TopoJSON, the technique that measured smallest for
 * a long traced history (`npm run bench`, national). An edge that pieces share is written
 * once, as an arc, and each position as whole steps of the output grid (1e-5°) from the one
 * before. The steps are the grid's own, so the encoding is lossless: rounded to 5 decimals,
 * the decoded pieces are control.geojson's exactly. Pure.
 */
import type { FeatureCollection } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Objects, Topology } from 'topojson-specification';
import { DECIMALS } from '../geometry/precision';
import { CONTROL_OBJECT } from './decode';

export function controlTopology(control: FeatureCollection): Topology {
  // (topojson-server's types allow null properties, topojson-client's do not; ours are never null)
  const t = topology({ [CONTROL_OBJECT]: control }) as Topology<Objects<Record<string, unknown>>>;
  const step = 1 / 10 ** DECIMALS; // (10 ** -5 is a hair under 1e-5)
  // the origin on the grid, so that every grid position is a whole number of steps from it
  const onGrid = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;
  return quantize(t, { scale: [step, step], translate: [onGrid(t.bbox![0]), onGrid(t.bbox![1])] });
}
