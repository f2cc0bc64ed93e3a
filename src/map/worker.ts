/**
 * MapLibre's worker: where its script is, set before the first map, and started at once
 * (`prewarm`) while the data is parsed and the page mounts. A browser starts a worker only
 * from the page's own origin, so when this code was served from another one (the element
 * loaded from a map host), the script is fetched (the host allows it, as it allows the
 * element's own script) and started from a blob: URL; a host page's CSP then needs
 * `worker-src blob:`. Hosts that may be on another origin wait for `workerStarted`.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { unreadable } from '../lib/embedding/cross-origin';

/** A blob: copy of a worker script on another origin, which this page may start. */
export async function blobWorkerUrl(url: URL, pageOrigin: string): Promise<string> {
  const response = await fetch(url).catch((e: unknown) => {
    throw new Error(unreadable(url, pageOrigin), { cause: e });
  });
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
}

function start(url: string): void {
  setWorkerUrl(url);
  prewarm();
}

const script = new URL(workerUrl, location.href);
/** Resolved once the worker's URL is set: at once on the page's own origin. */
export const workerStarted: Promise<void> =
  script.origin === location.origin
    ? Promise.resolve(start(script.href))
    : blobWorkerUrl(script, location.origin).then(start);
