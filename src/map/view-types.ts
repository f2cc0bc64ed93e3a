/**
 * What a map view is given and gives back: its options, the camera, what lies under a
 * click, and the tiles-mode source. Types only.
 */
import type { addProtocol } from 'maplibre-gl';
import type { Areas } from '../lib/view/areas';
import type { ControlLayer, DisputedFile, EventsFile } from '../lib/contract/records';
import type { Locale } from '../lib/i18n/locale';
import type { Theme } from './palette';
import type { BaseData } from './style';
import type { EarlyMap } from './early';

export type Bounds = [number, number, number, number];
/** A camera to start from instead of bounds: a second map joining the first. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** The control layer from a PMTiles archive (tiles mode; src/browser/load.ts opens it). */
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
  control: ControlLayer;
  controlTiles?: ControlTiles;
  events: EventsFile;
  /** Disputed ground as time pieces keyed by pair of perspectives (disputed.geojson). */
  disputed: DisputedFile;
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
  /** A basemap started before the data (./early.ts), to take over rather than make a map. */
  early?: EarlyMap;
  /** Called with the ids of the shapes and events under a click; the caller renders. */
  onPick?: (picked: Picked, popup: (node: HTMLElement) => void) => void;
}

/** Ids of what lies under a click: shapes, disputed pieces, strike or statement markers. */
export interface Picked {
  shapes: string[];
  disputed: string[];
  events: string[];
}

/** What a map shows: a date, a perspective, and the pair whose disputed ground is drawn. */
export interface Shown {
  date: string;
  perspective: string;
  pair: string | null;
}
