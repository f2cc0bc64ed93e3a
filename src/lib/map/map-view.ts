/**
 * The one module that drives MapLibre imperatively. Components hand it state (date,
 * perspective, region); it turns state into the fewest map calls: a date change becomes
 * feature-state flips on the pieces that change, at most once per animation frame.
 */
import {
  Map as MapLibreMap,
  Popup,
  setWorkerUrl,
  type MapGeoJSONFeature,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { flips, PieceIndex, type Piece } from '../timeline/pieces';
import { dayOf } from '../timeline/dates';
import {
  CONTROL_LAYERS,
  CONTROL_SOURCE,
  EVENT_LAYER,
  EVENTS_SOURCE,
  offlineStyle,
  overlayLayers,
  patternImages,
  type BaseData,
} from './style';

setWorkerUrl(workerUrl);

/** How long changed ground takes to fade in or out. */
export const FADE_MS = 220;
/** How long a strike or statement marker stays on the map after its date. */
export const EVENT_DAYS = 30;

export type Bounds = [number, number, number, number];

export interface MapViewOptions {
  container: HTMLElement;
  base: BaseData;
  control: GeoJSON.FeatureCollection;
  events: GeoJSON.FeatureCollection;
  glyphs: string;
  attribution: string;
  date: string;
  perspective: string;
  bounds: Bounds;
  reducedMotion: boolean;
  /** A hosted basemap style; on failure the offline style is used and `onNotice` told. */
  basemapStyleUrl?: string;
  onNotice?: (message: string) => void;
  /** Called with the ids of the shapes and events under a click; the caller renders. */
  onPick?: (picked: { shapes: string[]; events: string[] }, popup: (node: HTMLElement) => void) => void;
}

export class MapView {
  readonly map: MapLibreMap;
  private readonly pieces: PieceIndex;
  private readonly eventDays: Map<string, number>;
  private visible = new Set<string>();
  private shownEvents = new Set<string>();
  private opacity = new Map<string, number>();
  private pending: { date: string; perspective: string } | null = null;
  private frame = 0;
  private fade = 0;
  private current: { date: string; perspective: string };
  private readonly ready: Promise<void>;

  constructor(private readonly options: MapViewOptions) {
    this.pieces = new PieceIndex(options.control.features.map((f) => f.properties as Piece));
    this.eventDays = new Map(
      options.events.features.map((f) => [String(f.properties!.id), dayOf(String(f.properties!.date))]),
    );
    this.current = { date: options.date, perspective: options.perspective };
    const style = offlineStyle(options.base, options.glyphs, options.attribution);
    this.map = new MapLibreMap({
      container: options.container,
      style,
      bounds: options.bounds,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: false },
      cooperativeGestures: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.ready.then(() => this.addOverlays());
    if (options.basemapStyleUrl) void this.useBasemap(options.basemapStyleUrl);
  }

  /** Resolves when the map has drawn its first frame with the overlays. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private addOverlays(): void {
    const map = this.map;
    for (const img of patternImages()) {
      if (!map.hasImage(img.id))
        map.addImage(img.id, { width: img.width, height: img.height, data: img.data });
    }
    if (!map.getSource(CONTROL_SOURCE)) {
      map.addSource(CONTROL_SOURCE, { type: 'geojson', data: this.options.control, promoteId: 'id' });
      map.addSource(EVENTS_SOURCE, {
        type: 'geojson',
        data: { ...this.options.events, features: this.options.events.features.filter((f) => f.geometry) },
        promoteId: 'id',
      });
    }
    for (const layer of overlayLayers()) if (!map.getLayer(layer.id)) map.addLayer(layer);
    map.on('click', (e) => this.pick(e.point));
    for (const id of [...CONTROL_LAYERS, EVENT_LAYER]) {
      map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
    }
    // state applied after the sources exist: everything visible now fades in at once
    this.visible = new Set();
    this.apply(this.current.date, this.current.perspective, false);
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
      this.options.onNotice?.(
        `The basemap could not be loaded (${(e as Error).message}); showing the built-in map.`,
      );
    }
  }

  /**
   * Shows a date and perspective. The first change in a frame applies at once (it reaches
   * the screen with MapLibre's next render); further changes in the same frame, as a drag
   * or playback makes, wait for the next frame and only the latest is applied.
   */
  show(date: string, perspective: string): void {
    this.pending = { date, perspective };
    if (this.frame) return;
    this.flush();
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pending) this.show(this.pending.date, this.pending.perspective);
    });
  }

  private flush(): void {
    const next = this.pending!;
    this.pending = null;
    if (next.date === this.current.date && next.perspective === this.current.perspective) return;
    this.current = next;
    if (this.map.getSource(CONTROL_SOURCE))
      this.apply(next.date, next.perspective, !this.options.reducedMotion);
  }

  private apply(date: string, perspective: string, animate: boolean): void {
    const next = this.pieces.visible(date, perspective);
    const { on, off } = flips(this.visible, next);
    this.visible = next;
    const targets = new Map<string, number>([
      ...on.map((id) => [id, 1] as const),
      ...off.map((id) => [id, 0] as const),
    ]);
    this.fadeTo(targets, animate);
    this.showEvents(date);
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

  /** Fades the given pieces to their target opacity; without animation, sets it at once. */
  private fadeTo(targets: Map<string, number>, animate: boolean): void {
    cancelAnimationFrame(this.fade);
    const set = (id: string, value: number) => {
      this.opacity.set(id, value);
      this.map.setFeatureState({ source: CONTROL_SOURCE, id }, { opacity: value });
    };
    // pieces still mid-fade from an earlier change jump to where they were heading
    for (const [id, value] of this.opacity) if (value > 0 && value < 1) set(id, this.visible.has(id) ? 1 : 0);
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
    return [...this.visible].sort();
  }

  private pick(point: { x: number; y: number }): void {
    const hits = this.map.queryRenderedFeatures([point.x, point.y], {
      layers: [...CONTROL_LAYERS, EVENT_LAYER],
    });
    const ids = (source: string, set: Set<string>) =>
      [
        ...new Set(hits.filter((f: MapGeoJSONFeature) => f.source === source).map((f) => String(f.id))),
      ].filter((id) => set.has(id));
    const picked = {
      shapes: ids(CONTROL_SOURCE, this.visible),
      events: ids(EVENTS_SOURCE, this.shownEvents),
    };
    if (!picked.shapes.length && !picked.events.length) return;
    const at = this.map.unproject([point.x, point.y]);
    this.options.onPick?.(picked, (node) =>
      new Popup({ maxWidth: '320px' }).setLngLat(at).setDOMContent(node).addTo(this.map),
    );
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.fade);
    this.map.remove();
  }
}
