/**
 * The words around a downloaded picture and the share tags of a view: what the view shows,
 * the outlets of the claims behind it (newest first, each once), the credit, and the
 * oEmbed response of the view's own area.
 */
import { describe, expect, test } from 'vitest';
import { shareTags } from '../embedding/share';
import { ENGLISH } from '../i18n/english';
import { claimsOfView, type Areas } from './areas';
import { areaRow } from './fixtures/rows';
import { pictureWords } from './picture-words';
import { DEFAULT_VIEW, type ViewState } from './state';

const areas: Areas = {
  unit: 'km2',
  method: 'test',
  dates: ['2024-08-06', '2024-08-20'],
  rows: [
    areaRow('2024-08-06', 400, { claims: ['a'] }),
    areaRow('2024-08-20', 1295, { claims: ['b', 'c'] }),
    areaRow('2024-08-20', 900, { claims: ['d'], perspective: 'ru' }),
  ],
};
const claims = [
  { id: 'a', date: '2024-08-06', source: 's1' },
  { id: 'b', date: '2024-08-12', source: 's1' },
  { id: 'c', date: '2024-08-20', source: 's2' },
  { id: 'd', date: '2024-08-19', source: 's2' },
];
const sources = new Map([
  ['s1', { outlet: 'Outlet One', published: '2024-08-12' }],
  ['s2', { outlet: 'Outlet Two', published: '2024-08-20' }],
]);
const view: ViewState = { ...DEFAULT_VIEW, region: 'kursk', date: '2024-08-21' };

describe('claimsOfView', () => {
  test('the claims in force for each side, newest first', () => {
    expect(
      claimsOfView(claims, areas, ['kursk'], [{ perspective: 'assessed', date: '2024-08-21' }]).map(
        (c) => c.id,
      ),
    ).toEqual(['c', 'b']);
    const both = [
      { perspective: 'assessed', date: '2024-08-21' },
      { perspective: 'ru', date: '2024-08-21' },
    ];
    expect(claimsOfView(claims, areas, ['kursk'], both).map((c) => c.id)).toEqual(['c', 'd', 'b']);
    expect(claimsOfView(claims, areas, ['sumy'], both)).toEqual([]);
  });
});

describe('pictureWords', () => {
  test('the view, its outlets once each, and the credit with the data’s attribution', () => {
    const inForce = claimsOfView(claims, areas, ['kursk'], [{ perspective: 'assessed', date: '2024-08-21' }]);
    const words = pictureWords(view, inForce, sources, ENGLISH, 'OpenStreetMap contributors (ODbL)');
    expect(words.title).toBe('Kursk oblast · 21 August 2024 · Independent assessment');
    expect(words.sides).toEqual([]);
    expect(words.sources).toBe('Sources: Outlet Two, 20 August 2024; Outlet One, 12 August 2024.');
    expect(words.credit).toContain('Map data: OpenStreetMap contributors (ODbL).');
    expect(words.key).toEqual({
      ru: 'Russian-held',
      ua: 'Ukrainian-held',
      notMapped: 'Not mapped by these claims',
    });
  });

  test('a comparison names both sides; no claim in force is said, not left blank', () => {
    const compare = { ...view, mode: 'compare' as const, left: 'ru' as const, right: 'ua' as const };
    const words = pictureWords(compare, [], sources, ENGLISH, 'x');
    expect(words.sides).toEqual(['Russian claims', 'Ukrainian claims']);
    expect(words.sources).toBe('No claim in force draws this view.');
  });
});

describe('shareTags', () => {
  test('an area’s view points at its own oEmbed response and says where and when', () => {
    const tags = shareTags(
      view,
      ENGLISH,
      'https://maps.example.org/?region=kursk',
      'https://maps.example.org/',
    );
    expect(tags.oembed).toBe('https://maps.example.org/oembed-kursk.json');
    expect(tags.meta['og:url']).toBe('https://maps.example.org/?region=kursk');
    expect(tags.meta['og:title']).toBe('Frontline map: Kursk oblast');
    expect(tags.meta['og:description']).toContain('Kursk oblast, as of 21 August 2024');
    const overview = shareTags({ ...view, region: 'overview' }, ENGLISH, 'https://m/', 'https://m/');
    expect(overview.oembed).toBe('https://m/oembed.json');
  });
});
