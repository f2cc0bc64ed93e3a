/**
 * Checking a file against its record in the contract (./records.ts), where the app fetches
 * it and where the build writes it: a file that does not keep the contract is refused with
 * one sentence naming the file, the record and the field. Pure.
 */
import * as v from 'valibot';

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
  const { issue, path } = deepest(result.issues[0]);
  // the record is the item of the file's top-level list the path first enters
  const inList = path.length > 1 && RECORD_LISTS.has(String(path[0].key));
  const record = inList ? `${String(path[0].key)}[${String(path[1].key)}]${idOf(path[1].value)}` : null;
  const field = path
    .slice(inList ? 2 : 0)
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
  return thrown(new ContractError(file, record, field || null, say(issue)));
}

const thrown = (e: Error): never => {
  throw e;
};

/** A record's id, where it has one, so a reader can find it in the file. */
function idOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return '';
  const r = record as { id?: unknown; properties?: { id?: unknown } };
  const id = r.properties?.id ?? r.id;
  return typeof id === 'string' ? ` (${id})` : '';
}

type Issue = v.BaseIssue<unknown>;

/**
 * Of a union's failures (a Polygon or a MultiPolygon), the one that went furthest into the
 * value: the option the file meant, and where it goes wrong. An option's path is its own,
 * from the union's value.
 */
function deepest(issue: Issue): { issue: Issue; path: v.IssuePathItem[] } {
  const path = issue.path ?? [];
  if (issue.type !== 'union' || !issue.issues?.length) return { issue, path };
  const options = issue.issues.map(deepest);
  const best = options.reduce((a, b) => (b.path.length > a.path.length ? b : a));
  return { issue: best.issue, path: [...path, ...best.path] };
}

/** What is wrong, in the reader's words rather than the library's. */
function say(issue: Issue): string {
  if (issue.received === 'undefined') return 'missing';
  const got = `got ${issue.received}`;
  switch (issue.type) {
    case 'iso_date':
      return `must be a date written YYYY-MM-DD, got ${issue.received}`;
    case 'picklist':
    case 'literal':
      return `must be ${issue.expected?.replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ' or ')}, ${got}`;
    default:
      return `must be ${issue.expected ?? issue.type}, ${got}`;
  }
}
