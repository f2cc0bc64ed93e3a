/**
 * The claims' tracks drawn: each frame expanded into dated specs (steps between claims
 * included), each spec drawn against its oblast and the border, checked, and written as a
 * control shape with its range and words; a frame that says a holder has none is kept as
 * a span. Problems are collected with the file, line, record and field. Pure.
 */
import type { Feature } from 'geojson';
import { LedgerError } from '../claims/errors';
import type { Claim, Place } from '../claims/schema';
import { geometryProblem } from '../geometry/checks';
import { draw } from '../geometry/draw';
import { km2 } from '../geometry/area';
import { normalise } from '../geometry/normalise';
import type { Areal } from '../geometry/types';
import { REGION_INFO } from '../regions';
import { expandTrack, TrackError, type DatedSpec } from '../timeline/expand';
import { specRange } from './ranges';
import { shapeFailures } from './shape-checks';
import { placesOf } from './tables';
import type { ControlProps } from '../contract/records';
import type { BuildInputs, NoneSpan } from './types';

export function drawTracks(
  inputs: BuildInputs,
  places: ReadonlyMap<string, Place>,
  claims: ReadonlyMap<string, Claim>,
): { shapes: Feature<Areal, ControlProps>[]; nones: NoneSpan[]; errors: LedgerError[] } {
  const shapes: Feature<Areal, ControlProps>[] = [];
  const nones: NoneSpan[] = [];
  const errors: LedgerError[] = [];
  for (const L of inputs.claimFiles) {
    L.value.tracks.forEach((track, ti) => {
      const fail = (frame: number, field: string, msg: string) => {
        const rec = `track ${track.region}/${track.perspective}/${track.holder} frame ${frame + 1}`;
        errors.push(
          new LedgerError(L.file, L.lineOf(['tracks', ti, 'frames', frame, field]), rec, field, msg),
        );
      };
      let specs: DatedSpec[];
      try {
        specs = expandTrack(track);
      } catch (e) {
        if (e instanceof TrackError) return fail(e.frame, e.field, e.message);
        throw e;
      }
      const oblast = inputs.ref.oblasts.get(REGION_INFO[track.region].oblast)!;
      for (const spec of specs) {
        const id = `${spec.region}-${spec.perspective}-${spec.holder}-${spec.from}`;
        if (spec.draw === 'none') {
          nones.push({ ...spec, id });
          continue;
        }
        const d = spec.draw;
        let g: Areal | null;
        try {
          if (d.method === 'polygon') {
            const problem = geometryProblem({ type: 'Polygon', coordinates: d.coordinates });
            if (problem) throw new Error(`invalid geometry: ${problem}`);
          }
          g = draw(d, { oblast: oblast.geometry, border: inputs.border }, places);
        } catch (e) {
          fail(spec.frame, 'draw', (e as Error).message);
          continue;
        }
        g = g && normalise(g);
        if (!g) {
          fail(spec.frame, 'draw', 'the shape came out empty: it lies outside the region');
          continue;
        }
        const area = Math.round(km2(g) * 10) / 10;
        const checks = {
          oblast: oblast.geometry,
          oblastLabel: REGION_INFO[track.region].label,
          border: inputs.border,
          places,
          claims,
        };
        for (const f of shapeFailures({ ...spec, draw: d }, g, area, checks))
          fail(spec.frame, f.field, f.message);
        const range = specRange(spec, track, claims);
        shapes.push({
          type: 'Feature',
          properties: {
            id,
            region: spec.region,
            perspective: spec.perspective,
            holder: spec.holder,
            scope: spec.scope,
            status: spec.status,
            from: spec.from,
            to: spec.to,
            claims: spec.claims,
            schematic: d.method !== 'polygon',
            basis: spec.interpolated ? 'interpolated' : d.basis,
            // a step's words come from what it lies between, never from the claim it starts at
            note: spec.interpolated ? null : (d.note ?? null),
            area_km2: area,
            km2_min: range.min,
            km2_max: range.max,
            interpolated: spec.interpolated,
            ...(spec.holdsTo ? { holds_to: spec.holdsTo } : {}),
            ...(spec.scope === 'local' ? { places: placesOf(spec.claims, claims) } : {}),
          },
          geometry: g,
        });
      }
    });
  }
  return { shapes, nones, errors };
}
