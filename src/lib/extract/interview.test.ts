import { describe, expect, it } from 'vitest';
import { castOf } from './cast';
import { unlabelledAnswers } from './interview';

// An interview written for these tests, not from any outlet.
const INTERVIEW = `"We went in so they would look north": a commander on the border

Colonel Ivan Petrenko commands one of the brigades that crossed the border in March. We spoke to him by video link; the conversation has been edited for length.

Russian bloggers wrote that your units reached Popovka within hours. What happened?

"We crossed before dawn on the 18th near Demidovka."

Where is the line now?

We pulled out of Popovka in April. The Russians had brought up paratroopers.

Our infantry are still in Demidovka.`;

const answers = (text: string) =>
  unlabelledAnswers(
    text,
    castOf(text, () => false),
  );

describe('an interview printed as question and answer paragraphs', () => {
  it("reads the answers as the interviewee's, of the side their words are on", () => {
    const found = answers(INTERVIEW)!;
    expect(found.interviewee).toMatchObject({ claimant: 'ua-military', name: 'Ivan Petrenko' });
    expect(found.spans.map((s) => INTERVIEW.slice(s.start, s.end).trim().slice(0, 20))).toEqual([
      '"We crossed before d',
      'We pulled out of Pop',
    ]);
    // the second answer runs to the end, over two paragraphs
    expect(INTERVIEW.slice(found.spans[1].start, found.spans[1].end)).toContain('Our infantry');
  });

  it('is not read where no one is said to be interviewed, nor in a labelled transcript', () => {
    expect(answers(INTERVIEW.replace(/We spoke .*length\./, 'He was there.'))).toBeNull();
    const labelled = INTERVIEW.replace('Where is the line now?', 'HOST: Where is the line now?');
    expect(answers(labelled.replace('\n\nWe pulled', '\n\nPETRENKO: We pulled'))).toBeNull();
  });

  it('needs two questions answered, and a side for a soldier', () => {
    expect(answers(INTERVIEW.replace('Where is the line now?', 'The line moved.'))).toBeNull();
    expect(answers(INTERVIEW.replace('The Russians had', 'They had'))).toBeNull();
  });
});

// An interview printed with a hyphen before each turn, as a local paper might, written for this test.
const DASHED_INTERVIEW = `"Nobody lives on a map": a community head on the war

Mykola Hrytsenko has headed the Yunakivka hromada, a string of villages along the Russian border, since 2020. We spoke to him in Sumy.

- How many people are still living in the villages?

- Perhaps 600, mostly old people.

- On Sunday Russia's defence ministry announced that its troops had taken Oleksiivka. Is that true?

- No. Oleksiivka is a grey zone; neither side can say it holds it.

- And Yunakivka itself?

- Yunakivka is ours.`;

describe('an interview printed with hyphens', () => {
  it('reads the answers as the person the introduction opens on, not as whom a question quotes', async () => {
    const { draftClaims } = await import('./draft');
    const { gazetteer } = await import('./fixtures/gazetteer');
    const source = { id: 'T', outlet: 'Test Weekly', title: 'T', published: '2025-06-20' };
    const { drafts } = draftClaims({ text: DASHED_INTERVIEW, source }, gazetteer);
    const said = (phrase: string) => {
      const at = DASHED_INTERVIEW.indexOf(phrase);
      const d = drafts.find((d) => d.span[0] <= at && at < d.span[1]);
      return d && [d.claimant, d.claimant_name];
    };
    expect(said('announced that its troops')).toEqual(['ru-military', "Russia's defence ministry"]);
    expect(said('Oleksiivka is a grey zone')).toEqual(['ua-official', 'Mykola Hrytsenko']);
    expect(said('Yunakivka is ours')).toEqual(['ua-official', 'Mykola Hrytsenko']);
  });
});
