/**
 * The public types of `<frontline-map>`, as a host page's TypeScript sees them. Types only:
 * the package ships this file as the element's declarations (`frontline-map/element`), and
 * the element implements it, so the two cannot drift apart (`element-api.test.ts` checks
 * the unions against the app's own lists).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The whole map, or one of the five areas. */
export type FrontlineMapRegion = 'overview' | 'kursk' | 'belgorod' | 'sumy' | 'pokrovsk' | 'zaporizhzhia';
/** Whose claims the map draws: the independent assessment, Russia's, or Ukraine's. */
export type FrontlineMapPerspective = 'assessed' | 'ru' | 'ua';
export type FrontlineMapLang = 'en' | 'uk' | 'ru';
export type FrontlineMapTheme = 'auto' | 'light' | 'dark';
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * The attributes, as written in HTML (every value is a string there). Anything the map
 * cannot use is said in a notice above it and a default is shown instead, never an error.
 */
export interface FrontlineMapAttributes {
  /** Where the map's data, glyphs and stylesheet are served (a folder URL); default: beside the script. */
  src?: string;
  date?: IsoDate;
  region?: FrontlineMapRegion;
  perspective?: FrontlineMapPerspective;
  /** `compare`: two perspectives (`left`, `right`) or two dates (`from`, `to`) side by side. */
  mode?: 'map' | 'compare';
  left?: FrontlineMapPerspective;
  right?: FrontlineMapPerspective;
  from?: IsoDate;
  to?: IsoDate;
  layout?: 'swipe' | 'split';
  /** The swipe divider, percent from the left (0-100). */
  divider?: `${number}`;
  /** `off`: each claim's shape holds until the next claim, without the steps between. */
  interpolation?: 'on' | 'off';
  lang?: FrontlineMapLang;
  theme?: FrontlineMapTheme;
  /** The date slider and play button (default `true`). */
  controls?: 'true' | 'false';
  /** Plays through the dates once ready, unless the reader prefers reduced motion. */
  autoplay?: 'true' | 'false';
}

/** The element's events: `ready` once its map has drawn, `datechange` with the new date. */
export interface FrontlineMapEventMap extends HTMLElementEventMap {
  ready: CustomEvent<null>;
  datechange: CustomEvent<IsoDate>;
}

/** The element's own properties and methods, beside those of every HTMLElement. */
export interface FrontlineMapProperties {
  /** The date shown (setting it moves the map); null before the data is read when no attribute says. */
  get date(): string | null;
  set date(value: IsoDate);
  get region(): FrontlineMapRegion | null;
  set region(value: FrontlineMapRegion);
  get perspective(): FrontlineMapPerspective | null;
  set perspective(value: FrontlineMapPerspective);
  /** The MapLibre map once `ready` has fired, null before: for advanced use. */
  readonly map: MapLibreMap | null;
  /** Plays through the dates (once ready, if called before). */
  play(): void;
  pause(): void;
}

export interface FrontlineMapElement extends HTMLElement, FrontlineMapProperties {
  addEventListener<K extends keyof FrontlineMapEventMap>(
    type: K,
    listener: (this: FrontlineMapElement, event: FrontlineMapEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof FrontlineMapEventMap>(
    type: K,
    listener: (this: FrontlineMapElement, event: FrontlineMapEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'frontline-map': FrontlineMapElement;
  }
}
