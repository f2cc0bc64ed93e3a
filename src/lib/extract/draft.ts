/**
 * Draft ledger claims from an article's text (issue 9): each sentence that claims
 * something becomes one record in the ledger's own format, marked `draft: true`, with the
 * offsets of the sentence and an empty paraphrase for the editor to write. The article's
 * words never go into a record; `review` says what the editor should check. Pure.
 */
import { isTerritorial, type Claimant, type Place } from '../claims/schema';
import { REGION_INFO, type Region } from '../regions';
import { takeAnnounced, answered, deniedBy, personAnswering, sideOfClaimant, STILL } from './answers';
import { castOf } from './cast';
import { embeddedSide } from './press-side';
import { Listener } from './listener';
import { partisanSpeaker } from './partisan';
import { denies, type FoundClaimant } from './claimant';
import { findDates } from './dates';
import { ParagraphDay } from './paragraph-day';
import { findFigures, findVagueExtents, oneOf, type FoundFigure } from './figures';
import { FORECAST, holderOf, kindOf, NONE_LOST } from './kind';
import type { OfficialIndex } from './officials';
import { findPlaces, regionOfPlace, type Candidate, type PlaceIndex } from './places';
import { articleClauses } from './article-clauses';
import {
  describes,
  isGround,
  isHeadline,
  leadingFigures,
  isHeading,
  kept,
  LIST_ITEM,
  sideOfPlaces,
  STRUCK_PLACE,
} from './sentence-words';
import { ownWords, statementVoice } from './voice';
import { learnedClaim, SHIPPED, type LearnedModels } from './learned/second-opinion';
import { learnedClaimant } from './learned/claimant';
import { setAside, type SetAside } from './learned/recorded';
import { whereOf, type Where } from './where';
import { topicLine } from './topic';
import type { Article, DraftClaim } from './draft-claim';

export type { Article, DraftClaim } from './draft-claim';

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const NOT_GROUND =
  /\b(?:demands?|proposals?|ultimatum|offers?|plans?|requests?|calls?(?! ["“]?(?:false|fake|untrue|propaganda)\b)|talks|terms)\b/i;

export function draftClaims(
  article: Article,
  gazetteer: { index: PlaceIndex; places: readonly Place[]; officials?: OfficialIndex },
  models: LearnedModels = SHIPPED,
): { drafts: DraftClaim[]; candidates: Candidate[]; setAside: SetAside[] } {
  const { text, source } = article;
  const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
  const found = findPlaces(text, gazetteer.index);
  // a dateline's town ("SUMY, Ukraine, July 15 -") is where the story was filed, not where anything happened
  const filed = [...text.matchAll(/^[A-Z][A-Z.'/ -]+(?=,\s)/gm)].map((m) => [m.index, m.index + m[0].length]);
  // (nor is "the Kursk direction" the city the region is named after: a stretch of its front)
  found.places = found.places.filter(
    (p) =>
      !filed.some(([from, to]) => p.start >= from && p.start < to) &&
      !(p.id.endsWith('-city') && /^\s+(?:direction|axis|sector)\b/.test(text.slice(p.end, p.end + 12))),
  );
  // a claim is dated on or before the day it was published: "in a year and a half" is not a date
  const dates = findDates(text, source.published).filter((d) => d.date <= source.published);
  const figures = findFigures(text);
  const vague = findVagueExtents(text);
  const candidateNames = unique(found.candidates.map((c) => c.name)).map((name) => ({
    name,
    re: new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
  }));
  const within = <T extends { start: number }>(items: T[], s: { start: number; end: number }) =>
    items.filter((i) => i.start >= s.start && i.start < s.end);

  const drafts: DraftClaim[] = [];
  let speaker: FoundClaimant | null = null;
  // people the article introduces ("Taras, who commands a machine-gun team"), beside places and officials
  const placeNames = new Set(found.places.map((p) => text.slice(p.start, p.end)));
  const cast = castOf(text, (name) => placeNames.has(name) || !!gazetteer.officials?.byName.has(name));
  const listener = new Listener(text, cast, gazetteer.officials);
  const days = new ParagraphDay(text, dates, source.published);
  let lastRegion: Region | null = null;
  // explainers: the question a list answers
  let heading: { kind: ReturnType<typeof kindOf>; paragraph: number } | null = null;
  let paragraphStart = -1;
  let paragraphNow = -1;
  // the area an earlier sentence of this paragraph named itself (not carried from before)
  let paragraphRegion: { region: Region; paragraph: number } | null = null;
  let lastClaim: { draft: DraftClaim; paragraph: number } | null = null;
  let led: { figures: FoundFigure[]; paragraph: number } | null = null;
  // the side of the units a reporter is with: whose "officers here" speak
  const embedded = embeddedSide(text);
  // a side's statement: a sentence citing no one is its military (not an interview's or an author's)
  const voice = statementVoice(
    listener.theirs.reduce(
      (t, a) => t.slice(0, a.start) + ' '.repeat(a.end - a.start) + t.slice(a.end),
      text,
    ),
  );
  // two claims in one sentence are drafted from their own clauses
  const clauses = articleClauses(text, {
    ...found,
    figures,
    dates,
    candidates: candidateNames,
    cast,
    officials: gazetteer.officials,
    embedded,
  });
  for (const sentence of clauses) {
    const words = text.slice(sentence.start, sentence.end);
    if (sentence.paragraph !== paragraphNow)
      [paragraphNow, paragraphStart] = [sentence.paragraph, sentence.start];
    const topic = within(found.places, sentence).length ? null : topicLine(text, sentence.start); // fact box
    const named = unique(within(found.places, topic ?? sentence).map((p) => p.id));
    const regions = unique([
      ...within(found.regions, sentence).map((r) => r.region),
      ...named.flatMap((id) => regionOfPlace(byId.get(id)!) ?? []),
    ]);
    const review: string[] = [];

    // whose official "the governor" is: the places named, else the area being told of
    const area = regions[0] ?? lastRegion;
    const side =
      sideOfPlaces(named.map((id) => byId.get(id)!)) ??
      (area ? (REGION_INFO[area].country === 'RUS' ? 'ru' : 'ua') : null);
    const { own: date, told } = days.read(sentence);
    // people named are known as of the sentence's date: who was governor then
    const people = gazetteer.officials && {
      index: gazetteer.officials,
      date: told?.date ?? source.published,
    };
    const said = listener.hear(sentence, side, people);
    speaker = said.speaker;
    const when = days.heard(sentence, date, speaker?.name ?? null) ?? told;

    // a headline repeats the story with no attribution; so does a heading ("KURSK: WHO HOLDS WHAT")
    if (isHeadline(text, sentence) || isHeading(text, sentence)) continue;
    // a question claims nothing; one opening a paragraph says what its list items answer
    // ("How much ground does Ukraine hold?" then "- Independent analysts: 800 to 1,000 km²")
    if (/\?["'”’)]*$/.test(words)) {
      if (sentence.start === paragraphStart) heading = { kind: kindOf(words), paragraph: sentence.paragraph };
      continue;
    }
    // "1,294 sq km. The area ... his troops now control.": the figure goes with the sentence after
    const leading = leadingFigures(words, within(figures, sentence), sentence, paragraphStart);
    if (leading && !/^\d{1,3}\.\s/.test(words)) {
      led = { figures: leading, paragraph: sentence.paragraph };
      continue;
    }
    const ledHere = [...(led?.paragraph === sentence.paragraph ? led.figures : []), ...(leading ?? [])];
    led = null;
    let kind = kindOf(words);
    // ", down from 1,300 sq km in August": the claim before, as it stood then
    if (kind === 'context' && sentence.then && lastClaim) kind = lastClaim.draft.kind;
    if (kind === 'context' && LIST_ITEM.test(words) && heading?.paragraph === sentence.paragraph)
      kind = heading.kind;
    // where the rules read no claim, the learned second opinion may: its draft says so
    const learned = kind === 'context' && !FORECAST.test(words) ? learnedClaim(words, models) : null;
    if (learned) {
      kind = learned.kind;
      review.push(
        `the rules read no claim here; the learned model reads one (${kind}): check the kind, or drop`,
      );
    }
    // a name the article puts as a place anywhere is a place wherever it comes again
    const about =
      topic && !candidateNames.some((c) => c.re.test(words)) ? text.slice(topic.start, topic.end) : words;
    const candidates = candidateNames.filter((c) => c.re.test(about)).map((c) => c.name);
    const names = [...named, ...candidates];
    const denial = denies(words) || NONE_LOST.test(words);
    // "Kovalenko dismissed that": someone not named before answers the other side
    if (!speaker && denial) {
      const answering = deniedBy(drafts, 'independent', regions[0] ?? null, names);
      speaker = answering ? personAnswering(words, answering) : null;
      if (speaker) {
        listener.heard(speaker);
        review.push(`speaker's side taken as the other side to ${answering!.id}`);
      }
    }
    // (a side's own words citing no one: whom the article cited on that side, for the editor to check)
    speaker ??=
      (listener.afterPrinted(sentence.start) ? null : voice) ??
      ownWords(words, listener.cited) ??
      (listener.outletSpeaking ? null : partisanSpeaker(words, listener.speakers, review));
    // no speaker the rules know: whose the words around it read as, for the editor to check
    const guessed =
      speaker || kind === 'context' ? null : learnedClaimant(text, sentence.start, models.claimants);
    if (guessed)
      review.push(`no speaker found; the learned model reads it as ${guessed.claimant}'s: check who says it`);
    const claimant: Claimant = speaker?.claimant ?? guessed?.claimant ?? 'independent';
    const acting = (denial: boolean) =>
      holderOf(words, {
        speaker: sideOfClaimant(claimant),
        denial,
        said: said.carried ? null : speaker,
        home: sideOfPlaces(named.map((id) => byId.get(id)!)),
      });
    // a denial; or a side saying it still holds what was said taken: drafted as what it says
    const own = kind === 'control' && STILL.test(words) ? acting(false) : undefined;
    const holdsOn = own !== undefined && own === sideOfClaimant(claimant);
    // ("This is another fake: the settlement remains ours" answers the claim before it)
    const cutFrom = sentence.continues && lastClaim?.draft.span[0] === sentence.sentence?.start;
    const deny = () =>
      deniedBy(drafts, claimant, regions[0] ?? null, names, cutFrom ? lastClaim?.draft : undefined);
    const denied = holdsOn
      ? (answered(drafts, claimant, own, names) ?? (denial ? deny() : undefined))
      : denial
        ? deny()
        : undefined;
    // denying that ground fell ("Kyiv disputed that") is saying it is still fought over;
    // "the report was false and the village remains ours" says who holds it (a demand refused: no ground)
    if (
      denial &&
      denied &&
      !holdsOn &&
      (kind === 'control' || kind === 'advance' || (kind === 'context' && !NOT_GROUND.test(words)))
    )
      kind = 'contested';
    if (kind === 'context') continue;
    const territorial = isTerritorial(kind);
    // a claim about ground records figures about ground; a strike its toll (a denial not the denied's)
    const figuresHere = kept(
      [...ledHere, ...within(figures, sentence)].filter(
        (f) => (!territorial || isGround(f)) && !describes(text, f) && !oneOf(f, denied?.figures),
      ),
    );

    // no area named: a regional official speaks for theirs, else the paragraph's goes on
    const region: Region | null = regions[0] ?? (named.length ? null : (speaker?.region ?? lastRegion));
    lastRegion = region ?? lastRegion;
    if (regions[0]) paragraphRegion = { region: regions[0], paragraph: sentence.paragraph };
    const previous = lastClaim?.paragraph === sentence.paragraph ? lastClaim.draft : undefined;
    const where: Where | null = territorial
      ? whereOf(words, {
          named,
          regions,
          region,
          ground: candidates.length + figuresHere.length > 0,
          denied,
          previous,
          continues: sentence.continues,
          unlisted: candidates.length > 0,
          paragraphRegion: paragraphRegion?.paragraph === sentence.paragraph ? paragraphRegion.region : null,
        })
      : { places: named, region };
    if (!where) continue;
    // a strike on no place named (a night's drone count, a region's shelling) is no event to map
    if (kind === 'strike' && !named.length && !candidates.length && !STRUCK_PLACE.test(words)) continue;
    const telling = { start: sentence.start, answers: !!(denied || denial || holdsOn), claimant };
    const tellsOf = [...where.places, ...candidates];
    const announced = territorial ? takeAnnounced(drafts, text, telling, tellsOf) : undefined;
    const answers = denied?.id ?? announced?.denies;
    if (where.from) review.push(`places carried from ${where.from}`);
    if (where.refers) review.push(`"the town" or "there" may be a place of ${where.refers}: add it if so`);
    if (regions.length > 1) review.push(`names more than one area: ${regions.join(', ')}`);

    if (!speaker && !guessed) review.push(`no one is cited: taken as ${source.outlet} in its own voice`);
    else if (said.carried) review.push('speaker carried from the previous sentence');
    if (!date && when && !sentence.continues) review.push('date carried from earlier in the paragraph');
    if (!when) review.push('no date given: taken as of publication');
    const holder = territorial ? acting(denial && !holdsOn) : undefined;
    if (candidates.length) review.push(`add to the gazetteer or drop: ${candidates.join(', ')}`);
    const sizes = territorial && !figuresHere.length ? within(vague, sentence) : [];
    // offsets, not the words: the record carries none of the article's text
    for (const v of sizes)
      review.push(
        `a size without a figure at chars ${v.start}–${v.end}: a shape drawn from it is illustrative`,
      );

    const draft: DraftClaim = {
      id: `${source.id}-d${drafts.length + 1}`,
      draft: true,
      region: where.region,
      date: when ? when.date : source.published,
      date_precision: when ? when.precision : 'day',
      // a day the article states (not its own date) is the article's to vouch for
      ...(when && when.precision === 'day' && when.date !== source.published
        ? {
            date_source: source.id,
            date_note: `stated at chars ${when.start}–${when.end}, read against publication on ${source.published}`,
          }
        : {}),
      as_of: source.published,
      claimant,
      claimant_name: speaker ? speaker.name : `${source.outlet} (in its own voice)`,
      kind,
      ...(holder ? { holder } : {}),
      places: where.places,
      figures: figuresHere,
      source: source.id,
      paraphrase: '',
      span: [sentence.start, sentence.end],
      ...(answers ? { denies: answers } : {}),
      ...(candidates.length ? { candidates } : {}),
      ...(review.length ? { review } : {}),
    };
    drafts.push(draft);
    if (territorial) lastClaim = { draft, paragraph: sentence.paragraph };
  }
  const checked = models.recorded ? setAside(drafts, text, models.recorded) : { drafts, setAside: [] };
  return { ...checked, candidates: found.candidates };
}
