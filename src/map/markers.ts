/**
 * Two things the map shows by date besides the shapes, each by feature-state flips on a
 * source loaded once: the strike and statement markers (shown for EVENT_DAYS after their
 * date) and the not-mapped veil over the areas whose ground the claims in force do not map.
 * Each keeps what it showed last, so a date change touches only what changes.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Areas } from '../lib/view/areas';
import { unmappedOblasts } from '../lib/certainty/coverage';
import { REGION_INFO, REGIONS } from '../lib/regions';
import { EVENT_DAYS } from '../lib/taxonomy';
import { dayOf } from '../lib/timeline/dates';
import type { EventsFile } from '../lib/contract/records';
import { BASE_SOURCE, EVENTS_SOURCE, OBLASTS_LAYER } from './style';

export class EventMarkers {
  /** Ids of the markers showing now. */
  readonly shown = new Set<string>();
  private readonly days: Map<string, number>;

  constructor(
    private readonly map: MapLibreMap,
    events: EventsFile,
  ) {
    this.days = new Map(events.features.map((f) => [f.properties.id, dayOf(f.properties.date)]));
  }

  show(date: string): void {
    const day = dayOf(date);
    for (const [id, d] of this.days) {
      const on = d <= day && day - d < EVENT_DAYS;
      if (on === this.shown.has(id)) continue;
      if (on) this.shown.add(id);
      else this.shown.delete(id);
      this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { opacity: on ? 1 : 0 });
    }
  }
}

/**
 * Veils the areas whose ground the claims in force do not map: a feature-state flip on the
 * five areas' outlines, like the shapes', so the worker never lays them out again.
 */
export class NotMappedVeil {
  /** The areas veiled now (admin-1 ids, joined), or null before the first date. */
  private veiled: string | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly areas: Areas | undefined,
  ) {}

  show(date: string, perspective: string, interpolation: boolean): void {
    if (!this.areas) return;
    const regions = REGIONS.map((r) => REGION_INFO[r]);
    const ids = unmappedOblasts(this.areas, regions, perspective, date, interpolation);
    const key = [...ids].sort().join();
    if (key === this.veiled) return;
    this.veiled = key;
    for (const { oblast } of regions)
      this.map.setFeatureState(
        { source: BASE_SOURCE, sourceLayer: OBLASTS_LAYER, id: oblast },
        { unmapped: ids.has(oblast) ? 1 : 0 },
      );
  }

  /** Forgets what was shown: after a new style, every area is set again. */
  reset(): void {
    this.veiled = null;
  }
}
