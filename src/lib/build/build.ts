import { bbox } from '@turf/turf';
import type { Feature, Geometry, MultiLineString, Point } from 'geojson';
import { LedgerError, LedgerErrors } from '../claims/errors';
import { perspectiveOf, type Claim, type Place } from '../claims/schema';
import { isAreaUnit, toKm2 } from '../claims/units';
import { statedKm2, validateLedger, type Ledger, type Reference } from '../claims/validate';
import { shapeProblems } from '../claims/provenance';
import { resolveAnchor } from '../geometry/anchor';
import { contains, distanceToBorderKm, geometryProblem, outsideKm2, overlapKm2 } from '../geometry/checks';
import { draw } from '../geometry/draw';
import { boxesMeet, km2, normalise } from '../geometry/ops';
import type { Areal } from '../geometry/types';
import { REGION_INFO, REGIONS } from '../regions';
import { expandTrack, TrackError, type DatedSpec, type Interpolation } from '../timeline/expand';
import { absenceBasis, type Basis } from '../certainty/basis';
import { specRange } from './ranges';
import { featureCollectionText, stableStringify } from '../json';
import { disputedGround } from '../compare/disputed';
import type { ImportedSeries } from '../daily/imported';
import { packHistory, pieceGeometry, pieceGround } from '../pack/pack';
import { controlTopology } from '../pack/topology';
import { inForce, overlaps } from '../timeline/span';

export interface BuildInputs extends Ledger {
  ref: Reference;
  border: MultiLineString;
  /** Daily series from `npm run import:daily` (geodata/imports/). */
  imports?: ImportedSeries[];
}

export interface ControlProps {
  id: string;
  region: string;
  perspective: string;
  holder: string;
  scope: 'region' | 'local';
  status: string;
  from: string;
  to: string | null;
  claims: string[];
  schematic: boolean;
  /** What the shape is drawn to (src/lib/certainty/basis.ts). */
  basis: Basis;
  note: string | null;
  area_km2: number;
  /** The range of km² its claims' words allow (src/lib/certainty/range.ts); max null: none stated. */
  km2_min: number;
  km2_max: number | null;
  interpolated: Interpolation | null;
  /** On the first shape of a gradual change: with interpolation off, it holds until this date. */
  holds_to?: string;
  /** A local shape: the places its claims name, the ground it speaks of. */
  places?: string[];
  /** A piece of an imported daily series (see importedPieces), and that series' name. */
  packed?: true;
  source?: string;
}

/**
 * Bumped whenever the build writes new files or changes what they mean, so that an older
 * geodata/build is rebuilt rather than served without them.
 */
export const GEODATA_FORMAT = 5;

/** Tolerance between a drawn area and a stated figure. */
export const AREA_TOLERANCE = 0.02;

/** Does a drawn area honour a stated figure, given how it was qualified? */
export function honours(drawn: number, stated: { km2: number; qualifier: string }): boolean {
  const { km2: v, qualifier } = stated;
  if (qualifier === 'over' || qualifier === 'at-least') return drawn >= v * (1 - AREA_TOLERANCE);
  if (qualifier === 'under' || qualifier === 'up-to' || qualifier === 'nearly')
    return drawn <= v * (1 + AREA_TOLERANCE);
  return Math.abs(drawn - v) <= v * AREA_TOLERANCE;
}

/**
 * The whole geodata build, from parsed ledger files and base geography to the text of
 * every output. Pure. Throws LedgerErrors listing every problem; returns nothing partial.
 */
export function buildGeodata(
  inputs: BuildInputs,
  o: { progress?: (step: string) => void } = {},
): Record<'control' | 'controlTopology' | 'disputed' | 'events' | 'areas' | 'claims', string> {
  const errors = validateLedger(inputs, inputs.ref);
  if (errors.length) throw new LedgerErrors(errors);

  const places = new Map<string, Place>(inputs.places.value.map((p) => [p.id, p]));
  const claims = new Map<string, Claim>(
    inputs.claimFiles.flatMap((L) => L.value.claims.map((c) => [c.id, c] as const)),
  );
  const shapes: Feature<Areal, ControlProps>[] = [];
  const nones: (DatedSpec & { id: string })[] = [];

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
        const problem = geometryProblem(g);
        if (problem) fail(spec.frame, 'draw', `invalid geometry: ${problem}`);
        const outside = outsideKm2(g, oblast.geometry);
        if (outside > 0.05)
          fail(
            spec.frame,
            'draw',
            `${outside.toFixed(2)} km² lies outside ${REGION_INFO[track.region].label}`,
          );
        if (
          d.method === 'border-strip' &&
          d.area_km2 !== undefined &&
          !honours(area, { km2: d.area_km2, qualifier: 'about' })
        ) {
          fail(spec.frame, 'draw.area_km2', `drawn ${area} km², asked for ${d.area_km2} km²`);
        }
        if (!spec.interpolated) {
          for (const cid of spec.claims) {
            const stated = statedKm2(claims.get(cid)!);
            if (stated && !honours(area, stated)) {
              fail(
                spec.frame,
                'draw',
                `drawn ${area} km² does not honour ${cid}'s ${stated.qualifier} ${stated.km2} km² (±2%)`,
              );
            }
          }
        }
        for (const p of d.include) {
          if (!contains(g, resolveAnchor(p, places)))
            fail(spec.frame, 'draw.include', `${p} should be inside the shape but is not`);
        }
        for (const p of shapeProblems(spec, g, places, claims)) fail(spec.frame, p.field, p.message);
        for (const { place } of d.exclude) {
          if (contains(g, resolveAnchor(place, places)))
            fail(spec.frame, 'draw.exclude', `${place} should be outside the shape`);
        }
        if (d.method === 'border-strip' && distanceToBorderKm(g, inputs.border) > 0.05) {
          fail(spec.frame, 'draw', 'a border strip must touch the border');
        }
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

  o.progress?.(`${shapes.length} shapes drawn from the claims`);
  const edges = new Map<string, Geometry>();
  for (const series of inputs.imports ?? []) {
    giveWay(shapes, nones, series);
    const pieces = importedPieces(series);
    for (const piece of pieces) {
      edges.set(piece.shape.properties.id, piece.geometry);
      shapes.push(piece.shape);
    }
    const name = `${series.region}-${series.perspective}-${series.holder}`;
    o.progress?.(`${series.history.length} dated shapes of ${name} packed into ${pieces.length} pieces`);
  }

  // within one perspective, no ground is held by both sides at once; boxes first, since
  // polygon intersection is the costly part and most pairs lie far apart
  const boxes = shapes.map((s) => bbox(s.geometry));
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const a = shapes[i].properties;
      const b = shapes[j].properties;
      if (
        a.perspective !== b.perspective ||
        a.holder === b.holder ||
        !overlaps(a, b) ||
        !boxesMeet(boxes[i], boxes[j])
      )
        continue;
      const both = overlapKm2(shapes[i].geometry, shapes[j].geometry);
      if (both > 0.01) {
        errors.push(
          new LedgerError(
            '(build)',
            null,
            `${a.id} and ${b.id}`,
            'draw',
            `${both.toFixed(2)} km² held by both sides in the ${a.perspective} perspective`,
          ),
        );
      }
    }
  }
  if (errors.length) throw new LedgerErrors(errors);

  shapes.sort((a, b) => compare(a.properties, b.properties));
  o.progress?.(`${shapes.length} shapes checked`);
  const disputed = disputedGround(shapes, nones);
  o.progress?.(`${disputed.length} pieces of disputed ground`);
  // an imported series' pieces carry their own edges, drawn as the outline (see src/lib/pack)
  const control = shapes.map((s) =>
    edges.has(s.properties.id) ? { ...s, geometry: edges.get(s.properties.id)! } : s,
  );
  return {
    control: featureCollectionText(control),
    // the same, as the app loads it: shared edges once, positions as steps on the grid
    controlTopology: `${JSON.stringify(controlTopology({ type: 'FeatureCollection', features: control }))}\n`,
    disputed: featureCollectionText(disputed),
    events: featureCollectionText(events(inputs, places)),
    areas: stableStringify(areas(shapes, nones, claims)),
    claims: stableStringify(claimsTable(inputs, claims)),
  };
}

/**
 * A daily series takes over its area, perspective and holder on the days it covers: the
 * ledger's shapes for them end where it begins and resume where it ends. (Its claims stay
 * in the claim list and the timeline; only the drawn ground gives way.)
 */
function giveWay(
  shapes: Feature<Areal, ControlProps>[],
  nones: (DatedSpec & { id: string })[],
  series: ImportedSeries,
): void {
  const start = series.history[0].from;
  const end = series.history.at(-1)!.to;
  const mine = (p: {
    region: string;
    perspective: string;
    holder: string;
    from: string;
    to: string | null;
  }) =>
    p.region === series.region &&
    p.perspective === series.perspective &&
    p.holder === series.holder &&
    overlaps(p, { from: start, to: end });
  /** What is left of a ledger span outside the series' days. */
  const remains = (p: { id: string; from: string; to: string | null }) => [
    ...(p.from < start ? [{ id: p.id, from: p.from, to: start }] : []),
    ...(end !== null && (p.to === null || p.to > end)
      ? [{ id: `${p.id}-after-${series.source}`, from: end, to: p.to }]
      : []),
  ];
  const keptShapes = shapes.flatMap((s) =>
    mine(s.properties)
      ? remains(s.properties).map((r) => ({ ...s, properties: { ...s.properties, ...r } }))
      : [s],
  );
  const keptNones = nones.flatMap((n) => (mine(n) ? remains(n).map((r) => ({ ...n, ...r })) : [n]));
  shapes.splice(0, shapes.length, ...keptShapes);
  nones.splice(0, nones.length, ...keptNones);
}

/**
 * A daily series packed into pieces (src/lib/pack): on any date, the pieces in force are
 * that day's ground, and a long series weighs a few per cent of its daily files. Each piece
 * carries its own area, so per-date totals are sums; its geometry for the map adds its own
 * edges (the outline without the cells' seams).
 */
export function importedPieces(
  series: ImportedSeries,
): { shape: Feature<Areal, ControlProps>; geometry: Geometry }[] {
  const prefix = `${series.region}-${series.perspective}-${series.holder}-${series.source}-`;
  return packHistory(series.history).map((p, n) => {
    const fill = pieceGround(p);
    const area = Math.round(km2(fill) * 1000) / 1000;
    return {
      geometry: pieceGeometry(p),
      shape: {
        type: 'Feature',
        geometry: fill,
        properties: {
          id: `${prefix}${n.toString(36)}`,
          region: series.region,
          perspective: series.perspective,
          holder: series.holder,
          scope: 'region',
          status: 'controlled',
          from: p.from,
          to: p.to,
          claims: [],
          schematic: false,
          basis: 'traced',
          note: null,
          // traced ground is its own figure: its range is itself
          area_km2: area,
          km2_min: area,
          km2_max: area,
          interpolated: null,
          packed: true,
          source: series.source,
        },
      },
    };
  });
}

function compare(
  a: { region: string; perspective: string; holder: string; from: string },
  b: typeof a,
): number {
  return (
    REGIONS.indexOf(a.region as never) - REGIONS.indexOf(b.region as never) ||
    a.perspective.localeCompare(b.perspective) ||
    a.holder.localeCompare(b.holder) ||
    a.from.localeCompare(b.from)
  );
}

function events(inputs: BuildInputs, places: Map<string, Place>): Feature<Point | null>[] {
  const sources = new Map(inputs.sources.value.map((s) => [s.id, s]));
  return inputs.claimFiles
    .flatMap((L) => L.value.claims)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((c) => {
      const place = c.places.map((p) => places.get(p)!).find(Boolean);
      return {
        type: 'Feature',
        properties: {
          id: c.id,
          date: c.date,
          date_precision: c.date_precision,
          kind: c.kind,
          region: c.region,
          perspective: perspectiveOf(c.claimant),
          claimant: c.claimant,
          claims: [c.id],
          place: place?.id ?? null,
          outside_brief: !sources.get(c.source)!.in_brief,
        },
        geometry: place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
      };
    });
}

/** km² per region x perspective x holder x status on every date anything changes. */
function areas(
  shapes: Feature<Areal, ControlProps>[],
  nones: (DatedSpec & { id: string })[],
  claims: Map<string, Claim>,
) {
  const spans = [
    ...shapes.map((s) => ({ ...s.properties, km2: s.properties.area_km2 })),
    // a claim that the holder has none here: exactly nothing, in the claim's own words
    ...nones.map((n) => ({
      ...n,
      km2: 0,
      km2_min: 0,
      km2_max: 0 as number | null,
      basis: absenceBasis(n.scope),
      schematic: false,
      interpolated: null,
      packed: undefined,
      source: undefined,
      places: n.scope === 'local' ? placesOf(n.claims, claims) : undefined,
    })),
  ];
  const dates = [...new Set(spans.flatMap((s) => (s.to ? [s.from, s.to] : [s.from])))].sort();
  const rows = dates.flatMap((date) =>
    together(spans.filter((s) => inForce(s, date)))
      .sort(compare)
      .map((s) => ({
        date,
        region: s.region,
        perspective: s.perspective,
        holder: s.holder,
        status: s.status,
        scope: s.scope,
        basis: s.basis,
        interpolated: s.interpolated !== null,
        ...(s.interpolated ? { between: s.interpolated.between, fraction: s.interpolated.fraction } : {}),
        km2: s.km2,
        km2_min: s.km2_min,
        km2_max: s.km2_max,
        claims: s.claims,
        ...(s.places ? { places: s.places } : {}),
        ...(s.source ? { source: s.source } : {}),
        stated: s.interpolated
          ? []
          : s.claims.flatMap((id) => {
              const st = statedKm2(claims.get(id)!);
              return st ? [{ claim: id, ...st }] : [];
            }),
      })),
  );
  return {
    unit: 'km2',
    method: 'turf.area: geodesic area on the WGS84 mean-radius sphere, rounded to 0.1 km²',
    dates,
    rows,
  };
}

/** An imported series' pieces in force on a date, as one row: the sum of their areas. */
function together<
  T extends {
    packed?: true;
    source?: string;
    region: string;
    perspective: string;
    holder: string;
    status: string;
    km2: number;
    km2_min: number;
    km2_max: number | null;
  },
>(spans: T[]): T[] {
  const out: T[] = [];
  const series = new Map<string, T>();
  for (const s of spans) {
    if (!s.packed) {
      out.push(s);
      continue;
    }
    const key = [s.region, s.perspective, s.holder, s.status, s.source].join('/');
    const row = series.get(key);
    if (row) row.km2 = Math.round((row.km2 + s.km2) * 1000) / 1000;
    else {
      const first = { ...s };
      series.set(key, first);
      out.push(first);
    }
  }
  for (const row of series.values()) {
    row.km2 = Math.round(row.km2 * 10) / 10;
    row.km2_min = row.km2_max = row.km2;
  }
  return out;
}

/** The places a shape's claims name, in order, once each. */
function placesOf(ids: readonly string[], claims: ReadonlyMap<string, Claim>): string[] {
  return [...new Set(ids.flatMap((id) => claims.get(id)?.places ?? []))];
}

function claimsTable(inputs: BuildInputs, claims: Map<string, Claim>) {
  return {
    sources: [...inputs.sources.value].sort((a, b) => a.id.localeCompare(b.id)),
    places: [...inputs.places.value].sort((a, b) => a.id.localeCompare(b.id)),
    claims: [...claims.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((c) => ({
        ...c,
        perspective: perspectiveOf(c.claimant),
        figures: c.figures.map((f) => ({ ...f, km2: isAreaUnit(f.unit) ? toKm2(f.value, f.unit) : null })),
      })),
  };
}
