import { describe, expect, it } from 'vitest';
import { intervieweeIn } from './answers';

// Introductions written for these tests, not taken from any outlet.
describe('intervieweeIn', () => {
  it("takes the side and role from the introduction's words", () => {
    expect(
      intervieweeIn(
        "Below is a transcript of an interview with Major Ivan Petrenko, who commands a rifle battalion on Ukraine's eastern front.",
      ),
    ).toMatchObject({ claimant: 'ua-military', name: 'Major Ivan Petrenko' });
    expect(
      intervieweeIn(
        'We spoke in an interview with Pavel Orlov, the deputy head of a Russian border district administration.',
      ),
    ).toMatchObject({ claimant: 'ru-official' });
    // "We spoke to" a role before the name; no side in the words: the side of the ground told of
    const spoke = 'We spoke to the head of the district administration, Andrei Kolesnik, about the border.';
    expect(intervieweeIn(spoke, 'ru')).toMatchObject({
      claimant: 'ru-official',
      name: 'the head of the district administration, Andrei Kolesnik',
    });
    expect(intervieweeIn(spoke)).toBeNull();
  });
  it('says nothing when the introduction names no side, no role, or no interview', () => {
    expect(intervieweeIn('An interview with Anna Bilyk, a novelist from Kharkiv.')).toBeNull();
    expect(intervieweeIn('An interview with Oleh Marchenko, who commands a company.')).toBeNull();
    expect(intervieweeIn("Ukraine's general staff said the attack was repelled.")).toBeNull();
  });
});
