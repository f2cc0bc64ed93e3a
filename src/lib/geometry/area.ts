/** Area in km², as the outputs give it: turf's geodesic area on the WGS84 mean-radius sphere. Pure. */
import { area } from '@turf/turf';
import type { Areal } from './types';

/** km² of a shape; 0 for none. */
export const km2 = (g: Areal | null): number => (g ? area(g) / 1e6 : 0);
