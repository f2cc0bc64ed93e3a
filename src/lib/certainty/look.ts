/**
 * How each kind of basis looks, the same on the map, in the static pictures and in the
 * legend. The edge's dash pattern carries the kind (readable without colour, so safe for
 * colour-blind readers and in both themes); ground no figure states is also filled fainter,
 * so a reader's eye weighs it less. Pure.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASES, basisKind, isBasis, type BasisKind } from './basis';

export interface Look {
  /** Dash pattern in line widths (MapLibre's `line-dasharray`); [1, 0] is solid. */
  dash: number[];
  /** How strongly the ground is filled, as a share of the full fill. */
  strength: number;
}

export const LOOK: Record<BasisKind, Look> = {
  traced: { dash: [1, 0], strength: 1 },
  stated: { dash: [3, 2], strength: 1 },
  illustrative: { dash: [0.6, 1.8], strength: 0.45 },
  interpolated: { dash: [5, 2, 0.6, 2], strength: 0.45 },
};

/** The look of a shape by its `basis`; a shape that does not say is the cautious case. */
export const lookOf = (basis: unknown): Look => LOOK[isBasis(basis) ? basisKind(basis) : 'illustrative'];

/** A `match` on the feature's `basis`, giving each basis its kind's value. */
export function byBasis(value: (look: Look) => unknown): ExpressionSpecification {
  const arms = BASES.flatMap((b) => [b, value(LOOK[basisKind(b)])]);
  return ['match', ['get', 'basis'], ...arms, value(LOOK.illustrative)] as unknown as ExpressionSpecification;
}
