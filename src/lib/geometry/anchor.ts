import { destination } from '@turf/turf';
import type { Anchor, Place } from '../claims/schema';
import type { LonLat } from './types';

/** Where an anchor points: a gazetteer place, a place plus an offset, or literal [lon, lat]. */
export function resolveAnchor(anchor: Anchor, places: ReadonlyMap<string, Place>): LonLat {
  if (Array.isArray(anchor)) return [anchor[0], anchor[1]];
  const id = typeof anchor === 'string' ? anchor : anchor.near;
  const place = places.get(id);
  if (!place) throw new Error(`unknown place "${id}"`);
  if (typeof anchor === 'string') return [place.lon, place.lat];
  const moved = destination([place.lon, place.lat], anchor.km, anchor.bearing, { units: 'kilometers' });
  return moved.geometry.coordinates as LonLat;
}
