import { describe, expect, test } from 'vitest';
import {
  boundRange,
  envelope,
  figureRange,
  QUALIFIER_RULES,
  shapeRange,
  statedRange,
  sumRanges,
  UNSTATED,
  within,
  WORD_RULES,
  type Qualifier,
} from './range';

describe('range rules', () => {
  // one row per qualifier: the documented ends for a stated 1,000 km²
  const TABLE: [Qualifier, number, number][] = [
    ['exactly', 1000, 1000],
    ['about', 900, 1100],
    ['several', 900, 1100],
    ['over', 1000, 1250],
    ['at-least', 1000, 1250],
    ['nearly', 900, 1000],
    ['under', 750, 1000],
    ['up-to', 0, 1000],
  ];
  test.each(TABLE)('%s 1,000 km² allows %d to %d', (qualifier, min, max) => {
    const r = figureRange({ km2: 1000, qualifier });
    expect([r.min, r.max]).toEqual([min, max]);
    expect(r.says).toEqual({ qualifier, km2: 1000 });
    expect(within(r, 1000)).toBe(true);
  });

  test('the table covers every qualifier the ledger accepts', () => {
    expect(Object.keys(QUALIFIER_RULES).sort()).toEqual(TABLE.map(([q]) => q).sort());
  });

  test('a stated figure lies inside its range, and no range inverts, for any figure', () => {
    for (const q of Object.keys(QUALIFIER_RULES) as Qualifier[]) {
      for (const km2 of [0.3, 1.7, 12.35, 90, 1294.9, 123456.7]) {
        const r = figureRange({ km2, qualifier: q });
        expect(within(r, km2), `${q} ${km2}`).toBe(true);
        expect(r.min).toBeLessThanOrEqual(r.max!);
      }
    }
  });

  test('a stated span widens by its qualifier at both ends', () => {
    expect(figureRange({ km2: 100, km2_max: 120, qualifier: 'about' })).toEqual({
      min: 90,
      max: 132,
      says: null,
    });
  });

  test('unknown qualifiers are refused, not guessed', () => {
    expect(() => figureRange({ km2: 10, qualifier: 'roughly' })).toThrow(/no range rule for "roughly"/);
  });

  test('several phrasings of one figure: every reading any of them allows', () => {
    const r = statedRange([
      { km2: 1300, qualifier: 'about' },
      { km2: 1000, qualifier: 'over' },
      { km2: 1295, qualifier: 'about' },
    ]);
    expect(r).toEqual({ min: 1000, max: 1430, says: null });
    expect(statedRange([{ km2: 90, qualifier: 'about' }]).says).toEqual({ qualifier: 'about', km2: 90 });
    expect(statedRange([])).toEqual(UNSTATED);
  });

  test('words bound an illustrative shape by a share of another figure', () => {
    const peak = statedRange([{ km2: 1300, qualifier: 'about' }]);
    expect(boundRange('most-retaken', peak)).toEqual({ min: 0, max: 715, says: null });
    expect(boundRange('before-peak', peak).max).toBe(1430);
    expect(boundRange('narrow-strip', UNSTATED)).toEqual(UNSTATED);
    expect(WORD_RULES['most-retaken'].share).toBe(0.5);
  });

  test('by basis: traced is itself, area its figures, bounded words their share, else unstated', () => {
    const stated = [{ km2: 90, qualifier: 'about' }];
    expect(shapeRange({ basis: 'traced', km2: 12.3, stated: [] })).toMatchObject({ min: 12.3, max: 12.3 });
    expect(shapeRange({ basis: 'area', km2: 91, stated })).toMatchObject({ min: 81, max: 99 });
    for (const basis of ['depth', 'distance', 'place', 'illustrative'] as const)
      expect(shapeRange({ basis, km2: 40, stated })).toEqual(UNSTATED);
    const bound = { words: 'most-retaken' as const, of: statedRange(stated) };
    expect(shapeRange({ basis: 'illustrative', km2: 40, stated: [], bound }).max).toBe(49.5);
  });

  test('a step between two claims spans both; sums add ends, and an open end stays open', () => {
    const a = figureRange({ km2: 1300, qualifier: 'about' });
    const b = boundRange('most-retaken', a);
    expect(envelope(a, b)).toEqual({ min: 0, max: 1430, says: null });
    expect(envelope(a, UNSTATED).max).toBeNull();
    expect(sumRanges([a, b])).toEqual({ min: 1170, max: 2145, says: null });
    expect(sumRanges([a, UNSTATED]).max).toBeNull();
    expect(sumRanges([a])).toBe(a);
  });
});

describe('range words', () => {
  test('the unit once, after the range; one figure in its own words; nothing when none is stated', async () => {
    const { amountWords } = await import('./words');
    const { ENGLISH } = await import('../i18n/english');
    expect(amountWords({ min: 1000, max: 1430, says: null }, ENGLISH)).toBe(
      'between about 1,000 and 1,430 km²',
    );
    expect(amountWords({ min: 0, max: 715, says: null }, ENGLISH)).toBe('up to about 715 km²');
    expect(amountWords(figureRange({ km2: 1300, qualifier: 'about' }), ENGLISH)).toBe('about 1,300 km²');
    expect(amountWords(figureRange({ km2: 1000, qualifier: 'over' }), ENGLISH)).toBe('over 1,000 km²');
    expect(amountWords({ min: 12.3, max: 12.3, says: null }, ENGLISH)).toBe('12 km²');
    expect(amountWords(UNSTATED, ENGLISH)).toBeNull();
  });
});
