/**
 * Figures in an article's text, for draft ledger records (issue 9): areas in any common
 * phrasing, normalised to km² with the original unit kept; lengths; percentages; and counts
 * of villages, casualties, drones and missiles for strike events. Each carries the
 * character offsets of the words it was read from, so the editor can check it against the
 * source; the words themselves never go into the ledger. Pure.
 */
import { isAreaUnit, toKm2 } from '../claims/units';

export type Qualifier = 'about' | 'over' | 'under' | 'exactly' | 'several';

export interface FoundFigure {
  value: number;
  /** The top of a range ("1,000 to 1,200 square kilometres"). */
  value_max?: number;
  /** One of the ledger's units (src/lib/claims/units.ts). */
  unit: string;
  qualifier: Qualifier;
  /** For areas, the value in km² (0.1 km²); null for the rest. */
  km2: number | null;
  /** Offsets into the text, `[start, end)`. */
  start: number;
  end: number;
  /** Set when the figure restates the one before in another unit: "1,300 km² (500 sq mi)". */
  restates?: number;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// a number stands on its own: not "ten" in "often", "a" in "retaken", "six" in "sixty"; "seventy-five" is one
const NUMBER = `(?<![A-Za-z0-9])(?:(?:one|two|three|four|five) and a half|half a(?=\\s+(?:square\\s+)?(?:kilomet|km\\b))|\\d{1,3}(?:[,\\u00a0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${TENS}-(?:one|two|three|four|five|six|seven|eight|nine)(?![a-z])|(?:${Object.keys(WORDS).join('|')})(?![a-z])|a(?=\\s+(?:square\\s+)?(?:kilomet|km\\b)))`;
const SCALE = '(?:\\s+(?:thousand|million))?';

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:more than|over|at least|upwards of|in excess of|above)\s+$/i, 'over'],
  [/(?:nearly|almost|less than|under|fewer than|up to|just under|below)\s+$/i, 'under'],
  [/(?:about|around|roughly|approximately|some|an estimated|close to|circa|c\.)\s+$/i, 'about'],
  [/exactly\s+$/i, 'exactly'],
];

/** Up to two words between a count and what it counts ("six border villages"), not a time or "the" ("24 hours the villages"). */
const COUNTED = '(?:(?!(?:hours?|days?|weeks?|months?|years?|the)\\s)[a-z-]+\\s){0,2}?';

/** Units as articles write them, in the order they are tried (longer phrasings first). */
const UNIT_PATTERNS: [string, string][] = [
  ['square (?:kilometres?|kilometers?|km)|sq\\.?\\s?(?:km|kilometres?|kilometers?)|km2|km²|km\\^2', 'km2'],
  ['square miles|sq\\.?\\s?mi(?:les)?\\b', 'sq mi'],
  ['hectares|ha\\b', 'ha'],
  ['(?:kilometres?|kilometers?|km)\\b(?!\\s*(?:²|2\\b))', 'km'],
  // a distance in metres, read as a fraction of a kilometre ("another 500 metres")
  ['(?:metres|meters)\\b', 'm'],
  ['(?:per cent|percent|%)', 'percent'],
  [`${COUNTED}(?:villages|hamlets)`, 'villages'],
  [`${COUNTED}(?:settlements|towns and villages|localities)`, 'settlements'],
  [`${COUNTED}(?:drones|UAVs)`, 'drones'],
  [`${COUNTED}missiles`, 'missiles'],
  [`${COUNTED}rockets`, 'rockets'],
  ['(?:[a-z-]+\\s){0,2}?(?:soldiers|troops|servicemen)', 'soldiers'],
  ['(?:people|civilians|persons)\\s(?:were\\s|have been\\s)?(?:killed|dead)|dead\\b', 'killed'],
  ['(?:people|civilians|persons)\\s(?:were\\s|have been\\s)?(?:injured|wounded|hurt)', 'injured'],
];

const number = (raw: string): number => {
  const lower = raw.toLowerCase();
  // "about a kilometre", "half a kilometre", "one and a half kilometres"
  if (lower === 'a') return 1;
  if (lower === 'half a') return 0.5;
  const half = /^(\w+) and a half$/.exec(lower);
  if (half) return WORDS[half[1]] + 0.5;
  const [tens, unit] = lower.split('-');
  if (unit && WORDS[tens] && WORDS[unit]) return WORDS[tens] + WORDS[unit];
  const word = WORDS[lower];
  return word ?? Number(raw.replace(/[,\u00a0 ]/g, ''));
};
const scaled = (value: number, scale: string | undefined) =>
  scale?.includes('million') ? value * 1e6 : scale?.includes('thousand') ? value * 1e3 : value;

/** "N unit", "N to M unit", "between N and M unit", "two or three", "300, maybe 350", with the qualifier before it. */
const FIGURE = new RegExp(
  `(?:between\\s+)?(${NUMBER})(${SCALE})(?:(?:\\s*(?:-|–|to|and)\\s*|,?\\s+(?:or|maybe|perhaps|possibly)(?:\\s+(?:maybe|perhaps|even))?\\s+)(${NUMBER})(${SCALE}))?(?:-|\\s)*(${UNIT_PATTERNS.map(([p]) => `(${p})`).join('|')})`,
  'gi',
);
/** Casualties written verb first: "killing three", "injuring at least 12". */
const VERB_FIRST = new RegExp(
  `\\b(killing|injuring|wounding|killed|injured|wounded)\\s+((?:at least|more than|about|around|nearly|some)\\s+)?(${NUMBER})\\b` +
    // "killed three people", "injured 12," but not "killed three days ago"
    `(?=\\s+(?:people|civilians|persons|residents|others|children)\\b|\\s*[,.;]|\\s+and\\b|$)`,
  'gi',
);

export function findFigures(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const unitIndex = m.slice(6).findIndex((g) => g !== undefined);
    const metres = UNIT_PATTERNS[unitIndex][1] === 'm';
    const unit = metres ? 'km' : UNIT_PATTERNS[unitIndex][1];
    const start = m.index;
    // "ten" in "often", "one" in "someone": a number must stand on its own
    if (/[a-z0-9]/i.test(text[start - 1] ?? '')) continue;
    // "a few hundred metres", "several dozen villages": no figure to draw to
    if (/^(?:hundred|dozen)$/i.test(m[1]) && /\b(?:few|several|many|some)\s+$/i.test(text.slice(0, start)))
      continue;
    // "a kilometre and a half"
    const half = /^\s+and a half\b/i.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    const per = metres ? 1000 : 1;
    const value = (scaled(number(m[1]), m[2]) + (half && m[3] === undefined ? 0.5 : 0)) / per;
    const max = m[3] !== undefined ? scaled(number(m[3]), m[4] || m[2]) / per : undefined;
    if (!(value > 0)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const qualifier = QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? 'about';
    found.push({
      value,
      ...(max !== undefined && max > value ? { value_max: max } : {}),
      unit,
      qualifier,
      km2: isAreaUnit(unit) ? toKm2(value, unit) : null,
      start,
      end: m.index + m[0].length + half.length,
    });
  }
  for (const m of text.matchAll(VERB_FIRST)) {
    const value = number(m[3]);
    const q = m[2] ? (QUALIFIERS.find(([re]) => re.test(m[2]))?.[1] ?? 'about') : 'exactly';
    found.push({
      value,
      unit: m[1].toLowerCase().startsWith('kill') ? 'killed' : 'injured',
      qualifier: q === 'exactly' ? 'about' : q,
      km2: null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  found.sort((a, b) => a.start - b.start);
  // a figure in brackets right after another of the same kind restates it in another unit
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1], found[i]];
    const between = text.slice(a.end, b.start);
    const sameKind = (a.km2 !== null && b.km2 !== null) || (a.unit === 'km' && b.unit === 'km');
    if (sameKind && /^\s*\(\s*(?:or\s+)?(?:about|around|some|roughly)?\s*$/i.test(between))
      b.restates = i - 1;
    // (or after a comma or dash in another unit: "160 square kilometers, about 62 square miles")
    else if (
      sameKind &&
      a.unit !== b.unit &&
      /^\s*[,—–]\s*(?:or\s+)?(?:about|around|some|roughly|nearly|almost)\s*$/i.test(between)
    )
      b.restates = i - 1;
  }
  return found;
}

/**
 * Sizes stated without a figure ("a narrow strip", "a small pocket"): no number to draw a
 * shape to, so a shape drawn from such a claim is illustrative, and the draft says so.
 */
const VAGUE =
  /\b(?:a |an )?(?:(?:narrow|thin|small|tiny|shrinking|sizeable|large|vast)\s+)?(?:strip|pocket|sliver|foothold|bridgehead|salient|patch|swathe|chunk)s?\s+(?:of\s+(?:land|ground|territory|farmland|forest)\b)?/gi;

export function findVagueExtents(text: string): { words: string; start: number; end: number }[] {
  return [...text.matchAll(VAGUE)]
    .filter((m) =>
      /\b(?:narrow|thin|small|tiny|shrinking|sizeable|large|vast|strip|pocket|sliver|patch|swathe|chunk)\b/i.test(
        m[0],
      ),
    )
    .map((m) => ({ words: m[0].trim(), start: m.index, end: m.index + m[0].trimEnd().length }));
}

/** Whether a figure is one of `figures` (a denial's "the 85% figure" is the denied claim's, not its own). */
export const oneOf = (
  f: { value: number; unit: string },
  figures: readonly { value: number; unit: string }[] = [],
) => figures.some((g) => g.value === f.value && g.unit === f.unit);
