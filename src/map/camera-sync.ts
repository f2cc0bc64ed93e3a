import type { MapView } from './map-view';

/**
 * Keeps two maps' cameras together: moving either moves the other (compare views).
 * Returns a function that stops it.
 */
export function syncCameras(a: MapView, b: MapView): () => void {
  let syncing = false;
  const follow = (from: MapView, to: MapView) => () => {
    if (syncing) return;
    syncing = true; // the jump below fires the other map's move handler: ignore it
    to.map.jumpTo({
      center: from.map.getCenter(),
      zoom: from.map.getZoom(),
      bearing: from.map.getBearing(),
      pitch: from.map.getPitch(),
    });
    syncing = false;
  };
  const [ab, ba] = [follow(a, b), follow(b, a)];
  a.map.on('move', ab);
  b.map.on('move', ba);
  return () => {
    a.map.off('move', ab);
    b.map.off('move', ba);
  };
}
