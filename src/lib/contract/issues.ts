/**
 * A schema's complaint in the reader's words, wherever a file is checked: the ledger an
 * editor writes (../claims/parse.ts) and the data files the build writes and the app reads
 * (./read.ts). The field is named by the caller; this says what is wrong with it. Pure.
 */
import type * as v from 'valibot';

export type Issue = v.BaseIssue<unknown>;

/** Where in the value an issue is: keys and indexes from the top. */
export type IssuePath = (string | number)[];

/**
 * The issue to report, and its path from the top. Of a union's failures (a Polygon or a
 * MultiPolygon; a place id or a point), the one that went furthest into the value: the
 * option the writer meant, and where it goes wrong. An option's path is its own, from the
 * union's value.
 */
export function located(issue: Issue): { issue: Issue; path: IssuePath } {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  if (issue.type !== 'union' && issue.type !== 'variant') return { issue, path };
  if (!issue.issues?.length) return { issue, path };
  const options = issue.issues.map(located);
  const best = options.reduce((a, b) => (b.path.length > a.path.length ? b : a));
  return { issue: best.issue, path: [...path, ...best.path] };
}

// what valibot says when a schema gives no words of its own: "Invalid type: Expected …"
const LIBRARY_WORDS = /^Invalid \w+: /;

/** What is wrong: the schema's own words where it has them, else said plainly. */
export function issueWords(issue: Issue): string {
  if (issue.received === 'undefined') return 'is missing';
  const got = `got ${issue.received}`;
  // the schema's own words, and what it got (a check across records says all it needs)
  if (!LIBRARY_WORDS.test(issue.message))
    return issue.type === 'raw_check' ? issue.message : `${issue.message}, ${got}`;
  const unit = typeof issue.input === 'string' ? 'characters' : 'entries';
  const bound = issue.expected?.replace(/^[<>]=?/, '');
  switch (issue.type) {
    case 'strict_object':
      return 'is not a field of this record';
    case 'picklist':
    case 'literal':
    case 'enum': {
      const options = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ');
      const which = options.length > 2 ? `one of ${options.join(', ')}` : options.join(' or ');
      return `must be ${which}, ${got}`;
    }
    case 'min_length':
      return `must have at least ${bound} ${unit}, has ${issue.received}`;
    case 'max_length':
      return `must have at most ${bound} ${unit}, has ${issue.received}`;
    case 'min_value':
      return `must be at least ${bound}, ${got}`;
    case 'max_value':
      return `must be at most ${bound}, ${got}`;
    case 'gt_value':
      return `must be above ${bound}, ${got}`;
    case 'integer':
      return `must be a whole number, ${got}`;
    default:
      return `must be ${issue.expected ?? issue.type}, ${got}`;
  }
}
