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
