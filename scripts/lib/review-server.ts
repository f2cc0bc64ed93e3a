/**
 * The review page's data, served by `npm run dev` only (review.html): the drafts files in
 * <root>/drafts, each with the article's text kept beside it by `claims:extract --write`,
 * the gazetteer's entries for the places the drafts name, and a locator map of them. Reads
 * files on every request, so an editor's edits show on reload. Never part of a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { parseLedgerFile } from '../../src/lib/claims/parse';
import { placesFileSchema, type Place } from '../../src/lib/claims/schema';
import { draftsFileSchema, type DraftsFile } from '../../src/lib/extract/drafts-file';
import type { ReviewFile } from '../../src/lib/extract/review-file';
import { locatorSvg } from '../../src/lib/snapshot/locator';
import { sha256 } from './files';

export const REVIEW_API = '/__review/';

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
};

/** The base layers by root, read once: the locator draws on them for every request. */
const layers = new Map<string, Parameters<typeof locatorSvg>[0]>();

/**
 * Answers a request under REVIEW_API (loaded by vite.config.ts's dev server through
 * `ssrLoadModule`, so a build never loads it). Drafts are read from
 * FRONTLINE_REVIEW_ROOT (default geodata).
 */
export function reviewRequest(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): void {
  const root = process.env.FRONTLINE_REVIEW_ROOT ?? 'geodata';
  const dir = join(root, 'drafts');
  const gazetteer = (): Map<string, Place> => {
    const read = parseLedgerFile(
      readFileSync(join(root, 'places.yaml'), 'utf8'),
      'places.yaml',
      placesFileSchema,
    );
    return new Map(read.ok ? (read.located.value as Place[]).map((p) => [p.id, p]) : []);
  };
  const base = () => {
    const features = (f: string) =>
      (JSON.parse(readFileSync(join(root, 'base', f), 'utf8')) as { features: Feature[] }).features;
    if (!layers.has(root))
      layers.set(root, {
        land: features('display/land-z7.geojson'),
        oblasts: features('display/oblasts-z7.geojson'),
        water: features('water.geojson'),
        border: features('border.geojson'),
      });
    return layers.get(root)!;
  };

  function file(name: string): ReviewFile {
    const path = join(dir, `${name}.yaml`);
    const read = parseLedgerFile(readFileSync(path, 'utf8'), path, draftsFileSchema);
    if (!read.ok)
      return { name, drafts: null, problems: read.errors.map((e) => e.message), article: null, places: {} };
    const drafts = read.located.value as DraftsFile;
    const textPath = join(dir, `${name}.txt`);
    const article = existsSync(textPath) ? readFileSync(textPath, 'utf8') : null;
    const problems =
      article === null
        ? [`${textPath}: the article's text is not beside its drafts (run claims:extract --write again)`]
        : sha256(article) === drafts.article.sha256
          ? []
          : [
              `${textPath}: not the text the drafts were made from (sha256 differs): the highlights would be wrong`,
            ];
    const known = gazetteer();
    const places = Object.fromEntries(
      drafts.claims
        .flatMap((c) => c.places)
        .filter((id) => known.has(id))
        .map((id) => {
          const { names, oblast } = known.get(id)!;
          return [id, { id, names, oblast }];
        }),
    );
    return { name, drafts, problems, article: problems.length ? null : article, places };
  }

  function handle() {
    const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://review');
    const route = url.pathname.slice(REVIEW_API.length);
    if (route === 'files.json') {
      const names = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.yaml'))
            .map((f) => f.slice(0, -5))
            .sort()
        : [];
      return json(res, 200, { root, names });
    }
    const name = /^files\/([\w.-]+)\.json$/.exec(route)?.[1];
    if (name) {
      if (!existsSync(join(dir, `${name}.yaml`)))
        return json(res, 404, { error: `no drafts file ${name}.yaml` });
      return json(res, 200, file(name));
    }
    if (route === 'locator.svg') {
      const known = gazetteer();
      const places = (url.searchParams.get('places') ?? '')
        .split(',')
        .map((id) => known.get(id))
        .filter((p): p is Place => !!p);
      if (!places.length) return json(res, 404, { error: 'no known place given' });
      res.setHeader('Content-Type', 'image/svg+xml');
      return res.end(locatorSvg(base(), places));
    }
    json(res, 404, { error: `unknown: ${url.pathname}` });
  }

  try {
    handle();
  } catch (e) {
    json(res, 500, { error: (e as Error).message });
  }
}
