/**
 * What a sentence claims (the ledger's `kind`) and which side acts (`holder`), read from
 * its verbs and the forces it names (issue 9). Ground changing hands outranks fighting,
 * fighting outranks strikes, and a sentence with none of these is context. Pure.
 */
import type { KINDS } from '../claims/schema';
import type { Holder } from '../taxonomy';
import type { Side } from './claimant';
import { FORECAST, PURPOSE, VISIT, VOWED, WARNED } from './statement-words';
export { FORECAST } from './statement-words';

export type Kind = (typeof KINDS)[number];

/** A side saying none of its ground was lost: "no village in the region had been lost". */
export const NONE_LOST =
  /\b(?:not (?:a single|one)(?: of (?:our|the|its))?|no) (?:villages?|settlements?|towns?|localit(?:y|ies)|inch|metre)\b[^.;]{0,50}?\b(?:under (?:the )?(?:enemy(?:'s|’s)?|Ukrainian|Russian|their) control|under the control of (?:the )?(?:enemy|Ukrainian|Russian)|in (?:the )?(?:enemy(?:'s|’s)?|Ukrainian|Russian|their) hands|in the hands of (?:the )?(?:enemy|Ukrainians|Russians|occupiers)|(?:been |was |were )?(?:lost|surrendered|occupied|captured|taken))\b/i;

/** The fighting or an offensive as a thing talked about, not a claim that it goes on somewhere. */
const TALK_OF =
  /\b(?:(?:accounts?|reports?|descriptions?|coverage|news|picture|questions?|stor(?:y|ies)|updates?)\s+(?:of|on|about)|described|describes|describing|covers?|covered|covering|on|about)\s+the\s+(?:[a-z]+\s+)?fighting$|(?:['’]s|\bits|\btheir|\bhis)\s+(?:[a-z]+\s+)?(?:counter-?)?offensive$|\b(?:(?:closer|close|nearer|near)\s+to|from)\s+the\s+(?:[a-z]+\s+)?fighting$|\b(?:since|after|before|during|until)\s+the\s+(?:[\w-]+\s+){0,3}(?:counter-?offensive|offensive|fighting|battle)$|\b(?:risk|threat|danger|prospect|possibility|spectre|fears?)\s+of\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:encirclement|encircl\w+|envelopment|assault|offensive|attack)$/i;

/** Tried in order: the first kind whose words the sentence uses is its kind. */
const KIND_WORDS: [Exclude<Kind, 'context'>, RegExp][] = [
  [
    'withdrawal',
    /\b(?:withdr[ae]w|withdrawn|withdrawing|withdrawal|slipped (?:out|away)|pull(?:ed|ing|s)? (?:[\w-]+ ){0,3}?(?:back|out)|retreat(?:ed|ing)?|abandon(?:ed|ing|s)?|fell back|rolled back|rolling back|forced (?:\w+ )?(?:back|out)|(?:move[sd]?|moving|manoeuvr(?:ed|ing)|maneuver(?:ed|ing)) (?:[\w-]+ ){0,2}?["“]?to ["“]?(?:more )?(?:advantageous|favou?rable|prepared) (?:lines|positions)|regroup(?:ed|ing)?)\b/i,
  ],
  // "not one village of ours has been under the enemy's control": a denial (before "control" reads as holding)
  ['contested', NONE_LOST],
  // ground no one holds, before "hold" can read as holding it: "a grey zone neither side can hold"
  ['contested', /\bgr[ae]y zone\b|\bno-?man's[- ]land\b|\bneither side (?:can|could) hold\b/i],
  // "had left Shcherbaky", "left the village", "had "fled" Mali Shcherbaky": case matters, so not "left two dead"
  [
    'withdrawal',
    /\b(?:had |have |has |did )?(?:left|leave(?= the)|["“]?fled["”]?(?: from)?) (?:(?:neighbouring|nearby) )?(?:the (?:town|village|city|positions?)\b|the (?:(?:north|south|east|west)(?:ern)? )?(?:part|half|edge|outskirts)\b|(?:two|three|four|five|several|some|our|its|their|\d+) (?:[a-z]+ )?positions\b|[A-Z][a-z])/,
  ],
  [
    'control',
    /\b(?:captur(?:ed|e|ing)|take control|restor(?:ed|ing) (?:\w+ )?(?:control|(?:lost )?positions?)|dug in|entrenched|holding (?:on|out|the line|positions?)|seiz(?:ed|e|ing|ure)|liberat(?:ed|e|ion|ing)|recaptur(?:ed|e|ing)|retook|retaken|won back|regain(?:ed)?|reclaim(?:ed)?|clear(?:ed|ing) (?:of|the)|cleared|(?:finished|completed) (?:clearing|the (?:clearing|capture|liberation))|occup(?:ies|y)|(?<!\b(?:of|the|in|from|into|and|temporarily)\s)occupied|(?:holds?|held|controls?|controlled)\b(?! back)|(?:is|are|remains?) (?:(?:still|fully|now|entirely|completely|already|again) )*ours\b|holding (?=[A-Z])|(?:driven|drove|pushed|forced|knocked) (?:[\w-]+ ){0,4}?out of\b|(?:driven|drove|pushed|knocked) (?:them|the enemy|the (?:Russians|Ukrainians)|(?:Russian|Ukrainian|enemy) (?:troops|forces|units)) out\b|(?:have|has|had) been (?:driven|pushed|forced|knocked|kicked) out\b|under (?:\w+ ){0,2}(?:control|occupation)|(?:is|are|remains?) (?:(?:now|again|still|once again) )?(?:Russian|Ukrainian)(?: (?:again|now|once more))?(?=\s*[,.;]|$)|in (?:\w+ ){0,2}hands|in control|fell to|has fallen|had fallen|fallen)/i,
  ],
  // "Kurakhove, which Russia finally took in January": the place taken, named before
  ['control', /\bwhich\s+(?:[\w'’-]+\s+){1,3}(?:took|captured|seized|retook|liberated)\b/i],
  // "took more advantageous lines and positions": a ministry's word for moving forward
  [
    'advance',
    /\b(?:took|taken|occupied|reached) (?:up )?(?:more )?(?:advantageous|favou?rable) (?:lines|positions)\b/i,
  ],
  // "we are still in Popovka", "our soldiers are there": a side's own word that it holds a place (case matters)
  [
    'control',
    /\b(?:[Aa]re|[Ii]s|[Rr]emains?) still (?:in|inside) (?:[A-Z]|the (?:[\w-]+ )?(?:part|edge|outskirts|centre|center|districts?|streets?) of [A-Z])/,
  ],
  [
    'control',
    /\b(?:troops|soldiers|forces|units|men|infantry|fighters)\s+(?:are|remain)\s+(?:still\s+)?(?:there\b|in(?:side)? (?:the (?:village|town|city)\b|[A-Z]))/,
  ],
  // "no Russian soldier has set foot in Basivka": a denial that they took it
  [
    'contested',
    /\bno (?:Russian|Ukrainian|enemy) (?:soldier|troops?|unit)s? (?:has|have|had) (?:ever )?set foot in\b/i,
  ],
  // "the Russians came into Oleksiivka", "armoured vehicles came right up to the edge of Grafovka",
  // "12 more settlements had been freed", "we took it back", "the Ukrainians are sitting in Demidovka"
  [
    'advance',
    /\b(?:Russians|Ukrainians|soldiers|troops|forces|units|infantry|vehicles)\s+(?:came|come|have come|had come)\s+(?:into|(?:right |as far as )?up to)\b/i,
  ],
  [
    'control',
    /(?<=\b(?:settlements?|villages?|towns?|localities|territory|area|city)\s+)(?:had|has|have) been freed\b|\b(?:is|are|was|were) free again\b|\b(?:took|taken) (?:it|them) back\b|\b(?:Russians|Ukrainians|enemy|troops|forces|units)\s+(?:are|is|were|was)\s+(?:still\s+)?sitting in\b|\b(?:positions|lines|defen[cs]es)\b[^.;]{0,40}\b(?:are|is|were|was)\s+(?:still\s+)?holding\b(?!\s+(?:on|out|back|up)\b)/i,
  ],
  // "the Russians do not hold it": a denial that they took it
  [
    'contested',
    /\b(?:do|does|did) not (?:hold|control) (?:it|the (?:village|town|city)|(?:a single|one|any) (?:village|town|settlement|metre|inch))\b/i,
  ],
  // "Novohrodivka fell in September", "Kurakhove, further south, fell in January": a place falling, not shells
  [
    'control',
    /(?<=\b[A-Z][a-z'’-]+(?:,[^,]{1,30},)? )(?<!\b(?:Shells?|Bombs?|Missiles?|Rockets?|Drones?|Debris|Fragments|Mines?|Prices|Temperatures|Numbers|Figures|Losses)(?:,[^,]{1,30},)? )fell (?=(?:in|on|last|within|after|to|at the end of)\b)/,
  ],
  // "on Tuesday it claimed Novoielyzavetivka as well": a place claimed, not words ("claimed Ukrainian forces had ...")
  [
    'control',
    /\bclaim(?:ed|s|ing)\s+(?:the (?:village|town|city)\b|(?!(?:Ukrain|Russia|Kyiv|Kiev|Moscow|Putin|Zelensky|It|They|He|She|We|The|That|This)\w*)[A-Z][a-z'’-]+(?:[\s-][A-Z][a-z'’-]+)?(?=\s*(?:[,.;)]|as well\b|too\b|and\b|on\b|in\b|last\b|this\b|$)))/,
  ],
  // "Novoielyzavetivka, I think, is genuinely lost": a place lost, not contact or lives
  [
    'control',
    /(?<=\b[A-Z][a-z'’-]+(?:, [^,]{1,30},)? )(?<!\b(?:Contact|Communication|Power|Signal|Time|Lives|Control|Everything|Nothing|All|It|This|That) )(?:is|was|has been|had been) (?:(?:now|genuinely|effectively|already|completely|probably|all but) )?lost\b/,
  ],
  // "took Grafovka", "had taken four settlements", "had "fully taken" Shcherbaky", not "took everyone by surprise"
  [
    'control',
    /\b(?:took|taken|take)["”]?\s+(?:(?:this|that|the|our|their) (?:street|district|neighbourhood|quarter|position|strongpoint|hill|height|farm|tree ?line|trench(?:es)?|village|town)\s+back\b|(?:over\s+|back\s+|full\s+)?(?:control|ground|territory|positions|the (?:(?:nearby|neighbouring|neighboring) )?(?:town|village|city|settlement|area)|the (?:[\w-]+ )?(?:station|centre|center|outskirts|districts?|quarter|square|bridge|mine|factory|plant|hospital|heights?)\b|(?:(?:the )?(?:nearby|neighbouring|neighboring) )?[A-Z\d]|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|several|a few|a (?:string|series|handful|number|couple|row) of)\b(?!\s+(?:more\s+)?(?:hours?|days?|weeks?|months?|minutes?|years?|times|attempts?|tries)\b)|(?:about|some|more than|nearly|almost|roughly|over|between)\s+\d))/,
  ],
  [
    'advance',
    // not the noun: "Russia's advance on Pokrovsk has slowed"
    /\b(?:advanc(?:ed|es|ing)|(?<!(?:['’]s|\bthe|\bits|\btheir|\ban|\bthis|\bthat)\s)advance\b|push(?:ed|es|ing) (?:\w+ )?(?:into|forward|deeper|towards?|closer|through|across)|pushed|gain(?:ed|s)? (?:a )?(?:foothold|ground)|foothold|(?:broke|broken|break|breaking) (?:into|through)|punch(?:ed|es|ing)? (?:[\w-]+ ){0,4}?(?:into|through)|enter(?:ed|ing)|reach(?:ed|ing)|crossed|mov(?:es?|ed|ing) (?:forward|into|closer|through)|mov(?:es?|ed|ing) (?:the |our |their |its )?(?:front )?lines? forward|improv(?:ed|es|ing) (?:their|its|our) (?:tactical )?positions?|invad(?:ed|ing)|(?:crept|edged|inched|crawled|got) (?:\w+ )?(?:closer|nearer|forward)|(?:got|get|gets|getting) into|(?:filter(?:ed|ing)?|infiltrat(?:ed|ing)|slipp(?:ed|ing)|slipped|seep(?:ed|ing)) into|got as far as|gained|gains|(?:are|is|were|was|now|already) (?:now |already )?on the (?:[\w-]+ )?approaches to|(?:went|gone|go|got|pushed|penetrated|driven|drove) (?:as deep as|(?:[\w.,–-]+ ){1,4}(?:km|kilometres|kilometers|miles) deep)|depth of (?:its|their|our|the enemy['’]s|the) (?:penetration|advance|incursion|breakthrough)|penetrat(?:ed|ing)|emerg(?:ed|ing) (?:behind|in the rear of|inside)|(?:cross|crosses) (?:the (?:state )?(?:border|frontier)|into)|enters? the (?:town|village|city|outskirts|centre))\b/i,
  ],
  [
    'contested',
    /\b(?:attack(?:ed|ing|s)? (?:\w+ ){0,2}(?:positions|lines|defences|defenses|trenches)|(?:carried out|launched|conducted|made|repelled|resumed|continued|mounted|stepped up|intensified|increased|kept up|beaten off|beat off|fought off|repulsed|thwarted) (?:\w+ ){0,2}(?:assaults|attacks|attempts)|front ?line (?:now )?(?:runs|ran|passes|lies|cuts) through|(?:sen[dt]s?|sending|throws?|threw|throwing) (?:[\w-]+ ){0,3}(?:groups|units|troops|infantry|men|forces|waves) (?:against|at)\b|attack(?:ed|s)? (?:[\w-]+ )?(?:near|around|towards?|(?:north|south|east|west)(?:-?(?:east|west))? of|in the (?:direction|area) of)|storms|fight(?:ing)?|fought|clash(?:es|ed)?|battl(?:e|es|ing)|contested|assault(?:s|ed|ing)?(?! (?:groups?|brigades?|units?|troops|detachments?|squads?|forces))|storm(?:ed|ing)?|attacking|under attack|encircl(?:e|ed|ement|ing)|surround(?:ed|ing)?(?! (?:villages?|settlements?|towns?|areas?|countryside|districts?|streets|fields|farmland|woods|forests?|hills)\b)|counter-?attack(?:s|ed)?|counteroffensive|besieged|pressing|offensive|(?:has|have|had|was|were) not been (?:captured|taken|seized|occupied)|(?:has|have|had) not fallen|attack(?:ed|s)? (?:[\w-]+ )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) times|twice) (?:near|around|towards?|in the direction|in the area of)|(?:tried|attempted|attempting|trying|attempts?) to (?:cross|infiltrate|penetrate)|(?:assaults|attacks|attempts)(?:, [^,]{1,20},)? (?:were|had been|have been) (?:\w+ )?(?:repelled|repulsed|beaten off|thwarted)|half (?:theirs|ours)|(?:destroy|eliminat|finish)(?:ing|ed)(?: off)? the remnants|mopp(?:ing|ed) up|(?:was|were) (?:thrown|driven|beaten|knocked|hurled) back(?! (?:across|over|beyond|to|into|out)\b))\b/i,
  ],
  [
    'strike',
    // a drone as a tool named ("drone feeds", "a drone operator") is no strike
    /\b(?:strikes?|struck|(?:drones?|missiles?|rockets?)(?!\s+(?:feeds?|operators?|footage|pilots?|units?|teams?|videos?|images?|crews?|makers?|production|reconnaissance|surveillance|views?)\b)|shell(?:ing|ed|s)|(?:mortar|artillery|tank) (?:rounds?|fire|shells?)|bomb(?:ed|ing|s)?|glide bombs?|air ?raid|killed|injured|wounded|explosions?|hit)\b/i,
  ],
  // "completing the destruction of the Ukrainian grouping near Demidovka": a ministry's word for fighting
  [
    'contested',
    /(?<!\bto\s+(?:complete|finish|achieve|ensure)\s+the\s+)\b(?:destruction|destroying|elimination|eliminating|defeat|defeating|rout(?:ing)?)["”]? of (?:the )?(?:[\w-]+ ){0,2}(?:grouping|formations?|units|garrison|forces)\b/i,
  ],
  // "an attack on the city" is fighting only when nothing says it came from the air
  ['contested', /\battack(?:ed|ing|s)? on (?:the )?(?:town|village|city)\b/i],
  [
    'statement',
    /\b(?:will be (?:destroyed|crushed|defeated|driven out|expelled)|(?:main|key|primary|chief) (?:objective|aim|goal|task)|(?:will|would) continue|(?:will|would) (?:not|never) (?:become|give up|surrender|fall|allow|let|retreat|stop|be (?:taken|captured|given|surrendered))\b|ruled out|(?:is|was|were) needed|(?:has|have|had|would have) to be|call(?:ed|s)? (?:on )?(?:the )?(?:residents|people|civilians|citizens)|visit(?:ed|s)?|tour(?:ed|s)?|vow(?:ed|s|ing)?|pledg(?:ed|es|ing)|promis(?:ed|es)|warn(?:ed|s)|(?<=\b(?:I|we) )(?:warn|urge|call on)|(?<=\b(?:I|we) )ask\b(?=[^.;]{0,60}\bto (?:leave|evacuate)\b)|order(?:ed|s)|call(?:ed|s) (?:for|on)|threaten(?:ed|s)|urg(?:ed|es)|announc(?:ed|es)|declar(?:ed|es))\b/i,
  ],
];

/** Who holds ground, said outright: "under Russian control", "in Ukrainian hands". */
const HOLDS: [Side, RegExp][] = [
  [
    'ru',
    /\b(?:in|under) (?:\w+ )?(?:Russian|Russia's|Moscow's) (?:hands|control)\b|\bunder (?:full )?control of (?:the )?Russian\b|\b(?:is|are|remains?) (?:(?:now|again|still|once again) )?Russian(?: (?:again|now|once more))?(?=\s*[,.;]|$)/i,
  ],
  [
    'ua',
    /\b(?:in|under) (?:\w+ )?(?:Ukrainian|Ukraine's|Kyiv's) (?:hands|control)\b|\bunder (?:full )?control of (?:the )?Ukrainian\b|\b(?:is|are|remains?) (?:(?:now|again|still|once again) )?Ukrainian(?: (?:again|now|once more))?(?=\s*[,.;]|$)/i,
  ],
];

/** Forces named after "cleared of", "driven out": they lose the ground, they do not act. */
const PATIENT =
  /\b(?:(?:cleared|rid|freed?|purged|emptied) of|from|out(?: of)?|against)\s+(?:the\s+)?(?:(?:remaining|last)\s+)?$/i;

/** What a side's forces are called, as actors: "Russian assault groups", "Kyiv's troops". */
const FORCES =
  '(?:\\w+\\s+)?(?:forces|troops|army|units|soldiers|assault groups?|infantry|marines|paratroopers|brigades?|defenders|(?:armou?red )?vehicles|armou?r|tanks|counteroffensive|offensive|incursion|gains)\\b';
const ACTORS: [Side, RegExp][] = [
  [
    'ru',
    new RegExp(
      `\\b(?:Russian|Russia's|Moscow's|pro-Russian)\\s+${FORCES}|\\bArmed Forces of (?:Russia|the Russian Federation)\\b|\\b(?:the )?(?:occupiers|invaders|Russians)\\b|\\bRussia (?:had |has |now |still )?(?:captured|took|seized|retook|advanced|withdrew|regained|occupies|occupied|holds|held|controls|controlled)\\b`,
      'gi',
    ),
  ],
  [
    'ua',
    new RegExp(
      `\\b(?:Ukrainian|Ukraine's|Kyiv's|Kiev's)\\s+${FORCES}|\\bArmed Forces of Ukraine\\b|\\b(?:formations|units|troops|forces) of (?:the )?(?:VSU|ZSU|AFU)\\b|\\b(?:VSU|ZSU|AFU)\\b|\\bUkraine (?:had |has |now |still )?(?:captured|took|seized|retook|advanced|withdrew|regained|occupies|occupied|holds|held|controls|controlled)\\b`,
      'gi',
    ),
  ],
];

/** Ground not yet taken: "tried to break through", "trying to capture" is fighting for it. */
const ATTEMPT =
  /\b(?:tried|trying|tries|try|attempt(?:ed|ing|s)?|sought|seeking|struggl(?:ed|ing)|bid)\s+to\s+(?:\w+\s+)?$/i;
/** Ground meant to be taken: "will push on until the area is cleared" is a statement. */
const INTENT =
  /\b(?:will|would|shall|until|must|(?:has|have|needs?)\s+to|plans?\s+to|aims?\s+to|intend(?:s|ed)?\s+to|vow(?:ed|s)?\s+to|promis(?:ed|es)\s+to|pledg(?:ed|es)\s+to|ready\s+to|determined\s+to)\s+(?:["“]?[\w-]+\s+){0,4}["“]?$/i;

/** What has not happened: "If Russia were to take Stepnohirsk", "could fall" (not the month: "in May they took"; not "were continuing to advance"). */
const HYPOTHETICAL =
  /\bunless\s+(?:[\w'’-]+\s+){0,3}$|(?:^|[,;:]\s*)(?:if|unless|should|whether|were\s+(?:(?![\w-]+ing\b)[\w-]+\s+){1,3}to)\b|\b(?:could|might|(?<!\b(?:in|since|of|by|early|late|mid|until|from|through|and|\d{1,2})[\s-])may(?!\s+\d)|were to)\s+(?:[\w-]+\s+){0,2}$|\bwhoever\s+$/i;

const FORCES_LEAVING =
  /\b(?:forces|troops|units|soldiers|defenders|garrison|brigades?|battalions?|army|infantry|fighters|military|we|our|they)\b/i;
const CIVILIANS_WHO =
  /\b(?:people|residents|civilians|families|villagers|locals|inhabitants|pensioners)\s+(?:who|that)\s+(?:had\s+|have\s+)?$/i;
const WILL_NOT = /\b(?:(?:will|would|shall)\s+(?:not|never)|won['’]t)\s+(?:[\w-]+\s+){0,2}$/i;
/** A leading clause of time: "A month after its troops crossed the border,". */
const LEAD =
  /^(?:[A-Z][A-Z.'/ -]+(?:,[^—–]{0,40})?\s*[—–-]\s*)?(?:(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+(?:days?|weeks?|months?|years?)\s+|(?:shortly|soon|just|long|only|even)\s+)?(?:after|since|before|when|once)\s+[^,;]{3,80},/i;
const AIMED_AT = /\b(?:completing|complete|finishing|finish|taking|the)\s+["“]?(?:the\s+)?$/i;
const AIM =
  /^[^.;]{0,80}?\b(?:remains?|remained|is|was|will be)\s+(?:a|the|our|his|its|their)\s+(?:[\w-]+\s+)?(?:priority|objective|goal|aim|task)\b/i;
const COUNTERFACTUAL = /\bwould(?:n['’]t| not)? have\b/i;

/** What did not happen: "the enemy did not conduct offensive actions". */
const NEGATED =
  /\b(?:did not|does not|do not|didn't|doesn't|has not|have not|had not|hasn't|haven't|never|no longer)\s+(?:[\w'’-]+\s+){0,3}$|\b(?:ruled|rules|rule|ruling) out\s+(?:a |any |the )?(?:[\w-]+\s+)?$|\b(?:made|make|makes|making) (?:no|little) (?:[\w-]+\s+)?$/i;

export function kindOf(sentence: string): Exclude<Kind, 'context'> | 'context' {
  // (not a visit told in passing: "tells Putin, who has visited a command post, that forces have retaken ...")
  const visit = VISIT.test(sentence.replace(/\bwho\s+(?:has\s+|had\s+)?visited\b/gi, ''));
  if (visit || PURPOSE.test(sentence)) return 'statement';
  for (const [kind, words] of KIND_WORDS) {
    const m = words.exec(sentence);
    if (!m) continue;
    if (NEGATED.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "A month after its troops crossed the border, Ukraine insists ...": background to the sentence
    if (m.index < (LEAD.exec(sentence)?.[0].length ?? 0)) continue;
    // "prefers to outflank towns rather than storm them": what is not done; "for as long as the
    // shelling continued": a condition, not a strike; "Kuzya, who has been fighting since ...": a life
    if (/\b(?:rather than|instead of)\s+$|\bwho\s+(?:has|had)\s+been\s+$/i.test(sentence.slice(0, m.index)))
      continue;
    if (/\b(?:as long as|until|unless)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(sentence.slice(0, m.index)))
      continue;
    // "gave sharply different accounts of the fighting", "its spring offensive": talk of it
    if (
      kind === 'contested' &&
      TALK_OF.test(sentence.slice(Math.max(0, m.index - 40), m.index + m[0].length))
    )
      continue;
    // "That is all I will say until the ministry announces the results": not said yet
    if (
      kind === 'statement' &&
      /\b(?:until|unless|before|if)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i.test(sentence.slice(0, m.index))
    )
      continue;
    if (kind !== 'statement' && (kind === 'strike' ? WARNED : VOWED).test(sentence.slice(0, m.index)))
      return 'statement';
    if (
      kind !== 'strike' &&
      kind !== 'statement' &&
      FORECAST.test(sentence.slice(0, m.index).split(/[.;]/).at(-1)!)
    )
      return 'context';
    // "The offensive ... will continue until the tasks set are accomplished": a vow
    if (kind === 'contested' && /\b(?:will|shall)\s+(?:continue|go on)\b/i.test(sentence.slice(m.index)))
      return 'statement';
    if (kind !== 'control' && kind !== 'advance' && kind !== 'withdrawal') return kind;
    // "holding them would have cost us everyone" says what did not happen
    if (COUNTERFACTUAL.test(sentence)) return 'context';
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    if (HYPOTHETICAL.test(sentence.slice(0, m.index).split(/[.;]/).at(-1)!) && !/\bthen\b/i.test(before))
      return 'context';
    // "Ukraine will not withdraw from the area": a vow, not ground given up; "completing the
    // liberation of the region remained a priority": an aim
    if (WILL_NOT.test(before) || (AIMED_AT.test(before) && AIM.test(sentence.slice(m.index))))
      return 'statement';
    // "the last evacuation bus left Bilovody", "residents fled": only forces leaving is a withdrawal
    if (kind === 'withdrawal' && /\b(?:left\b|fle)/.test(m[0]) && !FORCES_LEAVING.test(sentence))
      return 'context';
    // ("Ask the people who left Prilesye why they left": they are the people)
    if (kind === 'withdrawal' && CIVILIANS_WHO.test(before)) return 'context';
    if (kind === 'withdrawal') return kind;
    return ATTEMPT.test(before) ? 'contested' : INTENT.test(before) ? 'statement' : kind;
  }
  return 'context';
}

/** The speaker's own side, or the other, named as actors: "its troops", "the enemy". */
const OWN = /\b(?:its|their|our) (?:\w+ )?(?:forces|troops|units|soldiers|army)\b/gi;
// not "the enemy's defences": what is the enemy's does not act
const ENEMY = /\b(?:the )?enemy\b(?!['’]s)/gi;
/** Ground taken back: with no one named, the country it lies in took it. */
const RETAKEN = /\b(?:retaken|recaptured|regained|retook|liberated)\b/i;

const other = (side: Side): Side => (side === 'ru' ? 'ua' : 'ru');

/**
 * The side acting in a claim: who holds, advances, withdraws or fights for the ground.
 * A denial answers the other side's attack; "in Russian hands" says it outright. Otherwise
 * the first force the sentence names as acting (not "cleared of Ukrainian troops"), outside
 * the speaker's own words ("a spokesman for Ukraine's forces"), where "its troops" are the
 * speaker's and "the enemy" the other side; failing that, a claimant speaking of ground
 * acts itself, and ground retaken with no one named went back to the country it lies in.
 */
export function holderOf(
  sentence: string,
  context: {
    speaker: Side | null;
    denial: boolean;
    said?: { start: number; end: number } | null;
    home?: Side | null;
  },
): Holder | undefined {
  const { speaker, denial, said, home } = context;
  if (denial && speaker) return other(speaker);
  const held = HOLDS.find(([, re]) => re.test(sentence));
  if (held) return held[0];
  const named: [Side | null, RegExp][] = [...ACTORS, [speaker, OWN], [speaker && other(speaker), ENEMY]];
  let first: { side: Side; at: number } | null = null;
  for (const [side, re] of named)
    for (const m of sentence.matchAll(re)) {
      const inSpeaker = said && m.index >= said.start && m.index < said.end;
      const patient = PATIENT.test(sentence.slice(Math.max(0, m.index - 24), m.index));
      if (side && !inSpeaker && !patient && (!first || m.index < first.at)) first = { side, at: m.index };
    }
  return first?.side ?? speaker ?? (RETAKEN.test(sentence) ? home : null) ?? undefined;
}
