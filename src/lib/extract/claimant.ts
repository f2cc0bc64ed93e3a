/**
 * Who asserts a sentence's claim, mapped to the ledger's claimant values, and whether the
 * sentence asserts it or denies an earlier one (issue 9). A speaker is what the sentence
 * attributes ("according to the governor", "Russia's defence ministry claimed"); the forces
 * it tells of are actors, not speakers ("Ukrainian troops advanced" says nothing of who
 * says so). Pure.
 */
import type { Claimant } from '../claims/schema';
import type { Region } from '../regions';
import { namedOfficial, type NamedOfficial, type OfficialIndex } from './officials';
import { CUES, RU, SAY, UA, type Role } from './speaker-cues';

export type Side = 'ru' | 'ua';
export type Stance = 'asserts' | 'denies';

export interface FoundClaimant {
  claimant: Claimant;
  /** The words naming the speaker, as written, for `claimant_name`. */
  name: string;
  start: number;
  end: number;
  stance: Stance;
  /** Named by role only ("the ministry", "the governor"): a pronoun-like follow-up. */
  generic: boolean;
  /** The area a regional official named by name speaks for (geodata/officials.yaml). */
  region?: Region | null;
}

/** The people an article may name (./officials.ts), and the date they are named as of. */
export interface People {
  index: OfficialIndex;
  date: string | null;
  /** Someone the article introduced, speaking in the sentence ("says Taras"): ./cast.ts. */
  cast?: (sentence: string) => NamedOfficial | null;
  /** The side a report is written from ("with Ukrainian units"): its unnamed soldiers' side. */
  embedded?: Side | null;
}

const DENIAL =
  /\bVerdict:\s*(?:False|Misleading|Unproven|Unsupported|Mostly false|Partly false)\b|\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|disputes|dispute|contradicted|contradicts|call(?:s|ed|ing)? (?:it|this|that|(?:the|such|these|those) (?:[\w'’-]+ )?(?:claim|report|story|account|figure|number|announcement|statement|assertion|video|footage|picture|image)s?(?: (?:of|about) [^"“.;]{1,50}?)?|[\w']+ (?:numbers|figures|claims?|reports?|statements?))\s+["“]?(?:a |an )?(?:[\w-]+\s+)?(?:false|fake|untrue|propaganda|disinformation|misinformation|fiction|lie|lies|nonsense|fabrication|staged|fantasy|fantasies|exaggerat\w+|overstated)|calling it (?:false|fake|propaganda)|\bcall(?:s|ed)? ["“]?(?:false|fake|untrue|propaganda|nonsense|fiction)\b|called (?:it|the claim|the report)s? (?:false|fake|untrue|propaganda)|no truth|(?:found|find|is|was|there is|there was|has seen|had seen|seen) no (?:geolocated )?(?:footage|evidence|proof|confirmation)(?= (?:to support|for|of|that)\b)|(?:was|is|were) (?:false|untrue|fake)|(?:this|that|it) (?:is|was) (?:another|a|an|pure|a complete) (?:fake|lie|fabrication|fiction|fantasy)|\b(?:this|that|it) (?:is|was) (?:pure |just |more )?(?:propaganda|disinformation|fiction)\b|(?:is|are|remains?) not (?:theirs|in (?:Russian|Ukrainian|enemy|their) hands|under (?:\w+ )?(?:Russian|Ukrainian|enemy|their|the enemy['’]s) control)|(?:isn['’]t|aren['’]t) theirs|(?:do|does|did) not (?:hold|control) (?:it|the (?:village|town|city)|(?:a single|one|any) (?:village|town|settlement|metre|inch))|(?:was|is|were|are) ["“]?wishful thinking|(?:does|do) not (?:support|bear out|correspond to) (?:that|the|this|their|his|its|reality)|\bnothing (?:[\w'’]+ ){0,4}?(?:supports|bears out)|(?:regard|consider|see)s? (?:this|that|it|the claim) as (?:overstated|exaggerated|false|untrue|premature))\b/i;

/** A person's thing named, not their office: "Gerasimov's figure". */
const OWNED =
  /^['’]s\s+(?!(?:own\s+)?(?:(?:evening|morning|daily|weekly|latest|video|Telegram)\s+)*(?:office|spokes\w+|press|administration|team|aides?|deputy|headquarters|staff|ministry|channel|video|address|post|statement|summary|briefing|update|message)\b)/;

/** A speaker who as a rule says nothing of it: "rarely says anything about" (not "did not comment on Kotlyne. It said ...", who goes on speaking). */
const SILENT =
  /^\s+(?:rarely|never|seldom|hardly ever)\s+(?:\w+\s+)?(?:say|says|said|comment|comments|commented|mention|mentions|mentioned|speak|speaks|spoke|talk|talks|talked)\b/i;

/** A body named acting: "tried to counterattack", "launched an assault". */
const TRIED = /^\s+(?:tried|attempted|launched|threw|sent|mounted|began|kept)\b/i;

/** A side's forces by the words that name them acting. */
const ACTING = /\b(?:army|military|armed forces|defen[cs]e forces|forces|troops)$/i;
const SAYING = new RegExp(`\\b${SAY}\\b|\\baccording to\\b`, 'i');

/** Answering reports: what follows "that" is theirs. */
const REPORTED =
  /\b(?:responded|responding|reacted|reacting) to (?:the |these |those )?(?:reports?|claims?|statements?|assertions?)\b([^.;"“]{3,120}?)\s+that\b/i;

/** A later sentence that keeps the speaker: "It also said", "The ministry added". */
const FOLLOW_UP =
  /^(?:\d{1,2}[:.]\d{2}\s*[—–-]?\s*|[-•*–—]\s+)?(?:[^,.]{0,70},\s*|(?:\w+\s+){1,6}(?=(?:it|he|she|they|(?:several|some|many|most|all|one|two|three) of them)\s))?(?:(?:By|In) (?:his|her|its|their) (?:own )?(?:estimate|count|account|reckoning|telling|words|view)\b|(?:Its|His|Her|Their) (?:[\w-]+ ){0,3}(?:claim|report|statement|post|update|bulletin|summary)s?\b(?=[^.]*\b(?:was|were|is|are|put|puts)\b)|According to (?:him|her|them|it|the (?:ministry|governor|general staff|military|army|spokes(?:man|woman|person)|press service|official|blogger|channel|correspondents?|institute|analysts?|statement|bulletin|report|update|summary|briefing|post))\b|(?:It|He|She|They|Another|A (?:second|third)|(?:several|some|many|most|all|one|two|three) of them(?!,\s*[A-Z][a-z]+,)|(?:Its|His|Her|Their) \w+|The (?:accompanying )?(?:post|message|caption)|The (ministry|governor|general staff|military|army|Kremlin|spokes(?:man|woman|person)|press service|official|blogger|channel|institute|analysts?|statement|minister|commander|officer|air force))\b[^.]*?\b(?:also |further |later )?(?:said|says|added|adds|claimed|claims|reported|reports|announced|announces|confirmed|confirms|stated|states|asserted|asserts|insisted|insists|noted|notes|stressed|wrote|writes|posted|posts|went on|acknowledged|acknowledges|admitted|admits|conceded|concedes|warned|warns|vowed|vows|explained|explains|specified|informed|estimated|recalled|recalls|dismissed|dismisses|denied|denies|rejected|rejects|disputed|disputes|told|tells|ordered|orders|called|calls|say|write|insist|(?<=\b(?:they|they also|they still) )(?:claim|report|post)|puts? (?:the |its |their )?(?:[\w'’-]+ ){0,2}(?:total|figure|number|count|tally|area)|listed|lists|counted|counts|urged|urges|promised|promises|pledged|pledges|called on|calls on|condemned|condemns|appealed|demanded|demands|concede|admit|acknowledge)\b)/i;

/** "..., he added." at the end (after a closing quote too), or "..., she told Trial Times, ..." inside. */
const FOLLOW_UP_AFTER =
  /,["”’']?\s*according to (?:him|her|them|the same (mappers?|analysts?|monitors?|institute|channels?|bloggers?)|the same \w+|the (?:bulletin|report|update|summary|statement|post))\W*$|,["”’']?\s*(?:he|she|it|they|(?:his|her|its|their) (?:office|press service|spokes(?:man|woman|person)|administration|channel)|the (ministry|governor|general staff|spokes(?:man|woman|person)|press service|official|blogger|channel|minister|commander))\s+(?:also\s+)?(?:said|says|added|adds|claimed|insisted|noted|stressed|emphasi[sz]ed|explained|informed|reported|wrote|acknowledged|acknowledges|admitted|admits|told(?:\s+[A-Z]\w*){1,3})(?:\s+(?:on|last|this|earlier|later|in)\s+\w+(?:\s+\w+)?|\s+\w+ly)?(?:\W*$|\s*[,;]|\s+(?:but|and|although|though|as)\b)/i;

/**
 * The sentence's speaker, or null when it names none. `side` settles roles the sentence
 * leaves open ("the governor" of a Russian or a Ukrainian oblast), from the places named.
 */
export function findClaimant(sentence: string, side: Side | null, people?: People): FoundClaimant | null {
  // "The governor responded to reports, repeated by the General Staff, that Ukrainian troops
  // had taken Popovka": the claim is the reports', told by whom they name
  const reported = REPORTED.exec(sentence);
  const source = reported && findClaimant(reported[1], side, people);
  if (source) {
    const at = reported.index + reported[0].indexOf(reported[1]);
    return { ...source, start: source.start + at, end: source.end + at, stance: 'asserts' };
  }
  // the earliest cue the sentence resolves, a named speaker before a role ("the ministry"
  // may be the one answered: "Responding to the ministry, Ukraine's general staff said")
  // "whatever Moscow says", "contrary to the fantasies of the Russian ministry", "answered
  // Rogov" name whom the speaker dismisses or answers, not who speaks ("you would have to ask the
  // General Staff" names whom to ask)
  const dismissed = (at: number) =>
    // ("dismissing as "enemy fakes" posts on pro-Russian channels": case matters, not a label's "DENYS")
    /\b(?:[Dd]ismiss|[Rr]eject|[Dd]en(?:y|ie))(?:ed|ing|es|s)?\b[^.;,]{0,60}?\s+$/.test(
      sentence.slice(0, at),
    ) ||
    /\b(?:whatever|despite what|contrary to what|unlike what|(?:contrary to|despite) (?:the )?(?:[\w-]+ )?(?:fantasies|claims?|statements?|reports?|lies|assertions?) (?:of|by)(?: the)?|answered|rebutted|contradicted|^(?:when )?(?:asked|questioned) (?:about|on)(?: the)?|(?<!\bso-)call(?:s|ed|ing)?(?: the)?|(?:replied|responded|replying|responding) to|hit back at|(?:have to |had to |should |could )?ask(?:ed)?(?: the)?)\s+$/i.test(
      sentence.slice(0, at),
    );
  const isRole = (role: Claimant | Role) => role === 'official' || role === 'military';
  const persons = [
    people ? namedOfficial(sentence, people.index, people.date) : null,
    people?.cast?.(sentence) ?? null,
  ]
    .filter((p) => p !== null)
    // (not one whose words are what is answered: "called Gerasimov's figure propaganda"; his
    // office or spokesman speaks for him)
    .filter((p) => !OWNED.test(sentence.slice(p.start + p.name.length)) && !dismissed(p.start));
  // "Losses of the Ukrainian armed forces amounted to ...": forces told of, not speaking
  // (nor "The Russian army continues its attempts to advance": forces acting, with no word of
  // saying in the sentence, are what a statement tells of, not who makes it)
  const toldOf = (m: { index: number; 0: string }) =>
    // ("servicemen of the 70th Motor Rifle Regiment broke into ...": a unit named, acting)
    (/\b(?:losses|positions|attacks?|assaults?|counter-?attacks?|formations|groups|servicemen|soldiers|units|fighters|remnants|casualties|brigades?|battalions?|regiments?|divisions?) (?:of|by)\s+(?:the\s+)?$/i.test(
      sentence
        .slice(Math.max(0, m.index - 60), m.index)
        // ("formations of two mechanised brigades", "assault groups of the 65th mechanised brigade")
        .replace(
          /(?:(?:\d+(?:st|nd|rd|th)?|two|three|four|five|six|several)\s+)?(?:(?:[A-Z][\w-]*|mechani[sz]ed|motori[sz]ed|airborne|air|assault|tank|separate|territorial|defen[cs]e)\s+){0,3}$/,
          '',
        ),
    ) &&
      // (unless they say it themselves: "... of the General Staff said"; not a ministry's ", the ministry said" after)
      !SAYING.test(sentence.slice(m.index, m.index + m[0].length + 25))) ||
    (ACTING.test(m[0]) && !SAYING.test(sentence)) ||
    // ("the Ukrainian command tried to counterattack ..., commanders here say": acting, not saying)
    (TRIED.test(sentence.slice(m.index + m[0].length)) && SAYING.test(sentence.slice(m.index + m[0].length)));
  const found = [
    ...CUES.flatMap(([re, role]) => {
      const m = re.exec(sentence);
      if (m && (dismissed(m.index) || toldOf(m))) return [];
      return m
        ? [{ m: { index: m.index, 0: m[0] }, role, region: undefined as Region | null | undefined }]
        : [];
    }),
    ...persons.map((person) => ({
      m: { index: person.start, 0: person.name },
      role: person.claimant as Claimant | Role,
      region: person.region,
    })),
  ]
    // ("Gladkov rarely says anything about ..., where ...": not saying what follows)
    .filter(({ m }) => !SILENT.test(sentence.slice(m.index + m[0].length)))
    .sort((a, b) => Number(isRole(a.role)) - Number(isRole(b.role)) || a.m.index - b.m.index);
  // the military unnamed in a report from one side's units is that side's
  const roleSide = sideOf(sentence) ?? side;
  const militarySide = sideOf(sentence) ?? people?.embedded ?? side;
  for (const { m, role, region } of found) {
    const generic = role === 'official' || role === 'military';
    const theirs = role === 'military' ? militarySide : roleSide;
    if (generic && !theirs) continue;
    const name = m[0]
      .replace(new RegExp(`\\s+(?:has\\s+|had\\s+|also\\s+)?(?:\\w+ly\\s+)?${SAY}$`), '')
      .replace(/^(?:said|says|told \w+)\s+|,[^,.]{1,25},$/g, '');
    return {
      claimant: generic ? (`${theirs}-${role}` as Claimant) : role,
      name: name.replace(/^according to /i, '').replace(/^by (\S+?)['’]s .*$/i, '$1'),
      start: m.index,
      end: m.index + m[0].length,
      stance: DENIAL.test(sentence) ? 'denies' : 'asserts',
      generic,
      ...(region !== undefined ? { region } : {}),
    };
  }
  return null;
}

/**
 * Whether a sentence carries on the previous one's speaker: where its "It also said" ends
 * (0 for "..., he added." at the end, where all before it is that speaker's), and the role
 * it names, if any ("the ministry added": only a ministry's words go on). Null when not.
 */
export function followsUp(sentence: string): { end: number; role: string | null } | null {
  const m = FOLLOW_UP.exec(sentence);
  // ("According to the ministry" goes on with a ministry only, not with whoever spoke last)
  const body = /\bAccording to the (ministry|general staff|institute|channel|blogger)\b/i.exec(m?.[0] ?? '');
  if (m) return { end: m[0].length, role: (m[1] ?? body?.[1])?.toLowerCase() ?? null };
  const after = FOLLOW_UP_AFTER.exec(sentence);
  // ("according to the same mappers": only mappers go on)
  return after ? { end: 0, role: (after[1] ?? after[2])?.toLowerCase() ?? null } : null;
}

/** Whether the sentence denies or disputes something. */
export const denies = (sentence: string): boolean => DENIAL.test(sentence);

/**
 * The side a sentence's own words name for its speaker ("Russian officials"), a group of forces
 * by its name (Russia's "Sever group", Ukraine's "Khortytsia"), a unit "one of the Ukrainian
 * units" or "the 7th Corps of Ukraine's air assault forces", or the press it speaks to ("told
 * Ukrainian television").
 */
function sideOf(sentence: string): Side | null {
  const named = (side: string) =>
    new RegExp(
      `\\b${side}\\s+(?:officials?|authorities|governor|president|commanders?|officers?|mayor|(?:regional |military |district )?(?:head|administration))\\b|\\bone of (?:the )?${side}\\s+(?:[\\w-]+\\s+)?(?:units|brigades|battalions|formations)\\b|\\btold ${side} (?:television|TV|radio|media|journalists|reporters)|\\b(?:[Cc]orps|[Bb]rigade|[Cc]ommand) of ${side}\\s+(?:[\\w-]+\\s+){0,3}(?:forces|troops|army)\\b`,
      'i',
    ).test(sentence);
  const ru = named(RU) || /\b(?:Sever|Tsentr|Vostok|Zapad|Yug|Dnepr) group\b/.test(sentence);
  const ua = named(UA) || /\b(?:Khortytsia|Tavria|Siversk)\b/.test(sentence);
  return ru === ua ? null : ru ? 'ru' : 'ua';
}
