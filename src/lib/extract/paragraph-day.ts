/**
 * The day a paragraph tells, carried to its sentences that tell none: "The ministry said on
 * Monday that its troops had taken Varachyne. It said they now control 11 villages" is all
 * as of Monday. "now" is as of publication unless whoever told the day goes on saying it,
 * and is no day told for the sentences after it; "Since the spring" is no day told for a
 * sentence with a "since May" of its own. Pure.
 */
import { dateTold, since } from './claim-date';
import { dateHeadings, type FoundDate } from './dates';
import type { Sentence } from './sentences';

/** "said the same evening": the day told before, whoever says it. */
const SAME_DAY = /\bthe same (?:day|evening|morning|afternoon|night)\b/i;
/** A present "is still": as of publication, not a month or season told before it. */
const STILL_NOW = /\b(?:is|are|remains?) still\b|\bstill (?:holds?|controls?|remains?)\b/i;
/** A present telling of a perfect: "bloggers write that assault groups have entered X". */
const SAYS_HAVE =
  /\b(?:say|says|write|writes|claim|claims|report|reports|insist|insists|post|posts)\s+(?:that\s+)?[^.;]*?\b(?:have|has)\s+(?!been\b)\w+/i;
/** "Hryhorov" goes on from "Oleh Hryhorov". */
const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

type Told = FoundDate & { paragraph: number; speaker?: string | null };

export class ParagraphDay {
  private told: Told | null = null;
  /** Lines that are a date alone: a diary's entries, a week-in-review's days. */
  private readonly headings: FoundDate[];

  constructor(
    private readonly text: string,
    private readonly dates: FoundDate[],
    private readonly published: string,
  ) {
    this.headings = dateHeadings(text, dates);
  }

  /** The date the sentence's own words give it (`own`), and the one it is told as of. */
  read(sentence: Pick<Sentence, 'start' | 'end' | 'paragraph'> & { sentence?: Sentence }): {
    own?: FoundDate;
    told?: FoundDate;
  } {
    const own = dateTold(this.text, sentence, this.dates, this.published);
    if (this.told?.paragraph !== sentence.paragraph) {
      // ("Saturday, 22 February" over a diary's entry: its paragraphs are that day's)
      const heading = this.headings.findLast((d) => d.start < sentence.end);
      this.told = heading ? { ...heading, paragraph: sentence.paragraph } : null;
    }
    if (own) {
      if (own.end > own.start) this.told = { ...own, paragraph: sentence.paragraph };
      return { own, told: own };
    }
    const spans = this.dates.some(
      (d) => d.start >= sentence.start && d.start < sentence.end && since(this.text, d),
    );
    // ("The Koreans attacked in December ... But Makhnovka is still contested, and our infantry
    // are in it": now, not then, in each clause of the sentence)
    const whole = sentence.sentence ?? sentence;
    const present = this.text.slice(whole.start, whole.end);
    const still = this.told?.precision !== 'day' && (STILL_NOW.test(present) || SAYS_HAVE.test(present));
    return {
      own,
      told: this.told && !still && !(spans && since(this.text, this.told)) ? this.told : undefined,
    };
  }

  /**
   * Who says the sentence, once heard: the day a "now" of theirs is as of, when they told
   * the paragraph's day or went on from whoever did without naming anyone else.
   */
  heard(
    sentence: Pick<Sentence, 'start' | 'end'>,
    own: FoundDate | undefined,
    speaker: string | null,
  ): FoundDate | undefined {
    const told = this.told;
    if (!told) return undefined;
    if (told.start >= sentence.start && told.start < sentence.end) told.speaker = speaker;
    const now = own !== undefined && own.end === own.start;
    const same =
      !speaker ||
      !told.speaker ||
      surname(speaker) === surname(told.speaker) ||
      SAME_DAY.test(this.text.slice(sentence.start, sentence.end));
    return now && told.precision === 'day' && same ? told : undefined;
  }
}
