import type { Topology } from 'topojson-specification';
import type { Areas } from '../lib/view/areas';
import { controlFeatures } from '../lib/pack/decode';
import type { NamedPlace } from '../lib/view/describe';
import type { ControlTiles } from '../map/view-types';
import type { BaseData } from '../map/style';

export interface ClaimRecord {
  id: string;
  region: string | null;
  date: string;
  date_precision: string;
  claimant: string;
  claimant_name: string;
  kind: string;
  paraphrase: string;
  source: string;
  perspective: string | null;
  figures: { value: number; unit: string; qualifier: string; km2: number | null }[];
}
export interface SourceRecord {
  id: string;
  outlet: string;
  title: string;
  published: string;
  in_brief: boolean;
}

export interface MapData {
  base: BaseData;
  /** In tiles mode, the pieces' properties only (geometry null): the tiles carry the shapes. */
  control: GeoJSON.FeatureCollection;
  controlTiles?: ControlTiles;
  disputed: GeoJSON.FeatureCollection;
  events: GeoJSON.FeatureCollection;
  areas: Areas;
  claims: { claims: ClaimRecord[]; sources: SourceRecord[]; places: NamedPlace[] };
}

async function json<T>(path: string, base: string): Promise<T> {
  const url = new URL(path, base);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new Error(`${url.pathname} is not valid JSON`);
  }
}

/**
 * Everything the map shows, fetched once at start from `base` (the page's own folder, or
 * where the embed script was served from).
 */
export async function loadMapData(base: string): Promise<MapData & { config: AppConfig }> {
  const get = <T>(path: string) => json<T>(path, base);
  const config = loadConfig(base);
  const [{ control, controlTiles }, disputed, events, areas, claims] = await Promise.all([
    config.then((c) => readControl(c, base)),
    get<GeoJSON.FeatureCollection>('data/disputed.geojson'),
    get<GeoJSON.FeatureCollection>('data/events.geojson'),
    get<Areas>('data/areas.json'),
    get<MapData['claims']>('data/claims.json'),
  ]);
  return {
    config: await config,
    // the basemap is only drawn, never read here: MapLibre's worker fetches and parses it
    // itself, off the main thread, while the shapes above are read
    base: {
      land: new URL('data/base/land-z0.geojson', base).href,
      landDetail: new URL('data/base/land-z7.geojson', base).href,
      oblasts: new URL('data/base/oblasts-z7.geojson', base).href,
      border: new URL('data/base/border.geojson', base).href,
      settlements: new URL('data/base/settlements.geojson', base).href,
      water: new URL('data/base/water.geojson', base).href,
    },
    control,
    ...(controlTiles ? { controlTiles } : {}),
    disputed,
    events,
    areas,
    claims,
  };
}

/**
 * The control layer: one TopoJSON file (control.geojson's pieces with their shared edges
 * written once), or (tiles mode) a PMTiles archive.
 */
async function readControl(
  config: AppConfig,
  base: string,
): Promise<{ control: GeoJSON.FeatureCollection; controlTiles?: ControlTiles }> {
  // the PMTiles reader and this code load only in tiles mode: the usual page does not carry them
  if (config.controlTiles) return import('./tiles').then((m) => m.readControlTiles(config.controlTiles!));
  const path = 'data/control.topojson';
  const topology = await json<Topology>(path, base);
  try {
    return { control: controlFeatures(topology) };
  } catch (e) {
    throw new Error(`${new URL(path, base).pathname}: ${(e as Error).message}`, { cause: e });
  }
}

/** MapLibre wants an absolute glyph URL template. */
export const glyphsUrl = (base: string): string => `${new URL('fonts/', base).href}{fontstack}/{range}.pbf`;

/**
 * Deployment settings (public/config.json): a basemap style URL, and a PMTiles archive to
 * read the control layer from; both must be http(s), the archive on the page's own origin.
 */
export interface AppConfig {
  basemapStyleUrl?: string;
  controlTiles?: string;
}

export async function loadConfig(base: string): Promise<AppConfig> {
  const raw = await json<Record<string, unknown>>('config.json', base);
  const out: AppConfig = {};
  const url = raw.basemapStyleUrl;
  if (typeof url === 'string') {
    const parsed = new URL(url, base);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw new Error('config.json: basemapStyleUrl must be http or https');
    out.basemapStyleUrl = parsed.href;
  }
  if (typeof raw.controlTiles === 'string') {
    const tiles = new URL(raw.controlTiles, base);
    if (tiles.origin !== new URL(base).origin)
      throw new Error("config.json: controlTiles must be on the page's own origin");
    out.controlTiles = tiles.href;
  }
  return out;
}
