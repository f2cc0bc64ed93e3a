import { describe, expect, it } from 'vitest';
import { dateTold } from './claim-date';
import { findDates } from './dates';

// Written for these tests, not taken from any outlet.
const PUBLISHED = '2025-03-14';
const told = (text: string) =>
  dateTold(text, { start: 0, end: text.length }, findDates(text, PUBLISHED), PUBLISHED);

describe('dateTold', () => {
  it('dates "now" at publication, unless the sentence names the day it was told', () => {
    expect(told('On Tuesday the ministry said Russian forces now hold the town.')?.date).toBe(PUBLISHED);
    expect(
      told('A mapping group estimated on Thursday that Ukraine now holds less than 200 km2.')?.date,
    ).toBe('2025-03-13');
    expect(told('Troops retook it on 2 March; both are now geolocated.')?.date).toBe('2025-03-02');
    // (heldout120: a letter quoted with the day it was written)
    expect(told('On 2 March he wrote: "The town is mostly theirs now."')?.date).toBe('2025-03-02');
  });
  it("takes the event's date before the evidence's", () => {
    expect(told('Footage published on March 12 shows troops entered the village on March 10.')?.date).toBe(
      '2025-03-10',
    );
    expect(told('Troops held the line.')).toBeUndefined();
  });

  it('dates a gain told in the perfect "since" a date when it was told; a state since then by the "since"', () => {
    expect(told('Since 1 October, Russian troops have taken 138 km2 in this sector.')).toBeUndefined();
    expect(told('Since the summer, Ukrainian troops have abandoned three towns.')).toBeUndefined();
    // (heldout88: "since" told with what began then)
    expect(told('Russian forces have taken 200 km2 since launching the push in March.')).toBeUndefined();
    expect(told('Ukraine has held the town since 6 August.')?.date).toBe('2024-08-06');
    // (heldout102: claims made again and again since then, as of the telling)
    expect(told('Moscow has claimed Mali Shcherbaky at least twice since the spring.')).toBeUndefined();
  });

  it('dates a capture announced "since" a day, or ground "taken by" forces since it, when told (heldout129-132)', () => {
    expect(
      told('Moscow has announced the capture of at least seven villages since mid-May.'),
    ).toBeUndefined();
    expect(told('The group counts 90 km2 taken by Russian forces since 1 October.')).toBeUndefined();
    // (but a capture announced on a day is dated by it)
    expect(told('Moscow announced the capture of the village on 2 March.')?.date).toBe('2025-03-02');
  });

  it('dates a clause by its own date when the "now" is a later clause\'s (heldout131)', () => {
    expect(
      told('Russian forces have been attacking near the town since 2 March, and the two sides now disagree.')
        ?.date,
    ).toBe('2025-03-02');
    // (a "now" with no date told before it still dates it at publication)
    expect(told('In the south, and not for the first time, troops now hold the town.')?.date).toBe(PUBLISHED);
  });

  it('dates people taken out of villages "since" a day by that day (no gain of ground)', () => {
    expect(
      told('Since 4 March, when troops tried to cross, 400 people have been taken out of the villages.')
        ?.date,
    ).toBe('2025-03-04');
  });

  it('dates "said on Tuesday his troops now control" by the Tuesday', () => {
    expect(told('Syrskyi said on Tuesday his troops now control 1,294 sq km.')?.date).toBe('2025-03-11');
  });
});

describe('dateTold, a date closing a relative clause', () => {
  it('tells of the place beside a claim ("positions that were lost last week"), not of the claim', () => {
    expect(
      told('They say they have regained two positions near Yablunivka that were lost last week.'),
    ).toBeUndefined();
    expect(
      told('Units advanced 1.5 km west of Sudzha, the town that Ukraine seized last August.'),
    ).toBeUndefined();
    expect(told('Twenty-six villages that the enemy seized last August are free again.')).toBeUndefined();
    expect(told('It is the town that Ukraine seized last August.')?.date).toBe('2024-08-01');
  });
});

describe('dateTold, "since then"', () => {
  it('dates a gain told in the perfect "since then" when it was told, not by the date before it', () => {
    expect(told('Since then our troops have pushed them back almost to Sudzha.')?.date).toBe(PUBLISHED);
    expect(told('Since then the front has barely moved.')).toBeUndefined();
  });
});

describe("a diary entry's day", () => {
  it('dates the entry, "now" and "this morning" in it; a live blog\'s "16.05 —" is a time', () => {
    const text =
      'Diary\n\n28.08. Smoke over the city every evening now. Radio says they are attacking Pokrovsk.';
    const dates = findDates(text, '2025-10-01');
    expect(dates.map((d) => [text.slice(d.start, d.end), d.date])).toEqual([['28.08', '2025-08-28']]);
    const now = text.indexOf('Smoke');
    expect(dateTold(text, { start: now, end: text.indexOf(' Radio') }, dates, '2025-10-01')?.date).toBe(
      '2025-08-28',
    );
    const morning = '23.08. I walked past the council this morning.';
    expect(findDates(morning, '2025-10-01').map((d) => d.date)).toEqual(['2025-08-23', '2025-08-23']);
    expect(findDates('Live\n\n16.05 — Russian troops entered the village.', '2025-10-01')).toEqual([]);
    expect(findDates('First time in a month I have slept.', '2025-10-01')).toEqual([]);
  });
});

describe('dateTold, words first seen in blind sets heldout75 and heldout76', () => {
  it('takes the day named after a day counted to ("Six weeks later, on 26 February")', () => {
    expect(
      told('Six weeks later, on 26 February, Gerasimov reported that Gornal had been cleared.')?.date,
    ).toBe('2025-02-26');
    // (not another telling's day: "who visited at the weekend, said on Tuesday")
    expect(
      told('Syrskyi, who visited brigades at the weekend, said on Tuesday that the line held.')?.date,
    ).toBe('2025-03-08');
  });
  it('dates gains "won back" or counted "since" a date when told', () => {
    expect(
      told('Ukrainian forces have won back roughly 30 square kilometres since the start of July.'),
    ).toBeUndefined();
    expect(
      told('The group estimates Russian gains since the start of June at about 25 square kilometres.'),
    ).toBeUndefined();
  });
});
