/**
 * An article cut into sentences, each knowing its paragraph, with offsets into the text:
 * the unit a draft claim is read from (issue 9). Pure.
 */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blocks separated by a blank line). */
  paragraph: number;
}

/** Words whose full stop does not end a sentence ("Mr. Zelensky", "U.S. officials", a list's "2."). */
const ABBREVIATIONS =
  /^\s*\d{1,3}\.$|(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|St|Jr|Sr|No|approx|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    if (!block[0].trim()) continue;
    let start = block.index;
    // an end mark, closing quotes or brackets, a think tank's footnote ("[2]"), then space and what may open a sentence; or
    // a line break before a list item or a live blog's time stamp ("- Russian forces...",
    // "2. ...", "09:40 ..."), which end what came before whatever its punctuation
    for (const end of block[0].matchAll(
      /[.!?]["'”’)\]]*(?:\[\d{1,3}\])*(?=\s+["'“‘(]?[A-ZА-ЯІЇЄҐ0-9])|\n(?=[ \t]*(?:[-•*–—][ \t]|\d{1,3}[.)][ \t]|\d{1,2}[:.]\d{2}\b))/g,
    )) {
      const stop = block.index + end.index + end[0].length;
      if (end[0] !== '\n' && ABBREVIATIONS.test(text.slice(Math.max(start, stop - 8), stop))) continue;
      push(start, stop);
      start = stop;
    }
    push(start, block.index + block[0].length);
    paragraph++;
  }
  return out;

  function push(from: number, to: number) {
    while (/\s/.test(text[from] ?? '') && from < to) from++;
    while (/\s/.test(text[to - 1] ?? '') && to > from) to--;
    if (to > from) out.push({ start: from, end: to, paragraph });
  }
}
