import { describe, expect, test } from 'vitest';
import type { Track } from '../claims/schema';
import { expandTrack, INTERPOLATION_STEP_DAYS } from './expand';

const strip = (area: number, width = 40) => ({
  method: 'border-strip' as const,
  centre: 'x',
  width_km: width,
  area_km2: area,
  include: [],
  exclude: [],
  basis: 'area' as const,
  note: 'Drawn to the stated figure.',
});
const track = (frames: Track['frames']): Track => ({
  region: 'kursk',
  perspective: 'assessed',
  holder: 'ua',
  scope: 'region',
  frames,
});

describe('expandTrack: the rule between dated claims', () => {
  test('step: each frame holds until the next one, the last stays open', () => {
    const specs = expandTrack(
      track([
        { from: '2024-08-06', status: 'advance', claims: ['A'], draw: strip(300), then: 'step' },
        { from: '2024-08-20', status: 'controlled', claims: ['B'], draw: strip(1300), then: 'step' },
      ]),
    );
    expect(specs.map((s) => [s.from, s.to, s.status, s.claims])).toEqual([
      ['2024-08-06', '2024-08-20', 'advance', ['A']],
      ['2024-08-20', null, 'controlled', ['B']],
    ]);
    expect(specs.every((s) => s.interpolated === null)).toBe(true);
  });

  test('linear: weekly steps move area and width in proportion to the days passed', () => {
    const specs = expandTrack(
      track([
        { from: '2024-01-01', status: 'controlled', claims: ['A'], draw: strip(1000, 60), then: 'linear' },
        { from: '2024-01-29', status: 'controlled', claims: ['B'], draw: strip(200, 20), then: 'step' },
      ]),
    );
    expect(specs.map((s) => s.from)).toEqual([
      '2024-01-01',
      '2024-01-08',
      '2024-01-15',
      '2024-01-22',
      '2024-01-29',
    ]);
    expect(specs.slice(0, 4).map((s) => s.to)).toEqual([
      '2024-01-08',
      '2024-01-15',
      '2024-01-22',
      '2024-01-29',
    ]);
    const areas = specs.map((s) =>
      s.draw === 'none' || s.draw.method !== 'border-strip' ? null : s.draw.area_km2,
    );
    expect(areas).toEqual([1000, 800, 600, 400, 200]);
    expect(specs[2].interpolated).toMatchObject({ between: ['2024-01-01', '2024-01-29'], fraction: 0.5 });
    expect(specs[2].claims).toEqual(['A', 'B']);
    // a step says what it lies between, and carries no note of the claim it starts from
    expect(specs[2].interpolated!.claims).toEqual([['A'], ['B']]);
    expect(specs[2].draw !== 'none' && specs[2].draw.note).toBeUndefined();
    expect(specs[0].interpolated).toBeNull();
    // with interpolation off, the first claim's shape holds until the next claim
    expect(specs[0].holdsTo).toBe('2024-01-29');
    expect(specs.slice(1).every((s) => s.holdsTo === undefined)).toBe(true);
    expect(INTERPOLATION_STEP_DAYS).toBe(7);
  });

  test('`to` ends a frame early; `none` records a claimed absence', () => {
    const specs = expandTrack(
      track([
        {
          from: '2024-08-12',
          to: '2024-09-01',
          status: 'controlled',
          claims: ['A'],
          draw: strip(1000),
          then: 'step',
        },
        { from: '2025-04-26', claims: ['B'], draw: 'none', then: 'step' },
      ]),
    );
    expect(specs.map((s) => [s.from, s.to, s.draw === 'none'])).toEqual([
      ['2024-08-12', '2024-09-01', false],
      ['2025-04-26', null, true],
    ]);
  });

  test.each([
    [
      'frames out of order',
      [
        { from: '2024-02-01', status: 'advance', claims: ['A'], draw: strip(1), then: 'step' },
        { from: '2024-01-01', status: 'advance', claims: ['B'], draw: strip(1), then: 'step' },
      ],
      /frames must run forward in time/,
    ],
    [
      'end before start',
      [
        {
          from: '2024-02-01',
          to: '2024-01-01',
          status: 'advance',
          claims: ['A'],
          draw: strip(1),
          then: 'step',
        },
      ],
      /is not after start/,
    ],
    [
      'linear with nothing after',
      [{ from: '2024-02-01', status: 'advance', claims: ['A'], draw: strip(1), then: 'linear' }],
      /needs a next frame/,
    ],
    [
      'linear across different centres',
      [
        { from: '2024-01-01', status: 'advance', claims: ['A'], draw: strip(1), then: 'linear' },
        {
          from: '2024-02-01',
          status: 'advance',
          claims: ['B'],
          draw: { ...strip(2), centre: 'y' },
          then: 'step',
        },
      ],
      /same centre/,
    ],
  ] as const)('rejects %s', (_name, frames, message) => {
    expect(() => expandTrack(track(frames as unknown as Track['frames']))).toThrow(message);
  });
});
