/**
 * The embed's first paint, in plain DOM (no framework, a few KB): the title, the static
 * picture of the view in its fixed box, room for the controls, and the credit line. The
 * live embed (Svelte and MapLibre) is loaded when the poster nears the viewport and takes
 * its place without moving anything.
 */
import '../../theme.css';
import './embed.css';
import { ATTRIBUTION } from '../../browser/credits';
import { comparesDates, DEFAULT_VIEW, parseViewState, type ViewState } from '../../lib/view/state';
import type { EmbedOptions } from '../../lib/embedding/options';
import { embedTitle, fullMapUrl } from '../../lib/embedding/text';
import type { Locale } from '../../lib/i18n/locale';
import { fetchSnapshotIndex, snapshotPicture, type Snapshot } from '../../browser/snapshots';

export interface Poster {
  /** The picture shown, once known (the live embed keeps it until its map has drawn). */
  snapshot: Promise<Snapshot | null>;
  remove(): void;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

export function renderPoster(
  target: HTMLElement,
  input: { base: string; query: URLSearchParams; options: EmbedOptions; notices: string[]; locale: Locale },
): Poster {
  const root = element('div', 'fm-embed fm-poster');
  root.dataset.theme = input.options.theme;
  root.lang = input.options.lang;
  const { locale } = input;
  const title = element('p', 'fm-title', locale.t('app.title'));
  const notices = input.notices.map((n) => Object.assign(element('p', 'fm-notice', n), { role: 'status' }));
  const box = element('div', 'fm-box');
  const link = Object.assign(element('a', '', locale.t('embed.fullMap')), {
    href: input.base,
    target: '_blank',
    rel: 'noopener',
  });
  const credit = element('p', 'fm-credit', `${locale.t('embed.credit', { attribution: ATTRIBUTION })} `);
  credit.append(link);
  root.append(title, ...notices, box, ...(input.options.controls ? [element('div', 'fm-time')] : []), credit);
  target.append(root);

  const snapshot = (async (): Promise<Snapshot | null> => {
    const index = await fetchSnapshotIndex(input.base, locale.lang);
    if (!index) return null; // no picture: the box keeps its colour until the map arrives
    const { state, notices: viewNotices } = parseViewState(
      input.query,
      index,
      { ...DEFAULT_VIEW, date: index.last },
      locale,
    );
    show(state, viewNotices);
    const date = comparesDates(state) ? state.to! : state.date;
    const picture = snapshotPicture(input.base, index, { ...state, date });
    if (picture)
      box.append(Object.assign(element('img', 'fm-snapshot'), { ...picture, width: 800, height: 600 }));
    return picture;
  })();

  function show(view: ViewState, viewNotices: string[]) {
    title.textContent = embedTitle(view, locale);
    link.href = fullMapUrl(input.base, view, locale);
    for (const n of viewNotices) box.before(Object.assign(element('p', 'fm-notice', n), { role: 'status' }));
  }

  return { snapshot, remove: () => root.remove() };
}

/** Runs `load` once, when the element comes within a screen of the viewport. */
export function whenNear(target: Element, load: () => void): void {
  // In a top-level page the layout already says where the element is: no need to wait a
  // frame for the observer's first report (hundreds of ms where painting is slow). In an
  // iframe only the observer knows where the frame sits in the article.
  if (window.top === window && target.getClientRects().length > 0) {
    const { top, bottom } = target.getBoundingClientRect();
    if (bottom >= -innerHeight && top <= 2 * innerHeight) return load();
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(target);
}
