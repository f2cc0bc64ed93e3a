/**
 * The words that name a speaker in a sentence, each with the claimant it speaks as: a body
 * by its side ("Russia's defence ministry"), a role whose side the sentence or its ground
 * must tell ("the governor", "a soldier"), a capital beside a verb of saying. Used by
 * ./claimant.ts, which picks the earliest match. Pure data.
 */
import type { Claimant } from '../claims/schema';

/** A speaker whose side the sentence must tell (a governor, "officials"). */
export type Role = 'official' | 'military';
export type Cue = [RegExp, Claimant | Role];

// "the aggressor's defence ministry": how Ukraine's own statements name Russia's
export const RU = `(?:Russia(?:'s|’s|n)?|RU(?:'s|’s)?|Moscow(?:'s|’s)?|Kremlin(?:'s|’s)?|(?:Vladimir )?Putin(?:'s|’s)|pro-Russian|Russian-installed|(?:the )?aggressor(?:'s|’s)|(?:the )?occupiers['’])`;
// VSU, ZSU, AFU: Ukraine's armed forces by their initials, as translated reports write them
export const UA = `(?:Ukraine(?:'s|’s)?|Ukrainian|UA(?:'s|’s)?|Kyiv(?:'s|’s)?|Kiev(?:'s|’s)?|(?:Volodymyr )?Zelensky(?:'s|’s)|VSU|ZSU|AFU)`;
/** "The General Staff of the Armed Forces of Ukraine": the institution named before its country. */
// not "the Armed Forces of Ukraine" alone: that names the actors ("counterattacks by the Armed Forces of Ukraine")
const OF = (country: string) =>
  `\\b(?:General Staff|Defen[cs]e Ministry|Ministry of Defen[cs]e)(?: of the Armed Forces)? of (?:the )?${country}\\b|\\bArmed Forces of (?:the )?${country}(?=\\s+(?:\\w+\\s+){0,2}${SAY}\\b)`;
const MINISTRY = `(?:MoD|border guard service|border service|border guards?|national guard|navy|air force|air defen[cs]e|marines|defen[cs]e ministry|ministry of defen[cs]e|military|army|general staff|armed forces|defen[cs]e forces|commanders?|command|(?<!(?:foreign|emergenc(?:y|ies)|health|economy|finance|interior|justice) )ministry\\b)`;
export const SAY = `(?:said|says|say|claimed|claims|claim|stated|states|reported|reports|announced|announces|insisted|insists|added|acknowledged|admitted|concede|concedes|conceded|confirmed|denied|denies|deny|disputed|disputes|dispute|rejected|rejects|dismissed|dismisses|told|tell|tells|replied|wrote|posted|declared|declares|accepts|accepted|maintains|maintained|has said|have said|has claimed|has denied|has disputed|claiming|saying|insisting|reporting)`;

/** "Moscow, for its part, said": a short aside between a speaker and its verb. */
const ASIDE = `(?:,[^,.]{1,25},)?`;

/** "A spokesman for Ukraine's forces in the south": the military speaking. */
const spokesmanFor = (side: string) =>
  `\\bspokes(?:man|woman|person) (?:for|of) (?:one of )?(?:the |a |an )?${side}\\s+(?:\\w+\\s+){0,2}(?:forces|troops|army|military|command|units|brigade|battalion|regiment|group)`;

const TROOPER =
  '(?:commander|officer|operator|soldier|sergeant|paratrooper|marine|serviceman|gunner|medic|sniper|fighter|pilot|scout|escort|major|colonel|captain|lieutenant|corporal)';

// ("Ukrainian air assault troops say"; not "Ukrainian drones killed soldiers")
const SOLDIERS = `(?:(?![\\w-]+(?:ed|ing)\\b)[\\w-]+\\s+){0,2}?(?:soldiers?|troops|servicem[ae]n|officers?|commanders?|sergeants?)(?=(?:\\s+[\\w-]+){0,5}\\s+(?:say|says|said|insist|insists|insisted|told|claim|claims|admit|admits|admitted|admitting|concede|concedes|conceded|conceding|acknowledge|acknowledged|acknowledging)\\b)`;

const QUOTING = `(?:media|outlets|press|television|TV|channels)\\s+(?:quoted|cited|citing|quoting)\\s+(?:their|its|the)\\s+(?:\\w+\\s+)?`;

/** Tried in order; the earliest match in the sentence wins, so specific cues come first. */
export const CUES: Cue[] = [
  [
    new RegExp(
      `\\b${RU}\\s+(?:military|war)?\\s*bloggers?|\\b(?:military|war)[- ]blog(?:ger)?s?|\\bmilbloggers?|\\b(?:Russian |pro-Russian )?(?:war|military) correspondents?|\\bpro-(?:war|army) (?:\\w+ )?(?:Telegram )?(?:channels?|bloggers?)|\\bRussian (?:[\\w-]+ ){0,2}Telegram channels?|\\bvoenkors?|\\bZ[- ](?:channels?|bloggers?)|\\bpro-(?:Russian|Kremlin) (?:\\w+ )?(?:war )?(?:channels?|blog(?:ger)?s?)|\\b(?:Russian )?(?:war|military|propaganda) channels?\\b|\\bRybar\\b`,
      'i',
    ),
    'ru-milblogger',
  ],
  // "One widely read channel said", "another channel", "one of the channels": the war
  // channels a story goes on to count (not a TV channel, nor a side's other than Russia's)
  [
    new RegExp(
      `\\b(?:one|another|a|the same|several|some|two|three|other|many|most) (?:of (?:the|those|these) )?(?:(?!Ukrainian|Ukraine['’]s|TV|television|news|regional|local|national|state|public|federal)[\\w-]+ ){0,3}?(?:Telegram )?channels?\\b(?=[^.]*\\b${SAY}\\b)`,
      'i',
    ),
    'ru-milblogger',
  ],
  // "The popular channel Severny Rubezh wrote": a channel by its name
  [
    new RegExp(
      `\\b[Tt]he (?:(?!Ukrainian|Ukraine['’]s|TV|[Tt]elevision|[Nn]ews|[Rr]egional|[Ss]tate)[\\w-]+ ){0,2}(?:Telegram )?channel,? [A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,2}(?=[^.]*\\b${SAY}\\b)`,
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
      `\\b${UA}\\s+(?:\\w+\\s+)?${MINISTRY}|\\b${MINISTRY} in (?:Kyiv|Kiev)\\b|${spokesmanFor(UA)}|${OF('(?:Ukraine|VSU|ZSU|AFU|Kiev regime|Kyiv regime)')}|\\bKhortytsia\\b|\\b(?:Ukrainian|Ukraine's|Kyiv's|UA's) (?:[\\w-]+ ){0,3}(?:brigade|battalion|regiment|unit|[Cc]orps)\\b|\\b${UA}\\s+(?:Northern|Southern|Eastern|Western|Joint)\\s+(?:Operational\\s+)?(?:Command|Forces)\\b`,
      'i',
    ),
    'ua-military',
  ],
  // a side's groupings by the names only that side gives them, saying so or cited
  [
    new RegExp(
      `\\b(?:[\\w-]+ )?operational(?:-| )(?:tactical|strategic) group\\b(?=(?:\\s+\\w+){0,2}\\s+${SAY}\\b)|\\baccording to the (?:[\\w-]+ )?operational(?:-| )(?:tactical|strategic) group\\b`,
      'i',
    ),
    'ua-military',
  ],
  [
    new RegExp(
      `\\b(?:Sever|Tsentr|Yug|Vostok|Zapad|Dnepr|Kursk) group(?: of (?:forces|troops))?\\b(?=(?:\\s+\\w+){0,2}\\s+${SAY}\\b)|\\baccording to the (?:Sever|Tsentr|Yug|Vostok|Zapad|Dnepr|Kursk) group\\b`,
    ),
    'ru-military',
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
    /\b(?:(?:U\.S\.|US|American|South Korean?|NATO|British|UK|French|German)\s*(?:officials?|intelligence|government|defence|defense|Defen[cs]e (?:Ministry|Intelligence|Secretary)|Ministry of Defen[cs]e|MoD|president|secretary|spokes(?:man|woman|person))|(?:U\.S\.|US|Pentagon|White House|State Department|South Korea|NATO|UK)(?=\s+(?:\w+\s+){0,3}(?:said|says|told|put|puts|assessed|estimated|estimates|believes?)\b))\b(?=[^.]*\b(?:said|says|told|put|puts|assessed|estimated|estimates|believes?|acknowledged|reported|noted|wrote|concluded)\b)/,
    'foreign-official',
  ],
  [
    new RegExp(
      `\\b${RU}\\s+(?:officials?|authorities|government|president|spokes(?:man|woman|person)|state media|news agenc(?:y|ies)|foreign ministry|emergenc(?:y|ies) (?:service|ministry)|police|lawmakers?|MPs?|members? of parliament|deputies)|\\bofficials in (?:(?:the )?(?:(?:southern|northern|eastern|western|central|border|frontline|front-line) )?(?:Russian|Russia['’]s)|Russia)\\b`,
      'i',
    ),
    'ru-official',
  ],
  [
    new RegExp(
      `\\b${UA}\\s+(?:officials?|authorities|government|president|spokes(?:man|woman|person)|foreign ministry|presidential office|(?:state )?emergency service|police|prosecutor|lawmakers?|MPs?|members? of parliament)|\\bofficials in (?:(?:the )?(?:(?:southern|northern|eastern|western|central|border|frontline|front-line) )?(?:Ukrainian|Ukraine['’]s)|Ukraine)\\b`,
      'i',
    ),
    'ua-official',
  ],
  [
    /\b(?:regional |acting )?governor\b|\b[Tt]he president\b|\bhead of the (?:region|oblast)\b|\bregional head\b|\b(?:regional |district |city )?military administration\b|\bhead of the (?:\w+ )?(?:regional|region's) (?:military )?administration\b|\bhead of the (?:[\w'’]+ ){0,2}(?:council|administration|community|district|RMA|OVA|CMA|MVA)\b|\bregional (?:authorities|officials|administration|government)\b|(?<!\b(?:over|above|at|outside|near|behind|into|over the|above the|at the|outside the|near the|behind the|into the) )\b(?:village|town|city|district) council\b|\blocal (?:authorities|officials)\b|\bmayor\b/i,
    'official',
  ],
  // Ukraine's own names for its administrations: "the OMA said", "the OMA described the claim as false"
  [
    new RegExp(
      `\\b(?:RMA|OMA|OVA|MVA|CMA)\\b(?=\\s+(?:\\w+\\s+){0,2}(?:${SAY}|described|called)\\b)|\\baccording to (?:the |its )?(?:RMA|OMA|OVA|MVA|CMA)\\b`,
    ),
    'ua-official',
  ],
  // a local body speaking, not its building ("the flag over the district administration")
  [
    new RegExp(
      `\\b(?:(?:district|city|town|oblast) administrations?|operational (?:headquarters|HQ)|(?:RMA|OMA|OVA|ODA|MVA|CMA)|district head|head of the district)(?=\\s+(?:\\w+\\s+){0,2}${SAY}\\b)|\\baccording to (?:the |its )?(?:[\\w'’-]+ ){0,3}(?:administration|operational (?:headquarters|HQ)|RMA|OMA|OVA|ODA|MVA|CMA|district head)\\b`,
      'i',
    ),
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
  // "Two soldiers from a unit that left Sudzha told me", "soldiers there say"
  [
    new RegExp(
      `\\b${TROOPER}s?\\b(?=[^.]{0,80}?\\b(?:told|(?:spoke|speaking|talking|talked) to) (?:me|us|reporters|journalists|(?:our|this) (?:correspondent|reporter|newspaper|site|outlet|channel))\\b)|\\b${TROOPER}s (?:here|there|on the ground|at the front) (?:say|said|estimate|estimated|believe)\\b|\\ba source (?:in|within|close to) (?:the )?(?:[\\w-]+ ){0,3}(?:group|command|ministry|brigade|army|military|general staff|headquarters)\\b`,
      'i',
    ),
    'military',
  ],
  // a soldier speaking, before or after the verb: "said a former officer of one of the brigades"
  [
    new RegExp(
      `\\b(?:said|says|told \\w+)\\s+(?:the|a|an|one|its|his|their)\\s+(?:[\\w-]+\\s+){0,4}?${TROOPER}s?\\b|\\b(?:the|a|an|its|his|their|our|Ukrainian|Russian)\\s+(?:[\\w-]+\\s+){0,3}?${TROOPER}s?(?:\\s+(?:of|from|with) (?:the |a |an )?[\\w'’-]+(?: [\\w'’-]+){0,2}?)?(?:\\s+in the area|\\s+(?:interviewed|quoted|cited) by (?:the |a )?[\\w'’-]+(?: [\\w'’-]+)?)?(?:,[^,]{0,120},|\\s+(?:here|there|on the ground|I (?:have )?(?:met|spoken to|spoke to)(?: \\w+ly)?))?\\s+(?:also\\s+)?(?:said|says|say|told|added|adds|explains|explained|concede|concedes|conceded|estimate|estimates|estimated|rejected|denied|disputed|dismissed|insisted)\\b`,
      'i',
    ),
    'military',
  ],
  [
    /\b(?:ministry|MoD|general staff|spokes(?:man|woman|person)|press (?:service|officer)|commanders?|brigade|regiment|[Cc]orps(?=(?:,[^,.]{1,60},| of [^,.]{1,60}?)? (?:said|says|reported|announced|claimed|wrote|posted|replied|responded|stated)\b)|(?:northern|southern|eastern|western|operational|joint|army's \w+) command|soldiers of (?:one of )?the|(?:the|a) soldier(?=[^.]*\b(?:said|told)\b)|the (?:military|army|border (?:guard )?service)(?= (?:also |later )?(?:said|says|reported|announced|confirmed|stated|tell|tells|told)\b)|according to the (?:border (?:guard )?service|border guards|military|army))\b/i,
    'military',
  ],
  // Ukraine's name for its armed forces, capitalised ("the Southern Defence Forces")
  [/(?<!Air )\bDefen[cs]e Forces\b/, 'ua-military'],
  // Ukraine's bodies by their own names (Russia's are the FSB Border Service and Rosgvardia)
  [
    /\bState Border Guard Service\b|\b(?:[Cc]orps|[Bb]rigade) of the National Guard\b|\bNational Guard of Ukraine\b/,
    'ua-military',
  ],
  [/\bofficials in (?:Moscow|the Kremlin)\b/i, 'ru-official'],
  [/\bofficials in (?:Kyiv|Kiev)\b/i, 'ua-official'],
  // a country or capital speaking: only beside a verb of saying ("Moscow said", "according to Kyiv")
  [
    new RegExp(
      `\\b(?:Russia|Moscow)${ASIDE}\\s+(?:has\\s+|had\\s+|also\\s+|was\\s+|is\\s+)?(?:\\w+ly\\s+)?${SAY}|according to (?:Russia|Moscow)\\b(?!['’]s)|\\b[Bb]y (?:Russia|Moscow)['’]s (?:own )?(?:count|estimate|account|reckoning|figures|tally)\\b`,
    ),
    'ru-official',
  ],
  [
    new RegExp(
      `\\b(?:Ukraine|Kyiv|Kiev)${ASIDE}\\s+(?:regime\\s+)?(?:has\\s+|had\\s+|also\\s+|was\\s+|is\\s+)?(?:\\w+ly\\s+)?${SAY}|according to (?:Ukraine|Kyiv|Kiev)\\b(?!['’]s)|\\b[Bb]y (?:Ukraine|Kyiv|Kiev)['’]s (?:own )?(?:count|estimate|account|reckoning|figures|tally)\\b`,
    ),
    'ua-official',
  ],
];
