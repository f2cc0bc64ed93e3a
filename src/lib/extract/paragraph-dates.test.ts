/**
 * Dates across a paragraph, as first seen in blind sets heldout71 and heldout72: "now" dates
 * its own claim only, and a gain told "since" a date in reported speech is dated when told;
 * a "now" said by whoever told the paragraph's day is as of that day (heldout53, 64, 75).
 * Articles written for these tests in news style, not taken from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';

const source = { id: 'T', outlet: 'Test Wire', title: 'T', published: '2025-10-09' };
const dates = (text: string) => draftClaims({ text, source }, gazetteer).drafts.map((d) => d.date);

describe('a paragraph dated once', () => {
  it('goes on with its day past a "now" in between', () => {
    const text =
      'Zaporizhzhia\n\nThe Russian Defence Ministry said on Wednesday that its units had captured Stepnohirsk. Yevgeny Balitsky wrote that Russian forces now control 75 percent of the region. Vladyslav Voloshyn told the agency that Stepnohirsk remained a grey zone.';
    expect(dates(text)).toEqual(['2025-10-08', '2025-10-09', '2025-10-08']);
  });

  it('dates a "now" by the day told, when whoever told it goes on, or speaks "the same evening"', () => {
    const goesOn =
      'Sumy\n\nIn its briefing on Monday, the ministry said its units had pushed forward near Yunakivka. It said Russian troops now controlled 11 villages in the region.';
    expect(dates(goesOn)).toEqual(['2025-10-06', '2025-10-06']);
    const surname =
      'Sumy\n\nOleh Hryhorov, the head of the regional military administration, said on Wednesday that assaults near Yunakivka had been repelled. According to Hryhorov, the enemy now holds about 90 square kilometres of the region.';
    expect(dates(surname)).toEqual(['2025-10-08', '2025-10-08']);
    const sameEvening =
      "Sumy\n\nUkraine's northern command said on Monday that its units had retaken two positions near Yunakivka. Oleh Hryhorov said the same evening that Russian troops now occupy about 220 square kilometres of the region.";
    expect(dates(sameEvening)).toEqual(['2025-10-06', '2025-10-06']);
  });

  it('dates a gain "had freed ... since August" told on a day by that day', () => {
    const text =
      'Kursk\n\nPutin visited a command post in Kursk region on 12 March. There Gerasimov told him that Russian troops had freed more than 1,100 square kilometres of the region since August.';
    expect(dates(text).at(-1)).toBe('2025-03-12');
  });

  it('takes no day told from "Since the spring": a gain since May after it is as of publication', () => {
    const text =
      'Zaporizhzhia\n\nSince the spring, the war near Stepnohirsk has been measured in metres. According to DeepState, Russian forces have taken about 40 square kilometres around Stepnohirsk since May, including Plavni.';
    expect(dates(text).at(-1)).toBe('2025-10-09');
  });
});

describe('a present "is still" after a month told (heldout116)', () => {
  it('is as of publication in each clause, not the month before it; a day told goes on', () => {
    const month =
      'Kursk\n\nRussian troops took Plekhovo in September, the ministry said. But Makhnovka is still contested, and Ukrainian infantry hold its eastern half.';
    expect(dates(month)).toEqual(['2025-09-01', '2025-10-09', '2025-10-09']);
    const day =
      'Kursk\n\nThe ministry said on Monday that its troops had taken Plekhovo. It said Sudzha is still contested.';
    expect(dates(day)).toEqual(['2025-10-06', '2025-10-06']);
  });
});

describe('a line that is a date alone, first seen in blind sets heldout128 and heldout137', () => {
  it("dates the paragraphs under it, a diary's entries and a week's days, till the next", () => {
    const diary =
      "A medic's diary\n\nSaturday, 4 October\n\nThe boys say the Russians have got into Stepnohirsk again.\n\nTuesday, 7 October\n\nThe company commander says the brigade is pulling out of Mali Shcherbaky.";
    expect(dates(diary)).toEqual(['2025-10-04', '2025-10-07']);
    // (on its own line over the paragraph's first line, too: "now" is that day's)
    const week = 'The week\n\nMonday, 6 October\nThe ministry said its forces now control Stepnohirsk.';
    expect(dates(week)).toEqual(['2025-10-06']);
  });
});

describe('a present telling of a perfect, first seen in blind set heldout153', () => {
  it('is as of publication after a month told, not that month; a gain "since the start of" a month is too', () => {
    const bloggers =
      'Sumy\n\nPutin said last month that Russian troops had entered Sumy region. Russian war bloggers, meanwhile, write that assault groups have entered Yunakivka.';
    expect(dates(bloggers)).toEqual(['2025-09-01', '2025-10-09']);
    const since =
      'Kursk\n\nThe ministry says it has retaken 23 settlements since the start of its counter-offensive in August.';
    expect(dates(since)).toEqual(['2025-10-09']);
  });
});
