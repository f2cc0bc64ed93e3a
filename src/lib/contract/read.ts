/**
 * Checking a file against its record in the contract (./records.ts), where the app fetches
 * it and where the build writes it: a file that does not keep the contract is refused with
 * one sentence naming the file, the record and the field. Pure.
 */
import * as v from 'valibot';
import { issueWords, located, type IssuePath } from './issues';

/** A file that does not keep the contract. */
export class ContractError extends Error {
  constructor(
    readonly file: string,
    /** The record, as a reader finds it: `features[12] (kursk-ru-ru-2024-08-06)`, `rows[3]`. */
    readonly record: string | null,
    /** The field within the record: `properties.area_km2`, `to`. */
    readonly field: string | null,
    detail: string,
  ) {
    super(`${file}: ${[record, field].filter(Boolean).join(' ') || 'the file'}: ${detail}`);
    this.name = 'ContractError';
  }
}

// the arrays whose items are a file's records
const RECORD_LISTS = new Set(['features', 'rows', 'claims', 'sources', 'places', 'pieces']);

/** `value` as `schema` declares it, or a ContractError naming where it first departs. */
export function readRecord<S extends v.GenericSchema>(
  file: string,
  schema: S,
  value: unknown,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const { issue, path } = located(result.issues[0]);
  // the record is the item of the file's top-level list the path first enters
  const inList = path.length > 1 && RECORD_LISTS.has(String(path[0]));
  const record = inList ? `${path[0]}[${path[1]}]${idOf(recordAt(value, path))}` : null;
  const field = path
    .slice(inList ? 2 : 0)
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .replace(/^\./, '');
  throw new ContractError(file, record, field || null, issueWords(issue));
}

/** The record a path enters: the file's list item it names. */
const recordAt = (value: unknown, path: IssuePath): unknown =>
  (value as Record<string, unknown[] | undefined>)[path[0]]?.[path[1] as number];

/** A record's id, where it has one, so a reader can find it in the file. */
function idOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return '';
  const r = record as { id?: unknown; properties?: { id?: unknown } };
  const id = r.properties?.id ?? r.id;
  return typeof id === 'string' ? ` (${id})` : '';
}
