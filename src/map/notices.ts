/**
 * What goes wrong with the map's requests, in words a reader reads: each said once on the
 * page instead of in the console. The shapes and figures never depend on these requests.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Locale } from '../lib/i18n/locale';

/** A map error as a reader should read it. */
export function describeMapError(
  error: { message?: string; url?: string } | undefined,
  t: Locale['t'],
): string {
  const where = `${error?.url ?? ''} ${error?.message ?? ''}`;
  if (/fonts\/|glyph|\.pbf/i.test(where)) return t('map.glyphsFailed');
  return t('map.partFailed', { reason: error?.message ?? '?' });
}

/**
 * MapLibre draws labels in a local font when glyphs fail and only warns in the console:
 * the failed glyph responses themselves tell the reader. Returns the watch, to disconnect.
 */
function watchGlyphs(say: (message: string) => void, t: Locale['t']): PerformanceObserver {
  const watch = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[])
      if (entry.name.includes('/fonts/') && (entry.responseStatus ?? 0) >= 400) say(t('map.glyphsFailed'));
  });
  watch.observe({ type: 'resource' });
  return watch;
}

/**
 * Tells the reader of each failed request (glyphs, a remote basemap's tiles) once, in words,
 * instead of in the console. Returns the glyph watch, to disconnect with the map.
 */
export function sayFailures(
  map: MapLibreMap,
  onNotice: ((message: string) => void) | undefined,
  t: Locale['t'],
): PerformanceObserver {
  const said = new Set<string>();
  const say = (message: string) => {
    if (said.has(message)) return;
    said.add(message);
    onNotice?.(message);
  };
  map.on('error', (e) => say(describeMapError(e.error as { message?: string; url?: string }, t)));
  return watchGlyphs(say, t);
}
