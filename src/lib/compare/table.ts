/**
 * The table view: for an area, km² per perspective and holder on every date anything
 * changes, with the range the claims allow and what the shapes are drawn to, and the
 * disputed km² per pair of perspectives. Also its CSV. Pure.
 */
import { areasOn, type AreaRow, type Areas } from '../view/areas';
import { PERSPECTIVE_LABEL } from '../view/state';
import { HOLDERS, PAIRS, PERSPECTIVES, type Perspective } from '../taxonomy';
import { disputedKm2, type DisputedSpan } from './spans';

export interface Column {
  key: string;
  label: string;
  /** Ground around single places: its own column, never summed into the area's total. */
  local?: boolean;
}
/** One cell: the km² drawn, the range the claims allow (max null: none stated), the basis. */
export interface Cell {
  km2: number;
  min: number | null;
  max: number | null;
  basis: string | null;
  /** Disputed ground only as drawn: one side's shape is illustrative or a step (see DisputedProps.firm). */
  drawn?: number;
}
export interface TableRow {
  date: string;
  /** By column key; null where that perspective has no claim in force. */
  values: Record<string, Cell | null>;
}

const HOLDER_GROUND: Record<string, string> = { ru: 'Russian ground', ua: 'Ukrainian ground' };
const SHORT: Record<Perspective, string> = {
  assessed: 'assessment',
  ru: 'Russian claims',
  ua: 'Ukrainian claims',
};
const round = (v: number) => Math.round(v * 10) / 10;

/** Rows of one holder added up: ends add, an open end stays open, bases listed once each. */
export function cellOf(rows: readonly AreaRow[]): Cell {
  return {
    km2: round(rows.reduce((s, r) => s + r.km2, 0)),
    min: round(rows.reduce((s, r) => s + r.km2_min, 0)),
    max: rows.some((r) => r.km2_max === null) ? null : round(rows.reduce((s, r) => s + r.km2_max!, 0)),
    basis: [...new Set(rows.map((r) => r.basis))].sort().join('+') || null,
  };
}

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
      for (const local of [false, true])
        if (mine.some((r) => r.perspective === p && r.holder === h && (r.scope === 'local') === local))
          columns.push({
            key: `${p}.${h}${local ? '.local' : ''}`,
            label: `${PERSPECTIVE_LABEL[p]}: ${HOLDER_GROUND[h]}${local ? ' around the places claimed' : ''} (km²)`,
            ...(local ? { local } : {}),
          });
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
    const values: Record<string, Cell | null> = {};
    const inForceRows = PERSPECTIVES.map((p) => areasOn(areas, region, p, date));
    for (const column of columns) {
      const [kind, holder] = column.key.split('.');
      if (kind === 'disputed') {
        const pair = column.key.slice('disputed.'.length);
        // disputed needs both sides to have a claim in force: otherwise there is nothing to compare
        const claimed = pair.split('|').every((p) => areasOn(areas, region, p, date).length > 0);
        const { firm, drawn } = disputedKm2(pieces, pair, region, date);
        values[column.key] = claimed ? { km2: firm, min: null, max: null, basis: null, drawn } : null;
        continue;
      }
      const held = inForceRows[PERSPECTIVES.indexOf(kind as Perspective)];
      const forHolder = held.filter((r) => r.holder === holder && (r.scope === 'local') === !!column.local);
      // no claim about this holder is no figure, not zero: 0 only where a claim says none
      values[column.key] = forHolder.length ? cellOf(forHolder) : null;
    }
    return { date, values };
  });
  return { columns, rows };
}

/**
 * RFC 4180 CSV: a header of labels, one line per row, empty cells where there is no claim.
 * Each holder's column comes with its range (min, max: empty when no area is stated) and
 * its basis, so a figure never travels without how sure it is.
 */
export function tableCsv(region: string, table: { columns: Column[]; rows: TableRow[] }): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : v.toFixed(1));
  const disputedColumn = (c: Column) => c.key.startsWith('disputed.');
  const header = [
    'region',
    'date',
    ...table.columns.flatMap((c) => {
      if (disputedColumn(c)) return [c.label, c.label.replace(/ \(km²\)$/, ': only as drawn (km²)')];
      const name = c.label.replace(/ \(km²\)$/, '');
      return [c.label, `${name}: min (km²)`, `${name}: max (km²)`, `${name}: basis`];
    }),
  ];
  const lines = table.rows.map((r) => [
    region,
    r.date,
    ...table.columns.flatMap((c) => {
      const v = r.values[c.key];
      if (disputedColumn(c)) return [num(v?.km2), num(v?.drawn)];
      return [num(v?.km2), num(v?.min), num(v?.max), v?.basis ?? ''];
    }),
  ]);
  return [header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
