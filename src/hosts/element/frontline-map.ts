/**
 * <frontline-map>: the embed as a custom element, for pages that want the map in their own
 * DOM (scrollytelling, several maps on one page). Its public types are ./api.ts.
 */
import type { EmbedApi } from '../embed/live';
import { renderPoster, whenNear, type Poster } from '../embed/poster';
import { ELEMENT_OPTION_KEYS, parseEmbedOptions, type EmbedOptions } from '../../lib/embedding/options';
import { PLAIN, type Locale } from '../../lib/i18n/locale';
import { loadLocale } from '../../browser/load-language';
import { VIEW_KEYS, type ViewState } from '../../lib/view/state';
import type { MapView } from '../../map/map-view';
import type { FrontlineMapPerspective, FrontlineMapProperties, FrontlineMapRegion, IsoDate } from './api';

/** Where this script was served from: data/, fonts/ and frontline-map.css sit beside it, unless `src` says otherwise. */
// (not `new URL('./', import.meta.url)`: a host's bundler would try to resolve that and warn)
const HERE = import.meta.url.replace(/[^/]*$/, '');

function attributesOf(element: HTMLElement, names: string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of names) {
    const value = element.getAttribute(name);
    if (value !== null) params.set(name, value);
  }
  return params;
}

/** The data folder: `src` when it is an http(s) URL (relative to the page), else beside this script. */
function dataBase(src: string | null): string {
  if (!src) return HERE;
  try {
    const url = new URL(src.endsWith('/') ? src : `${src}/`, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : HERE;
  } catch {
    return HERE;
  }
}

/**
 * Links the element's stylesheet from where its data is (a bundled element's own folder is
 * the host's bundle), unless the page has it already: linked by an element before, or
 * bundled by the host (`import 'frontline-map/element.css'`).
 */
function linkStylesheet(element: HTMLElement, base: string): void {
  if (document.querySelector('link[data-frontline-map]')) return;
  if (getComputedStyle(element).getPropertyValue('--frontline-map-styled').trim()) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('frontline-map.css', base).href;
  link.dataset.frontlineMap = '';
  document.head.append(link);
}

/**
 * A map of five areas of the Russia-Ukraine war from the claims news articles make, with a
 * date slider, its key and a claim card for every shape.
 *
 * @tag frontline-map
 * @attr src - Where the map's data, glyphs and stylesheet are served (a folder URL); default: beside this script
 * @attr date - The date shown, YYYY-MM-DD
 * @attr region - overview, kursk, belgorod, sumy, pokrovsk or zaporizhzhia
 * @attr perspective - assessed, ru or ua: whose claims are drawn
 * @attr mode - map, or compare (two perspectives or two dates)
 * @attr left - The left map's perspective when comparing perspectives
 * @attr right - The right map's perspective when comparing perspectives
 * @attr from - The earlier date when comparing dates, YYYY-MM-DD
 * @attr to - The later date when comparing dates, YYYY-MM-DD
 * @attr layout - swipe or split, when comparing
 * @attr divider - The swipe divider, percent from the left (0-100)
 * @attr interpolation - on, or off: each claim's shape holds until the next claim
 * @attr lang - en, uk or ru
 * @attr theme - auto, light or dark
 * @attr controls - true or false: the date slider and play button
 * @attr autoplay - true or false: play through the dates once ready (not under reduced motion)
 * @fires {CustomEvent<null>} ready - The map has drawn its first frame
 * @fires {CustomEvent<string>} datechange - The date shown changed; detail: the date, YYYY-MM-DD
 */
export class FrontlineMap extends HTMLElement implements FrontlineMapProperties {
  static observedAttributes = ['date', 'region', 'perspective'];
  #embed: EmbedApi | null = null;
  #destroy: (() => void) | null = null;
  #poster: Poster | null = null;
  #map: MapView | null = null;
  #playWhenReady = false;

  /** Set while connected; a language still loading when the element leaves is dropped. */
  #connected: object | null = null;

  connectedCallback(): void {
    if (this.#connected) return;
    const connection = (this.#connected = {});
    linkStylesheet(this, dataBase(this.getAttribute('src')));
    // the language first (its notices are said once it is loaded)
    const { options } = parseEmbedOptions(
      attributesOf(this, ELEMENT_OPTION_KEYS),
      ELEMENT_OPTION_KEYS,
      PLAIN,
    );
    void loadLocale(options.lang).then((locale) => {
      if (this.#connected === connection) this.#start(options, locale);
    });
  }

  #start(options: EmbedOptions, locale: Locale): void {
    const { notices } = parseEmbedOptions(
      attributesOf(this, ELEMENT_OPTION_KEYS),
      ELEMENT_OPTION_KEYS,
      locale,
    );
    const base = dataBase(this.getAttribute('src'));
    const poster = renderPoster(this, {
      base,
      query: attributesOf(this, VIEW_KEYS),
      options,
      notices,
      locale,
    });
    this.#poster = poster;
    // the live map (Svelte, MapLibre, data) only when the element nears the viewport
    whenNear(this, async () => {
      const [{ mountEmbed }, snapshot, preload] = await Promise.all([
        import('../embed/live'),
        poster.snapshot,
        import('../embed/preload').then((m) => m.preloadMap(base)),
      ]);
      if (this.#poster !== poster) return; // disconnected meanwhile
      const live = mountEmbed(this, {
        base,
        // attributes set since the poster was drawn count too
        query: attributesOf(this, VIEW_KEYS),
        options,
        notices,
        locale,
        preload,
        snapshot,
        onready: (map: MapView) => {
          this.#map = map;
          this.dispatchEvent(new CustomEvent('ready', { bubbles: true }));
          if (this.#playWhenReady) live.api.play();
        },
        ondatechange: (date: string) =>
          this.dispatchEvent(new CustomEvent('datechange', { detail: date, bubbles: true })),
      });
      poster.remove();
      [this.#embed, this.#destroy] = [live.api, live.destroy];
    });
  }

  disconnectedCallback(): void {
    this.#embed?.pause();
    this.#destroy?.();
    this.#poster?.remove();
    [this.#embed, this.#destroy, this.#poster, this.#map, this.#connected] = [null, null, null, null, null];
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (this.#embed && value !== null && value !== old)
      this.#embed.set({ [name]: value } as Partial<ViewState>);
  }

  /** The date shown, YYYY-MM-DD; setting it moves the map. */
  get date(): string | null {
    return this.#view()?.date ?? this.getAttribute('date');
  }
  set date(value: IsoDate) {
    this.#set({ date: value });
  }
  /** The area shown. */
  get region(): FrontlineMapRegion | null {
    return this.#view()?.region ?? (this.getAttribute('region') as FrontlineMapRegion | null);
  }
  set region(value: FrontlineMapRegion) {
    this.#set({ region: value });
  }
  /** Whose claims are drawn. */
  get perspective(): FrontlineMapPerspective | null {
    return this.#view()?.perspective ?? (this.getAttribute('perspective') as FrontlineMapPerspective | null);
  }
  set perspective(value: FrontlineMapPerspective) {
    this.#set({ perspective: value });
  }

  /** The MapLibre map once `ready` has fired (null before): for advanced use. */
  get map(): import('maplibre-gl').Map | null {
    return this.#map?.map ?? null;
  }

  /** Plays through the dates (once ready, if called before). */
  play(): void {
    if (this.#map) this.#embed!.play();
    else this.#playWhenReady = true;
  }
  /** Stops playing. */
  pause(): void {
    this.#playWhenReady = false;
    this.#embed?.pause();
  }

  #view(): ViewState | null {
    const view = this.#embed?.getView();
    return view && view.date ? view : null;
  }
  #set(change: Partial<ViewState>): void {
    // before the live map is mounted, a property is kept as the attribute it mirrors
    if (this.#embed) this.#embed.set(change);
    else for (const [k, v] of Object.entries(change)) this.setAttribute(k, String(v));
  }
}

if (!customElements.get('frontline-map')) customElements.define('frontline-map', FrontlineMap);
