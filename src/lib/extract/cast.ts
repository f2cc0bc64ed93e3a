/**
 * The people an article introduces and quotes, as a reporter writes them (issue 21): "Lieutenant
 * Colonel Kovalchuk, who commands the battalion", "Taras, 34, who commands a machine-gun
 * team", "a soldier with the call sign Bober", "the channel Severny Rubezh". Each is known by
 * the names the article gives, with the role its words give and, where they say it, the side.
 * Later "says Taras" or "Kovalchuk said" is then that person speaking, and "he said" may be
 * them. People the officials table knows (./officials.ts) are left to it. Pure.
 */
import { embeddedSide, pressWords } from './press-side';
import { sideOfName } from './name-side';
import type { Side } from './claimant';

/** What a person speaks as: a side's military or official, a war blogger, an analyst; civilians speak for no one. */
export type CastRole = 'military' | 'official' | 'milblogger' | 'independent' | 'civilian';

export interface Castmember {
  /** The forms that name them: the name as introduced, and a surname standing alone. */
  names: string[];
  role: CastRole;
  /** The side their introduction names, or null when it leaves it to the places around them. */
  side: Side | null;
  /** Where the article introduces them. */
  start: number;
}

const NAME = `(?<!\\p{L})\\p{Lu}[\\p{Ll}’'-]+(?![\\p{L}’'])`;
const NAMES = `${NAME}(?: ${NAME}){0,2}`;
/** Ranks and titles written before a name. */
const TITLES: [RegExp, CastRole][] = [
  [
    /\b(?:(?:Lieutenant |Major |Brigadier |Colonel )?General|(?:Lieutenant |Lt\.? ?)?Colonel|Col\.|Major|Maj\.|Captain|Capt\.|(?:Senior |Junior )?Lieutenant|Lt\.|(?:Senior |Junior |Staff |Master )?Sergeant|Sgt\.|Corporal|Private|Commander)/,
    'military',
  ],
  [
    /\b(?:(?:Duma |Rada )[Dd]eputy|(?:Deputy |Acting )?Governor|Mayor|(?:Deputy |Defen[cs]e |Foreign |Prime )?Minister|President|(?:[Dd]istrict|[Rr]egional|[Vv]illage|[Cc]ity|[Cc]ommunity) head)/,
    'official',
  ],
];
/** Words of a description, by the role they give; the first role found wins. */
const ROLE_WORDS: [RegExp, CastRole][] = [
  [/\b(?:blog(?:ger)?s?|war correspondent|voenkor|(?:Telegram )?channel)\b/i, 'milblogger'],
  // "who follows the Russian armed forces for a research institute": one who watches an army
  [
    /\b(?:follows|tracks|studies|watches|monitors|researches)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:war|army|armed forces|military|forces|front|conflict|fighting)\b|\b(?:research institute|think tank|analyst|expert|researcher|historian|observer)\b/i,
    'independent',
  ],
  [
    /\b(?:general staff|border guards?|defen[cs]e minist(?:er|ry)|minist(?:er|ry) of defen[cs]e|command(?:s|er|ing|ed)?|battalion|brigade|grouping|group of forces|army|company|platoon|regiment|division|squad|unit|troops|forces|military(?! administration)|(?:operational(?:-tactical)?|tactical) group|soldiers?|operator|officer|sergeant|gunner|medic|paratrooper|marine|sniper|fighter|serviceman|infantryman|assault|call[- ]?sign|pilot|scout|deputy commander|chief of staff)\b/i,
    'military',
  ],
  [
    /\b(?:governor|mayor|starosta|(?:village|community) head|head(?:s|ed)? (?:of )?the|heads|runs? the (?:\w+ )?(?:council|administration|community)|(?:village|city|town|district|regional) council|administration|minister|ministry|official|deputy|lawmaker|MP|president|adviser|press secretary|spokes(?:man|woman|person))\b/i,
    'official',
  ],
  [
    /\b(?:analyst|researcher|expert|think tank|institute|monitor(?:ing)?|mapping|open-source|fellow|professor|historian)\b/i,
    'independent',
  ],
  [
    /\b(?:resident|pensioner|volunteer|driver|teacher|farmer|nurse|doctor|shopkeeper|mother|father|widow|grandmother|grandfather|refugee|evacuee|priest|student|neighbour|worker)\b/i,
    'civilian',
  ],
];
// (and each side's commands by name: Ukraine's "Northern operational command", Russia's "Sever group")
const UA =
  /\b(?:Ukraine(?:'s|’s)?|Ukrainian|Kyiv(?:'s|’s)?|Khortytsia|Tavria|(?:Northern|Southern|Eastern|Western) [Oo]perational [Cc]ommand|(?:Verkhovna )?Rada|(?<!Air )Defen[cs]e Forces)\b/;
const RU =
  /\b(?:Russia(?:'s|’s)?|Russian|Moscow(?:'s|’s)?|Kremlin|Moscow-installed|pro-war|pro-Kremlin|(?:Sever|Tsentr|Vostok|Zapad|Yug|Dnepr) group|(?:State )?Duma)\b/;

const TITLE_WORDS = new Set(
  'General Lieutenant Colonel Major Brigadier Captain Sergeant Senior Junior Staff Master Corporal Private Commander Governor Deputy Acting Mayor Minister Defence Defense Foreign Prime President'.split(
    ' ',
  ),
);
/** A rank or title opening a name: that name is read with its title (TITLES above). */
const RANK = `(?:${[...TITLE_WORDS].join('|')})\\b`;
/** Words that open a sentence or name a thing, never a person introduced. */
const NOT_NAMES = new Set(
  'The A An In On At By For From Of To And But Or As After Before When While Since Until Asked Meanwhile Elsewhere Separately Overnight Today Yesterday Later Earlier Still Some Many Most Both Neither Nobody Everyone One Two Three Our Their His Her Its This That These Those There Here Telegram Russia Ukraine Russian Ukrainian Moscow Kyiv Kiev Kremlin Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Staff State Service Forces Ministry Council Group Command Regional Military Administration District Oblast Region'.split(
    ' ',
  ),
);

/** A role written without an article: "Dmytro Savchuk, commander of a Ukrainian brigade". */
const BARE_ROLE =
  '(?:(?:deputy |acting )?(?:commander|head|chief|spokes(?:man|woman|person)|press secretary|governor|mayor|minister)\\s+(?:of|for|to))';

/** Who comments on the war for no side: "military expert", "retired colonel". */
const COMMENTATOR =
  '(?:military |defen[cs]e |independent )?(?:expert|analyst|commentator|observer)|(?:retired|former) (?:colonel|general|major|captain|officer|lieutenant colonel)';

/** A description of a person (not of a town: "Pokrovsk, the hub Russian forces want"). */
const PERSON =
  /^(?:who|whose)\b|^(?:\S+\s+){0,6}?(?:commander|operator|officer|soldier|sergeant|gunner|medic|paratrooper|marine|sniper|fighter|serviceman|infantryman|pilot|scout|veteran|spokes(?:man|woman|person)|governor|mayor|head|chief|minister|official|deputy|lawmaker|adviser|secretary|president|analyst|researcher|expert|fellow|professor|historian|blogger|correspondent|author|resident|pensioner|volunteer|driver|teacher|farmer|nurse|doctor|priest|student|worker|man|woman)s?\b/i;

/** A group described ("a volunteer mapping group"): a monitor of the war is an independent voice. */
const ORGANISATION =
  /^(?:\S+\s+){0,4}?(?:group|project|team|collective|organi[sz]ation|initiative|tracker|outlet|site|website|agency|institute|think tank|service|newspaper|channel|network)\b/i;
const INDEPENDENT =
  /\b(?:mapping|maps|monitor(?:s|ing)?|open[- ]sources?|geolocat\w*|tracker|research|analysis)\b/i;

const roleIn = (words: string): CastRole | null => ROLE_WORDS.find(([re]) => re.test(words))?.[1] ?? null;
/** "a former army officer who now tracks the war for an institute": what they do now first. */
const describedRole = (words: string): CastRole | null =>
  roleIn(/\bnow\b(.*)$/.exec(words)?.[1] ?? '') ?? roleIn(words);

/**
 * "in Russia's Kursk region", "across the Ukrainian border": where someone is, not whose
 * ("Ukraine's border guards" and "a Russian border district administration" are whose).
 */
/** Not a person's name but a body's: "the so-called Southern Defence Forces". */
const NOT_BODY =
  '(?!\\s+(?:Forces|Command|Group|Grouping|Brigade|Corps|Ministry|Staff|Guards?|Service|Army|Administration|Council|Regiment|Battalion|Division)\\b)';

/** A sentence opening on a role whose holder's name follows: "The spokesman for ..., Major ...". */
const ROLE_LEAD =
  /^\s*(?:The|A|An)\s+(?:[\w'’-]+\s+){0,2}?(?:spokes(?:man|woman|person)|commander|head|chief|officer)\b/;
export const WHERE =
  /\b(?:Russia['’]s|Ukraine['’]s|the (?:Russian|Ukrainian))\s+(?:[A-Z]\w+\s+)?(?:region|oblast|border|territory|soil)\b(?!\s+(?:guards?|service|district|villages?|towns?|administration|troops|forces|units|governor))/g;

const sideIn = (words: string): Side | null => {
  words = words.replace(WHERE, ' ');
  const [ua, ru] = [UA.test(words), RU.test(words)];
  return ua === ru ? null : ua ? 'ua' : 'ru';
};

/**
 * The people `text` introduces. `known(name)` is true of names someone else accounts for
 * (a place, a person in the officials table): those are not cast.
 */
/**
 * The words before a name within its own sentence and after any quotation: "the Kremlin."
 * before it is not its side, nor is "no Russian soldier has set foot there," in "... says".
 */
const sameSentence = (before: string) =>
  before
    .split(/[.!?]["”’]?\s+|\n/)
    .at(-1)!
    .split(/["“”]/)
    .at(-1)!;

export function castOf(text: string, known: (name: string) => boolean): Castmember[] {
  const found: Castmember[] = [];
  const add = (name: string, role: CastRole, side: Side | null, start: number, named = false) => {
    name = name.replace(/['’]s$/, '');
    // "Lieutenant Colonel Kovalchuk" is Kovalchuk
    const words = name.split(' ').filter((w, i, all) => i === all.length - 1 || !TITLE_WORDS.has(w));
    name = words.join(' ');
    if (words.some((w) => NOT_NAMES.has(w)) || known(name) || known(words.at(-1)!)) return;
    // introduced twice ("Major Oleh Sirenko, a spokesman for one of the Ukrainian brigades"): what either says
    const again = found.find((c) => c.names.includes(words.at(-1)!));
    if (again) {
      again.side ??= side;
      return;
    }
    // a person's surname alone names them; a channel's or a group's last word does not
    const person = named || (role !== 'milblogger' && role !== 'independent');
    found.push({ names: [...new Set([name, ...(person ? [words.at(-1)!] : [])])], role, side, start });
  };
  // "Lieutenant Colonel Kovalchuk", "Governor Alexander Khinshtein"
  for (const [title, role] of TITLES)
    for (const m of text.matchAll(new RegExp(`${title.source} (${NAMES})`, 'gu')))
      add(
        m[1],
        role,
        // (the title's own words too: "Duma deputy")
        sideIn(titleLead(m.index, m.index + m[0].length - m[1].length)) ??
          appositiveSide(m.index + m[0].length) ??
          // (a hromada, the "community" a head runs, is Ukraine's unit of local government)
          (/^[Cc]ommunity head/.test(m[0]) ? 'ua' : null),
        m.index,
      );
  // the words just before a title, or the whole role it ends ("The spokesman for Ukraine's
  // forces in Russia's Kursk region, Lieutenant Colonel ..."), not the clause before it
  function titleLead(at: number, end: number): string {
    const role = sameSentence(text.slice(Math.max(0, at - 80), end));
    return ROLE_LEAD.test(role) ? role : sameSentence(text.slice(Math.max(0, at - 30), end));
  }
  // "Lieutenant Colonel Dmytro Savchuk, commander of a Ukrainian brigade": the side after the name
  function appositiveSide(at: number): Side | null {
    const m = new RegExp(
      `^,\\s+(?:\\d{1,3},\\s+)?((?:a|an|the|${BARE_ROLE})\\b[^.;:,"“”()]{0,160})`,
      'u',
    ).exec(text.slice(at));
    return m ? sideIn(m[1]) : null;
  }
  // a translated report's role before the name, with no comma: "the spokesperson of the
  // operational-tactical group "Siver" Maksym Tkachuk"
  for (const m of text.matchAll(
    new RegExp(
      `\\b((?:spokes(?:man|woman|person)|press (?:officer|secretary)|commander|head|chief|mayor|governor) of [^.,;:()\\n]{3,70}?),? (${NAME} ${NAME})(?=[\\s.,;:]|$)${NOT_BODY}`,
      'gu',
    ),
  )) {
    const role = roleIn(m[1]);
    if (role && role !== 'civilian') add(m[2], role, sideIn(m[1]), m.index);
  }
  // a role straight before the name: "General Staff spokesman Maksym Horodnychyi", "war
  // correspondent Yegor Kholmov"
  for (const m of text.matchAll(
    new RegExp(
      `\\b((?:[\\w'’-]+\\s+){0,3}?(?:spokes(?:man|woman|person)|war correspondent|(?:military |war )blogger)) (?!${RANK})(${NAME} ${NAME})(?=[\\s.,;:]|$)`,
      'gu',
    ),
  )) {
    const side = sideIn(m[1]);
    if (!/spokes\w+$/.test(m[1])) {
      // (a war correspondent is a person: "Kholmov" alone names him)
      if (side !== 'ua') add(m[2], 'milblogger', 'ru', m.index, true);
    } else
      add(
        m[2],
        roleIn(m[1].replace(/spokes\w+$/, '')) === 'military' ? 'military' : 'official',
        side,
        m.index,
      );
  }
  // "military expert and retired colonel Anatolii Shevchuk": one who comments on the war, of no side
  for (const m of text.matchAll(
    new RegExp(
      `\\b(?:${COMMENTATOR})(?:\\s+and\\s+(?:${COMMENTATOR}))? (${NAME} ${NAME})(?=[\\s.,;:]|$)`,
      'gu',
    ),
  ))
    add(m[1], 'independent', null, m.index, true);
  // "Taras, 34, a former bus driver ... who now commands a machine-gun team"; "Oleh, a drone operator"
  const appositive = new RegExp(
    `(${NAMES}),\\s+(?:\\d{1,3},\\s+)?((?:a|an|the|who|whose|one of|now|${BARE_ROLE})\\b[^.;:,"“”()]{0,160})`,
    'gu',
  );
  for (const m of text.matchAll(appositive)) {
    const role = ORGANISATION.test(m[2])
      ? INDEPENDENT.test(m[2])
        ? 'independent'
        : null
      : PERSON.test(m[2])
        ? describedRole(m[2])
        : null;
    // ("Hanna Levchenko, 58, a former history teacher, has been the starosta ...": what she is now)
    const now = /^[^.;]*?\b(?:has been|is now|now serves as|serves as)\s+([^.;]{3,100})/.exec(
      text.slice(m.index + m[0].length),
    )?.[1];
    const since = now ? roleIn(now) : null;
    if (role)
      add(m[1], role === 'civilian' && since && since !== 'civilian' ? since : role, sideIn(m[2]), m.index);
  }
  // "a soldier with the call sign Bober", "who goes by Bison"
  for (const m of text.matchAll(
    new RegExp(
      `\\b(?:call[- ]?sign(?:ed)?|nom de guerre|goes by(?: the name)?),?\\s+["“]?(${NAME})|(${NAME}),\\s+(?:his|her) call[- ]?sign\\b`,
      'gu',
    ),
  )) {
    // ("The author of a pro-war Telegram channel ... writes under the call sign Kornet": a blogger)
    const before = sameSentence(text.slice(Math.max(0, m.index - 200), m.index));
    const writes = /\b(?:writes|posts|blogs|author of|(?:Telegram )?channel|blog(?:ger)?)\b/i.test(before);
    const side = sideIn(before.slice(-40));
    // ("he'll just be Sych, his call sign": the name before it)
    const name = m[1] ?? m[2];
    if (writes) add(name, 'milblogger', side ?? 'ru', m.index);
    else add(name, 'military', side, m.index);
  }
  // "the channel Severny Rubezh", "A second channel, Okopnaya Pravda,"
  // ("The Severny Rubezh channel said": the name before the word too)
  const channels = new RegExp(
    `\\b(?:[Cc]hannel|[Bb]log),?\\s+["“]?(${NAMES})|\\b[Tt]he (${NAMES}) (?:Telegram )?channel\\b`,
    'gu',
  );
  for (const m of [...text.matchAll(channels)].map((c) => Object.assign(c, { 1: c[1] ?? c[2] }))) {
    const side = sideIn(sentenceAround(text, m.index));
    if (side !== 'ua') add(m[1], 'milblogger', 'ru', m.index);
  }
  // someone of no side said: the side their name is spelt for ("Maksym Horodnychyi"), else,
  // with a reporter among one side's units, the soldiers met are theirs
  for (const c of found)
    if ((c.role === 'military' || c.role === 'official') && !c.side) c.side = sideOfName(c.names[0]);
  // (or, in a text written as one side's press, theirs: a state channel's battalion commander)
  const embedded = embeddedSide(text) ?? pressWords(text);
  for (const c of found) if (c.role === 'military' && !c.side) c.side = embedded;
  return found.sort((a, b) => a.start - b.start);
}

/** The sentence around an offset, roughly: for the side its words give. */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
  const to = text.slice(at).search(/[.\n]/);
  return text.slice(from, to < 0 ? text.length : at + to);
}

/** The cast member a sentence names first, with where. */
export function castNamed(
  sentence: string,
  cast: readonly Castmember[],
): { member: Castmember; start: number; name: string } | null {
  let best: { member: Castmember; start: number; name: string } | null = null;
  for (const member of cast)
    for (const name of member.names) {
      const m = new RegExp(`(?<![\\p{L}-])${name}(?![\\p{L}-])`, 'u').exec(sentence);
      if (m && (!best || m.index < best.start)) best = { member, start: m.index, name };
    }
  return best;
}
