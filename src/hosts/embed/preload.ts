/**
 * What the live embed needs besides itself, started at once when the embed nears the
 * viewport, alongside the embed's own module rather than after it: the map data and the map
 * stage (which brings MapLibre). One round trip instead of three before MapLibre starts.
 */
import { loadMapData } from '../../browser/load';
import { loadStage } from '../../browser/stage';

export function preloadMap(base: string) {
  // the stage first: MapLibre's download is the longest
  const stage = loadStage();
  const preload = { data: loadMapData(base), stage };
  // a failure is reported where these are awaited (the embed says so on the page), not here
  for (const started of Object.values(preload)) started.catch(() => {});
  return preload;
}
export type Preload = ReturnType<typeof preloadMap>;
