/**
 * The phrases that put a capitalised name in a sentence as a place (./places.ts): before it
 * ("the village of Stepove", "near Basivka", a list item "2. Andriivka –"), after it
 * ("Stepove, a village ...", "Kotlyne was captured"), or its own ending ("Andriivka"). Pure.
 */
/** What puts a name in a sentence as a place: the name follows. */
export const CUE = new RegExp(
  `\\b(?:${[
    // a list's lead-in: "settlements of Sumy oblast, in particular Krasnopillia and Khotin"
    '(?:in particular|including|includes|covers|such as|namely|naming them as|named as|identified as),?(?:\\s+(?:on|in|at|near))?',
    // "pushed back from parts of Kotlyne"; an evacuation's way out: "the bus leaves for Kushuhum"
    'parts?\\s+of',
    '(?:most|much|half|all|the rest|the remainder)\\s+of',
    '(?:leaves?|leaving|left|heading|headed|bound|run|buses|bus|evacuated|moved|fled|drives?|drove|route)\\s+(?:for|to)',
    // "buses now run only twice a week, to Pavlohrad"; a fate: "will not become another Vovchansk"
    '(?:become|becomes|became|turn(?:ed|s)?\\s+into)\\s+(?:another|a second)',
    // "families who had fled Avdiivka"
    'fled(?:\\s+from)?',
    // "the enemy still clings to Gornal"; "a glide bomb hit the market in Bilytske" (heldout118)
    'cling(?:s|ing)?\\s+to',
    // "the route out through Plavni"; "on 31 May it added Vodolahy" (to a list of captures);
    // "near Malaya Tokmachka and from Orekhov"; "a proper look at Huliaipole" (heldout117-119)
    '(?:route|road)\\s+(?:out\\s+|in\\s+)?through',
    '(?:it|they)\\s+(?:also\\s+)?added',
    'and\\s+from',
    '(?:closer|proper|detailed|full)\\s+look\\s+at',
    // "calls from Kremenchuk", "broke through Ukrainian lines at Ocheretyne", "the way it did with
    // Nikopol" (heldout125-127)
    '(?:calls|called|phones|phoned)\\s+from',
    'lines\\s+at',
    '(?:as|the\\s+way)\\s+(?:it|they)\\s+did\\s+(?:with|in|at)',
    '(?:market|school|hospital|(?:bus |railway )?station|square|bus stop|house of culture)\\s+in',
    '(?:buses|bus|trains?|run|relocated)\\b[^.;]{0,30}?,\\s+to',
    // a broadcast script's station and town: "[Script of the 19:00 news, Obriy TV, Kramatorsk"
    '\\b(?:TV|Radio),',
    // "families in temporary housing in Stary Oskol"; "moved part of its production to Stary Oskol"
    '(?:temporary\\s+(?:housing|accommodation|shelters?)\\s+in|production\\s+to)',
    // "a dairy that moved its ripening cellars to Stary Oskol"
    'moved\\s+(?:[\\w-]+\\s+){0,4}?to',
    '(?:gates|villages?|towns?|cit(?:y|ies)|settlements?|hamlets?|houses|homes|outskirts|cent(?:re|er)|edge|residents|basements|tents|ruins|cellars|shelters|streets|district|community|areas?|(?:re)?capture|fall|liberation|encirclement|control|direction|side|defen[cs]e|out|(?:north|south|east|west)(?:-?(?:east|west))?)["”’]?\\s+of',
    // "still dug in at Malaya Loknya", "a tactic used earlier at Avdiivka"; "evacuating civilians from Bilozerske"
    '(?:dug\\s+in|earlier|previously|did|plant|station|airfield|bridges?|crossings?|checkpoints?|yards?|depots?|mines?|junctions?|positions|as\\s+far)\\s+(?:at|as)',
    // "a fortress, together with Krasnooktyabrskoye"; forces that "continued to strike Orikhiv" (heldout134)
    'together\\s+with',
    // "units defending Vodolahy withdrew" (heldout138)
    '(?:units|troops|forces|those|men|brigades?|battalions?)\\s+defending',
    '(?:to|continued\\s+to|continue\\s+to)\\s+(?:strike|shell|bomb)',
    // "a native of Tokmak"; "Khinshtein visited Rylsk"; "a block in central Bilopillia"
    'native\\s+of',
    // "a minibus at the entrance to Shebekino"; "good news from Shostka"
    'entrance\\s+to',
    // "the people who left Prilesye" (heldout156); a driver "I go to Orikhiv with aid" (heldout160)
    '(?:who|people|residents|families)\\s+(?:had\\s+|have\\s+)?left',
    '(?:go|goes|went|drive|drives|drove|travel|travels|travelled)\\s+to',
    // a map's "label for Kotlyne" (heldout162)
    '(?:label|marker|pin)\\s+for',
    // soldiers "describe Udachne as lost"
    // (the flag is /i, so a name is told by its having no possessive: not "described Pushilin's figure as")
    'describ(?:e|es|ed|ing)(?=\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+as\\b)',
    // a landmark named after its village: "near Gornal and the Guevo monastery"
    "the(?=\\s+[\\p{L}'-]+\\s+(?:monastery|convent|church|cathedral|mine|railway station|bridge|reservoir|dam)\\b)",
    // "the southern end of Sverdlikovo"; "more safety for Bezymeno"
    '(?:north|south|east|west)(?:ern)?\\s+end\\s+of',
    '(?:safety|security)\\s+for',
    // "within sight of Korenevo"; "suspended deliveries to Bilytske"
    'within\\s+(?:sight|range|reach)\\s+of',
    '(?:deliveries|supplies|aid|evacuations?|buses|trains|timetable|service)\\s+to',
    // "defenders of Mariupol" (heldout143)
    'defenders\\s+of',
    'news\\s+from',
    'visit(?:ed|s|ing)',
    'central',
    'evacuat\\w+\\s+(?:\\w+\\s+){0,2}from',
    '(?:fighting|battles?|fight)\\s+(?:(?:continues?|continued|goes\\s+on|rages?|is\\s+(?:now\\s+)?under\\s*way|is|was)\\s+)?for',
    '(?:shelling|bombardment)\\s+of',
    // "after the raid on Kozinka"; "advancing on Gornal"; "a minibus bound for Lebedyn"; "fighting since Avdeyevka"
    '(?:raids?|incursions?|assaults?|advancing|advanced|moving|pressing|closing\\s+in)\\s+on',
    // "our artillery worked all night on Orikhiv" (heldout146)
    '(?:worked|working|fired)(?:\\s+all\\s+(?:night|day))?\\s+on',
    // people "taken to Pavlohrad", "the road south past Tomarovka", "wrote that about Avdeevka" (heldout149, heldout151)
    '(?:taken|brought|transported)\\s+to',
    '(?:road|highway|route)\\s+(?:(?:north|south|east|west)\\s+)?past',
    '(?:wrote|said|written|say|says)\\s+(?:that|the\\s+same|this)\\s+about',
    'bound\\s+for',
    // "Next week I hope to get to Grayvoron"
    '(?:get|got|drive|drove|travel(?:led)?)\\s+to',
    // "buses now depart from the central square each morning for Dnipro and Pavlohrad"
    '(?:depart|departs|departed|leave|leaves)\\b[^.;]{0,50}?\\bfor',
    'fighting\\s+since',
    '(?:took|taken|take)\\s+back',
    // "three more villages, among them Uspenivka"
    'among\\s+them',
    // "fighting on the approaches to Korenevo"
    'approach(?:es)?\\s+(?:to|from)',
    // "while in the neighbouring Yablunivka our defenders withdrew"
    'neighbou?ring',
    // "within range of Druzhkivka"; "a former bus driver from Kryvyi Rih"
    '(?:range|reach)\\s+of',
    "(?:driver|native|residents?|born|soldiers?|paratroopers?|veterans?|volunteers?|refugees?|famil(?:y|ies)|pensioners?|teachers?|doctors?|nurses?|farmers?|engineers?|miners?|mechanics?|students?|builders?|workers?|crews?|(?:wo)?m[ae]n|comes|came|here|,)\\s+from(?!\\s+\\p{Lu}[\\p{L}'-]+\\s+to\\b)",
    // "its railway runs west to Konotop"; "the order to leave Martynovka"
    '(?:railway|road|line|highway|route)\\s+runs\\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\\s+)?to',
    '(?:order|orders|ordered)\\s+to\\s+leave',
    "(?:pensioner|resident|farmer|volunteer|driver)\\s+(?:\\p{Lu}[\\p{L}'-]+\\s+){1,2}from",
    '(?:had|has|have)\\s+left',
    // "advanced into Sumy region opposite Zhuravlyovka"; "the road from Plavni"
    'opposite',
    "(?:road|highway|van|bus|truck|lorry|pipeline)\\s+(?:(?:north|south|east|west)\\s+)?from(?!\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?\\s+to\\b)",
    '(?:assault|attacks?|advance|push|offensive|bombs?|missiles?|drones?|dropped|landed|artillery|shells|fire)\\s+on',
    '(?:towns?|cit(?:y|ies)|villages?)\\s+before',
    '(?:broke|broken|break(?:ing)?)\\s+into(?:\\s+the)?',
    '(?:withdr[ae]wn?|retreated|pulled\\s+(?:back|out)|(?:fall|fell|fallen)\\s+back|expelled|ousted)\\s+from',
    // "the wedge between the two towns and Rodynske"; "its fall would bring them closer to Kramatorsk"
    '(?:between\\s+(?:the\\s+)?(?:two|three|both|its|their|our|these|those)\\s+(?:towns|cities|villages|positions|lines|settlements)\\s+and|closer\\s+to)',
    // ("the road north to Dobropillia through Hryshyne"; a speaker "writes from Melitopol", heldout161-162)
    'near|outside|towards?|around|in|into|between|through|via',
    "(?:writes?|wrote|posts?|posted|speaks?|spoke|wants?|reports?|reported)\\s+(?:[\\w’'-]+\\s+){0,2}?from",
    // "Further west, Plavni and Prymorske ..."
    '(?:further|farther)\\s+(?:north|south|east|west)(?:-?(?:east|west))?,?',
    '(?:road|highway|route)\\s+(?:(?:north|south|east|west)\\s+)?(?:to|through|via)',
    // "the highway from Pokrovsk to Kostiantynivka"
    "from\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?\\s+to",
    // a port or peninsula struck: "the port of Novorossiysk", "strike on Sevastopol"
    '(?:port|strikes?|attacks?)\\s+(?:of|on)',
    'captur(?:e|ed|ing)|enter(?:ed|ing)?|seiz(?:e|ed|ing)|liberat(?:e|ed|ing)|recaptured|retook|retaken|regained|took|taken|take|reached|storm(?:ed|ing)?|approached|surrounded|encircled|stormed|shelled|struck|hit|bombed|attack(?:ed|ing)|abandoned|hold|cleared|held|holds|lost|losing|claim(?:ed|s)|occupied|controlled|controls|(?:still\\s+)?(?:shows|showed|marks|marked)',
  ].join('|')})["”]?[^\\S\\n]+`,
  'giu',
);
/**
 * Translated reports name places without "of": "the settlements Zaoleshenka and Loknya"; a
 * list joined by "and" follows its description: "Three villages right on the border,
 * Zhuravka, Basivka and Loknia" (case matters).
 */
export const BARE_CUE =
  /\b(?:villages?|settlements?|hamlets?),?\s+(?=\p{Lu})|\b(?:villages|settlements|towns|hamlets)\b[^.;:,\n]{0,30},\s+(?=\p{Lu}[\p{L}'-]+(?:,\s+\p{Lu}[\p{L}'-]+)*,?\s+and\s+\p{Lu})/gu;
/** A list item led by a place: "- Glushkovo: a bridge was hit", "2. Andriivka – the village is held". */
export const LIST_LABEL =
  /^[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+(?=\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+){0,2}(?:[:,]|\s+[–—-]\s|\s+\[))/gmu;
/** A heading that is a list of names alone on its line: "Novenke, Basivka, Veselivka, Zhuravka" (heldout123). */
const ITEM = String.raw`\p{Lu}[\p{L}'-]+`;
const ITEMS_SEP = String.raw`,?[^\S\n]+(?:and[^\S\n]+)?`;
export const HEADING_LIST = new RegExp(
  String.raw`(?<=^(?=${ITEM}(?:,[^\S\n]+${ITEM})+(?:,?[^\S\n]+and[^\S\n]+${ITEM})?[^\S\n]*$)(?:${ITEM}${ITEMS_SEP})*)(?=${ITEM})`,
  'gmu',
);
/** An outlet's line naming its town before the date: "Azov Mock Gazette, Melitopol, 16 October 2025" (heldout141). */
export const OUTLET_TOWN =
  /(?<=\p{L},[^\S\n]+)(?=\p{Lu}\p{Ll}+,[^\S\n]+\d{1,2}[^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+\d{4}\b)/gu;
/** A gloss of a name in brackets: "the Orekhov [Orikhiv] axis", "Varachino (Varachyne)" (heldout124, heldout133). */
export const BRACKET_GLOSS =
  /(?<=\p{Lu}[\p{L}'-]+ \[)(?=\p{Lu}[\p{L}'-]+\])|(?<=\p{Lu}[\p{L}'-]+ \()(?=\p{Lu}\p{Ll}[\p{L}'-]+\))/gu;
/** A name with a place's own ending, cue or none: "Andriivka shows how hard ..." (case matters). */
export const SUFFIXED = /(?<![\p{L}-])(?=\p{Lu}\p{Ll}+(?:ivka|yivka|ivske|opillia)\b)/gu;
/** Two fronts named at once: "in the Huliaipole and Orikhiv directions" (case matters). */
export const FRONTS =
  /\b(?:[Ii]n|[Oo]n|[Aa]long) the (?=\p{Lu}[\p{L}'-]+ and \p{Lu}[\p{L}'-]+ (?:directions|sectors|axes)\b)/gu;
/** The far end of a road named by its two towns: "the Sudzha-Bolshoe Soldatskoe road". */
export const ROAD_END = /(?<=\p{L})-(?=\p{Lu}[\p{L}']+(?: \p{Lu}[\p{L}']+)? (?:road|highway|route)\b)/gu;
/** What puts a name as a place before it: "Stepove, a village", "Vuhledar fell to", "was captured"; not a bare "fell". */
export const AFTER_CUE =
  /,?\s+\(?(?:a|the|another)\s+(?:[a-z-]+\s+){0,3}?(?:village|town|city|settlement|hamlet)s?\b|,\s+(?:further|farther|just|to the)\s+(?:north|south|east|west)(?:-?(?:east|west))?\b|,\s+on\s+the\s+(?:road|highway|route)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|to|from|between)\b|,\s+(?:just\s+|some\s+|a few\s+\w+\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b|,\s+in\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b|,\s+(?:a few|some|about|\d+)\s+(?:kilomet(?:re|er)s|km|miles)\s+to the\s+(?:north|south|east|west)|,?\s+among\s+them\b|\s+and\s+the\s+(?:neighbouring|nearby|surrounding|other)\s+(?:border\s+)?(?:villages|towns|settlements)\b|(?:\s+[[(][^\])]*[\])])?\s+(?:directions?|axis|axes|sectors?|districts?|community|communities|hromadas?|areas?)\b|,?\s+(?:fell\s+(?:to|last|this|within|after|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|early|late|mid|January|February|March|April|May|June|July|August|September|October|November|December|\d))|(?:has|had)\s+fallen|(?:was|were|has\s+been|have\s+been|had\s+been)\s+["“]?(?:fully\s+)?(?:captured|liberated|retaken|seized|recaptured|encircled|surrounded|cleared)|(?:is|are|remains?|has\s+been)\s+(?:still\s+)?(?:ours|a\s+gr[ae]y\s+zone|Ukrainian|Russian)|(?:[^,.;]{3,40},\s+)?(?:is|are|was|were|remains?)\s+["“]?(?:(?:fully|now|still|firmly)\s+)?(?:in\s+(?:Russian|Ukrainian)\s+hands|under\s+(?:Russian|Ukrainian)\s+control)|(?:is|are)\s+(?:still\s+)?being\s+fought\s+over|(?:is|are|remains?)\s+(?:still\s+)?contested|(?:would|will|could)\s+fall|(?:would|will)\s+be\s+["“]?next["”]?|next\s+door|[—–]\s+(?:(?:Ukrainian|Russian)-held|contested|(?:a\s+)?gr[ae]y\s+zone)\b|(?:is|are|was|were)\s+being\s+(?:rebuilt|restored|evacuated|shelled)|(?:took|came\s+under|endured)\s+(?:drones|shelling|fire|strikes|missiles|rockets|shells)|(?:is|are|was|were)\s+under\s+(?:attack|fire|shelling)|(?:was|were|has\s+been|had\s+been)\s+(?:hit|struck|shelled|bombed)\s+(?:by|overnight|again|twice|this|as\s+well|too)\b)\b/g;
/** Every cue a name follows, in the order they are read. */
export const NAME_FOLLOWS = [
  CUE,
  BARE_CUE,
  LIST_LABEL,
  HEADING_LIST,
  BRACKET_GLOSS,
  ROAD_END,
  FRONTS,
  OUTLET_TOWN,
  SUFFIXED,
];
/** Two names with the endings of towns in the region ("-sk", "-ivka", "-ove") after a preposition. */
const TOWN_END = `\\p{Lu}[\\p{Ll}'’-]+(?:sk|ivka|ovka|yevka|ivske|ske|ne|ove|ino|ovo|evo|iv|ets|ka)`;
export const TOWN_PAIR = new RegExp(
  `\\b(?:on|to|towards?|into|near|around|for)\\s+(${TOWN_END})\\s+and\\s+(${TOWN_END})(?![\\p{L}'’-])`,
  'gud',
);
/** A word with the ending of a town in the region: "Kupiansk", "Bilytske", "Novoivanivka". */
export const TOWN_WORD = /(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,}(?:ivka|yivka|ivske|ske|sk)(?![\p{L}'’-])/gu;
/** A home town: "a presenter from Uman who", a caller "Halyna from Vorozhba wants to know", "Mykola from Khotin, you're on air". */
export const HOME_TOWN =
  /\bfrom (?=\p{Lu}[\p{Ll}'’-]+(?: (?:who|wants|asks|is on the line|is calling)\b|, you(?:'|’)re on\b))/gu;
/** A newspaper, radio or channel named after a town ("Radio Kursk", "the Kursk Courier") is no place. */
export const OUTLET_WORD =
  /^(?:Radio|TV|Television|Courier|Times|Post|Herald|Daily|News|Pravda|Gazette|Telegraph|Express|Journal|Today|Online|Inform|Channel|Vesti|Izvestia)$/;
/** Between the names of a list: "Basivka, Stepove and Kotlyne", "for Bezymeno, for Gora-Podol"; a group is set when "and"/"or" (or the repeated "for") joins. */
export const SEP = /^(?:\s*,\s*(?:(and|or|та|і|и)\s+)?(?:(for)\s+)?|\s+(and|or|та|і|и)\s+)/;
