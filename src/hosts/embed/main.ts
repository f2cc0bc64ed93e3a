/**
 * The iframe page (embed.html): paints the poster at once, loads the live embed when it
 * nears the viewport, obeys `frontline:set` messages from its host (allowed origins only),
 * tells the host when it is ready and when the date changes, and reports its height in the
 * pym.js and @newswire/frames formats so an auto-height iframe is never cut off.
 */
import './page.css';
import {
  DATE_CHANGE,
  framesHeight,
  originAllowed,
  pymHeight,
  READY,
  RESIZE,
} from '../../lib/embedding/messages';
import { EMBED_KEYS, parseEmbedOptions } from '../../lib/embedding/options';
import { loadLocale } from '../../browser/load-language';
import { PLAIN } from '../../lib/i18n/locale';
import type { MapView } from '../../map/map-view';
import type { EmbedApi } from './live';
import { renderPoster, whenNear } from './poster';
import { preloadMap } from './preload';

const params = new URLSearchParams(location.search);
// the language first: the notices are said once it is loaded
const { options } = parseEmbedOptions(params, EMBED_KEYS, PLAIN);
const host = window.parent !== window ? window.parent : null;
// replies go to the one allowed origin when there is one; dates are public, so '*' otherwise
const replyTo = options.origins?.length === 1 ? options.origins[0] : '*';
const tell = (message: unknown) => host?.postMessage(message, replyTo);

const target = document.getElementById('embed')!;
let embed: EmbedApi | null = null;
/** Messages that arrive before the live embed has its data, replayed once it has. */
let early: unknown[] = [];

// Near the viewport, the live embed's module, its data and MapLibre start loading at once,
// alongside the language and the poster rather than after them: MapLibre's download and
// parse is the longest step to the first live frame, so its request goes out first
const near = new Promise<void>((resolve) => whenNear(target, resolve));
const loading = near.then(() => {
  const preload = preloadMap(document.baseURI);
  return { live: import('./live'), preload };
});

async function start() {
  // the notices are said in the language asked for (English is at hand at once)
  const locale = await loadLocale(options.lang);
  const { notices } = parseEmbedOptions(params, EMBED_KEYS, locale);
  const input = { base: document.baseURI, query: params, options, notices, locale };
  const poster = renderPoster(target, input);
  void loading.then(async ({ live: module, preload }) => {
    const [{ mountEmbed }, snapshot] = await Promise.all([module, poster.snapshot]);
    const live = mountEmbed(target, {
      ...input,
      snapshot,
      preload,
      ownsPage: true,
      onready: (map: MapView) => {
        (window as unknown as { frontlineMap: MapView }).frontlineMap = map;
        document.body.setAttribute('data-map-ready', 'true');
        for (const message of early) live.api.receive(message);
        early = [];
        tell({ type: READY });
      },
      ondatechange: (date: string) => tell({ type: DATE_CHANGE, date }),
    });
    poster.remove(); // the live embed drew the same boxes: nothing moves
    embed = live.api;
  });
}
void start();

window.addEventListener('message', (event) => {
  // only the page that embeds us, from an allowed origin, and only data of the known shape
  if (!host || event.source !== host || !originAllowed(event.origin, options.origins)) return;
  if (embed?.mainMap()) embed.receive(event.data);
  else early = [...early.slice(-9), event.data];
});

if (host) {
  // pym.js parents pass their id in the URL; frames and plain hosts need none
  const childId = params.get('childId') ?? '';
  let sent = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    host.postMessage(pymHeight(childId, height), '*');
    host.postMessage(framesHeight(height), '*');
    host.postMessage({ type: RESIZE, height }, replyTo);
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
