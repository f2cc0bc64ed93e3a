/**
 * What an embed takes beyond the map's own view state (region, date, perspective, compare):
 * `autoplay`, `controls`, `lang`, `theme` and `origins`. Every value is checked; a bad one
 * falls back to its default with a plain-text notice. Pure.
 */
import { isLang, type Lang, type Locale } from '../i18n/locale';

/** `auto` follows the reader's system setting (prefers-color-scheme). */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export interface EmbedOptions {
  autoplay: boolean;
  /** Show the date slider and play button (the map's own zoom and pan always work). */
  controls: boolean;
  lang: Lang;
  theme: ThemeChoice;
  /** Origins whose `frontline:set` messages are obeyed; null: any origin. */
  origins: string[] | null;
}

/** Every parameter the embed reads beyond the view's. */
export const EMBED_KEYS = ['autoplay', 'controls', 'lang', 'theme', 'origins'];

/** The options `<frontline-map>` reads from its attributes: `origins` guards an iframe's
 * messages, and an element in the page's own DOM needs no such guard. */
export const ELEMENT_OPTION_KEYS = EMBED_KEYS.filter((k) => k !== 'origins');

/** The reader's preferences the full map takes from its URL too. */
export const APP_OPTION_KEYS = ['lang', 'theme'];

export const DEFAULT_EMBED: EmbedOptions = {
  autoplay: false,
  controls: true,
  lang: 'en',
  theme: 'auto',
  origins: null,
};

const TRUE = ['1', 'true', 'yes', ''];
const FALSE = ['0', 'false', 'no'];

/** A value shown back to the reader: short, printable, never markup. */
const shown = (v: string) => {
  const clean = v.replace(/[^\p{L}\p{N} ._:/-]/gu, '');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
};

/** An origin as a browser writes it (`https://news.example`), or null if `value` is not one. */
export function asOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads `keys` (by default all of the embed's) from `params`; other parameters are left alone. */
export function parseEmbedOptions(
  query: URLSearchParams,
  keys: readonly string[],
  { t, plural }: Locale,
): { options: EmbedOptions; notices: string[] } {
  const params = new URLSearchParams([...query].filter(([k]) => keys.includes(k)));
  const options = { ...DEFAULT_EMBED };
  const notices: string[] = [];
  for (const key of EMBED_KEYS) {
    const count = params.getAll(key).length;
    if (count > 1) notices.push(plural('notice.repeated', count, { key }));
  }
  for (const key of ['autoplay', 'controls'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (TRUE.includes(value.toLowerCase())) options[key] = true;
    else if (FALSE.includes(value.toLowerCase())) options[key] = false;
    else notices.push(t('notice.boolean', { key, value: shown(value), fallback: String(options[key]) }));
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) options.lang = lang;
    else notices.push(t('notice.lang', { value: shown(lang) }));
  }
  const theme = params.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) options.theme = theme as ThemeChoice;
    else notices.push(t('notice.theme', { value: shown(theme) }));
  }
  const origins = params.get('origins');
  if (origins !== null) {
    const listed = origins
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    const valid = listed.map(asOrigin).filter((o): o is string => o !== null);
    // a list that names nothing valid accepts nothing: never widen what a host restricted
    options.origins = [...new Set(valid)];
    const bad = listed.filter((o) => asOrigin(o) === null);
    if (bad.length) notices.push(t('notice.origins', { values: bad.map(shown).join(', ') }));
  }
  return { options, notices };
}

/** The query string for these options, leaving out defaults. */
export function serializeEmbedOptions(o: EmbedOptions): string {
  const p = new URLSearchParams();
  if (o.autoplay) p.set('autoplay', '1');
  if (!o.controls) p.set('controls', '0');
  if (o.lang !== DEFAULT_EMBED.lang) p.set('lang', o.lang);
  if (o.theme !== DEFAULT_EMBED.theme) p.set('theme', o.theme);
  if (o.origins) p.set('origins', o.origins.join(','));
  return p.toString();
}
