/**
 * Name words as the place finder compares them (./places.ts): spellings folded to one Latin
 * form, whatever the alphabet or transliteration, and reduced to their consonants, so that
 * Покровськ, Pokrovsk and Pokrovs'k meet, inflected or not. Pure.
 */

const CYR = 'абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя';
const LAT = 'a b v g g d e ye yo zh z y i yi y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya';
const TRANSLIT = new Map([...CYR].map((c, i) => [c, LAT.split(' ')[i]]));
/** Case endings with consonants, which a skeleton would keep: Курськом, Kurskom, Бєлгородського. */
const CASE_END = /(?:ami|[aeiouy][mx]|oho|omu)$/;

/** One word of a name: its skeleton, or for a short one (Sumy) the stem it must be spelt with. */
export interface NameWord {
  skel: string;
  stem?: string;
}
export interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  fold: string;
}

/**
 * Lowercase Latin, with what transliterations disagree on folded: digraphs to one letter, g to h
 * (Russian г is g, Ukrainian г is h).
 */
export function fold(word: string): string {
  const latin = [...word.toLowerCase()].map((c) => TRANSLIT.get(c) ?? c).join('');
  return latin
    .replace(/[-'’ʼ]/g, '')
    .replace(/shch|sch|sh/g, 'S')
    .replace(/zh/g, 'Z')
    .replace(/kh/g, 'x')
    .replace(/t?ch/g, 'C')
    .replace(/ts/g, 'c')
    .replace(/g/g, 'h');
}

/** The consonants, doubled ones once; the first letter stays (a vowel as '_'): names must start alike. */
export function skeleton(folded: string): string {
  const first = /[aeiouyj]/.test(folded.slice(0, 1)) ? '_' : folded.slice(0, 1);
  return (first + folded.slice(1).replace(/[aeiouyj]/g, '')).replace(/(.)\1+/g, '$1');
}
export const consonants = (skel: string) => skel.replace('_', '').length;

export function nameWord(word: string): NameWord {
  const f = fold(word);
  const skel = skeleton(f);
  // two consonants say too little ("Some" is "sm" too): such a name must be spelt out
  return consonants(skel) <= 2 ? { skel, stem: f.replace(/[aeiouyj]+$/, '') } : { skel };
}

/** The skeletons a word may stand for: as written, and without a case ending. */
export function keys(t: Token): string[] {
  const bare = t.fold.replace(CASE_END, '');
  return bare !== t.fold && consonants(skeleton(bare)) >= 3
    ? [skeleton(t.fold), skeleton(bare)]
    : [skeleton(t.fold)];
}

export function matches(t: Token, w: NameWord, ends: RegExp, ks: string[]): boolean {
  return w.stem !== undefined
    ? t.fold.startsWith(w.stem) && ends.test(t.fold.slice(w.stem.length))
    : ks.includes(w.skel);
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].map((m) => {
    const word = m[0].replace(/['’]s$/, ''); // Kursk's
    return {
      text: word,
      start: m.index,
      end: m.index + word.length,
      cap: /^\p{Lu}/u.test(word),
      fold: fold(word),
    };
  });
}
