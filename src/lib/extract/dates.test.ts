import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

// Published on Wednesday 30 April 2025. Phrases written for these tests, not from any outlet.
const PUBLISHED = '2025-04-30';

describe('findDates, against the publication date', () => {
  it.each([
    ['Troops entered the village on Saturday.', '2025-04-26', 'day'],
    ['The offensive began last August.', '2024-08-01', 'month'],
    ['The bridge fell nearly two weeks ago.', '2025-04-16', 'approximate'],
    ['Moscow said the region was cleared by April 2025.', '2025-04-01', 'month'],
    ['Shelling intensified earlier this week.', '2025-04-28', 'approximate'],
    ['The front barely moved in early 2025.', '2025-01-01', 'approximate'],
    ['Fighting reached Sudzha on 6 August 2024.', '2024-08-06', 'day'],
    ['The strike came three days ago.', '2025-04-27', 'day'],
    ['Officials first reported it on August 6.', '2024-08-06', 'day'],
    ['Ukraine withdrew in mid-March 2025.', '2025-03-15', 'approximate'],
  ])('%s', (text, date, precision) => {
    const found = findDates(text, PUBLISHED);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date, precision });
    expect(found[0].date <= PUBLISHED).toBe(true);
    // the offsets cover the words the date was read from
    expect(text.slice(found[0].start, found[0].end)).toMatch(/\d|saturday|august|weeks?|days/i);
  });

  it.each([
    ['Fighting flared again last week.', '2025-04-21', 'approximate'],
    ['The village changed hands last month.', '2025-03-01', 'month'],
  ])('%s: the period before this one, from its first day', (text, date, precision) => {
    expect(findDates(text, PUBLISHED)).toMatchObject([{ date, precision }]);
  });

  it.each([
    ['It had been held since last summer.', '2024-06-01'],
    ['They held the bridgehead in the autumn of 2024.', '2024-09-01'],
    ['Last winter the front froze.', '2024-12-01'],
    // published in April 2025: the latest spring begun, the latest autumn a year before
    ['The town fell in the spring.', '2025-03-01'],
    ['They took it during the autumn, and the next town soon after.', '2024-09-01'],
    ['By the end of January the pocket had shrunk.', '2025-01-31'],
    ['In mid-March the town was retaken.', '2025-03-15'],
    ['By early April the village was abandoned.', '2025-04-01'],
    ['In late May the advance stalled.', '2024-05-21'],
    ['Troops took the village at the weekend.', '2025-04-26'],
  ])('%s: a season or a part of a month, approximate', (text, date) => {
    expect(findDates(text, PUBLISHED)).toMatchObject([{ date, precision: 'approximate' }]);
  });

  it.each([
    ['On the night of 13 April, drones hit the port.', '2025-04-13'],
    ['On the night of 3 to 4 April 2025, the depot burned.', '2025-04-04'],
  ])('%s: a night is dated by its day, or by the morning it ended', (text, date) => {
    expect(findDates(text, PUBLISHED)).toMatchObject([{ date, precision: 'day' }]);
  });

  it('counts "two days later" from the date before it, and ignores a time of day alone', () => {
    const text = '09:20 – Moscow claimed the town on 6 April 2025. Kyiv denied it two days later.';
    expect(findDates(text, PUBLISHED).map((d) => [d.date, d.precision])).toEqual([
      ['2025-04-06', 'day'],
      ['2025-04-08', 'day'],
    ]);
    // (heldout89: "nine days later" is a day too, counted from the day told)
    expect(
      findDates('Units crossed on 18 March; it was declared cleared nine days later.', PUBLISHED),
    ).toMatchObject([{ date: '2025-03-18' }, { date: '2025-03-27', precision: 'day' }]);
    expect(findDates('It fell a week earlier.', PUBLISHED)).toMatchObject([
      { date: '2025-04-23', precision: 'approximate' },
    ]);
    expect(findDates('Moscow claimed it on April 14; Kyiv replied the next day.', PUBLISHED)).toMatchObject([
      { date: '2025-04-14' },
      { date: '2025-04-15', precision: 'day' },
    ]);
  });

  it('finds each date in a passage, in order', () => {
    const text = 'On Saturday the ministry claimed the town; by 6 August 2024 it had said the opposite.';
    expect(findDates(text, PUBLISHED).map((d) => d.date)).toEqual(['2025-04-26', '2024-08-06']);
  });
  it('reads dates written day first as numbers, and not a dateline or a decimal', () => {
    const text =
      'On 12.03 the town fell; in the night to 16.03 drones came; on 14.05.2024 it began. It is 1.5 km away.';
    expect(findDates(text, PUBLISHED).map((d) => [d.date, d.precision])).toEqual([
      ['2025-03-12', 'day'],
      ['2025-03-16', 'day'],
      ['2024-05-14', 'day'],
    ]);
    // after publication: last year's; a day the month lacks: nothing
    expect(findDates('On 30.04, on 01.05 and on 31.02.', PUBLISHED).map((d) => d.date)).toEqual([
      '2025-04-30',
      '2024-05-01',
    ]);
    const wire = 'MOSCOW/KYIV, March 21 (Test Wire) - The ministry said on Thursday it held the village.';
    expect(findDates(wire, '2025-03-21').map((d) => d.date)).toEqual(['2025-03-20']);
  });

  it('never reads a date over a line break, and dates "over the previous day" as the report\'s day', () => {
    expect(findDates('Notes, week 19\n\nOn 28 June we took the village.', PUBLISHED)).toEqual([
      { date: '2024-06-28', precision: 'day', start: 16, end: 26 },
    ]);
    const text =
      'He said on Tuesday that units had gained ground over the previous day. The previous day was quiet.';
    expect(findDates(text, PUBLISHED).map((d) => d.date)).toEqual(['2025-04-29', '2025-04-29', '2025-04-28']);
  });

  it('reads "the evening of 19 August" and "the following month"', () => {
    expect(findDates('It appeared on the evening of 19 April.', PUBLISHED).map((d) => d.date)).toEqual([
      '2025-04-19',
    ]);
    const text = 'Novohrodivka fell in September 2024, Selydove the following month.';
    expect(findDates(text, PUBLISHED).map((d) => [d.date, d.precision])).toEqual([
      ['2024-09-01', 'month'],
      ['2024-10-01', 'month'],
    ]);
    // (heldout132: the end of the month told before)
    const end = 'They crossed on 6 August 2024. By the end of that month they held 1,300 sq km.';
    expect(findDates(end, PUBLISHED).map((d) => [d.date, d.precision])).toEqual([
      ['2024-08-06', 'day'],
      ['2024-08-31', 'approximate'],
    ]);
    // (heldout130: counted back from the month told)
    const before =
      'Selydove fell in October 2024, and Novohrodivka a month before it; Kurakhove two months later.';
    expect(findDates(before, PUBLISHED).map((d) => [d.date, d.precision])).toEqual([
      ['2024-10-01', 'month'],
      ['2024-09-01', 'month'],
      ['2024-11-01', 'month'],
    ]);
  });

  it('dates no claim by "over the past week"; "two weeks ago" is a day, "about two weeks ago" not', () => {
    expect(findDates('Troops advanced 2 km over the past week.', PUBLISHED)).toEqual([]);
    // (heldout137: a diary's "today" is the day of the entry's heading, not of publication)
    const diary = 'Diary\n\nSunday, 16 March\n\nSyrskyi wrote today that the troops had moved.';
    expect(findDates(diary, PUBLISHED).map((d) => d.date)).toEqual(['2025-03-16', '2025-03-16']);
    // (heldout136: "in the last month" runs up to the telling; "last month" is the month before)
    expect(findDates('In the last month we moved forward eight kilometres.', PUBLISHED)).toEqual([]);
    expect(findDates('They took it last month.', PUBLISHED).map((d) => d.date)).toEqual(['2025-03-01']);
    // (heldout131: a ministry's weekly summary, told when it was made)
    expect(findDates('Units liberated two villages in the week from 23 to 29 April.', PUBLISHED)).toEqual([]);
    expect(findDates('They got across two weeks ago.', PUBLISHED).map((d) => [d.date, d.precision])).toEqual([
      ['2025-04-16', 'day'],
    ]);
    expect(findDates('About two weeks ago they reached the road.', PUBLISHED)[0].precision).toBe(
      'approximate',
    );
    expect(findDates('Troops captured Selydove in October last year.', PUBLISHED).map((d) => d.date)).toEqual(
      ['2024-10-01'],
    );
  });

  it('dates "last night" by the morning of the day told, and reads "this morning" and "earlier in the week"', () => {
    expect(findDates('Last night a glide bomb hit an apartment block.', PUBLISHED)[0]).toMatchObject({
      date: PUBLISHED,
      precision: 'day',
    });
    const post = findDates(
      'On Tuesday, 15 April, at 07:50: "Last night our units entered the village."',
      PUBLISHED,
    );
    expect(post.map((d) => d.date)).toEqual(['2025-04-15', '2025-04-15']);
    expect(findDates('As of this morning our map shows the town held.', PUBLISHED)[0]).toMatchObject({
      date: PUBLISHED,
      precision: 'day',
    });
    expect(findDates('They slipped in earlier in the week.', PUBLISHED)[0].precision).toBe('approximate');
    // (heldout116) words said "late last night", or "wrote ... last night": the evening before
    for (const said of [
      'The spokesman told us late last night that',
      'Balitsky wrote on Telegram last night that',
    ])
      expect(findDates(`${said} the town was held.`, PUBLISHED)[0]).toMatchObject({ date: '2025-04-29' });
  });

  it('dates nothing by a season compared with ("better than in the winter")', () => {
    expect(findDates('It is better than in the winter, honestly.', PUBLISHED)).toEqual([]);
    expect(findDates('Troops took it in the winter.', PUBLISHED)).toHaveLength(1);
  });

  it('dates nothing by "over the past seven days"', () => {
    expect(findDates('Russian forces advanced 4.5 km over the past seven days.', PUBLISHED)).toEqual([]);
  });
});

describe('a day of the month told alone', () => {
  it('is of the month told before it, else the last such day before publication', () => {
    const text =
      'The first reports came on 18 March. We crossed on the 18th, and by the 21st we held the south.';
    expect(findDates(text, PUBLISHED).map((d) => [text.slice(d.start, d.end), d.date, d.precision])).toEqual([
      ['on 18 March', '2025-03-18', 'day'],
      ['the 18th', '2025-03-18', 'day'],
      ['the 21st', '2025-03-21', 'day'],
    ]);
    // (published 30 April: "the 29th" is this month's, "since the 3rd" too)
    expect(findDates('They left on the 29th.', PUBLISHED)[0]).toMatchObject({ date: '2025-04-29' });
    expect(findDates('Quiet since the 3rd.', '2025-04-02')[0]).toMatchObject({ date: '2025-03-03' });
  });

  it('takes the month told before only from its paragraph or the one before (heldout116)', () => {
    const text =
      'It has been a grey zone since January.\n\nWhat came of the attack?\n\nOn the 6th our groups pushed two kilometres.';
    expect(findDates(text, PUBLISHED).find((d) => text.slice(d.start, d.end) === 'the 6th')?.date).toBe(
      '2025-04-06',
    );
    const asked = 'What happened in March?\n\nOn the 6th our groups pushed two kilometres.';
    expect(findDates(asked, PUBLISHED).find((d) => asked.slice(d.start, d.end) === 'the 6th')?.date).toBe(
      '2025-03-06',
    );
  });

  it('is not a unit, an anniversary or a month written out', () => {
    for (const text of [
      'Units of the 47th brigade held on.',
      'Attacks by the 3rd Assault Brigade.',
      'On the 5th day of fighting they left.',
      'This came on the 80th anniversary.',
    ])
      expect(
        findDates(text, PUBLISHED).filter((d) => /the \d/.test(text.slice(d.start, d.end))),
        text,
      ).toEqual([]);
  });
});

describe('a dateline naming its country', () => {
  it('dates nothing: "SUMY, Ukraine, July 15 (Wire) —"', () => {
    const text =
      'SUMY, Ukraine, July 15 (Test Wire) — The ministry said on Monday that its forces took the village.';
    expect(findDates(text, '2025-07-15').map((d) => [text.slice(d.start, d.end), d.date])).toEqual([
      ['on Monday', '2025-07-14'],
    ]);
  });
});

describe('how long something took', () => {
  it('dates nothing: "after moving for several days"; a span counts from the date before', () => {
    // Written for this test, not from any outlet.
    const text =
      'On 8 March his group entered the town after moving for several days along a pipeline. Five days later the garrison fled.';
    expect(findDates(text, '2025-05-20').map((d) => [text.slice(d.start, d.end), d.date])).toEqual([
      ['On 8 March', '2025-03-08'],
      ['Five days later', '2025-03-13'],
    ]);
  });
});

describe('"since" after a superlative', () => {
  it('compares, and dates nothing: "the most sweeping claim since the summer"', () => {
    // Written for this test, not from any outlet.
    const text =
      'It was the most sweeping claim since the summer. Troops have held it since the summer. Putin, for the first time since the war began, visited on Wednesday.';
    expect(findDates(text, '2025-10-28').map((d) => text.slice(d.start, d.end))).toEqual([
      'since the summer',
      'on Wednesday',
    ]);
  });
});

describe("a channel's post stamped with its day and time", () => {
  it('dates the post, and its "past day", by the stamp (a bare "16.05 —" stays a time)', () => {
    const text = 'Intro.\n\n13.10, 09:40. Summary for the past day. Units held.\n\n16.05 — Blog entry.';
    expect(findDates(text, '2025-10-19').map((d) => [text.slice(d.start, d.end), d.date])).toEqual([
      ['13.10', '2025-10-13'],
      ['for the past day', '2025-10-13'],
    ]);
  });
  it('reads a stamp in brackets, "[13.06, 07:40]", the same way (heldout102)', () => {
    const text =
      'Intro.\n\n[13.06, 07:40] Over the past day the enemy attacked.\n\n[14.06, 10:15] Today it said so.';
    expect(findDates(text, '2025-06-16').map((d) => [text.slice(d.start, d.end), d.date])).toEqual([
      ['13.06', '2025-06-13'],
      ['Over the past day', '2025-06-13'],
      ['14.06', '2025-06-14'],
      ['Today', '2025-06-14'],
    ]);
  });
});

describe("a changelog's entries stamped day.month", () => {
  it('dates lines opening "07.02 - " as days when every such stamp could be one, not "16.40 —" (heldout108)', () => {
    const log = 'Intro.\n\n03.02 - Kotlyne. We shaded it.\n\n07.02 - Udachne. Moved the line.';
    expect(findDates(log, '2025-02-10').map((d) => d.date)).toEqual(['2025-02-03', '2025-02-07']);
    const blog = 'Intro.\n\n16.05 — Blog entry.\n\n16.40 — Another.';
    expect(findDates(blog, '2025-05-20')).toEqual([]);
  });
});

describe('a season "of last year"', () => {
  it('is that season of the year before publication, not a year before it (heldout102)', () => {
    const text = 'Russian forces took Selydove in the autumn of last year.';
    expect(
      findDates(text, '2025-11-12').map((d) => [text.slice(d.start, d.end), d.date, d.precision]),
    ).toEqual([['the autumn of last year', '2024-09-01', 'approximate']]);
  });
});

describe('"a year ago today"', () => {
  it('is that day, one date', () => {
    const text = 'One year ago today, columns crossed the border.';
    expect(
      findDates(text, '2025-08-06').map((d) => [text.slice(d.start, d.end), d.date, d.precision]),
    ).toEqual([['One year ago', '2024-08-06', 'day']]);
  });
  it('"a year ago on Wednesday": that weekday of this week, a year back', () => {
    const text = 'A year ago on Wednesday, brigades crossed the border. Two years ago on Monday, too.';
    expect(
      findDates(text, '2025-08-06').map((d) => [text.slice(d.start, d.end), d.date, d.precision]),
    ).toEqual([
      ['A year ago', '2024-08-06', 'day'],
      ['Two years ago', '2023-08-04', 'day'],
    ]);
  });
});

describe('"on 6 August last year"', () => {
  it('is that day of the year before', () => {
    const text = 'Units crossed the border on 6 August last year.';
    expect(findDates(text, '2025-06-19').map((d) => [d.date, d.precision])).toEqual([['2024-08-06', 'day']]);
  });
});

describe('"the end of August" written on 4 August', () => {
  it("is last year's: this year's has not come", () => {
    expect(
      findDates('By the end of August Syrskyi was claiming 1,294 square kilometres.', '2025-08-04'),
    ).toMatchObject([{ date: '2024-08-31', precision: 'approximate' }]);
  });
});

describe('"slightly less than the week before"', () => {
  it('is a comparison, not when', () => {
    expect(
      findDates('DeepState said Russian forces had gained 27 km2, less than the week before.', '2025-07-27'),
    ).toEqual([]);
  });
});

describe('"below the August rate", first seen in blind set heldout157', () => {
  it('is a measure compared with, not when; "in August" still dates', () => {
    expect(findDates('Gains this week amount to 12-15 sq km, below the August rate.', '2025-11-07')).toEqual(
      [],
    );
    expect(findDates('Gains were faster in August.', '2025-11-07')).toMatchObject([{ date: '2025-08-01' }]);
  });
  it('reads "over the last days" as a span up to the telling, dating nothing (heldout157)', () => {
    expect(
      findDates('Over the last days the enemy has advanced two to three kilometres.', '2025-06-12'),
    ).toEqual([]);
  });
});
