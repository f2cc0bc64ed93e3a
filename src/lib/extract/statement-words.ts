/**
 * Words that make a sentence about ground a statement rather than a claim (issues 9, 21): a
 * vow, a warning told with the strikes it warns of, a leader's visit, a side's stated aim;
 * and a forecast, which claims nothing yet. Pure.
 */

/** A vow, warning or demand about ground ("vowed that Pokrovsk would be liberated") is a statement. */
export const VOWED =
  /\b(?:vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|warn(?:ed|s)|threaten(?:ed|s)|demand(?:ed|s)?)\b(?:\s+[\w-]+){0,3}?\s+that\b|\bwarn(?:ed|s|ing)? (?:of|about)\b/i;
/** "warned residents not to drive on the road, saying drones were hunting cars": a warning, not a strike. */
export const WARNED =
  /\b(?:warned|warns|urged|urges|asked|asks|ask)\s+(?:[\w'’-]+\s+){0,10}?(?:not to|against|to (?:leave|stay|avoid))\b/i;

/** A forecast claims nothing yet: "will likely try to advance", "analysts expect Russia to keep up". */
export const FORECAST =
  /\b(?:will\s+(?:likely|probably)|(?:is|are)\s+(?:likely|expected)\s+to|(?:is|are)\s+(?:likely|probably)\s+(?:trying|seeking|aiming|attempting|preparing)|expect(?:s|ed)?\s+(?:[\w-]+\s+){1,3}to|forecasts?)\b/i;

/** A leader's visit is an event, whatever fighting the places visited see. */
export const VISIT =
  /\b(?:visited|toured|has visited|have visited|(?:paid|made) (?:a|an|his|her|their) (?:[\w-]+ )?(?:visit|trip) to)\b/i;

/** What an operation is for: "the aim of the offensive was to push Ukrainian artillery out of range". */
export const PURPOSE = new RegExp(
  [
    String.raw`\b(?:aims?|goals?|objectives?|purpose|task|point) (?:of|behind) [^.;]{0,60}?\b(?:was|is|were|are|remains?) to\b`,
    // a side's stated aim: "Moscow's goal remained the liberation of the region", "its aim is a buffer zone"
    String.raw`\b(?:its|their|his|her|[A-Z][\w-]*['’]s) (?:[\w-]+ )?(?:aims?|goals?|objectives?) (?:is|was|are|were|remains?|remained)\b`,
    String.raw`\b(?:wants?(?: to create)?|wanted(?: to create)?|(?:decided|plans?|intends?) to (?:create|set up)) (?:an? |the )?["“]?(?:(?:buffer|security|sanitary) ){1,2}zone`,
    // "a "security buffer zone" would be created", "the buffer zone would be as deep as ...",
    // "Moscow's aim in Sumy Oblast was a security buffer zone"
    String.raw`\b(?:(?:buffer|security|sanitary) ){1,2}zone["”]? would be\b|\b(?:aims?|goals?)\b[^.;]{0,40}?\b(?:was|is|remains?|remained) (?:an? |the )["“]?(?:(?:buffer|security|sanitary) ){1,2}zone`,
    String.raw`\bset (?:the |a )?task of\b|\b(?:should|must) lay down (?:their|its|your) arms\b`,
    // "his army was creating a security buffer zone", "a goal Putin set out in May", "remains Moscow's priority"
    String.raw`\b(?:is|was|are|were) (?:creating|building|establishing|setting up) an? (?:["“]?[\w-]+["”]? ){0,2}["“]?(?:buffer|security|sanitary)\b`,
    String.raw`\b(?:goal|aim) (?:[A-Z][\w-]* ){1,4}set out\b|\b(?:remains?|remained) (?:[\w'’]+ ){0,2}priority\b`,
    // "until the last Ukrainian soldier has left", "drive the last Ukrainian soldier out", "would come home"
    String.raw`\b(?:until|drive|driving|expel) (?:the last|all|every) (?:[\w-]+ )?(?:soldiers?|troops|units)\b|\buntil (?:Ukrainian|Russian) (?:forces|troops) (?:leave|have left|withdraw)\b|\bwould ["“]?come home\b`,
  ].join('|'),
  'i',
);
