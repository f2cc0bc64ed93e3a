/**
 * Reading one consolidated series file: a FeatureCollection with a date on every feature,
 * the form trackers publish as an all-history download. Features are grouped by date into
 * days, and each day is repaired as a daily file is (./repair.ts). Pure.
 */
import { DailyFileError, readFeatureCollection, readPolygons, type DailyDay } from './parse';
import { repairGround, type RepairOptions } from './repair';
import { isIsoDate } from '../timeline/dates';

/** A date as trackers write it: 2024-08-20, 2024-08-20T00:00:00Z, 20240820. Null otherwise. */
export function dateOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * The days of one series file; `skipped` names each feature left out for want of a date,
 * and each day with no ground left. Throws DailyFileError for a file that cannot be read.
 */
export function parseSeriesFile(
  file: string,
  text: string,
  dateField: string,
  o: RepairOptions = {},
): { days: DailyDay[]; skipped: string[] } {
  const fc = readFeatureCollection(file, text);
  const byDate = new Map<string, { feature: unknown; index: number }[]>();
  const skipped: string[] = [];
  (fc.features as ({ properties?: Record<string, unknown> | null } | null)[]).forEach((f, index) => {
    const raw = f?.properties?.[dateField];
    const date = dateOf(raw);
    if (!date) {
      skipped.push(
        `${file}: features[${index}].properties.${dateField}: ${raw === undefined ? 'missing' : `"${String(raw)}" is not a date`}`,
      );
      return;
    }
    byDate.set(date, [...(byDate.get(date) ?? []), { feature: f, index }]);
  });
  if (byDate.size === 0)
    throw new DailyFileError(file, `features[].properties.${dateField}`, 'no feature has a date');
  const days: DailyDay[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const members = byDate.get(date)!;
    const found = readPolygons(
      members.map((m) => m.feature),
      file,
    );
    // name each polygon by its place in the whole file, not in the day
    const where = (w: string) =>
      w.replace(/^features\[(\d+)\]/, (_, i) => `features[${members[Number(i)].index}]`);
    const polygons = found.polygons.map((p) => ({ ...p, where: where(p.where) }));
    const { geometry, repairs } = repairGround(polygons, o);
    const all = [...found.repairs.map((r) => ({ ...r, where: where(r.where) })), ...repairs];
    if (fc.crs !== undefined && days.length === 0) all.unshift({ kind: 'crs', where: 'crs' });
    if (!geometry) {
      skipped.push(`${file}: ${date}: no polygon of occupied ground`);
      continue;
    }
    days.push({ date, file: `${file} ${date}`, geometry, repairs: all });
  }
  return { days, skipped };
}
