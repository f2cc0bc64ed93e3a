/**
 * <frontline-map>: the embed as a custom element, for pages that want the map in their own
 * DOM (scrollytelling, several maps on one page). Attributes mirror the embed's URL
 * parameters; `date`, `region` and `perspective` are also properties; `play()`, `pause()`;
 * events `ready` and `datechange` (detail: ISO date); `map` is the MapLibre map.
 * Data, glyphs and the stylesheet come from beside this script unless `src` says otherwise.
 */
import type { EmbedApi } from '../embed/live';
import { renderPoster, whenNear, type Poster } from '../embed/poster';
import { ELEMENT_OPTION_KEYS, parseEmbedOptions, type EmbedOptions } from '../../lib/embedding/options';
import { PLAIN, type Locale } from '../../lib/i18n/locale';
import { loadLocale } from '../../browser/load-language';
import { VIEW_KEYS, type ViewState } from '../../lib/view/state';
import type { MapView } from '../../map/map-view';

/** Where this script was served from: data/, fonts/ and frontline-map.css sit beside it. */
const HERE = new URL(/* @vite-ignore */ './', import.meta.url).href;

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

function linkStylesheet(): void {
  if (document.querySelector('link[data-frontline-map]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('frontline-map.css', HERE).href;
  link.dataset.frontlineMap = '';
  document.head.append(link);
}

export class FrontlineMapElement extends HTMLElement {
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
    linkStylesheet();
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

  get date(): string | null {
    return this.#view()?.date ?? this.getAttribute('date');
  }
  set date(value: string) {
    this.#set({ date: value });
  }
  get region(): string | null {
    return this.#view()?.region ?? this.getAttribute('region');
  }
  set region(value: string) {
    this.#set({ region: value as ViewState['region'] });
  }
  get perspective(): string | null {
    return this.#view()?.perspective ?? this.getAttribute('perspective');
  }
  set perspective(value: string) {
    this.#set({ perspective: value as ViewState['perspective'] });
  }

  /** The MapLibre map, once `ready` has fired (null before): for advanced use. */
  get map(): import('maplibre-gl').Map | null {
    return this.#map?.map ?? null;
  }

  play(): void {
    if (this.#map) this.#embed!.play();
    else this.#playWhenReady = true;
  }
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

if (!customElements.get('frontline-map')) customElements.define('frontline-map', FrontlineMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'frontline-map': FrontlineMapElement;
  }
}
