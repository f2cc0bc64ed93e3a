import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AnnotatedArticle } from '../../src/lib/extract/learned/training';

/**
 * The extraction fixtures (src/lib/extract/fixtures): each article with the claims and
 * events annotated in it, in name order.
 */
export const FIXTURES = 'src/lib/extract/fixtures';

export function readAnnotated(dir = FIXTURES): AnnotatedArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const expected = parse(readFileSync(join(dir, f.replace(/\.txt$/, '.expected.yaml')), 'utf8')) as {
        outlet: string;
        title: string;
        published: string;
        claims?: AnnotatedArticle['claims'];
        events?: AnnotatedArticle['claims'];
      };
      const claims = [...(expected.claims ?? []), ...(expected.events ?? [])];
      const { outlet, title, published } = expected;
      const source = { id: `T-${f.replace(/\.txt$/, '')}`, outlet, title, published };
      return { text: readFileSync(join(dir, f), 'utf8'), source, claims };
    });
}
