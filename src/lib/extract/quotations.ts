/**
 * Where an article quotes or reproduces someone else's words at length: quotations within a
 * paragraph, quotations running over paragraphs (a post quoted whole), and a text the
 * outlet announces and then prints without quotation marks ("The post below was published
 * on the blog of a Ukrainian sergeant ..."). The listener gives their words to whoever the
 * text says wrote them. Pure.
 */
import type { Claimant } from '../claims/schema';
import type { Side } from './claimant';
import { voiceSide } from './partisan';
import { translatedFrom } from './press-side';

/**
 * Quotations that open a paragraph and close in a later one. A paragraph opening with a
 * quotation mark inside one goes on with it (the convention for quoting several paragraphs).
 */
export function blockQuotes(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let open = -1;
  for (const m of text.matchAll(/["“”]/g)) {
    const paragraphStart = /\n\s*\n\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (open < 0) {
      if (m[0] !== '”' && (paragraphStart || m.index === 0)) open = m.index;
      else if (m[0] !== '”') open = -2 - m.index; // a quotation within a paragraph
    } else if (open <= -2) {
      if (m[0] !== '“') open = -1;
    } else if (m[0] !== '“' && !paragraphStart) {
      if (/\n\s*\n/.test(text.slice(open, m.index))) blocks.push({ start: open, end: m.index });
      open = -1;
    }
  }
  // a paragraph that is a quotation and nothing more, after a time stamp if any
  for (const m of text.matchAll(/(?<=^|\n\s*\n)[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const whole = /^\s*(?:\d{1,2}[:.]\d{2}\s*[—–-]\s*)?["“][^"“”]*["”]\s*$/.test(m[0]);
    if (whole && !blocks.some((b) => b.start <= m.index && m.index < b.end))
      blocks.push({ start: m.index, end: m.index + m[0].length });
  }
  return blocks.sort((a, b) => a.start - b.start);
}

/** Quotations that open and close within a paragraph (those running on are `blockQuotes`). */
export function quotations(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let open = -1;
  for (const m of text.matchAll(/["“”]|\n\s*\n/g)) {
    if (m[0].startsWith('\n')) open = -1;
    else if (open < 0) open = m[0] === '”' ? -1 : m.index;
    else if (m[0] !== '“') {
      found.push({ start: open, end: m.index + 1 });
      open = -1;
    }
  }
  return found;
}

/** A text reproduced whole, from the paragraph after its announcement to the next heading. */
export interface Reproduced {
  start: number;
  end: number;
  /** The announcing paragraph: whoever it names first wrote it, when it describes no one. */
  announced: { start: number; end: number };
  /** Who wrote it, as the announcement describes them, when that says a side. */
  author?: Claimant;
  /** The announcement's words naming the author. */
  name?: string;
  /** Words before it telling who made it ("Gladkov's Sunday address"), for when the announcement names no one. */
  madeBy?: { start: number; end: number }[];
}

/** "The post below", "Below are his posts", "He kept this diary ... sent it to us", "We reproduce it in full", "We publish an abridged translation of his post". */
const ANNOUNCED =
  /\b(?:(?:kept|wrote) (?:this|these) (?:diary|entries)|the author of (?:these|this|the following) (?:entries|diary|notes|posts|letters)|(?:the|this|these|his|her|its|their) (?:post|posts|thread|statement|letter|dispatch|release|update|bulletin|message|notes|entry|diary|address) below|below(?:,[^,.]{1,40},)? (?:is|are) an? (?:[a-z]+ )?(?:post|thread|letter|message|statement)|below (?:is|are) (?:(?:excerpts?|extracts?|parts?) (?:from|of) )?(?:the|his|her|its|their|[A-Z][a-z]+['’]s) (?:[a-z]+ )?(?:post|posts|statement|letter|dispatch|release|summary|update|report|bulletin|message|notes|entry|address|thread)|(?:reproduce|reproduces|publish|publishes|print|prints|give|gives|translate|translates)\s+(?:it|them|the (?:post|statement|text|letter))\s+(?:in full|below|as (?:published|posted|written))|(?:shared|sent|gave)\s+(?:us\s+)?(?:\w+\s+)?(?:letters|posts|messages|notes|entries)\s+(?:with|to)\s+(?:us|[A-Z][\w-]+)|(?:reproduce|publish|print|give|present|translate)s?\s+(?:here\s+)?(?:an?|the)\s+(?:(?:abridged|edited|shortened|full|complete|lightly edited)\s+)?(?:translation|text|version|transcript|excerpts?|extracts?)\s+(?:of|from)\s+(?:the|his|her|its|their|[A-Z][a-z]+['’]s)\s+(?:[a-z]+\s+)?(?:post|posts|statement|letter|message|address|update|summary|thread|report))\b/i;
/** The same said another way: a verb of printing and a text of someone's ("We reproduce his latest column, abridged"). */
const PRINTS = new RegExp(
  String.raw`\b(?:reproduces?|publish(?:es)?|prints?|presents?|translates?|carr(?:y|ies)|runs?)\s+(?:here\s+|below\s+)?` +
    // ("publishes the southern section of the General Staff's operational update")
    String.raw`(?:(?:the|an?)\s+(?:[a-z]+\s+)?(?:section|part|excerpts?|extracts?)\s+of\s+)?` +
    String.raw`(?:the|his|her|their|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s)\s+(?:[a-z]+\s+){0,2}?` +
    String.raw`(?:post|posts|column|article|statement|letter|dispatch|update|message|notes|diary|address|thread|report|piece|essay|blog post|bulletin|summary)\b`,
);
/** The author as an announcement describes them: "a Ukrainian sergeant", "a Russian war blogger". */
const AUTHOR =
  /\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ )?(?:pro-)?(Ukrainian|Russian) (?:[a-z-]+ )?(soldier|sergeant|officer|commander|paratrooper|marine|medic|gunner|drone operator|serviceman|fighter|(?:war |military )?blogger|(?:Telegram )?channel|brigade|battalion|regiment|unit)\b/;
/** The author as one of a side's units: "a drone operator in a Ukrainian assault brigade". */
const SERVING =
  /\b[Aa]n? (soldier|sergeant|officer|commander|paratrooper|marine|medic|gunner|drone operator|serviceman|fighter) (?:in|with|of|from) (?:a|an|the|one of the) (Ukrainian|Russian) (?:[a-z-]+ ){0,2}(?:brigades?|battalions?|regiments?|units?|army)\b/;
const serving = (paragraph: string): [string, string, string] | null => {
  const m = SERVING.exec(paragraph);
  return m && [m[0], m[2], m[1]];
};

/** "issued the following statement, which Severny Kurier publishes in full" */
const IN_FULL =
  /\bthe following (?:[\w-]+ )?(?:statement|post|message|text|report|update|address|letter|summary)\b|\btranslated in full\b|\bthe following is (?:the |a )?(?:full |complete )?(?:text|translation)\b|\b(?:below|here) is the (?:full |complete )?(?:text|translation) of\b|\b(?:publish|print|reproduce|carr(?:y|ie))(?:e?s)?\s+(?:it\s+|them\s+|the (?:full )?(?:text|statement|address|post)\s+)?in full\b/i;
/** Or by what they do, their side as the sentence saying it gives: "runs a Telegram channel about the war". */
const WRITER =
  /\b(?:war (?:correspondent|blogger)|military blogger|milblogger|voenkor|runs (?:a|the) (?:[\w-]+ ){0,3}channel)\b/i;
const WRITES = new RegExp(`[^.]*${WRITER.source}[^.]*`, 'i');
/** A soldier by what they do, their side left to their own words: "while serving with an infantry battalion". */
const SERVES =
  /\bcommand(?:s|ed|ing) (?:a|an) (?:[\w-]+ ){0,2}(?:platoon|company|battalion|brigade|unit)\b|\bserv(?:ing|es|ed) (?:as an? [\w-]+ )?(?:with|in) (?:an? |the |one of the )?(?:[\w-]+ ){0,2}(?:battalion|brigade|regiment|company|platoon|unit|army|crew|team|squad|detachment)s?\b|\b(?:was|were|been) mobili[sz]ed\b/i;
/** A paragraph opening on someone's name: "Serhiy, 34, taught history", "Oleh Marchuk serves". */
const OPENS_ON =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?=,| (?:has|had|is|was|serves|served|commands|commanded|runs|ran|writes|wrote)\b)/u;
/** A unit's own posts: "translating the posts of the 161st Separate Mechanised Brigade". */
const UNIT_POSTS =
  /\b(?:posts|statements|updates|messages|summaries|reports|Telegram channel) of (?:the |a |an )?(?:[\w-]+ ){0,4}(?:[Bb]rigade|[Bb]attalion|[Rr]egiment|[Cc]orps|[Dd]etachment)\b/;
/** Who issued a statement printed whole: a government, an administration, a ministry, a command. */
const ISSUER =
  /\b(?:the )?(?:government|administration|defen[cs]e ministry|ministry of defen[cs]e|general staff|command|headquarters) of (?:the )?(?:[A-Z][\w-]+ ){1,2}(?:[Rr]egion|[Oo]blast)\b|\b(?:the )?[A-Z][\w-]+ (?:[Rr]egion(?:al)?|[Oo]blast) (?:government|administration)\b|\b(?:[A-Z][\w-]+ )?(?:City|CITY) (?:Council|COUNCIL)\b/;
/** A government abroad issuing a statement: "The European Union issued the following statement". */
const FOREIGN_ISSUER =
  /\b(?:[Tt]he European Union|[Tt]he EU|NATO|[Tt]he G7|[Tt]he (?:US|U\.S\.|UK|British|French|German|Polish) (?:government|State Department|Foreign Office|foreign ministry))(?=[^.]*\b(?:issued|published|released|put out|adopted)\b)/;
/** A post's stamp opening its paragraph: "13.10, 09:40.", "09:40 —", "12.08.", a thread's "3/", a letter's "2 June.". */
const STAMPED =
  /^(?:\d{1,2}(?:[.:]\d{2}\b|\/(?:\d{1,2})?\s)|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\.|\[(?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{1,2}\.\d{2})(?:,? \d{1,2}[:.]\d{2})?\])/;
const BYLINE = /^By ((?:\p{Lu}[\p{L}'’-]+ ?){2,3})$/mu;
/** An editor's note on who wrote what follows: "The author commands a mechanised brigade of Ukraine's armed forces". */
const AUTHOR_NOTE =
  /[^.]*\bThe (?:author|writer) (?:commands|is|serves|heads|leads|was)\b[^.]*(?:\.[^.]*\bviews (?:below|here|expressed)\b[^.]*)?/;
/**
 * An announcement in other words: a text of someone's and how the outlet prints it, in one
 * paragraph ("She shared four letters with us; we have shortened them").
 */
const edited = (paragraph: string) =>
  /\b(?:below|abridged|shortened|lightly edited|condensed|trimmed|in (?:our )?translation|translated (?:the|his|her|their|these|them)|as (?:published|posted|written))\b/i.test(
    paragraph,
  ) &&
  /\b(?:post|posts|letter|letters|thread|diary|entries|column|notes|essay|blog post|excerpt|extract|passage|memoir|chapter|statement|clips|recordings|voice messages)\b/i.test(
    paragraph,
  );
/** A speech someone made, as the lines before it tell of it: "Gladkov recorded his weekly video address". */
const MADE = /\b(?:address|speech|remarks|appeal)\b/i;
/** The words before a text word in each sentence of `paragraphs` that has one: where its maker is named. */
const makers = (paragraphs: RegExpMatchArray[]) =>
  paragraphs.flatMap((p) =>
    [...p[0].matchAll(/[^.!?]+/g)].flatMap((s) => {
      const m = MADE.exec(s[0]);
      return m ? [{ start: p.index! + s.index, end: p.index! + s.index + m.index }] : [];
    }),
  );
/** A heading (one short line with no closing punctuation) or an editor's bracketed note: what ends it. */
const HEADING = /^(?:[^\n.!?:"”]{1,80}|\[[^\]]*\])$/;
/** A title over a text printed whole, which may quote its name: "From "The Road to Sudzha and Back"". */
const TITLE = /^[^\n.!?:]{1,80}$/;

export function reproduced(text: string): Reproduced[] {
  const paragraphs = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)];
  const found: Reproduced[] = [];
  paragraphs.forEach((p, i) => {
    const note = AUTHOR_NOTE.exec(p[0])?.[0];
    if (!note && ![ANNOUNCED, PRINTS, IN_FULL].some((re) => re.test(p[0])) && !edited(p[0])) return;
    // its own title may head it; the next heading after its body ends it
    // (a title, a byline and a part's heading may stack: "From ...", "By Taras Hnatiuk")
    let j = i + 1;
    while (j < i + 4 && paragraphs[j + 1] && TITLE.test(paragraphs[j][0].trim())) j++;
    const byline = paragraphs
      .slice(i + 1, j + 1)
      .map((q) => BYLINE.exec(q[0])?.[1].trim())
      .find(Boolean);
    // (posts stamped under headings of their own, "POST 2", go on past them)
    let k = j;
    const stampedAfter = (h: number) => paragraphs[h + 1] && STAMPED.test(paragraphs[h + 1][0]);
    while (
      paragraphs[k] &&
      (!HEADING.test(paragraphs[k][0].trim()) || (STAMPED.test(paragraphs[j][0]) && stampedAfter(k)))
    )
      k++;
    // (a post's header lines, "⚡️ PRESS SERVICE OF THE 149th SMBr | 16.09.2025", then its heading: its body follows)
    const header = (q: RegExpMatchArray) => q[0].trim().length < 100 && !/[.!?]["”’)]?$/.test(q[0].trim());
    while (k > j && paragraphs[k + 1] && paragraphs.slice(j, k).every(header))
      for (k++; paragraphs[k] && !HEADING.test(paragraphs[k][0].trim());) k++;
    if (k === j) return;
    const last = paragraphs[k - 1];
    // (a blogger the title describes, "a war blogger's post", when the announcement does not)
    const described =
      note ?? WRITES.exec(p[0])?.[0] ?? (i > 0 ? WRITER.exec(paragraphs[0][0])?.[0] : undefined);
    const sides = described && [
      /\b(?:Russia|Russian|Moscow|Kremlin)/.test(described),
      /\bUkrain|\bKyiv/.test(described),
    ];
    // (of no side it says: the side the post's own words are on, "the khokhols")
    const bodyText = text.slice(paragraphs[j].index, last.index + last[0].length);
    const said: Side | null =
      sides && sides[0] !== sides[1]
        ? sides[0]
          ? 'ru'
          : 'ua'
        : described && !note
          ? voiceSide(bodyText)
          : null;
    const who =
      serving(p[0]) ??
      AUTHOR.exec(p[0]) ??
      (said
        ? [described!.trim(), said === 'ru' ? 'Russian' : 'Ukrainian', note ? authorRole(note) : 'blogger']
        : null);
    // ("He kept this diary ... while serving with an infantry battalion": "the Russians" in it says whose)
    // (its author introduced in the paragraphs before it too: "Editor's note: X commanded a platoon")
    const intro = paragraphs
      .slice(Math.max(0, i - 3), i + 1)
      .map((q) => q[0])
      .join('\n');
    const soldier = !who && (SERVES.exec(intro) ?? UNIT_POSTS.exec(p[0]));
    // ("The government of Zaporozhye Region ... published a statement": a side's officials or
    // military, of the side the statement's own words are on)
    // (or the heading it is printed under: "STATEMENT OF THE SUMY CITY COUNCIL")
    const headings = paragraphs
      .slice(i + 1, j)
      .map((q) => q[0])
      .join('\n');
    const issuer = !who && !soldier && (ISSUER.exec(p[0]) ?? ISSUER.exec(headings));
    // (a foreign government's or the EU's statement: theirs, whatever side its words take)
    const foreign = !who && !soldier && !issuer && FOREIGN_ISSUER.exec(p[0]);
    const by = soldier || issuer || foreign || null;
    // (failing its words, the language the announcement says it is translated from)
    const voice = foreign ? null : by ? (voiceSide(bodyText) ?? translatedFrom(p[0])) : null;
    const side = who?.[1] === 'Ukrainian' ? 'ua' : 'ru';
    const blogger = side === 'ru' ? 'ru-milblogger' : 'independent';
    const author: Claimant | undefined = who
      ? /blogger|channel/.test(who[2])
        ? blogger
        : who[2] === 'official'
          ? `${side}-official`
          : `${side}-military`
      : foreign
        ? 'foreign-official'
        : voice
          ? `${voice}-${issuer && /government|administration|governor|head|council/i.test(issuer[0]) ? 'official' : 'military'}`
          : undefined;
    const whose = {
      announced: { start: p.index, end: p.index + p[0].length },
      // (the announcement first, then the paragraph before it, then the title)
      madeBy: makers([p, ...(i > 1 ? [paragraphs[i - 1]] : []), paragraphs[0]]),
      ...(who
        ? {
            author,
            name: byline ?? (note || !WRITER.test(who[0]) ? null : OPENS_ON.exec(who[0])?.[1]) ?? who[0],
          }
        : {}),
      // (named as the introduction opens on them: "Serhiy, 34, taught history ... was mobilised")
      ...(author && by ? { author, name: byline ?? OPENS_ON.exec(p[0])?.[1] ?? by[0] } : {}),
    };
    // posts with the outlet's notes between them ("13.10, 09:40. ..."): only the stamped ones
    const body = paragraphs.slice(j, k);
    const stamped = body.filter((b) => STAMPED.test(b[0]));
    if (stamped.length >= 2 && stamped.length < body.length)
      for (const b of stamped) found.push({ start: b.index, end: b.index + b[0].length, ...whose });
    else found.push({ start: paragraphs[j].index, end: last.index + last[0].length, ...whose });
  });
  return found;
}

/** What an author the editor's note describes speaks as: a side's military, else its official. */
const authorRole = (note: string) =>
  /\b(?:commands?|brigade|battalion|regiment|army|armed forces|serves|officer|soldier)\b/i.test(note)
    ? 'military'
    : /\b(?:governor|mayor|official|minister|administration|head of)\b/i.test(note)
      ? 'official'
      : 'blogger';

/** A paragraph opening with a dash: an interview's turn as Russian and Ukrainian papers print them. */
const DASHED = /^[—–-]\s/;

/**
 * An interview printed with a dash before each turn ("— What is the situation? — Tense.").
 * Questions and answers alternate from the first, which is a question; taken as one only
 * when at least two turns end in a question mark and every one that does is a question.
 */
export function dashedTurns(text: string): { start: number; end: number; answer: boolean }[] {
  const dashed = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)].filter((p) => DASHED.test(p[0]));
  const turns = dashed.map((p, i) => ({ start: p.index, end: p.index + p[0].length, answer: i % 2 === 1 }));
  const asks = dashed.map((p) => /\?["”]?\s*$/.test(p[0]));
  const alternate = asks.every((q, i) => !q || !turns[i].answer);
  return alternate && asks.filter(Boolean).length >= 2 ? turns : [];
}
