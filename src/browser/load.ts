import type { GenericSchema, InferOutput } from 'valibot';
import { controlFeatures } from '../lib/pack/decode';
import type { AreasFile, ClaimsFile, ControlLayer, DisputedFile, EventsFile } from '../lib/contract/records';
import type { ControlTiles } from '../map/view-types';
import type { BaseData } from '../map/style';

export interface MapData {
  base: BaseData;
  /** In tiles mode, the pieces' properties only (geometry null): the tiles carry the shapes. */
  control: ControlLayer;
  controlTiles?: ControlTiles;
  disputed: DisputedFile;
  events: EventsFile;
  areas: AreasFile;
  claims: ClaimsFile;
}

async function json(path: string, base: string): Promise<unknown> {
  const url = new URL(path, base);
  const response = await fetch(url).catch(async (e: unknown) => {
    // the sentence loads only when needed: this module is in the embed's first paint
    const { unreadable } = await import('../lib/embedding/cross-origin');
    throw new Error(unreadable(url, location.origin), { cause: e });
  });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url.pathname} is not valid JSON`);
  }
}

// the contract's checks (and the schema library) load beside the data, not before the
// embed's first paint: the page asks for them as it asks for the files
type Records = typeof import('../lib/contract/records');
const contract = () => Promise.all([import('../lib/contract/records'), import('../lib/contract/read')]);

/** A data file, checked against its record in the contract before anything reads it. */
async function checked<S extends GenericSchema>(
  path: string,
  base: string,
  record: (r: Records) => S,
): Promise<InferOutput<S>> {
  const [value, [records, { readRecord }]] = await Promise.all([json(path, base), contract()]);
  return readRecord(new URL(path, base).pathname, record(records), value);
}

/**
 * Everything the map shows, fetched once at start from `base` (the page's own folder, or
 * where the embed script was served from).
 */
export async function loadMapData(base: string): Promise<MapData & { config: AppConfig }> {
  const config = loadConfig(base);
  const [{ control, controlTiles }, disputed, events, areas, claims] = await Promise.all([
    config.then((c) => readControl(c, base)),
    checked('data/disputed.geojson', base, (r) => r.DisputedFile),
    checked('data/events.geojson', base, (r) => r.EventsFile),
    checked('data/areas.json', base, (r) => r.AreasFile),
    checked('data/claims.json', base, (r) => r.ClaimsFile),
  ]);
  return {
    config: await config,
    // the basemap is only drawn, never read here: MapLibre's worker fetches and parses it
    // itself, off the main thread, while the shapes above are read
    base: { tiles: baseTilesUrl(base) },
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
): Promise<Pick<MapData, 'control' | 'controlTiles'>> {
  // the PMTiles reader and this code load only in tiles mode: the usual page does not carry them
  if (config.controlTiles) {
    const [{ readControlTiles }, [{ TilesMetadata }, { readRecord }]] = await Promise.all([
      import('./tiles'),
      contract(),
    ]);
    const { path, metadata, controlTiles } = await readControlTiles(config.controlTiles);
    // the pieces' properties keep the contract as control.geojson's do
    const { pieces } = readRecord(path, TilesMetadata, metadata);
    const features = pieces.map((properties) => ({ type: 'Feature' as const, properties, geometry: null }));
    return { control: { type: 'FeatureCollection', features }, controlTiles };
  }
  const path = new URL('data/control.topojson', base).pathname;
  const [topology, [{ ControlFile }, { readRecord }]] = await Promise.all([
    json('data/control.topojson', base),
    contract(),
  ]);
  let features;
  try {
    features = controlFeatures(topology);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`, { cause: e });
  }
  return { control: readRecord(path, ControlFile, features) };
}

/** The basemap's tiles, by zoom and position: only those in view are fetched. */
export const baseTilesUrl = (base: string): string =>
  `${new URL('data/base/tiles/', base).href}{z}/{x}/{y}.mvt`;

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
  const raw = (await json('config.json', base)) as Record<string, unknown>;
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
