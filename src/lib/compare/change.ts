/**
 * What changed between two dates in one perspective: the ground each holder gained and
 * lost. Run in the browser when an editor picks two dates (a few polygon differences, loaded
 * on demand), and in the tests. Pure.
 */
import type { Feature } from 'geojson';
import { km2 } from '../geometry/area';
import { subtract } from '../geometry/clip';
import { normalise } from '../geometry/normalise';
import type { Areal } from '../geometry/types';
import { HOLDERS } from '../taxonomy';
import { merged } from './merge';
import { drawnOn, type DatedShape } from './spans';

export interface ChangeProps {
  id: string;
  holder: string;
  change: 'gained' | 'lost';
  perspective: string;
  from: string;
  to: string;
  area_km2: number;
}

export interface HolderChange {
  holder: string;
  /** km² the perspective draws for the holder on each date (turf, geodesic). */
  heldFrom: number;
  heldTo: number;
  gained: number;
  lost: number;
  /** Statuses of the shapes on either date: says whether "held" tells the whole story. */
  statuses: string[];
  /** What the shapes on either date are drawn to: the figures are only as sure as these. */
  bases: string[];
  /** Every shape speaks of single places: the figures are ground around them, no total. */
  local: boolean;
  /** The range the claims' words allow on each date (max null: no area stated). */
  rangeFrom: { min: number; max: number | null };
  rangeTo: { min: number; max: number | null };
}

/** The ranges of the shapes in force, added up: ends add, an open end stays open. */
function rangeOfShapes(shapes: readonly DatedShape[]): { min: number; max: number | null } {
  const round = (v: number) => Math.round(v * 10) / 10;
  const open = shapes.some((s) => s.properties.km2_max === null || s.properties.km2_max === undefined);
  return {
    min: round(shapes.reduce((sum, s) => sum + (s.properties.km2_min ?? 0), 0)),
    max: open ? null : round(shapes.reduce((sum, s) => sum + s.properties.km2_max!, 0)),
  };
}

export interface Change {
  perspective: string;
  from: string;
  to: string;
  holders: HolderChange[];
  features: Feature<Areal, ChangeProps>[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Ground gained (drawn on `to`, not on `from`) and lost (the reverse) by each holder, in the
 * given regions and perspective. Holders the perspective draws on neither date are left out.
 */
export function changeBetween(
  shapes: readonly DatedShape[],
  regions: readonly string[],
  perspective: string,
  from: string,
  to: string,
): Change {
  const holders: HolderChange[] = [];
  const features: Feature<Areal, ChangeProps>[] = [];
  for (const holder of HOLDERS) {
    const drawn = [from, to].map((date) => drawnOn(shapes, regions, perspective, holder, date));
    const [before, after] = drawn.map((list) => merged(list.map((s) => s.geometry)));
    if (!before && !after) continue;
    const statuses = [...new Set(drawn.flat().map((s) => s.properties.status))].sort();
    const bases = [...new Set(drawn.flat().map((s) => s.properties.basis ?? 'illustrative'))].sort();
    const local = drawn.flat().every((s) => s.properties.scope === 'local');
    const parts = { gained: subtract(after, before), lost: subtract(before, after) };
    const row: HolderChange = {
      holder,
      heldFrom: round1(km2(before)),
      heldTo: round1(km2(after)),
      gained: 0,
      lost: 0,
      statuses,
      bases,
      local,
      rangeFrom: rangeOfShapes(drawn[0]),
      rangeTo: rangeOfShapes(drawn[1]),
    };
    for (const change of ['gained', 'lost'] as const) {
      const g = parts[change] && normalise(parts[change]);
      if (!g) continue;
      row[change] = round1(km2(g));
      features.push({
        type: 'Feature',
        properties: {
          id: `${change}-${holder}`,
          holder,
          change,
          perspective,
          from,
          to,
          area_km2: row[change],
        },
        geometry: g,
      });
    }
    holders.push(row);
  }
  return { perspective, from, to, holders, features };
}
