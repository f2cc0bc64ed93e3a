import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** JSON with object keys sorted at every depth: the same value always gives the same bytes. */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * A FeatureCollection as text, one feature per line: compact like minified JSON, yet a
 * changed feature shows as one changed line in a diff.
 */
export function featureCollectionText(
  features: Feature<Geometry | null>[],
  extra: Record<string, unknown> = {},
): string {
  const head = Object.entries(extra)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},\n`)
    .join('');
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection",\n${head}"features":[\n${body}\n]}\n`;
}

export type { Feature, FeatureCollection };
