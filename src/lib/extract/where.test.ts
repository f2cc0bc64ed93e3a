import { describe, expect, it } from 'vitest';
import { pointsAtGround } from './where';

// Written for these tests, not taken from any outlet.
describe('pointsAtGround', () => {
  it('reads a later clause pointing back at the place before it: "the town", "the northern half", "which"', () => {
    expect(pointsAtGround('and troops have since left the ruined town', true)).toBe(true);
    expect(pointsAtGround('the Russians hold the northern half', true)).toBe(true);
    expect(pointsAtGround('which they captured in September', true)).toBe(true);
  });
  it('reads no ground in a first clause pointing back, nor in "half of the" a thing', () => {
    expect(pointsAtGround('the Russians hold the northern half', false)).toBe(false);
    expect(pointsAtGround('the Russians hold the northern half of the budget', true)).toBe(false);
  });
  it('reads where the speaker stands, not a direction towards it', () => {
    expect(pointsAtGround('we still hold this street', false)).toBe(true);
    expect(pointsAtGround('pressing on towards the border', false)).toBe(false);
  });
});
