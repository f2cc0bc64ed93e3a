/**
 * The control layer's features from the TopoJSON the app loads (./topology.ts writes it).
 * Apart from the encoder so the page carries only topojson-client's decoder. Pure.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The name of the one object a control topology holds. */
export const CONTROL_OBJECT = 'control';

export function controlFeatures(t: Topology): FeatureCollection<Geometry> {
  const object = t?.objects?.[CONTROL_OBJECT] as GeometryCollection | undefined;
  if (t?.type !== 'Topology' || !object)
    throw new Error(`not a control topology (TopoJSON with a "${CONTROL_OBJECT}" object)`);
  return feature(t, object) as FeatureCollection<Geometry>;
}
