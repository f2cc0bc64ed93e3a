/**
 * Places in an article's text, for draft ledger records (issue 9): gazetteer places under any
 * of their names, inflected or transliterated; the map's regions where an oblast is named as
 * such ("Kursk region", "Курської області"); and names the gazetteer lacks, read from phrases
 * that put a place in a sentence ("the village of Stepove", "near Basivka"), for the editor to
 * add or drop. Offsets point into the text, `[start, end)`. Pure.
 */
import type { Place } from '../claims/schema';
import { REGIONS, REGION_INFO, type Region } from '../regions';
import { keys, matches, nameWord, tokenize, type NameWord, type Token } from './name-words';
import { FOREIGN_CAPITALS, NOT_CANDIDATES, UNIT_AFTER } from './not-places';
import { AFTER_CUE, HOME_TOWN, NAME_FOLLOWS, OUTLET_WORD, SEP, TOWN_PAIR, TOWN_WORD } from './place-cues';

export interface FoundPlace {
  id: string;
  start: number;
  end: number;
}
const DATELINE_TOWN =
  /^([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+)?)(?: \([^)]*\))?, (?:Ukraine|Russia|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})\b/gm;
/** Capitals datelines name abroad, and the two governments': never a candidate. */
const ABROAD =
  /^(?:MOSCOW|KYIV|KIEV|WASHINGTON|LONDON|PARIS|BERLIN|BRUSSELS|WARSAW|RIGA|VILNIUS|TALLINN|GENEVA|VIENNA|ROME|MINSK|NEW YORK)$/;
/** An oblast named as such, or a front named after a region's town ("the Pokrovsk direction"). */
export interface FoundRegion {
  region: Region;
  start: number;
  end: number;
}
/** A name in a place context that the gazetteer lacks; every occurrence is returned, not one per name. */
export interface Candidate {
  name: string;
  start: number;
  end: number;
}
export interface PlaceIndex {
  /** Every distinct spelling of every place, longest first so "Mali Shcherbaky" wins over "Shcherbaky". */
  names: { id: string; words: NameWord[] }[];
}
/**
 * What may follow a short stem: case endings (Суми, Сумах, Сумами; not "Sumo") for a place;
 * for a region also adjectives (Сумська) and -shchyna (Сумщина).
 */
const PLACE_END = /^(?:[aeiuy]?|[aeiouy](?:[aeiouyj]{1,2}|x|m|mi))$/;
const REGION_END = /^(?:[aeiuy]?|[aeiouy](?:[aeiouyj]{1,2}|x|m|mi)|s?k[aeiouyj]*|[SC]yn[aeiouyj]*)$/;
/** Words after a name that make it an oblast; a front named after a town ("the Orikhiv direction") is still a place. */
const OBLAST_WORD = /^(?:regions?|regional|oblasts?|provinces?|област\p{L}*|обл)$/iu;
const REGION_WORD =
  /^(?:regions?|regional|oblasts?|provinces?|governors?|area|direction|sector|axis|group|side|front|border|soil|land|operation|incursion|salient|bridgehead|pocket|offensive|област\p{L}*|обл|напрям\p{L}*|направлени\p{L}*)$/iu;
const REGION_NAMES = REGIONS.map((r) => ({ region: r, word: nameWord(r) }));

/** The region a word names: Kursk, Курської, Zaporozhye, Запорізька, Сумська, Бєлгородщина. */
function regionNamed(t: Token): Region | null {
  // adjectives add -sk- (Сумська, Запорожская; ж softens to з in Запорізька), -shchyna makes a land of a town
  const ks = keys(t)
    .map((k) => k.replace(/Z/g, 'z'))
    .flatMap((k) => [k, k.replace(/s?k$/, ''), k.replace(/[SC]n$/, '')]);
  const found = REGION_NAMES.find(({ word }) =>
    matches(t, { ...word, skel: word.skel.replace(/Z/g, 'z') }, REGION_END, ks),
  );
  return found?.region ?? null;
}

const sepOnly = (gap: string) => SEP.exec(gap)?.[0] === gap;
/** Words of one name are separated by a space or a hyphen, nothing else. */
const adjoin = (text: string, a: Token, b: Token | undefined) =>
  !!b && /^(?:['’]s)?[ \u00a0-]["“]?$/.test(text.slice(a.end, b.start));

export function placeIndex(places: readonly Place[]): PlaceIndex {
  const names = places.flatMap((p) =>
    [...new Set([p.names.en, p.names.uk, p.names.ru, ...(p.aliases ?? [])])].map((n) => ({
      id: p.id,
      words: n.split(/\s+/).map(nameWord),
    })),
  );
  return { names: names.sort((a, b) => b.words.length - a.words.length) };
}

/** The region a place lies in (by its oblast), or null. */
export function regionOfPlace(place: Place): Region | null {
  return REGIONS.find((r) => REGION_INFO[r].oblast === place.oblast) ?? null;
}

export function findPlaces(
  text: string,
  index: PlaceIndex,
): { places: FoundPlace[]; regions: FoundRegion[]; candidates: Candidate[] } {
  const tokens = tokenize(text);
  const taken = new Set<number>();
  const places: FoundPlace[] = [];
  const regions: FoundRegion[] = [];
  const isRegionWord = (i: number) => REGION_WORD.test(tokens[i]?.text ?? '');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap) continue;
    // "Kursk region", "the region of Kursk", "Сумщина"; "Donetsk oblast" is none of the five
    const after = isRegionWord(i + 1) && adjoin(text, t, tokens[i + 1]);
    // "the region of Kursk"; "the area of Pokrovsk" is the town's
    const before =
      i >= 2 && OBLAST_WORD.test(tokens[i - 2].text) && tokens[i - 1].text === 'of' && !taken.has(i - 2);
    // "Kursk and Belgorod regions": the names listed before a plural are regions too
    for (let end = t.start; after && /(?:s|ях|ей)$/.test(tokens[i + 1].text); end = regions.at(-1)!.start) {
      const prev = places.at(-1);
      const named =
        prev &&
        sepOnly(text.slice(prev.end, end)) &&
        regionNamed(tokenize(text.slice(prev.start, prev.end))[0]);
      if (!prev || !named) break;
      places.pop();
      regions.push({ region: named, start: prev.start, end: prev.end });
    }
    const region = after || before || /[SC]yn[aeiouyj]*$/.test(t.fold) ? regionNamed(t) : null;
    // "the Pokrovsk direction" is the front towards the town: the area, and the town too (not
    // "the Sumy side", "the Sumy front", "the Belgorod border", "Kursk soil": an oblast's, the area only)
    const front =
      after &&
      (/^(?:direction|sector|axis|напрям|направлени)/iu.test(tokens[i + 1].text) ||
        (/^(?:side|front|border|soil|land)$/i.test(tokens[i + 1].text) &&
          !!region &&
          !/ oblast$/.test(REGION_INFO[region].label)));
    if (region && front) regions.push({ region, start: t.start, end: tokens[i + 1].end });
    if (region && !front) {
      const [s, e] = [before ? i - 2 : i, after ? i + 1 : i];
      regions.push({ region, start: tokens[s].start, end: tokens[e].end });
      for (let k = s; k <= e; k++) taken.add(k);
      i = e;
      continue;
    }
    const ks = keys(t);
    const name = index.names.find((n) =>
      n.words.every((w, k) => {
        const u = tokens[i + k];
        return (
          u?.cap &&
          (k === 0 || adjoin(text, tokens[i + k - 1], u)) &&
          matches(u, w, PLACE_END, k === 0 ? ks : keys(u))
        );
      }),
    );
    if (!name) continue;
    const last = i + name.words.length - 1;
    const joined = (k: number) => tokens[k]?.cap && adjoin(text, tokens[k - 1], tokens[k]);
    const outlet =
      (OUTLET_WORD.test(tokens[i - 1]?.text ?? '') && adjoin(text, tokens[i - 1], t)) ||
      (joined(last + 1) && OUTLET_WORD.test(tokens[last + 1].text)) ||
      (joined(last + 1) && joined(last + 2) && OUTLET_WORD.test(tokens[last + 2].text)) ||
      UNIT_AFTER.test(text.slice(tokens[last].end, tokens[last].end + 30));
    // (a name in an outlet's or a unit's name is theirs: the loop goes on past it)
    if (!outlet) places.push({ id: name.id, start: t.start, end: tokens[last].end });
    for (let k = i; k <= last; k++) taken.add(k);
    i = last;
  }

  const candidates = new Map<number, Candidate>();
  const startsAt = new Map(tokens.map((t, i) => [t.start, i]));
  const endsAt = new Map(tokens.map((t, i) => [t.end, i]));
  const nameable = (i: number) =>
    /^[A-Z]/.test(tokens[i]?.text ?? '') &&
    (!NOT_CANDIDATES.has(tokens[i].text) || venue(i)) &&
    !taken.has(i);
  // a capital where people meet is a place, not a government: "meet in Warsaw", "a summit in Brussels"
  const venue = (i: number) =>
    FOREIGN_CAPITALS.test(tokens[i].text) &&
    /\b(?:meet|meets|met|meeting|summit|talks|conference|held)\s+in\s+$/i.test(
      text.slice(Math.max(0, tokens[i].start - 24), tokens[i].start),
    );
  // where the name from token i ends: past a gazetteer place, or after up to three Latin
  // capitalised words ("Velyka Novosilka", not "Andriivka Russian")
  const nameEnd = (i: number) => {
    let n = i;
    while (taken.has(n)) n++;
    if (n > i) return n;
    while (n - i < 3 && nameable(n) && (n === i || adjoin(text, tokens[n - 1], tokens[n]))) n++;
    return n;
  };
  const add = (first: number, end: number) => {
    // a name before "region" is an oblast, not a place to add
    if (
      taken.has(first) ||
      (OBLAST_WORD.test(tokens[end]?.text ?? '') && adjoin(text, tokens[end - 1], tokens[end]))
    )
      return;
    const [s, e] = [tokens[first].start, tokens[end - 1].end];
    // ("- Ruslan Nikolaevich, how close is the front?": a person by name and patronymic)
    if (/(?:ovich|evich|ovna|evna)$/.test(text.slice(s, e))) return;
    if (!candidates.has(s)) candidates.set(s, { name: text.slice(s, e), start: s, end: e });
  };
  const cues = NAME_FOLLOWS.flatMap((re) => [...text.matchAll(re)]);
  // after a cue, or from a place the gazetteer knows ("Stepnohirsk, Prymorske and Kamianske came
  // under fire"): a list counts up to its last item joined by "and", not "near Basivka, Reuters said"
  const lists = [...cues.map((m) => m.index + m[0].length), ...places.map((p) => p.start)];
  const walk = (from: number) => {
    const items: [number, number][] = [];
    let kept = 1;
    for (let i = startsAt.get(from); i !== undefined;) {
      // (a city no candidate goes on to the next: "for Dnipro and Pavlohrad")
      const past = NOT_CANDIDATES.has(tokens[i]?.text ?? '') && !nameable(i);
      const end = past ? i + 1 : nameEnd(i);
      if (end === i) break;
      if (!past) items.push([i, end]);
      else if (!items.length) kept = 0;
      const sep = SEP.exec(text.slice(tokens[end - 1].end, tokens[end - 1].end + 12));
      if (sep?.slice(1).some(Boolean)) kept = items.length + 1;
      i = sep ? startsAt.get(tokens[end - 1].end + sep[0].length) : undefined;
    }
    for (const [i, end] of items.slice(0, kept)) add(i, end);
  };
  lists.forEach(walk);
  for (const m of text.matchAll(AFTER_CUE)) {
    // walk back over the name's words, then drop any that cannot begin one ("Meanwhile"),
    // and on to a name joined by "and" ("Kindrativka and Oleksiivka are ours")
    for (let at: number | undefined = m.index; at !== undefined;) {
      const last = endsAt.get(at);
      if (last === undefined) break;
      let first = last;
      while (
        first > last - 2 &&
        /^[A-Z]/.test(tokens[first - 1]?.text ?? '') &&
        adjoin(text, tokens[first - 1], tokens[first])
      )
        first--;
      while (first < last && !nameable(first)) first++;
      if (nameEnd(first) !== last + 1) break;
      add(first, last + 1);
      const and = /(?:,|\s+and)\s+$/.exec(
        text.slice(Math.max(0, tokens[first].start - 6), tokens[first].start),
      );
      at = and ? tokens[first].start - and[0].length : undefined;
    }
  }
  // a dateline's town, in capitals ("KRAMATORSK, Ukraine, Sept 18 (Wire) -", "MELITOPOL, October
  // 21. /Agency/."), when not a known place nor a capital abroad
  for (const m of text.matchAll(DATELINE_TOWN)) {
    if (ABROAD.test(m[1])) continue;
    const name = m[1].toLowerCase().replace(/(?:^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
    const known = Object.values(findPlaces(name, index)).some((found) => found.length);
    if (!known) candidates.set(m.index, { name, start: m.index, end: m.index + name.length });
  }
  // a list goes on from a name found by its cue ("to Kramatorsk and Sloviansk"), and back from
  // a known place or such a name to one joined to it by "and" ("from Novenke and Basivka")
  // town-like names after a preposition ("on Kramatorsk and Sloviansk"), a home town ("from Uman who"), a town's ending mid-sentence ("After the break: Kupiansk.")
  const single = [
    ...[...text.matchAll(TOWN_PAIR)].flatMap((m) => [m.indices![1]![0], m.indices![2]![0]]),
    ...[...text.matchAll(HOME_TOWN)].map((m) => m.index + m[0].length),
    ...[...text.matchAll(TOWN_WORD)]
      .filter((m) => !/[.!?]\s*$|^\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
      .map((m) => m.index),
  ];
  for (const i of single.map((at) => startsAt.get(at))) if (i !== undefined && nameable(i)) add(i, i + 1);
  // a name read as a place once is that place wherever else it stands ("In Kramatorsk, ..." and
  // later "north to Kramatorsk")
  for (const c of [...candidates.values()])
    for (const m of text.matchAll(
      new RegExp(`(?<![\\p{L}'’-])${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’-])`, 'gu'),
    )) {
      const first = startsAt.get(m.index);
      const end = first === undefined ? undefined : endsAt.get(m.index + c.name.length);
      if (first !== undefined && end !== undefined && nameable(first)) add(first, end + 1);
    }
  for (const from of [...candidates.keys()]) walk(from);
  for (const from of [...places.map((p) => p.start), ...candidates.keys()]) {
    for (let at = startsAt.get(from); at !== undefined && at > 1;) {
      // (the word before is "and" or "or", and the name ends just before it)
      if (!/^(?:and|or)$/.test(tokens[at - 1].text)) break;
      let first = at - 2;
      if (!nameable(first)) break;
      // (a name's first word, not a sentence's: "Near Basivka and Sudzha")
      const opens = (k: number) => /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(0, tokens[k].start));
      while (
        first > at - 4 &&
        nameable(first - 1) &&
        !opens(first - 1) &&
        adjoin(text, tokens[first - 1], tokens[first])
      )
        first--;
      if (nameEnd(first) !== at - 1) break;
      add(first, at - 1);
      at = first;
    }
  }
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return {
    places: places.sort(byStart),
    regions: regions.sort(byStart),
    candidates: [...candidates.values()].sort(byStart),
  };
}
