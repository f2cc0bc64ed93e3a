import { describe, expect, test } from 'vitest';
import type { Areas } from '../view/areas';
import { areaRow } from '../view/fixtures/rows';
import { ENGLISH } from '../i18n/english';
import { anyUnmapped, coverageOn, latestClaim, unmappedOblasts } from './coverage';
import { coverageWords } from './words';

const areas: Areas = {
  unit: 'km2',
  method: 'test',
  dates: ['2025-03-17', '2025-04-26'],
  rows: [
    areaRow('2025-03-17', 3, {
      region: 'zaporizhzhia',
      perspective: 'ru',
      holder: 'ru',
      scope: 'local',
      places: ['mali'],
    }),
    areaRow('2025-04-26', 3, {
      region: 'zaporizhzhia',
      perspective: 'ru',
      holder: 'ru',
      scope: 'local',
      places: ['mali'],
    }),
    areaRow('2025-04-26', 0, { perspective: 'ru', km2_min: 0, km2_max: 0 }),
    areaRow('2025-04-26', 120, { region: 'belgorod', basis: 'traced', source: 'series' }),
  ],
};
const REGIONS = [
  { id: 'kursk', oblast: 'RU.KS' },
  { id: 'zaporizhzhia', oblast: 'UA.ZP' },
  { id: 'belgorod', oblast: 'RU.BL' },
];

describe('coverage', () => {
  test('claims about places map only around them; a claim of none or a traced series maps the whole area', () => {
    expect(coverageOn(areas, 'zaporizhzhia', 'ru', '2025-04-27')).toEqual({
      kind: 'places',
      places: ['mali'],
      series: null,
    });
    expect(coverageOn(areas, 'kursk', 'ru', '2025-04-27')).toEqual({
      kind: 'area',
      places: [],
      series: null,
    });
    expect(coverageOn(areas, 'belgorod', 'assessed', '2025-04-27')).toMatchObject({
      kind: 'area',
      series: 'series',
    });
    expect(coverageOn(areas, 'kursk', 'ru', '2025-03-20').kind).toBe('none');
    expect([...unmappedOblasts(areas, REGIONS, 'ru', '2025-04-27')]).toEqual(['UA.ZP', 'RU.BL']);
    // the same question over the five areas, for the map's key
    expect(anyUnmapped(areas, 'ru', '2025-04-27')).toBe(true);
  });

  test('the latest territorial claim of a perspective in an area, and its words once the date is past it', () => {
    const claims = [
      { date: '2025-03-17', region: 'zaporizhzhia', perspective: 'ru', kind: 'advance' },
      { date: '2025-03-29', region: 'zaporizhzhia', perspective: 'ru', kind: 'advance' },
      { date: '2025-04-01', region: 'zaporizhzhia', perspective: 'ru', kind: 'statement' },
      { date: '2025-04-02', region: 'zaporizhzhia', perspective: 'ua', kind: 'control' },
    ];
    expect(latestClaim(claims, 'zaporizhzhia', 'ru')).toBe('2025-03-29');
    expect(latestClaim(claims, 'kursk', 'ru')).toBeNull();
    const where = { of: 'of Zaporizhzhia oblast', places: ['Mali Shcherbaky'] };
    const places = coverageOn(areas, 'zaporizhzhia', 'ru', '2025-04-27');
    expect(coverageWords(places, where, { shown: '2025-04-27', latest: '2025-03-29' }, ENGLISH)).toBe(
      'The claims in force map only the ground around Mali Shcherbaky; the rest of Zaporizhzhia oblast is not mapped by these claims. No newer claim since 29 March 2025.',
    );
    expect(coverageWords(places, where, { shown: '2025-03-29', latest: '2025-03-29' }, ENGLISH)).toContain(
      'Latest claim: 29 March 2025.',
    );
    const none = { kind: 'none' as const, places: [], series: null };
    expect(coverageWords(none, where, { shown: '2025-01-01', latest: null }, ENGLISH)).toBe(
      'No claim in force maps any of Zaporizhzhia oblast: it is not mapped by these claims. No territorial claim from this perspective.',
    );
  });
});
