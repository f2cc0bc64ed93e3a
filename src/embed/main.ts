/**
 * The iframe page (embed.html): mounts the embed from its URL, obeys `frontline:set`
 * messages from its host (allowed origins only), tells the host when it is ready and when
 * the date changes, and reports its height in the pym.js and @newswire/frames formats so
 * an auto-height iframe is never cut off.
 */
import { mount } from 'svelte';
import Embed from './Embed.svelte';
import { DATE_CHANGE, framesHeight, originAllowed, pymHeight, READY, RESIZE } from '../lib/embed/messages';
import { parseEmbedOptions } from '../lib/embed/options';
import type { MapView } from '../lib/map/map-view';

const params = new URLSearchParams(location.search);
const { options, notices } = parseEmbedOptions(params);
const host = window.parent !== window ? window.parent : null;
// replies go to the one allowed origin when there is one; dates are public, so '*' otherwise
const replyTo = options.origins?.length === 1 ? options.origins[0] : '*';
const tell = (message: unknown) => host?.postMessage(message, replyTo);

const embed = mount(Embed, {
  target: document.getElementById('embed')!,
  props: {
    base: document.baseURI,
    query: params,
    options,
    notices,
    onready: (map: MapView) => {
      (window as unknown as { frontlineMap: MapView }).frontlineMap = map;
      document.body.setAttribute('data-map-ready', 'true');
      tell({ type: READY });
    },
    ondatechange: (date: string) => tell({ type: DATE_CHANGE, date }),
  },
});

window.addEventListener('message', (event) => {
  // only the page that embeds us, from an allowed origin, and only data of the known shape
  if (!host || event.source !== host || !originAllowed(event.origin, options.origins)) return;
  embed.receive(event.data);
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
