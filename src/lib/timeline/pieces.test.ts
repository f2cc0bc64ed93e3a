import { expect, test } from 'vitest';
import { flips, PieceIndex, withoutSteps } from './pieces';

const index = new PieceIndex([
  { id: 'a', perspective: 'assessed', from: '2024-08-06', to: '2024-08-20' },
  { id: 'b', perspective: 'assessed', from: '2024-08-20', to: null },
  { id: 'c', perspective: 'ru', from: '2025-04-26', to: null },
]);

test('a piece shows from its first day up to, not including, its end', () => {
  expect([...index.visible('2024-08-05', 'assessed')]).toEqual([]);
  expect([...index.visible('2024-08-06', 'assessed')]).toEqual(['a']);
  expect([...index.visible('2024-08-19', 'assessed')]).toEqual(['a']);
  expect([...index.visible('2024-08-20', 'assessed')]).toEqual(['b']);
  expect([...index.visible('2030-01-01', 'assessed')]).toEqual(['b']);
  expect([...index.visible('2030-01-01', 'ru')]).toEqual(['c']);
});

test('a date change flips only the pieces that change', () => {
  const before = index.visible('2024-08-19', 'assessed');
  const after = index.visible('2024-08-20', 'assessed');
  expect(flips(before, after)).toEqual({ on: ['b'], off: ['a'] });
  expect(flips(after, index.visible('2024-12-01', 'assessed'))).toEqual({ on: [], off: [] });
});

test('with interpolation off, steps go and the shape a change starts from holds until the next claim', () => {
  const pieces = [
    { id: 'a', perspective: 'assessed', from: '2024-08-20', to: '2024-08-27', holds_to: '2025-01-15' },
    {
      id: 'step',
      perspective: 'assessed',
      from: '2024-08-27',
      to: '2025-01-15',
      interpolated: { between: ['2024-08-20', '2025-01-15'], fraction: 0.05 },
    },
    { id: 'b', perspective: 'assessed', from: '2025-01-15', to: null, interpolated: null },
  ];
  const off = new PieceIndex(withoutSteps(pieces));
  expect([...off.visible('2024-10-01', 'assessed')]).toEqual(['a']);
  expect([...off.visible('2025-01-15', 'assessed')]).toEqual(['b']);
  expect([...new PieceIndex(pieces).visible('2024-10-01', 'assessed')]).toEqual(['step']);
});
