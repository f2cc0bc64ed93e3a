/**
 * Static oEmbed responses (https://oembed.com, type "rich"): one per area, written at build
 * time beside the embed page, for CMSs that turn a pasted embed URL into an iframe. Pure.
 */
import { DEFAULT_VIEW } from '../view/state';
import { REGION_INFO, REGIONS } from '../regions';
import { DEFAULT_EMBED } from './options';
import { embedUrl } from './snippets';

export const OEMBED_SIZE = { width: 640, height: 620 };
/** Where `npm start` serves the site: the public URL when none is configured. */
export const DEFAULT_PUBLIC_URL = 'http://localhost:4173/';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** oEmbed for each area and the overview, keyed by file name, for a site served at `publicUrl`. */
export function oembedFiles(publicUrl: string, lastDate: string): Record<string, OEmbed> {
  const out: Record<string, OEmbed> = {};
  for (const region of ['overview', ...REGIONS] as const) {
    const label = region === 'overview' ? 'five areas' : REGION_INFO[region].label;
    const url = embedUrl(publicUrl, { ...DEFAULT_VIEW, region, date: lastDate }, DEFAULT_EMBED).replace(
      `&date=${lastDate}`,
      '', // without a date the embed opens on the latest: the response stays true as data grows
    );
    const title = `Frontline map: ${label}`;
    out[region === 'overview' ? 'oembed.json' : `oembed-${region}.json`] = {
      version: '1.0',
      type: 'rich',
      provider_name: 'Frontline map',
      provider_url: publicUrl,
      title,
      html: `<iframe src="${url.replaceAll('&', '&amp;')}" title="${title}" width="${OEMBED_SIZE.width}" height="${OEMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
      width: OEMBED_SIZE.width,
      height: OEMBED_SIZE.height,
      // each area's latest picture, rendered at build time (see scripts/lib/snapshots.ts)
      thumbnail_url: new URL(`snapshots/${region}.png`, publicUrl).href,
      thumbnail_width: 800,
      thumbnail_height: 600,
      cache_age: 86400,
    };
  }
  return out;
}

/** The public URL a deployment is served from (FRONTLINE_PUBLIC_URL), checked. */
export function publicUrl(value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  const url = new URL(value); // throws on garbage: a build must not publish broken embeds
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`FRONTLINE_PUBLIC_URL must be http(s): ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
