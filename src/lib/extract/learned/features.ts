/**
 * A sentence as the learned models see it: its words and pairs of words, lower-cased,
 * with every figure one token and every capitalised word after the first one token, so a
 * model learns how claims are worded rather than which places or people a fixture named.
 * Pure.
 */
export function sentenceFeatures(sentence: string): string[] {
  const words = sentence
    .replace(/\d[\d,.]*/g, ' 0 ')
    .split(/[^\p{L}0-9]+/u)
    .filter(Boolean)
    .map((w, i) => (i > 0 && /^\p{Lu}/u.test(w) ? 'NAME' : w.toLowerCase()));
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(w);
    if (i > 0) out.add(`${words[i - 1]} ${w}`);
  });
  return [...out];
}
