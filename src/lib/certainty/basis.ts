/**
 * How sure a shape is: what it is drawn to. The reader must always see it, so every layer,
 * popup, table and sentence names one of four kinds (see docs/certainty.md). Pure.
 */

/** What a shape rests on, as the build writes it on every control feature (`basis`). */
export const BASES = [
  'traced', // an imported series: ground traced by its publisher day by day
  'area', // drawn to a stated area
  'depth', // drawn to a stated depth from the border
  'distance', // drawn to a stated distance from a place
  'place', // stands for the places its claims name; their extent is not stated
  'illustrative', // no figure: the size only illustrates the words
  'interpolated', // a step between two claims, not itself claimed
] as const;
export type Basis = (typeof BASES)[number];

/** The four kinds a reader is shown, each with its own look on the map. */
export const BASIS_KINDS = ['traced', 'stated', 'illustrative', 'interpolated'] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

export const isBasis = (v: unknown): v is Basis => (BASES as readonly unknown[]).includes(v);

export function basisKind(basis: Basis): BasisKind {
  switch (basis) {
    case 'traced':
    case 'illustrative':
    case 'interpolated':
      return basis;
    default:
      return 'stated';
  }
}

/**
 * Whether ground resting on this basis can stand in a headline figure: traced ground and
 * shapes drawn to a stated figure or place. Illustrative and interpolated shapes can
 * disagree with anything without either side having said so.
 */
export const isFirm = (basis: Basis): boolean => {
  const kind = basisKind(basis);
  return kind === 'traced' || kind === 'stated';
};

/**
 * A claim in words that a holder has none (`draw: none`): as firm as a stated figure, of
 * the area (`area`), or of the ground around the places a local claim names (`place`).
 */
export const absenceBasis = (scope?: string): Basis => (scope === 'local' ? 'place' : 'area');
