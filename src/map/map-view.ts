/**
 * The one module that drives MapLibre imperatively. Components hand it state (date,
 * perspective, region); it turns state into the fewest map calls: a date change becomes
 * feature-state flips on the pieces that change, at most once per animation frame.
 */
import { addProtocol, type Map as MapLibreMap, Popup, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { Theme } from './palette';
import 'maplibre-gl/dist/maplibre-gl.css';
import { flips, PieceIndex, withoutSteps, type Piece } from '../lib/timeline/pieces';
import {
  CHANGE_SOURCE,
  CONTROL_LAYERS,
  CONTROL_SOURCE,
  DISPUTED_LAYER,
  DISPUTED_OUTLINE,
  DISPUTED_SOURCE,
  EVENT_LAYER,
  offlineStyle,
  placeName,
  NOT_MAPPED_EDGE_LABEL,
  NOT_MAPPED_LABEL,
  PLACE_LABELS,
} from './style';
import { overlayLayers } from './overlay-layers';
import { PieceFader, splitKey } from './fader';
import { hostedStyle, overlaySources, pickedAmong, repaint } from './overlays';
import { FIT_PADDING, makeMap } from './early';
import { EventMarkers, NotMappedVeil } from './markers';
import { sayFailures } from './notices';
import type { Bounds, Camera, MapViewOptions, Shown } from './view-types';
import { workerScript } from './worker';

/** MapLibre's worker, set and started while the page mounts (hosts on another origin wait
 * for it before making a map: ../browser/stage.ts). */
export const workerStarted = workerScript.then((url) => (setWorkerUrl(url), prewarm()));

type Layer = typeof CONTROL_SOURCE | typeof DISPUTED_SOURCE;
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export class MapView {
  readonly map: MapLibreMap;
  private pieces: Record<Layer, PieceIndex>;
  private readonly veil: NotMappedVeil;
  private readonly markers: EventMarkers;
  private interpolation: boolean;
  private visible: Record<Layer, Set<string>> = { control: new Set(), disputed: new Set() };
  private pending: Shown | null = null;
  private frame = 0;
  private readonly fader: PieceFader;
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
    this.current = { date: options.date, perspective: options.perspective, pair: options.pair ?? null };
    const early = options.early;
    this.theme = early?.theme ?? options.theme ?? 'light';
    if (early) {
      // a map started before the data: the shapes join its basemap once its style is read
      this.map = early.map;
      if (options.camera) this.map.jumpTo(options.camera);
      else if (options.bounds.some((v, i) => v !== early.bounds[i]))
        this.map.fitBounds(options.bounds, { padding: FIT_PADDING, duration: 0 });
      this.ready = early.styled.then(() => {
        this.addOverlays();
        // ready when the first frame with the shapes has been drawn
        return new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
      });
    } else {
      // the shapes are in the first style, beside the basemap: their tiles are cut while the
      // basemap's are, and the first frame draws both
      const basemap = offlineStyle(options.base, options.glyphs, options.attribution, this.theme);
      this.map = makeMap(options, {
        ...basemap,
        sources: { ...basemap.sources, ...overlaySources(this.options, this.change) },
        layers: [...basemap.layers, ...this.overlays()],
      });
      // what is shown is set as soon as the style is read, so the first frame has it
      this.map.once('style.load', () => this.showAll());
      this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    }
    this.veil = new NotMappedVeil(this.map, options.areas);
    this.markers = new EventMarkers(this.map, options.events);
    this.fader = new PieceFader(
      (key, opacity) => {
        const [source, id] = splitKey(key);
        const sourceLayer = source === CONTROL_SOURCE ? options.controlTiles?.layer : undefined;
        this.map.setFeatureState({ source, sourceLayer, id }, { opacity });
      },
      (key) => {
        const [source, id] = splitKey(key);
        return this.visible[source as Layer].has(id);
      },
    );
    // the shapes and figures do not depend on what fails to load: the reader is told in words
    this.glyphWatch = sayFailures(this.map, options.onNotice, options.locale.t);
    this.map.on('click', (e) => this.pick(e.point));
    for (const id of [...CONTROL_LAYERS, DISPUTED_LAYER, EVENT_LAYER]) {
      this.map.on('mouseenter', id, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', id, () => (this.map.getCanvas().style.cursor = ''));
    }
    if (early && options.theme && options.theme !== early.theme) this.setTheme(options.theme);
    if (options.basemapStyleUrl) void this.useBasemap(options.basemapStyleUrl);
  }

  /**
   * Redraws the built-in basemap and the overlays in another theme's inks, in place: the
   * sources, camera and what is shown stay. A hosted basemap keeps its own look.
   */
  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    void this.ready.then(() => repaint(this.map, this.options, theme));
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

  /**
   * What the map shows now, as a PNG data URL: drawn once more and read in the same task,
   * before the browser clears WebGL's buffer (for a download, and for printing).
   */
  picture(): string {
    this.map.redraw();
    return this.map.getCanvas().toDataURL('image/png');
  }

  /** Resolves when the map has drawn its first frame with the overlays. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Adds the shapes to a map started before the data, or puts them back over a hosted basemap. */
  private addOverlays(): void {
    for (const [id, source] of Object.entries(overlaySources(this.options, this.change)))
      if (!this.map.getSource(id)) this.map.addSource(id, source);
    for (const layer of this.overlays()) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
    this.disputedShown = false;
    this.showAll();
  }

  /** Sets every shape's state for what is shown now: all of it appears at once. */
  private showAll(): void {
    this.visible = { control: new Set(), disputed: new Set() };
    this.veil.reset();
    this.apply(this.current, false);
  }

  private async useBasemap(url: string): Promise<void> {
    try {
      const remote = await hostedStyle(url);
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
    this.veil.show(date, perspective, this.interpolation);
    const targets = new Map<string, number>();
    for (const layer of [CONTROL_SOURCE, DISPUTED_SOURCE] as const) {
      const { on, off } = flips(this.visible[layer], next[layer]);
      for (const id of on) targets.set(`${layer}/${id}`, 1);
      for (const id of off) targets.set(`${layer}/${id}`, 0);
    }
    this.visible = next;
    this.fader.fadeTo(targets, animate);
    this.markers.show(date);
  }

  /** Draws what changed between two dates (gained and lost ground), or clears it. */
  setChange(change: GeoJSON.FeatureCollection | null): void {
    this.change = change ?? EMPTY;
    const source = this.map.getSource(CHANGE_SOURCE) as import('maplibre-gl').GeoJSONSource | undefined;
    source?.setData(this.change);
  }

  fitTo(bounds: Bounds): void {
    this.map.fitBounds(bounds, { padding: FIT_PADDING, duration: this.options.reducedMotion ? 0 : 600 });
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
    const picked = pickedAmong(hits, { ...this.visible, events: this.markers.shown });
    if (!picked) return;
    const at = this.map.unproject([point.x, point.y]);
    this.options.onPick?.(picked, (node) =>
      new Popup({ maxWidth: '320px' }).setLngLat(at).setDOMContent(node).addTo(this.map),
    );
  }

  destroy(): void {
    this.glyphWatch.disconnect();
    cancelAnimationFrame(this.frame);
    this.fader.stop();
    this.map.remove();
  }
}
