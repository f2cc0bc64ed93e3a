/**
 * The control layer's features from the TopoJSON the app loads (./topology.ts writes it).
 * Apart from the encoder so the page carries only topojson-client's decoder. Pure.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The name of the one object a control topology holds. */
export const CONTROL_OBJECT = 'control';

/** The features of a control topology, still to be checked against the contract. */
export function controlFeatures(value: unknown): FeatureCollection<Geometry> {
  const t = value as Partial<Topology> | null;
  const object = t?.objects?.[CONTROL_OBJECT] as GeometryCollection | undefined;
  if (t?.type !== 'Topology' || !object)
    throw new Error(`not a control topology (TopoJSON with a "${CONTROL_OBJECT}" object)`);
  return feature(t as Topology, object) as FeatureCollection<Geometry>;
}
