/**
 * Where MapLibre's worker script can be started from. A browser starts a worker only
 * from the page's own origin, so when this code was served from another one (the element
 * loaded from a map host), the script is fetched (the host allows it, as it allows the
 * element's own script) and started from a blob: URL; a host page's CSP then needs
 * `worker-src blob:`. ./map-view.ts sets it (`workerStarted`).
 */
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

const script = new URL(workerUrl, location.href);
/** The URL to start MapLibre's worker from: its own on this page's origin, else a blob: copy. */
export const workerScript: Promise<string> =
  script.origin === location.origin ? Promise.resolve(script.href) : blobWorkerUrl(script, location.origin);
