/**
 * Imported daily series in the build: each takes over its area, perspective and holder on
 * the days it covers, and is packed into pieces the map flips by date. Pure.
 */
import type { Feature } from 'geojson';
import type { ImportedSeries } from '../daily/imported';
import { km2 } from '../geometry/area';
import type { Areal } from '../geometry/types';
import { packHistory, pieceGeometry, pieceGround } from '../pack/pack';
import { overlaps } from '../timeline/span';
import type { ControlGeometry, ControlProps } from '../contract/records';
import type { NoneSpan } from './types';

/**
 * A daily series takes over its area, perspective and holder on the days it covers: the
 * ledger's shapes for them end where it begins and resume where it ends. (Its claims stay
 * in the claim list and the timeline; only the drawn ground gives way.)
 */
export function giveWay(
  shapes: Feature<Areal, ControlProps>[],
  nones: NoneSpan[],
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
): { shape: Feature<Areal, ControlProps>; geometry: ControlGeometry }[] {
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
