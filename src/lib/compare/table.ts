/**
 * The table view: for an area, km² per perspective and holder on every date anything
 * changes, and the disputed km² per pair of perspectives. Also its CSV. Pure.
 */
import { areasOn, type Areas } from '../app/areas';
import { PERSPECTIVE_LABEL } from '../app/state';
import { HOLDERS, PERSPECTIVES, type Perspective } from '../taxonomy';
import { disputedKm2, PAIRS, type DisputedSpan } from './spans';

export interface Column {
  key: string;
  label: string;
}
export interface TableRow {
  date: string;
  /** km² by column key; null where that perspective has no claim in force. */
  values: Record<string, number | null>;
}

const HOLDER_GROUND: Record<string, string> = { ru: 'Russian ground', ua: 'Ukrainian ground' };
const SHORT: Record<Perspective, string> = {
  assessed: 'assessment',
  ru: 'Russian claims',
  ua: 'Ukrainian claims',
};

export function areaTable(
  areas: Areas,
  disputed: readonly DisputedSpan[],
  region: string,
): { columns: Column[]; rows: TableRow[] } {
  const mine = areas.rows.filter((r) => r.region === region);
  const pieces = disputed.filter((p) => p.properties.region === region);
  const columns: Column[] = [];
  for (const p of PERSPECTIVES)
    for (const h of HOLDERS)
      if (mine.some((r) => r.perspective === p && r.holder === h))
        columns.push({ key: `${p}.${h}`, label: `${PERSPECTIVE_LABEL[p]}: ${HOLDER_GROUND[h]} (km²)` });
  const present = new Set(pieces.map((p) => p.properties.pair));
  const pairs = PAIRS.filter((pair) => present.has(pair));
  for (const pair of pairs) {
    const [a, b] = pair.split('|') as Perspective[];
    columns.push({ key: `disputed.${pair}`, label: `Disputed: ${SHORT[a]} vs ${SHORT[b]} (km²)` });
  }
  const dates = [
    ...new Set([
      ...mine.map((r) => r.date),
      ...pieces.flatMap((p) =>
        p.properties.to ? [p.properties.from, p.properties.to] : [p.properties.from],
      ),
    ]),
  ].sort();
  const rows = dates.map((date) => {
    const values: Record<string, number | null> = {};
    const inForceRows = PERSPECTIVES.map((p) => areasOn(areas, region, p, date));
    for (const column of columns) {
      const [kind, rest] = column.key.split(/\.(.*)/s);
      if (kind === 'disputed') {
        // disputed needs both sides to have a claim in force: otherwise there is nothing to compare
        const claimed = rest.split('|').every((p) => areasOn(areas, region, p, date).length > 0);
        values[column.key] = claimed ? disputedKm2(pieces, rest, region, date) : null;
        continue;
      }
      const held = inForceRows[PERSPECTIVES.indexOf(kind as Perspective)];
      const forHolder = held.filter((r) => r.holder === rest);
      values[column.key] =
        held.length === 0 ? null : Math.round(forHolder.reduce((s, r) => s + r.km2, 0) * 10) / 10;
    }
    return { date, values };
  });
  return { columns, rows };
}

/** RFC 4180 CSV: a header of labels, one line per row, empty cells where there is no claim. */
export function tableCsv(region: string, table: { columns: Column[]; rows: TableRow[] }): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const header = ['region', 'date', ...table.columns.map((c) => c.label)].map(cell).join(',');
  const lines = table.rows.map((r) =>
    [
      region,
      r.date,
      ...table.columns.map((c) => (r.values[c.key] === null ? '' : r.values[c.key]!.toFixed(1))),
    ]
      .map(cell)
      .join(','),
  );
  return [header, ...lines].join('\r\n') + '\r\n';
}
