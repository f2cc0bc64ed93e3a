import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import * as v from 'valibot';
import { issueWords, located } from '../contract/issues';
import { LedgerError } from './errors';

export interface Located<T> {
  value: T;
  file: string;
  /** Line of a path inside the file, e.g. ['claims', 3, 'date'], or null if unknown. */
  lineOf(path: (string | number)[]): number | null;
}

type Result<T> = { ok: true; located: Located<T> } | { ok: false; errors: LedgerError[] };

/** The id of the record a path points into, for messages: claims[3] -> its `id`. */
function recordOf(doc: Document, path: PropertyKey[]): string | null {
  for (let depth = path.length; depth > 0; depth--) {
    if (typeof path[depth - 1] !== 'number') continue;
    const id = doc.getIn([...path.slice(0, depth), 'id'] as unknown[]);
    if (typeof id === 'string') return id;
    const geonameid = doc.getIn([...path.slice(0, depth), 'geonameid'] as unknown[]);
    if (typeof geonameid === 'number') return `geonames:${geonameid}`;
    if (path[0] === 'tracks') {
      const t = path.slice(0, 2);
      const region = doc.getIn([...t, 'region'] as unknown[]);
      const perspective = doc.getIn([...t, 'perspective'] as unknown[]);
      const holder = doc.getIn([...t, 'holder'] as unknown[]);
      const frame = path[2] === 'frames' && typeof path[3] === 'number' ? ` frame ${path[3] + 1}` : '';
      return `track ${region}/${perspective}/${holder}${frame}`;
    }
  }
  return null;
}

/** The field's path inside its record: claims[3].figures[0].unit -> figures[0].unit. */
function fieldOf(path: PropertyKey[]): string | null {
  const recordDepth =
    path[0] === 'tracks' && path[2] === 'frames' && typeof path[3] === 'number'
      ? 4
      : path.findIndex((p) => typeof p === 'number') + 1;
  let out = '';
  for (const p of path.slice(recordDepth))
    out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || null;
}

/**
 * Parses one YAML file of the ledger and checks it against `schema`. Pure: takes the text.
 * Every problem comes back located (file, line, record id, field), never thrown.
 */
export function parseLedgerFile<S extends v.GenericSchema>(
  text: string,
  file: string,
  schema: S,
): Result<v.InferOutput<S>> {
  if (text.trim() === '') {
    return { ok: false, errors: [new LedgerError(file, null, null, null, 'file is empty')] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // the first syntax error is the one to fix; later ones usually follow from it
    const e = doc.errors[0];
    const problem = `YAML syntax: ${e.message.split(' at line')[0]}`;
    return { ok: false, errors: [new LedgerError(file, e.linePos?.[0].line ?? null, null, null, problem)] };
  }
  const lineOf = (path: PropertyKey[]): number | null => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  const parsed = v.safeParse(schema, doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.map((found) => {
        // a missing key has no node of its own: lineOf points at its record
        const { issue, path } = located(found);
        return new LedgerError(file, lineOf(path), recordOf(doc, path), fieldOf(path), issueWords(issue));
      }),
    };
  }
  return { ok: true, located: { value: parsed.output, file, lineOf } };
}
