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

/** A speaker whose side the sentence must tell (a governor, "officials"). */
type Role = 'official' | 'military';
type Cue = [RegExp, Claimant | Role];

// "the aggressor's defence ministry": how Ukraine's own statements name Russia's
const RU = `(?:Russia(?:'s|’s|n)?|RU(?:'s|’s)?|Moscow(?:'s|’s)?|Kremlin(?:'s|’s)?|pro-Russian|Russian-installed|(?:the )?aggressor(?:'s|’s)|(?:the )?occupiers['’])`;
// VSU, ZSU, AFU: Ukraine's armed forces by their initials, as translated reports write them
const UA = `(?:Ukraine(?:'s|’s)?|Ukrainian|UA(?:'s|’s)?|Kyiv(?:'s|’s)?|Kiev(?:'s|’s)?|VSU|ZSU|AFU)`;
/** "The General Staff of the Armed Forces of Ukraine": the institution named before its country. */
// not "the Armed Forces of Ukraine" alone: that names the actors ("counterattacks by the Armed Forces of Ukraine")
const OF = (country: string) =>
  `\\b(?:General Staff|Defen[cs]e Ministry|Ministry of Defen[cs]e)(?: of the Armed Forces)? of (?:the )?${country}\\b|\\bArmed Forces of (?:the )?${country}(?=\\s+(?:\\w+\\s+){0,2}${SAY}\\b)`;
const MINISTRY = `(?:MoD|border guard service|border guards?|national guard|navy|air force|air defen[cs]e|marines|defen[cs]e ministry|ministry of defen[cs]e|military|army|general staff|armed forces|defen[cs]e forces|commanders?|command|(?<!(?:foreign|emergenc(?:y|ies)|health|economy|finance|interior|justice) )ministry\\b)`;
const SAY = `(?:said|says|say|claimed|claims|claim|stated|states|reported|reports|announced|announces|insisted|insists|added|acknowledged|admitted|concede|concedes|conceded|confirmed|denied|denies|deny|disputed|disputes|dispute|rejected|rejects|dismissed|dismisses|told|replied|wrote|posted|has said|have said|has claimed|has denied|has disputed|claiming|saying|insisting|reporting)`;

/** "Moscow, for its part, said": a short aside between a speaker and its verb. */
const ASIDE = `(?:,[^,.]{1,25},)?`;

/** "A spokesman for Ukraine's forces in the south": the military speaking. */
const spokesmanFor = (side: string) =>
  `\\bspokes(?:man|woman|person) (?:for|of) (?:one of )?(?:the |a |an )?${side}\\s+(?:\\w+\\s+){0,2}(?:forces|troops|army|military|command|units|brigade|battalion|regiment|group)`;

const TROOPER =
  '(?:commander|officer|operator|soldier|sergeant|paratrooper|marine|serviceman|gunner|medic|sniper|fighter|pilot|scout|escort)';

const SOLDIERS = `(?:soldiers?|troops|servicem[ae]n|officers?|commanders?|sergeants?)(?=(?:\\s+[\\w-]+){0,5}\\s+(?:say|says|said|insist|insists|insisted|told|claim|claims)\\b)`;

const QUOTING = `(?:media|outlets|press|television|TV|channels)\\s+(?:quoted|cited|citing|quoting)\\s+(?:their|its|the)\\s+(?:\\w+\\s+)?`;

/** Tried in order; the earliest match in the sentence wins, so specific cues come first. */
const CUES: Cue[] = [
  [
    new RegExp(
      `\\b${RU}\\s+(?:military|war)?\\s*bloggers?|\\b(?:military|war)[- ]blog(?:ger)?s?|\\bmilbloggers?|\\b(?:Russian |pro-Russian )?(?:war|military) correspondents?|\\bpro-(?:war|army) (?:\\w+ )?(?:Telegram )?(?:channels?|bloggers?)|\\bRussian (?:[\\w-]+ ){0,2}Telegram channels?|\\bvoenkors?|\\bpro-(?:Russian|Kremlin) (?:\\w+ )?(?:war )?(?:channels?|blog(?:ger)?s?)|\\b(?:Russian )?(?:war|military|propaganda) channels?\\b|\\bRybar\\b`,
      'i',
    ),
    'ru-milblogger',
  ],
  [
    new RegExp(
      `\\b${RU}\\s+(?:\\w+\\s+)?${MINISTRY}|\\b${MINISTRY} in Moscow\\b|${spokesmanFor(RU)}|${OF('(?:Russia|Russian Federation|aggressor(?: state| country)?|occupiers)')}`,
      'i',
    ),
    'ru-military',
  ],
  [
    new RegExp(
      `\\b${UA}\\s+(?:\\w+\\s+)?${MINISTRY}|\\b${MINISTRY} in (?:Kyiv|Kiev)\\b|${spokesmanFor(UA)}|${OF('(?:Ukraine|VSU|ZSU|AFU|Kiev regime|Kyiv regime)')}|\\bKhortytsia\\b|\\b(?:Ukrainian|Ukraine's|Kyiv's|UA's) (?:[\\w-]+ ){0,3}(?:brigade|battalion|regiment|unit|[Cc]orps)\\b`,
      'i',
    ),
    'ua-military',
  ],
  // "Ukrainian media quoted their General Staff": the command its own side's press quotes
  [new RegExp(`\\b${UA}\\s+${QUOTING}${MINISTRY}`, 'i'), 'ua-military'],
  [new RegExp(`\\b${RU}\\s+${QUOTING}${MINISTRY}`, 'i'), 'ru-military'],
  // a side's soldiers saying so: "Ukrainian soldiers dug in along that highway insist ..."
  [new RegExp(`\\b${RU}\\s+${SOLDIERS}`, 'i'), 'ru-military'],
  [new RegExp(`\\b${UA}\\s+${SOLDIERS}`, 'i'), 'ua-military'],
  // people by name come from geodata/officials.yaml (./officials.ts)
  [/\bKremlin\b/, 'ru-official'],
  [
    /\bInstitute for the Study of War\b|\bISW\b|\bDeepState\b|\bgeolocated\b|\bsatellite (?:images|imagery)\b|\banalysts?\b|\bopen-source\b|\bBBC Verify\b|\bReuters\b|\bAssociated Press\b|\bAFP\b|\bobservers\b|\b(?:footage|videos?|images) (?:verified|geolocated|analysed|analyzed) by\b|\bour (?:team|analysis|search|geolocation|reporters|map|count|tally|assessment)\b|\bwe (?:have |had )?(?:geolocated|verified|assess|assessed|mapped)\b/i,
    'independent',
  ],
  // a foreign official as a source: "a US official, speaking on condition of anonymity"
  [
    /\b(?:an? )?(?:US|U\.S\.|American|Western|British|French|German|NATO) (?:[a-z]+ )?(?:officials?|diplomats?)\b/,
    'foreign-official',
  ],
  // a country's word, not its make ("HIMARS of American manufacture"): an adjective needs its noun
  [
    /\b(?:(?:U\.S\.|US|American|South Korean?|NATO|British|UK|French|German)\s*(?:officials?|intelligence|government|defence|defense|Ministry of Defen[cs]e|MoD|president|secretary|spokes(?:man|woman|person))|(?:U\.S\.|US|Pentagon|White House|State Department|South Korea|NATO|UK)(?=\s+(?:\w+\s+){0,3}(?:said|says|told|put|puts|assessed|estimated|estimates|believes?)\b))\b(?=[^.]*\b(?:said|says|told|put|puts|assessed|estimated|estimates|believes?)\b)/,
    'foreign-official',
  ],
  [
    new RegExp(
      `\\b${RU}\\s+(?:officials?|authorities|government|president|spokes(?:man|woman|person)|state media|news agenc(?:y|ies)|foreign ministry|emergenc(?:y|ies) (?:service|ministry)|police)`,
      'i',
    ),
    'ru-official',
  ],
  [
    new RegExp(
      `\\b${UA}\\s+(?:officials?|authorities|government|president|spokes(?:man|woman|person)|foreign ministry|presidential office|(?:state )?emergency service|police|prosecutor)`,
      'i',
    ),
    'ua-official',
  ],
  [
    /\b(?:regional |acting )?governor\b|\b[Tt]he president\b|\bhead of the (?:region|oblast)\b|\bregional head\b|\b(?:regional |district |city )?military administration\b|\bhead of the (?:\w+ )?(?:regional|region's) (?:military )?administration\b|\bhead of the (?:[\w'’]+ ){0,2}(?:council|administration|community|district|RMA|OVA|CMA|MVA)\b|\bregional (?:authorities|officials|administration|government)\b|\b(?:village|town|city|district) council\b|\blocal (?:authorities|officials)\b|\bmayor\b/i,
    'official',
  ],
  // "Officers we spoke to today call those figures fiction"
  [
    new RegExp(
      `\\b${TROOPER}s (?:we|I) (?:spoke|talked) (?:to|with)(?: \\w+)?\\s+(?:say|said|call|called|insist|insisted)\\b`,
      'i',
    ),
    'military',
  ],
  // a soldier speaking, before or after the verb: "said a former officer of one of the brigades"
  [
    new RegExp(
      `\\b(?:said|says|told \\w+)\\s+(?:the|a|an|one|its|his|their)\\s+(?:[\\w-]+\\s+){0,4}?${TROOPER}s?\\b|\\b(?:the|a|an|its|his|their|our|Ukrainian|Russian)\\s+(?:[\\w-]+\\s+){0,3}?${TROOPER}s?(?:\\s+(?:of|from|with) (?:the |a |an )?[\\w'’-]+(?: [\\w'’-]+){0,2}?)?(?:,[^,]{0,80},|\\s+(?:here|there|on the ground|I (?:have )?(?:met|spoken to|spoke to)(?: \\w+ly)?))?\\s+(?:also\\s+)?(?:said|says|say|told|added|adds|explains|explained|concede|concedes|conceded)\\b`,
      'i',
    ),
    'military',
  ],
  [
    /\b(?:ministry|general staff|spokes(?:man|woman|person)|press service|commanders?|brigade|regiment|[Cc]orps(?= (?:said|says|reported|announced|claimed|wrote)\b)|(?:northern|southern|eastern|western|operational|joint|army's \w+) command|soldiers of (?:one of )?the|(?:the|a) soldier(?=[^.]*\b(?:said|told)\b)|the (?:military|army)(?= (?:also |later )?(?:said|says|reported|announced|confirmed|stated)\b))\b/i,
    'military',
  ],
  // Ukraine's name for its armed forces, capitalised ("the Southern Defence Forces")
  [/(?<!Air )\bDefen[cs]e Forces\b/, 'ua-military'],
  [/\bofficials in (?:Moscow|the Kremlin)\b/i, 'ru-official'],
  [/\bofficials in (?:Kyiv|Kiev)\b/i, 'ua-official'],
  // a country or capital speaking: only beside a verb of saying ("Moscow said", "according to Kyiv")
  [
    new RegExp(
      `\\b(?:Russia|Moscow)${ASIDE}\\s+(?:has\\s+|had\\s+|also\\s+|was\\s+|is\\s+)?(?:\\w+ly\\s+)?${SAY}|according to (?:Russia|Moscow)\\b(?!['’]s)`,
    ),
    'ru-official',
  ],
  [
    new RegExp(
      `\\b(?:Ukraine|Kyiv|Kiev)${ASIDE}\\s+(?:regime\\s+)?(?:has\\s+|had\\s+|also\\s+|was\\s+|is\\s+)?(?:\\w+ly\\s+)?${SAY}|according to (?:Ukraine|Kyiv|Kiev)\\b(?!['’]s)`,
    ),
    'ua-official',
  ],
];

const DENIAL =
  /\bVerdict:\s*(?:False|Misleading|Unproven|Unsupported|Mostly false|Partly false)\b|\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|disputes|dispute|contradicted|contradicts|call(?:s|ed|ing)? (?:it|this|that|the (?:[\w-]+ )?(?:claim|report|story|account|figure|number|announcement|video|footage|picture|image)s?|[\w']+ (?:numbers|figures|claims?|reports?))\s+["“]?(?:a |an )?(?:[\w-]+\s+)?(?:false|fake|untrue|propaganda|fiction|lie|lies|nonsense|fabrication|staged|fantasy|fantasies|exaggerat\w+|overstated)|calling it (?:false|fake|propaganda)|called (?:it|the claim|the report)s? (?:false|fake|untrue|propaganda)|no truth|(?:found|find|is|was|there is|there was|has seen|had seen|seen) no (?:geolocated )?(?:footage|evidence|proof|confirmation)(?= (?:to support|for|of|that)\b)|(?:was|is|were) (?:false|untrue|fake)|(?:this|that|it) (?:is|was) (?:another|a|an|pure|a complete) (?:fake|lie|fabrication|fiction|fantasy)|(?:is|are|remains?) not (?:theirs|in (?:Russian|Ukrainian|enemy|their) hands|under (?:\w+ )?(?:Russian|Ukrainian|enemy|their|the enemy['’]s) control)|(?:isn['’]t|aren['’]t) theirs|(?:do|does|did) not (?:hold|control) (?:it|the (?:village|town|city)|(?:a single|one|any) (?:village|town|settlement|metre|inch))|(?:was|is|were|are) ["“]?wishful thinking|(?:does|do) not (?:support|bear out|correspond to) (?:that|the|this|their|his|its|reality)|\bnothing (?:supports|bears out)|(?:regard|consider|see)s? (?:this|that|it|the claim) as (?:overstated|exaggerated|false|untrue|premature))\b/i;

/** A person's thing named, not their office: "Gerasimov's figure". */
const OWNED =
  /^['’]s\s+(?!(?:own\s+)?(?:office|spokes\w+|press|administration|team|aides?|deputy|headquarters|staff|ministry|channel)\b)/;

/** A side's forces by the words that name them acting. */
const ACTING = /\b(?:army|military|armed forces|defen[cs]e forces|forces|troops)$/i;
const SAYING = new RegExp(`\\b${SAY}\\b|\\baccording to\\b`, 'i');

/** Answering reports: what follows "that" is theirs. */
const REPORTED =
  /\b(?:responded|responding|reacted|reacting) to (?:the |these |those )?(?:reports?|claims?|statements?|assertions?)\b([^.;"“]{3,120}?)\s+that\b/i;

/** A later sentence that keeps the speaker: "It also said", "The ministry added". */
const FOLLOW_UP =
  /^(?:\d{1,2}[:.]\d{2}\s*[—–-]?\s*|[-•*–—]\s+)?(?:[^,.]{0,40},\s*|(?:\w+\s+){1,6}(?=(?:it|he|she|they|(?:several|some|many|most|all|one|two|three) of them)\s))?(?:By (?:his|her|its|their) (?:own )?(?:estimate|count|account|reckoning)\b|According to (?:him|her|them|it|the (?:ministry|governor|general staff|military|army|spokes(?:man|woman|person)|press service|official|blogger|channel|correspondents?|institute|analysts?|statement|bulletin|report|update|summary|briefing|post))\b|(?:It|He|She|They|(?:several|some|many|most|all|one|two|three) of them|(?:Its|His|Her|Their) \w+|The (?:accompanying )?(?:post|message|caption)|The (ministry|governor|general staff|military|army|Kremlin|spokes(?:man|woman|person)|press service|official|blogger|channel|institute|analysts?|statement|minister|commander|officer|air force))\b[^.]*?\b(?:also |further |later )?(?:said|says|added|adds|claimed|claims|reported|reports|announced|announces|confirmed|confirms|stated|states|asserted|asserts|insisted|insists|noted|notes|stressed|wrote|writes|posted|posts|went on|acknowledged|acknowledges|admitted|admits|conceded|concedes|warned|warns|vowed|vows|explained|explains|specified|informed|estimated|recalled|recalls|dismissed|dismisses|denied|denies|rejected|rejects|disputed|disputes|told|tells)\b)/i;

/** "..., he added." at the end (after a closing quote too), or "..., she told Trial Times, ..." inside. */
const FOLLOW_UP_AFTER =
  /,["”’']?\s*according to (?:him|her|them|the same \w+|the (?:bulletin|report|update|summary|statement|post))\W*$|,["”’']?\s*(?:he|she|it|they|(?:his|her|its|their) (?:office|press service|spokes(?:man|woman|person)|administration|channel)|the (ministry|governor|general staff|spokes(?:man|woman|person)|press service|official|blogger|channel|minister|commander))\s+(?:also\s+)?(?:said|says|added|adds|claimed|insisted|noted|stressed|emphasi[sz]ed|explained|informed|reported|wrote|acknowledged|acknowledges|admitted|admits|told(?:\s+[A-Z]\w*){1,3})(?:\s+(?:on|last|this|earlier|later|in)\s+\w+(?:\s+\w+)?|\s+\w+ly)?(?:\W*$|\s*[,;]|\s+(?:but|and|although|though|as)\b)/i;

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
  const isRole = (role: Claimant | Role) => role === 'official' || role === 'military';
  const persons = [
    people ? namedOfficial(sentence, people.index, people.date) : null,
    people?.cast?.(sentence) ?? null,
  ]
    .filter((p) => p !== null)
    // (not one whose words are what is answered: "called Gerasimov's figure propaganda"; his
    // office or spokesman speaks for him)
    .filter((p) => !OWNED.test(sentence.slice(p.start + p.name.length)));
  // "whatever Moscow says" names whom the speaker dismisses, not who speaks
  const dismissed = (at: number) =>
    /\b(?:whatever|despite what|contrary to what|unlike what)\s+$/i.test(sentence.slice(0, at));
  // "Losses of the Ukrainian armed forces amounted to ...": forces told of, not speaking
  // (nor "The Russian army continues its attempts to advance": forces acting, with no word of
  // saying in the sentence, are what a statement tells of, not who makes it)
  const toldOf = (m: { index: number; 0: string }) =>
    // ("servicemen of the 70th Motor Rifle Regiment broke into ...": a unit named, acting)
    (/\b(?:losses|positions|attacks?|assaults?|counter-?attacks?|formations|groups|servicemen|soldiers|units|fighters|remnants|casualties) (?:of|by)\s+(?:the\s+)?$/i.test(
      sentence
        .slice(Math.max(0, m.index - 60), m.index)
        .replace(/(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w-]*\s+){0,3}$/, ''),
    ) &&
      !SAYING.test(sentence.slice(m.index))) ||
    (ACTING.test(m[0]) && !SAYING.test(sentence));
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
  ].sort((a, b) => Number(isRole(a.role)) - Number(isRole(b.role)) || a.m.index - b.m.index);
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
      name: name.replace(/^according to /i, ''),
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
  if (m) return { end: m[0].length, role: m[1]?.toLowerCase() ?? null };
  const after = FOLLOW_UP_AFTER.exec(sentence);
  return after ? { end: 0, role: after[1]?.toLowerCase() ?? null } : null;
}

/** Whether the sentence denies or disputes something. */
export const denies = (sentence: string): boolean => DENIAL.test(sentence);

/**
 * The side a sentence's own words name for its speaker ("Russian officials"), a group of forces
 * by its name (Russia's "Sever group", Ukraine's "Khortytsia"), a unit "one of the Ukrainian
 * units", or the press it speaks to ("told Ukrainian television").
 */
function sideOf(sentence: string): Side | null {
  const named = (side: string) =>
    new RegExp(
      `\\b${side}\\s+(?:officials?|authorities|governor|president|commanders?|officers?)|\\bone of (?:the )?${side}\\s+(?:[\\w-]+\\s+)?(?:units|brigades|battalions|formations)\\b|\\btold ${side} (?:television|TV|radio|media|journalists|reporters)`,
      'i',
    ).test(sentence);
  const ru = named(RU) || /\b(?:Sever|Tsentr|Vostok|Zapad|Yug|Dnepr) group\b/.test(sentence);
  const ua = named(UA) || /\b(?:Khortytsia|Tavria|Siversk)\b/.test(sentence);
  return ru === ua ? null : ru ? 'ru' : 'ua';
}
