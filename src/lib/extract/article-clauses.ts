/**
 * An article cut into the clauses claims are drafted from (./clauses.ts), with what the
 * drafter reads in each stretch of it: whether a clause claims ground, or tells of a strike,
 * somewhere (its kind), whether a speaker opens it, its places, date and acting side. Pure.
 */
import { isTerritorial } from '../claims/schema';
import { castNamed, type Castmember } from './cast';
import { denies, findClaimant, type Side } from './claimant';
import { clausesOf, type Clause, type ClauseReads } from './clauses';
import type { FoundDate } from './dates';
import type { FoundFigure } from './figures';
import { holderOf, kindOf } from './kind';
import type { OfficialIndex } from './officials';
import type { FoundPlace, FoundRegion } from './places';
import { splitSentences } from './sentences';
import { isGround } from './sentence-words';
import { pointsAtGround } from './where';

export interface ArticleReads {
  places: FoundPlace[];
  regions: FoundRegion[];
  figures: FoundFigure[];
  dates: FoundDate[];
  /** Names the article puts as places that the gazetteer lacks. */
  candidates: { name: string; re: RegExp }[];
  cast: readonly Castmember[];
  officials?: OfficialIndex;
  embedded: Side | null;
}

export function articleClauses(text: string, a: ArticleReads): Clause[] {
  const within = <T extends { start: number }>(items: T[], start: number, end: number) =>
    items.filter((i) => i.start >= start && i.start < end);
  // a speaker opening the clause ("Ukraine said it retook ..."), not one closing the sentence
  // (or someone the article introduced: ", a claim Kolos dismissed")
  const speaks = (start: number, end: number) => {
    const people = a.officials && { index: a.officials, date: null, embedded: a.embedded };
    const part = text.slice(start, end);
    const named = [findClaimant(part, null, people), castNamed(part, a.cast)];
    // (a role of no side the clause opens on: "which the regional administration denied";
    // the side is given only so the role counts, whoever's it is)
    const role = findClaimant(part, 'ru', people);
    return Math.min(...named.map((n) => n?.start ?? Infinity)) < 40 || (role?.start ?? Infinity) < 12;
  };
  // a clause's kind when it claims ground somewhere, or tells of a strike there (two strikes
  // told by two speakers are two events)
  const claimIn = (start: number, end: number, later: boolean) => {
    const part = text.slice(start, end);
    // "...; the officers here say that is a fantasy": a clause denying the one before
    const answer = later && denies(part) && speaks(start, end);
    const kind = answer ? 'contested' : kindOf(part);
    const somewhere =
      answer ||
      within(a.places, start, end).length > 0 ||
      within(a.regions, start, end).length > 0 ||
      within(a.figures, start, end).some(isGround) ||
      a.candidates.some((c) => c.re.test(part)) ||
      pointsAtGround(part, later);
    return (isTerritorial(kind) || kind === 'strike') && somewhere ? kind : null;
  };
  const reads: ClauseReads = {
    hasSpeaker: speaks,
    // the places it names, known to the gazetteer or not
    placesIn: (start, end) => [
      ...within(a.places, start, end).map((p) => p.id),
      ...a.candidates.filter((c) => c.re.test(text.slice(start, end))).map((c) => c.name),
    ],
    dateIn: (start, end) => within(a.dates, start, end)[0]?.date ?? null,
    figuresIn: (start, end) =>
      within(a.figures, start, end)
        .filter(isGround)
        .map((f) => `${f.value} ${f.unit}`),
    actorOf: (start, end) => holderOf(text.slice(start, end), { speaker: null, denial: false }) ?? null,
  };
  return splitSentences(text).flatMap((s) => clausesOf(text, s, claimIn, reads));
}
