/**
 * The one module that drives MapLibre imperatively. Components hand it state (date,
 * perspective, region); it turns state into the fewest map calls: a date change becomes
 * feature-state flips on the pieces that change, at most once per animation frame.
 */
import {
  addProtocol,
  Map as MapLibreMap,
  Popup,
  prewarm,
  setWorkerUrl,
  type MapGeoJSONFeature,
  type SourceSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import type { Theme } from './palette';
import { patternImages } from './patterns';
import type { Locale } from '../i18n/locale';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { flips, PieceIndex, withoutSteps, type Piece } from '../timeline/pieces';
import { dayOf } from '../timeline/dates';
import type { Areas } from '../app/areas';
import { unmappedOblasts } from '../certainty/coverage';
import { REGION_INFO, REGIONS } from '../regions';
import { EVENT_DAYS } from '../taxonomy';
import {
  CHANGE_SOURCE,
  COVERAGE_SOURCE,
  CONTROL_LAYERS,
  CONTROL_SOURCE,
  DISPUTED_LAYER,
  DISPUTED_OUTLINE,
  DISPUTED_SOURCE,
  EVENT_LAYER,
  EVENTS_SOURCE,
  offlineStyle,
  overlayLayers,
  placeName,
  NOT_MAPPED_EDGE_LABEL,
  NOT_MAPPED_LABEL,
  PLACE_LABELS,
  type BaseData,
} from './style';

setWorkerUrl(workerUrl);
// start MapLibre's workers (and the fetch of their script) as soon as this module loads,
// while the data is parsed and the page mounts, rather than when the first map is made
prewarm();

/** How long changed ground takes to fade in or out. */
export const FADE_MS = 220;

export type Bounds = [number, number, number, number];
/** A camera to start from instead of bounds: a second map joining the first. */
export interface Camera {
  center: [number, number];
  zoom: number;
}
type Layer = typeof CONTROL_SOURCE | typeof DISPUTED_SOURCE;
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The control layer from a PMTiles archive (tiles mode; src/app/load.ts opens it). */
export interface ControlTiles {
  /** `pmtiles://` and the archive's URL: the vector source's url. */
  url: string;
  /** The archive's vector layer: the control layers' `source-layer`. */
  layer: string;
  /** The pmtiles protocol's handler, registered with MapLibre for `pmtiles://`. */
  protocol: Parameters<typeof addProtocol>[1];
}

export interface MapViewOptions {
  container: HTMLElement;
  base: BaseData;
  /** The control shapes; in tiles mode, their properties only (the tiles carry the shapes). */
  control: GeoJSON.FeatureCollection;
  controlTiles?: ControlTiles;
  events: GeoJSON.FeatureCollection;
  /** Disputed ground as time pieces keyed by pair of perspectives (disputed.geojson). */
  disputed: GeoJSON.FeatureCollection;
  glyphs: string;
  attribution: string;
  date: string;
  perspective: string;
  /** The pair of perspectives whose disputed ground to show (`ru|ua`), or null. */
  pair?: string | null;
  /** Off: steps between two claims are hidden, and each claim's shape holds until the next. */
  interpolation?: boolean;
  /** The area rows (areas.json): where the claims in force do not map an area, it is veiled in grey. */
  areas?: Areas;
  bounds: Bounds;
  camera?: Camera;
  reducedMotion: boolean;
  /** Basemap inks: light (default) or dark, for dark article pages. */
  theme?: Theme;
  /** A hosted basemap style; on failure the offline style is used and `onNotice` told. */
  basemapStyleUrl?: string;
  onNotice?: (message: string) => void;
  /** The words of those notices. */
  locale: Locale;
  /** Called with the ids of the shapes and events under a click; the caller renders. */
  onPick?: (picked: Picked, popup: (node: HTMLElement) => void) => void;
}

/** Ids of what lies under a click: shapes, disputed pieces, strike or statement markers. */
export interface Picked {
  shapes: string[];
  disputed: string[];
  events: string[];
}

interface Shown {
  date: string;
  perspective: string;
  pair: string | null;
}

export class MapView {
  readonly map: MapLibreMap;
  private pieces: Record<Layer, PieceIndex>;
  /** The areas veiled as not mapped now (admin-1 ids, joined), or null before the first date. */
  private unmapped: string | null = null;
  private interpolation: boolean;
  private readonly eventDays: Map<string, number>;
  private visible: Record<Layer, Set<string>> = { control: new Set(), disputed: new Set() };
  private shownEvents = new Set<string>();
  /** Current opacity per `source/id`. */
  private opacity = new Map<string, number>();
  private pending: Shown | null = null;
  private frame = 0;
  private fade = 0;
  private current: Shown;
  private change: GeoJSON.FeatureCollection = EMPTY;
  private readonly ready: Promise<void>;
  private readonly glyphWatch: PerformanceObserver;
  private theme: Theme;
  /** Disputed ground's layers start hidden, and are shown from the first compare on. */
  private disputedShown = false;

  constructor(private readonly options: MapViewOptions) {
    // tiles mode: MapLibre's worker hands pmtiles:// requests to this handler (range reads)
    if (options.controlTiles) addProtocol('pmtiles', options.controlTiles.protocol);
    this.interpolation = options.interpolation ?? true;
    this.pieces = {
      control: this.controlIndex(),
      // disputed pieces are looked up by their pair of perspectives
      disputed: new PieceIndex(
        options.disputed.features.map((f) => ({
          ...(f.properties as Piece),
          perspective: f.properties!.pair,
        })),
      ),
    };
    this.eventDays = new Map(
      options.events.features.map((f) => [String(f.properties!.id), dayOf(String(f.properties!.date))]),
    );
    this.current = { date: options.date, perspective: options.perspective, pair: options.pair ?? null };
    this.theme = options.theme ?? 'light';
    // the shapes are in the first style, beside the basemap: their tiles are cut while the
    // basemap's are, and the first frame draws both
    const basemap = offlineStyle(options.base, options.glyphs, options.attribution, this.theme);
    const style: StyleSpecification = {
      ...basemap,
      sources: { ...basemap.sources, ...this.overlaySources() },
      layers: [...basemap.layers, ...this.overlays()],
    };
    this.map = new MapLibreMap({
      container: options.container,
      style,
      ...(options.camera ? options.camera : { bounds: options.bounds, fitBoundsOptions: { padding: 24 } }),
      attributionControl: { compact: false },
      cooperativeGestures: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
    this.map.touchZoomRotate.disableRotation();
    // a failed request (glyphs, a remote basemap's tiles) is said once on the page, in words,
    // instead of in the console; the shapes and figures do not depend on it
    const said = new Set<string>();
    const say = (message: string) => {
      if (said.has(message)) return;
      said.add(message);
      options.onNotice?.(message);
    };
    const { t } = options.locale;
    this.map.on('error', (e) => say(describeMapError(e.error as { message?: string; url?: string }, t)));
    // MapLibre draws labels in a local font when glyphs fail, and only warns in the console:
    // the failed glyph responses themselves tell the reader
    this.glyphWatch = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[])
        if (entry.name.includes('/fonts/') && (entry.responseStatus ?? 0) >= 400) say(t('map.glyphsFailed'));
    });
    this.glyphWatch.observe({ type: 'resource' });
    // patterns are drawn here, not fetched: all given as soon as a style is read, before any
    // tile is laid out (given only when first missing, tiles laid out at the same moment
    // were left without them), and again if a layer still finds one missing
    const patterns = new Map(patternImages().map((img) => [img.id, img]));
    const give = (id: string) => {
      const img = patterns.get(id);
      if (img && !this.map.hasImage(img.id))
        this.map.addImage(img.id, { width: img.width, height: img.height, data: img.data });
    };
    this.map.on('style.load', () => patterns.forEach((_, id) => give(id)));
    this.map.on('styleimagemissing', (e: { id: string }) => give(e.id));
    this.map.on('click', (e) => this.pick(e.point));
    for (const id of [...CONTROL_LAYERS, DISPUTED_LAYER, EVENT_LAYER]) {
      this.map.on('mouseenter', id, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', id, () => (this.map.getCanvas().style.cursor = ''));
    }
    // what is shown is set as soon as the style is read, so the first frame has it
    this.map.once('style.load', () => this.showAll());
    this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    if (options.basemapStyleUrl) void this.useBasemap(options.basemapStyleUrl);
  }

  /**
   * Redraws the built-in basemap and the overlays in another theme's inks, in place: the
   * sources, camera and what is shown stay. A hosted basemap keeps its own look.
   */
  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    void this.ready.then(() => {
      const { layers } = offlineStyle(
        this.options.base,
        this.options.glyphs,
        this.options.attribution,
        theme,
      );
      for (const layer of [...layers, ...overlayLayers(theme)]) {
        if (!this.map.getLayer(layer.id) || !('paint' in layer) || !layer.paint) continue;
        for (const [name, value] of Object.entries(layer.paint))
          this.map.setPaintProperty(layer.id, name as never, value as never);
      }
    });
  }

  private controlIndex(): PieceIndex {
    const pieces = this.options.control.features.map((f) => f.properties as Piece);
    return new PieceIndex(this.interpolation ? pieces : withoutSteps(pieces));
  }

  /** Shows or hides the steps between two claims, and redraws the date shown. */
  setInterpolation(on: boolean): void {
    if (on === this.interpolation) return;
    this.interpolation = on;
    this.pieces = { ...this.pieces, control: this.controlIndex() };
    if (this.map.getSource(CONTROL_SOURCE)) this.apply(this.current, !this.options.reducedMotion);
  }

  /** Draws place names in `lang` where the gazetteer or GeoNames has them, else in English. */
  setLanguage(lang: string, notMapped?: string): void {
    void this.ready.then(() => {
      if (this.map.getLayer(PLACE_LABELS))
        this.map.setLayoutProperty(PLACE_LABELS, 'text-field', placeName(lang));
      for (const id of [NOT_MAPPED_LABEL, NOT_MAPPED_EDGE_LABEL])
        if (notMapped && this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', notMapped);
    });
  }

  private overlays() {
    const { controlTiles, locale } = this.options;
    return overlayLayers(this.theme, controlTiles?.layer, locale.t('map.notMapped'));
  }

  /** Resolves when the map has drawn its first frame with the overlays. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private overlaySources(): Record<string, SourceSpecification> {
    const { control, disputed, events } = this.options;
    return {
      [CONTROL_SOURCE]: this.options.controlTiles
        ? {
            type: 'vector',
            url: this.options.controlTiles.url,
            promoteId: { [this.options.controlTiles.layer]: 'id' },
          }
        : { type: 'geojson', data: control, promoteId: 'id' },
      [DISPUTED_SOURCE]: { type: 'geojson', data: disputed, promoteId: 'id' },
      [CHANGE_SOURCE]: { type: 'geojson', data: this.change },
      // the five areas' outlines, the basemap's own file: veiled where nothing maps them
      [COVERAGE_SOURCE]: { type: 'geojson', data: this.options.base.oblasts, promoteId: 'id' },
      [EVENTS_SOURCE]: {
        type: 'geojson',
        data: { ...events, features: events.features.filter((f) => f.geometry) },
        promoteId: 'id',
      },
    };
  }

  /** Puts the shapes back over a hosted basemap once its style has replaced ours. */
  private addOverlays(): void {
    for (const [id, source] of Object.entries(this.overlaySources()))
      if (!this.map.getSource(id)) this.map.addSource(id, source);
    for (const layer of this.overlays()) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
    this.disputedShown = false;
    this.showAll();
  }

  /** Sets every shape's state for what is shown now: all of it appears at once. */
  private showAll(): void {
    this.visible = { control: new Set(), disputed: new Set() };
    this.unmapped = null;
    this.apply(this.current, false);
  }

  private async useBasemap(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const remote = (await response.json().catch(() => {
        throw new Error('not a JSON style');
      })) as StyleSpecification;
      await this.ready;
      this.map.setStyle(remote, { diff: false });
      this.map.once('style.load', () => this.addOverlays());
    } catch (e) {
      this.options.onNotice?.(this.options.locale.t('map.basemapFailed', { reason: (e as Error).message }));
    }
  }

  /**
   * Shows a date and perspective. The first change in a frame applies at once (it reaches
   * the screen with MapLibre's next render); further changes in the same frame, as a drag
   * or playback makes, wait for the next frame and only the latest is applied.
   */
  show(date: string, perspective: string, pair: string | null = null): void {
    this.pending = { date, perspective, pair };
    if (this.frame) return;
    this.flush();
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pending) this.show(this.pending.date, this.pending.perspective, this.pending.pair);
    });
  }

  private flush(): void {
    const next = this.pending!;
    this.pending = null;
    const c = this.current;
    if (next.date === c.date && next.perspective === c.perspective && next.pair === c.pair) return;
    this.current = next;
    if (this.map.getSource(CONTROL_SOURCE)) this.apply(next, !this.options.reducedMotion);
  }

  private apply({ date, perspective, pair }: Shown, animate: boolean): void {
    if (pair && !this.disputedShown) {
      this.disputedShown = true;
      for (const id of [DISPUTED_LAYER, DISPUTED_OUTLINE])
        this.map.setLayoutProperty(id, 'visibility', 'visible');
    }
    const next: Record<Layer, Set<string>> = {
      control: this.pieces.control.visible(date, perspective),
      disputed: pair ? this.pieces.disputed.visible(date, pair) : new Set(),
    };
    this.showCoverage(date, perspective);
    const targets = new Map<string, number>();
    for (const layer of [CONTROL_SOURCE, DISPUTED_SOURCE] as const) {
      const { on, off } = flips(this.visible[layer], next[layer]);
      for (const id of on) targets.set(`${layer}/${id}`, 1);
      for (const id of off) targets.set(`${layer}/${id}`, 0);
    }
    this.visible = next;
    this.fadeTo(targets, animate);
    this.showEvents(date);
  }

  /**
   * Veils the areas whose ground the claims in force do not map: a feature-state flip on
   * the five areas' outlines, like the shapes', so the worker never lays them out again.
   */
  private showCoverage(date: string, perspective: string): void {
    const { areas } = this.options;
    if (!areas) return;
    const regions = REGIONS.map((r) => REGION_INFO[r]);
    const ids = unmappedOblasts(areas, regions, perspective, date, this.interpolation);
    const key = [...ids].sort().join();
    if (key === this.unmapped) return;
    this.unmapped = key;
    for (const { oblast } of regions)
      this.map.setFeatureState(
        { source: COVERAGE_SOURCE, id: oblast },
        { unmapped: ids.has(oblast) ? 1 : 0 },
      );
  }

  /** Draws what changed between two dates (gained and lost ground), or clears it. */
  setChange(change: GeoJSON.FeatureCollection | null): void {
    this.change = change ?? EMPTY;
    const source = this.map.getSource(CHANGE_SOURCE) as import('maplibre-gl').GeoJSONSource | undefined;
    source?.setData(this.change);
  }

  private showEvents(date: string): void {
    const day = dayOf(date);
    for (const [id, d] of this.eventDays) {
      const on = d <= day && day - d < EVENT_DAYS;
      if (on === this.shownEvents.has(id)) continue;
      if (on) this.shownEvents.add(id);
      else this.shownEvents.delete(id);
      this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { opacity: on ? 1 : 0 });
    }
  }

  /** Fades pieces (`source/id`) to their target opacity; without animation, sets it at once. */
  private fadeTo(targets: Map<string, number>, animate: boolean): void {
    cancelAnimationFrame(this.fade);
    const set = (key: string, value: number) => {
      this.opacity.set(key, value);
      const slash = key.indexOf('/');
      const source = key.slice(0, slash);
      const sourceLayer = source === CONTROL_SOURCE ? this.options.controlTiles?.layer : undefined;
      this.map.setFeatureState({ source, sourceLayer, id: key.slice(slash + 1) }, { opacity: value });
    };
    const isVisible = (key: string) => {
      const slash = key.indexOf('/');
      return this.visible[key.slice(0, slash) as Layer].has(key.slice(slash + 1));
    };
    // pieces still mid-fade from an earlier change jump to where they were heading
    for (const [key, value] of this.opacity) if (value > 0 && value < 1) set(key, isVisible(key) ? 1 : 0);
    if (!animate || targets.size === 0) {
      for (const [id, t] of targets) set(id, t);
      return;
    }
    const start = performance.now();
    const from = new Map([...targets.keys()].map((id) => [id, this.opacity.get(id) ?? 0]));
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / FADE_MS);
      for (const [id, target] of targets) set(id, from.get(id)! + (target - from.get(id)!) * t);
      if (t < 1) this.fade = requestAnimationFrame(step);
    };
    step(start);
  }

  fitTo(bounds: Bounds): void {
    this.map.fitBounds(bounds, { padding: 24, duration: this.options.reducedMotion ? 0 : 600 });
  }

  /** Ids of the shapes showing now, for tests and the area panel. */
  visibleShapes(): string[] {
    return [...this.visible.control].sort();
  }

  /** Ids of the disputed pieces showing now. */
  visibleDisputed(): string[] {
    return [...this.visible.disputed].sort();
  }

  /** Where the camera is, for a second map to start from. */
  camera(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom() };
  }

  private pick(point: { x: number; y: number }): void {
    const hits = this.map.queryRenderedFeatures([point.x, point.y], {
      layers: [...CONTROL_LAYERS, DISPUTED_LAYER, EVENT_LAYER],
    });
    const ids = (source: string, set: Set<string>) =>
      [
        ...new Set(hits.filter((f: MapGeoJSONFeature) => f.source === source).map((f) => String(f.id))),
      ].filter((id) => set.has(id));
    const picked: Picked = {
      shapes: ids(CONTROL_SOURCE, this.visible.control),
      disputed: ids(DISPUTED_SOURCE, this.visible.disputed),
      events: ids(EVENTS_SOURCE, this.shownEvents),
    };
    if (!picked.shapes.length && !picked.disputed.length && !picked.events.length) return;
    const at = this.map.unproject([point.x, point.y]);
    this.options.onPick?.(picked, (node) =>
      new Popup({ maxWidth: '320px' }).setLngLat(at).setDOMContent(node).addTo(this.map),
    );
  }

  destroy(): void {
    this.glyphWatch.disconnect();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.fade);
    this.map.remove();
  }
}

/**
 * Keeps two maps' cameras together: moving either moves the other (compare views).
 * Returns a function that stops it.
 */
export function syncCameras(a: MapView, b: MapView): () => void {
  let syncing = false;
  const follow = (from: MapView, to: MapView) => () => {
    if (syncing) return;
    syncing = true; // the jump below fires the other map's move handler: ignore it
    to.map.jumpTo({
      center: from.map.getCenter(),
      zoom: from.map.getZoom(),
      bearing: from.map.getBearing(),
      pitch: from.map.getPitch(),
    });
    syncing = false;
  };
  const [ab, ba] = [follow(a, b), follow(b, a)];
  a.map.on('move', ab);
  b.map.on('move', ba);
  return () => {
    a.map.off('move', ab);
    b.map.off('move', ba);
  };
}

/** A map error as a reader should read it. */
export function describeMapError(
  error: { message?: string; url?: string } | undefined,
  t: Locale['t'],
): string {
  const where = `${error?.url ?? ''} ${error?.message ?? ''}`;
  if (/fonts\/|glyph|\.pbf/i.test(where)) return t('map.glyphsFailed');
  return t('map.partFailed', { reason: error?.message ?? '?' });
}
