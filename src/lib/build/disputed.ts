/**
 * Disputed ground: where two perspectives, each with a claim in force for an area on a date,
 * draw different ground for a holder. Computed at build time into time pieces, like the
 * control layer, so the map shows it for any date with feature-state flips. Pure.
 */
import type { Feature } from 'geojson';
import { km2 } from '../geometry/area';
import { normalise } from '../geometry/normalise';
// build-time only: GEOS, many times faster than polyclip-ts on long traced outlines
import { difference, intersection, union } from '../geometry/overlay';
import type { Areal } from '../geometry/types';
import { REGIONS } from '../regions';
import { PERSPECTIVES } from '../taxonomy';
import type { DatedShape, Span } from '../compare/spans';
import type { DisputedProps } from '../contract/records';
import { pairKey } from '../taxonomy';
import { inForce } from '../timeline/span';
import { absenceBasis, isFirm, type Basis } from '../certainty/basis';

export { disputedKm2 } from '../compare/spans';

/** Pieces smaller than this are clipping noise along edges both perspectives share. */
const MIN_KM2 = 0.05;

/**
 * For every shape of every perspective, the part the other perspectives' claims in force do
 * not draw for the same holder, split where those claims change. Where the other perspective
 * has no claim in force for the area, nothing is disputed: silence is not disagreement.
 */
export function disputedGround(
  shapes: readonly DatedShape[],
  nones: readonly Span[],
): Feature<Areal, DisputedProps>[] {
  // a claim that a holder has none is a statement in words, as firm as a stated figure
  const spans: (Span & { basis?: Basis; geometry: Areal | null })[] = [
    ...shapes.map((s) => ({ ...s.properties, geometry: s.geometry })),
    ...nones.map((n) => ({ ...n, basis: absenceBasis(n.scope), geometry: null })),
  ];
  const out: Feature<Areal, DisputedProps>[] = [];
  for (const shape of shapes) {
    const s = shape.properties;
    for (const versus of PERSPECTIVES) {
      if (versus === s.perspective) continue;
      const theirs = spans.filter((o) => o.region === s.region && o.perspective === versus);
      // the other side's claims change on these days within the shape's span
      const cuts = [
        ...new Set(
          theirs
            .flatMap((o) => [o.from, o.to])
            .filter((d): d is string => d !== null && d > s.from && (s.to === null || d < s.to)),
        ),
      ].sort();
      const starts = [s.from, ...cuts];
      let previous: { key: string; piece: Feature<Areal, DisputedProps> | null } | null = null;
      starts.forEach((from, i) => {
        const to = i + 1 < starts.length ? starts[i + 1] : s.to;
        const active = theirs.filter((o) => inForce(o, from));
        const key = active
          .map((o) => o.id)
          .sort()
          .join(',');
        if (previous && previous.key === key) {
          if (previous.piece) previous.piece.properties.to = to;
          return;
        }
        previous = { key, piece: null };
        if (active.length === 0) return;
        const same = active.filter((o) => o.holder === s.holder);
        const sameGround = union(same.flatMap((o) => (o.geometry ? [o.geometry] : [])));
        let rest = sameGround ? difference(shape.geometry, sameGround) : shape.geometry;
        // Their claims speak for the whole region when they say the holder has none there or
        // draw all its ground; claims about places only dispute the ground they give the other side
        let against = same;
        if (!same.some((o) => o.geometry === null || o.scope === 'region')) {
          against = active.filter((o) => o.holder !== s.holder && o.geometry);
          const given = union(against.map((o) => o.geometry!));
          rest = rest && given ? intersection(rest, given) : null;
        }
        // what each side's shapes rest on: where either is only illustrative or a step
        // between claims, the disagreement may be the drawing's, not the claims'
        const versusBasis = [...new Set(against.map((o) => o.basis ?? 'illustrative'))].sort();
        const basis = s.basis ?? 'illustrative';
        const firmly = (b: Basis) => isFirm(b);
        const firm = firmly(basis) && (versusBasis.length === 0 || versusBasis.every(firmly));
        const geometry = rest && normalise(rest);
        const area = Math.round(km2(geometry) * 10) / 10;
        if (!geometry || area < MIN_KM2) return;
        previous.piece = {
          type: 'Feature',
          properties: {
            id: `disputed-${s.id}-vs-${versus}-${from}`,
            region: s.region,
            pair: pairKey(s.perspective, versus),
            perspective: s.perspective,
            versus,
            holder: s.holder,
            status: s.status,
            from,
            to,
            area_km2: area,
            claims: s.claims,
            versus_claims: [...new Set(active.flatMap((o) => o.claims))].sort(),
            schematic: shape.properties.schematic,
            basis,
            versus_basis: versusBasis,
            firm,
          },
          geometry,
        };
        out.push(previous.piece);
      });
    }
  }
  return out.sort(
    (a, b) =>
      REGIONS.indexOf(a.properties.region) - REGIONS.indexOf(b.properties.region) ||
      a.properties.pair.localeCompare(b.properties.pair) ||
      a.properties.from.localeCompare(b.properties.from) ||
      a.properties.id.localeCompare(b.properties.id),
  );
}
