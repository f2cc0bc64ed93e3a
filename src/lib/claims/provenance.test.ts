import { describe, expect, test } from 'vitest';
import { claimsStated, dayProblem, perspectiveProblem, shapeProblems } from './provenance';
import type { Claim, Draw, Place, Source } from './schema';

const claim = (over: Partial<Claim>): Claim => ({
  id: 'C1',
  region: 'kursk',
  date: '2025-03-01',
  date_precision: 'day',
  as_of: '2025-03-01',
  claimant: 'independent',
  claimant_name: 'Test',
  kind: 'control',
  holder: 'ua',
  places: [],
  figures: [],
  source: 'S',
  paraphrase: 'A test claim, paraphrased.',
  ...over,
});
const source = (over: Partial<Source>): Source => ({
  id: 'S',
  outlet: 'Test',
  title: 'Test',
  published: '2025-03-01',
  published_precision: 'day',
  in_brief: false,
  ...over,
});

describe('claimsStated: a note presenting a figure as stated', () => {
  test.each([
    ['Drawn to the stated depth.', true],
    ['Drawn to the stated peak.', true],
    ['A strip of about 110 km² along the border.', true],
    ['Some 500 sq mi, as the blurb says.', true],
    ['No figure stated; a narrow strip.', false],
    ['The town claimed; no extent stated.', false],
    ['Its extent is not stated.', false],
    ['No figure given; under half the peak.', false],
  ])('%s', (note, stated) => expect(claimsStated(note)).toBe(stated));
});

test('day precision: the source date or a date_source, else refused', () => {
  const sources = new Map([['S', source({})]]);
  expect(dayProblem(claim({}), sources)).toBeNull();
  expect(dayProblem(claim({ date: '2025-02-27' }), sources)?.field).toBe('date_precision');
  expect(dayProblem(claim({ date: '2025-02-27', date_source: 'S' }), sources)).toBeNull();
  const approximate = new Map([['S', source({ published_precision: 'approximate' })]]);
  expect(dayProblem(claim({}), approximate)?.message).toMatch(/S's date is approximate/);
});

test('unnamed reports support no perspective', () => {
  expect(perspectiveProblem(claim({ claimant: 'unnamed' }), 'assessed')).toMatch(/unnamed reports/);
  expect(perspectiveProblem(claim({}), 'assessed')).toBeNull();
  expect(perspectiveProblem(claim({ claimant: 'ru-military' }), 'assessed')).toMatch(/ru-military/);
});

describe('shapeProblems', () => {
  const places = new Map<string, Place>(
    [
      ['a', 50, 35],
      ['b', 50.01, 35.01],
    ].map(([id, lat, lon]) => [
      id as string,
      {
        id: id as string,
        names: { en: 'x', uk: 'x', ru: 'x' },
        lat: lat as number,
        lon: lon as number,
        oblast: 'RU.KS',
        source: 'test',
        accuracy_km: 0.5,
      },
    ]),
  );
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [34.9, 49.9],
        [35.1, 49.9],
        [35.1, 50.1],
        [34.9, 50.1],
        [34.9, 49.9],
      ],
    ],
  };
  const hull = (over: Partial<Draw>): Draw =>
    ({ method: 'hull', points: ['a'], pad_km: 1, include: [], exclude: [], basis: 'place', ...over }) as Draw;
  const claims = new Map([['C1', claim({ places: ['a'] })]]);

  test('a contained place no claim names is refused; exclude and near anchors are exempt', () => {
    const out = shapeProblems({ claims: ['C1'], draw: hull({}), interpolated: null }, square, places, claims);
    expect(out.map((p) => p.message)).toEqual([expect.stringMatching(/^b lies inside the shape/)]);
    const near = hull({ points: [{ near: 'b', bearing: 0, km: 1 }], exclude: [{ place: 'b', km: 1 }] });
    const named = new Map([['C1', claim({ places: ['a', 'b'] })]]);
    expect(shapeProblems({ claims: ['C1'], draw: near, interpolated: null }, square, places, named)).toEqual(
      [],
    );
  });

  test('a step between claims may not carry a stated figure in its note', () => {
    const step = {
      claims: ['C1'],
      draw: hull({ note: 'Drawn to 600 km2.' }),
      interpolated: { fraction: 0.5 },
    };
    const named = new Map([['C1', claim({ places: ['a', 'b'] })]]);
    expect(shapeProblems(step, square, places, named).map((p) => p.field)).toEqual(['draw.note']);
  });
});
