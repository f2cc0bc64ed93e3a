/**
 * Where a territorial claim is, when its sentence does not say it outright: the places of
 * the claim it answers, "the town" of the clause before, "there" for an area named earlier
 * in the paragraph. Pure.
 */
import type { Region } from '../regions';
import type { DraftClaim } from './draft-claim';
import { NONE_LOST } from './kind';

/** Words pointing back at a place already named: "the town", "there". */
export const ANAPHOR =
  /\b(?:its (?:capture|fall|liberation|loss|encirclement)|(?<=\b(?:fighting|battles?|clashes|troops|forces|units|positions) )there|there(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|seems?|appears?)\b)|its (?:[a-z-]+ )?(?:outskirts|streets|edge|districts|centre|center|part|neighbourhoods|half)|(?:part|half|rest|centre|center|outskirts|edge) of it\b|(?:the|that) (?:[a-z-]+ )?(?:town|village|city|settlement|area|bridgehead|salient|district|outskirts|edge|half)(?!\s+of\b))\b/i;
/** A fight told on with no place: "the enemy withdrew to its starting positions", "those belts have been cleared", "the attack had been repelled". */
const GOES_ON =
  /\b(?:the enemy (?:withdrew|retreated|fell back|pulled back)|(?:troops|units|forces) (?:are |were |have |had )?(?:pulling|pulled|falling|fell) back to (?:more )?(?:advantageous|favourable|favorable|defensive|prepared) (?:lines|positions)|drove the enemy out|(?:all )?the (?:attacks?|assaults?|incursion|attempt|push|breakthrough) (?:had |has |have |was |were )?been (?:repelled|repulsed|stopped|halted|beaten off|thwarted)|(?:those|these) (?:[\w-]+ )?(?:belts|positions|trenches|tree ?lines|houses|streets) (?:have|has|had|were|was) been (?:cleared|taken|retaken|liberated))\b/i;
/** A whole region taken: "the territory of the region had been completely liberated". */
const WHOLE_REGION =
  /\b(?:the (?:whole |entire )?(?:territory of the )?(?:region|oblast))\b[^.;]{0,30}?\b(?:completely|fully|entirely|totally)\s+(?:liberated|cleared|captured|occupied|under)\b/i;
/** "There" alone, for an area named earlier in the paragraph ("11 assaults there"). */
const THERE =
  /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|seems?|appears?)\b)/i;

/** A place pointed back at, with no claim before it in the paragraph to say which. */
export const TOLD =
  /\b(?:(?:the|that) (?:[a-z]+ )?(?:village|settlement)|that (?:town|city)|its (?:[a-z-]+ )?(?:half|outskirts|edge|part|districts)|the (?:[a-z-]+ )(?:outskirts|districts)|(?:both|the two) (?:villages|towns|settlements)|the (?:town |city )?cent(?:re|er)|(?:edge|outskirts|part|districts|half|(?:north|south|east|west)(?:-?(?:east|west))?) of the (?:town|city|village))\b(?!\s+of\b)/i;

/** Where the speaker stands: "this street", "these trenches". */
export const HERE =
  /\b(?:this|these|that|those) (?:street|village|town|trench(?:es)?|positions?|road|district|neighbourhood|quarter|tree ?line|strongpoint)s?\b|\bthe (?:[\w'’-]+ )?(?:school|church|(?:railway )?station|bridge|crossroads|mine|factory|plant|farm|hospital|cemetery|water tower|(?:grain )?elevator|(?:grain )?silos?|forest (?:belt|strip)s?|positions|(?:second|first|next|defensive|prepared) (?:line|positions)|high ground|(?:state )?border)\b|\bon our (?:soil|land|territory)\b|\bour (?:villages|towns|settlements|communit(?:y|ies)|district)\b/i;

const HERES = new RegExp(HERE.source, 'gi');

/**
 * Whether a clause points at ground it does not name: "..., and Kyiv's troops have since
 * left the ruined town", "..., which they captured in September" (the place the clause before named), "the village", "its northern
 * half" (one the text named before), "crossed the border", "this street" (where the
 * speaker stands; not a direction: "pressing on towards the border").
 */
export const pointsAtGround = (part: string, later: boolean): boolean =>
  (later && (ANAPHOR.test(part) || /^which\b/.test(part))) ||
  /\bits (?:capture|fall|liberation|loss|encirclement)\b/.test(part) ||
  TOLD.test(part) ||
  [...part.matchAll(HERES)].some((m) => !/\b(?:towards?|direction of|to)\s+$/i.test(part.slice(0, m.index)));

export type Where = { places: string[]; region: Region | null; from?: string; refers?: string };

/**
 * Where a territorial claim is: the places and area it names; for a denial, those of the
 * claim it disputes. Null when it says nowhere at all, not even a place the gazetteer
 * lacks, an extent of ground or "the town" of a claim before: then it is talk about the
 * war, not a claim. "The town" is not resolved: the claim before may name its town only as
 * a landmark ("Gornal, south of Sudzha"), so the editor is told where to look instead.
 */
export function whereOf(
  words: string,
  s: {
    named: string[];
    regions: Region[];
    region: Region | null;
    ground: boolean;
    denied?: DraftClaim;
    previous?: DraftClaim;
    continues?: boolean;
    /** It names a place the gazetteer lacks ("the village of Prilesye"). */
    unlisted?: boolean;
    /** An area named earlier in the same paragraph. */
    paragraphRegion?: Region | null;
  },
): Where | null {
  // ("does not hold a single village in Belgorod region" answers the claim to Demidovka)
  const deniedHere = s.denied && (!s.regions.length || s.regions.includes(s.denied.region!));
  if (s.named.length || (s.regions.length && !deniedHere)) return { places: s.named, region: s.region };
  if (s.denied) return { places: s.denied.places, region: s.denied.region, from: s.denied.id };
  // (", which Russian infantry had seized two days earlier": what the clause before named)
  // ("... attacked west of Malaya Loknya. Having lost four vehicles, the enemy withdrew":
  // the same fight told on, in the paragraph that placed it)
  const goesOn = !!(s.previous?.places.length || s.previous?.candidates?.length) && GOES_ON.test(words);
  const pointsBack = ANAPHOR.test(words) || goesOn || (!!s.continues && /^which\b/.test(words));
  const refers = pointsBack ? s.previous : undefined;
  // within one sentence "the town" is the one its clause before named: "took Kurakhove, and
  // ... withdrew from the ruined town"
  // and a clause that names no place at all goes on with the places of the one it continues
  // ("Sudzha was in Ukrainian hands and units had advanced 3 km beyond it")
  const continued = s.continues && !s.unlisted ? s.previous : undefined;
  if (continued?.places.length)
    return { places: continued.places, region: continued.region, from: continued.id };
  // "the enemy carried out 11 assaults there", after "In the Kursk region, ...": that area
  // "we took this street back": the place a front-line report is written from
  // "Russian troops had recaptured the village": the one the text has been telling of, in its area
  // ("the city", "the area" are as often talk around the war: not those)
  const told = TOLD.test(words) && s.region !== null;
  // "no village in the region had been lost": the speaker's whole area
  const none = NONE_LOST.test(words) && s.region !== null;
  // "the territory of the region had been completely liberated": the whole area told of
  const whole = WHOLE_REGION.test(words) && (s.region ?? s.paragraphRegion) != null;
  if (
    !s.ground &&
    !refers &&
    !told &&
    !none &&
    !whole &&
    !HERE.test(words) &&
    !(THERE.test(words) && (s.paragraphRegion ?? s.region))
  )
    return null;
  return {
    places: [],
    region: s.region ?? refers?.region ?? s.paragraphRegion ?? null,
    ...(refers ? { refers: refers.id } : told ? { refers: 'earlier sentences' } : {}),
  };
}
