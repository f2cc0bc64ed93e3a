import { booleanPointInPolygon, distance, pointToPolygonDistance } from '@turf/turf';
import type { Areal } from '../geometry/types';
import { inAoi, REGION_INFO } from '../regions';
import { LedgerError } from './errors';
import type { Located } from './parse';
import { attributionProblem, dayProblem, frameProblems, perspectiveProblem } from './provenance';
import {
  TERRITORIAL_KINDS,
  type Anchor,
  type Claim,
  type ClaimsFile,
  type Draw,
  type Place,
  type Source,
} from './schema';
import type { Qualifier } from '../certainty/range';
import { isAreaUnit, toKm2 } from './units';

export interface Ledger {
  sources: Located<Source[]>;
  places: Located<Place[]>;
  claimFiles: Located<ClaimsFile>[];
}

export interface Reference {
  /** Oblast outlines by admin-1 id, fitted to the land border. */
  oblasts: ReadonlyMap<string, { geometry: Areal; area_km2: number }>;
  /** GeoNames settlements by id, for checking coordinates cited as geonames:<id>. */
  settlements: ReadonlyMap<number, [number, number]>;
}

const territorial = (c: Claim) => (TERRITORIAL_KINDS as readonly string[]).includes(c.kind);

/** Stated area in km², or null if the claim states none. */
export function statedKm2(c: Claim): { km2: number; qualifier: Qualifier; km2_max?: number } | null {
  const f = c.figures.find((x) => isAreaUnit(x.unit));
  if (!f || !isAreaUnit(f.unit)) return null;
  const top = f.value_max === undefined ? {} : { km2_max: toKm2(f.value_max, f.unit) };
  return { km2: toKm2(f.value, f.unit), qualifier: f.qualifier, ...top };
}

/**
 * Checks that need more than one record: ids unique, references resolve, places sit
 * where they say, figures are possible, one claimant does not contradict itself, tracks
 * cite only their own perspective's claimants, and provenance (provenance.ts: days, unnamed
 * reports, figures a basis or bound rests on). Returns every problem found.
 */
export function validateLedger(ledger: Ledger, ref: Reference): LedgerError[] {
  const errors: LedgerError[] = [];
  const err = (
    l: Located<unknown>,
    path: (string | number)[],
    record: string | null,
    field: string,
    msg: string,
  ) => errors.push(new LedgerError(l.file, l.lineOf(path), record, field, msg));

  const seen = new Map<string, string>();
  const unique = (l: Located<unknown>, path: (string | number)[], id: string) => {
    const where = `${l.file}:${l.lineOf(path) ?? '?'}`;
    if (seen.has(id)) err(l, path, id, 'id', `duplicate id: also used at ${seen.get(id)}`);
    else seen.set(id, where);
  };

  const sources = new Map(ledger.sources.value.map((s) => [s.id, s]));
  ledger.sources.value.forEach((s, i) => unique(ledger.sources, [i, 'id'], s.id));

  const places = new Map<string, Place>();
  ledger.places.value.forEach((p, i) => {
    const L = ledger.places;
    unique(L, [i, 'id'], p.id);
    places.set(p.id, p);
    if (!inAoi([p.lon, p.lat])) {
      const hint = inAoi([p.lat, p.lon])
        ? 'lat and lon look swapped'
        : 'it lies outside the area of interest';
      return err(L, [i, 'lat'], p.id, 'lat/lon', `${p.lat}, ${p.lon}: ${hint}`);
    }
    const oblast = ref.oblasts.get(p.oblast);
    if (!oblast) return err(L, [i, 'oblast'], p.id, 'oblast', `unknown oblast "${p.oblast}"`);
    if (!booleanPointInPolygon([p.lon, p.lat], oblast.geometry)) {
      const off = pointToPolygonDistance([p.lon, p.lat], oblast.geometry, { units: 'kilometers' });
      if (off > p.accuracy_km)
        err(L, [i, 'lat'], p.id, 'lat/lon', `lies ${off.toFixed(1)} km outside ${p.oblast}`);
    }
    const geonames = /^geonames:(\d+)$/.exec(p.source);
    const record = geonames && ref.settlements.get(Number(geonames[1]));
    if (record && distance(record, [p.lon, p.lat], { units: 'kilometers' }) > 0.2) {
      err(
        L,
        [i, 'lat'],
        p.id,
        'lat/lon',
        `differs from GeoNames ${geonames![1]} (${record[1]}, ${record[0]})`,
      );
    }
  });

  const claims = new Map<string, Claim>();
  for (const L of ledger.claimFiles) {
    L.value.claims.forEach((c, i) => {
      const at = (field: string, msg: string, path: (string | number)[] = [field]) =>
        err(L, ['claims', i, ...path], c.id, field, msg);
      unique(L, ['claims', i, 'id'], c.id);
      claims.set(c.id, c);
      if (!sources.has(c.source)) at('source', `unknown source "${c.source}"`);
      if (c.date_source && !sources.has(c.date_source))
        at('date_source', `unknown source "${c.date_source}"`);
      if (c.as_of < c.date) at('as_of', `stated on ${c.as_of}, before the event date ${c.date}`);
      for (const p of [dayProblem(c, sources), attributionProblem(c)]) if (p) at(p.field, p.message, p.path);
      c.places.forEach((p, j) => {
        if (!places.has(p))
          at(`places[${j}]`, `unknown place "${p}" (add it to the gazetteer)`, ['places', j]);
      });
      if (territorial(c) && !c.holder)
        at('holder', `a ${c.kind} claim must say who holds the ground (ru or ua)`);
      if (territorial(c) && !c.region) at('region', `a ${c.kind} claim must name one of the five regions`);
      c.figures.forEach((f, j) => {
        const path = ['figures', j];
        if (f.value_max !== undefined && f.value_max < f.value)
          at(`figures[${j}].value_max`, `${f.value_max} is below value ${f.value}`, [...path, 'value_max']);
        if (isAreaUnit(f.unit) && c.region) {
          const ob = ref.oblasts.get(REGION_INFO[c.region].oblast);
          const k = toKm2(f.value, f.unit);
          if (ob && k > ob.area_km2)
            at(
              `figures[${j}].value`,
              `${k} km² is more than all of ${REGION_INFO[c.region].label} (${ob.area_km2} km²)`,
              [...path, 'value'],
            );
        }
      });
    });
  }

  // one claimant, one date, one region and holder: two different areas contradict
  const byKey = new Map<string, { c: Claim; L: Located<ClaimsFile>; i: number }>();
  for (const L of ledger.claimFiles) {
    L.value.claims.forEach((c, i) => {
      if (!territorial(c)) return;
      const key = [c.claimant_name, c.date, c.region, c.holder].join('|');
      const prior = byKey.get(key);
      if (!prior) return void byKey.set(key, { c, L, i });
      const a = statedKm2(prior.c);
      const b = statedKm2(c);
      const opposite = (x: Claim, y: Claim) => x.kind === 'withdrawal' && y.kind === 'control';
      if (
        (a && b && Math.abs(a.km2 - b.km2) > 0.02 * Math.max(a.km2, b.km2)) ||
        opposite(prior.c, c) ||
        opposite(c, prior.c)
      ) {
        err(
          L,
          ['claims', i],
          c.id,
          'figures',
          `contradicts ${prior.c.id}: same claimant (${c.claimant_name}), date and holder`,
        );
      }
    });
  }

  for (const L of ledger.claimFiles) {
    L.value.tracks.forEach((t, ti) => {
      t.frames.forEach((f, fi) => {
        const path = ['tracks', ti, 'frames', fi];
        const rec = `track ${t.region}/${t.perspective}/${t.holder} frame ${fi + 1}`;
        f.claims.forEach((id, ci) => {
          const c = claims.get(id);
          if (!c) return err(L, [...path, 'claims', ci], rec, `claims[${ci}]`, `unknown claim "${id}"`);
          if (c.region !== t.region)
            err(
              L,
              [...path, 'claims', ci],
              rec,
              `claims[${ci}]`,
              `${id} is about ${c.region}, not ${t.region}`,
            );
          const wrong = perspectiveProblem(c, t.perspective);
          if (wrong) err(L, [...path, 'claims', ci], rec, `claims[${ci}]`, wrong);
        });
        if (f.draw === 'none') return;
        for (const p of frameProblems(f.draw, f.claims, claims))
          err(L, [...path, 'draw', ...p.path], rec, p.field, p.message);
        const named = placesNamedBy(f.draw);
        for (const p of named)
          if (!places.has(p))
            err(L, [...path, 'draw'], rec, 'draw', `unknown place "${p}" (add it to the gazetteer)`);
      });
    });
  }
  return errors;
}

/** Every gazetteer place a drawing refers to: anchors, offsets' origins, include, exclude. */
function placesNamedBy(draw: Draw): string[] {
  const anchors: Anchor[] =
    draw.method === 'border-strip' ? [draw.centre] : draw.method === 'hull' ? draw.points : [];
  return [
    ...anchors.flatMap((a) => (Array.isArray(a) ? [] : [typeof a === 'string' ? a : a.near])),
    ...draw.include,
    ...draw.exclude.map((e) => e.place),
  ];
}
