/** Capitalised words the place finder (./places.ts) must not take for places. Pure. */

/** Capitals abroad: a government when they act, a place when people meet there. */
export const FOREIGN_CAPITALS =
  /^(?:Washington|London|Paris|Berlin|Brussels|Beijing|Warsaw|Geneva|Istanbul|Ankara)$/;
/**
 * Capitalised words after a cue that are no places to add: countries and their adjectives,
 * governments by their capitals, other oblasts, months, days, and common words.
 */
export const NOT_CANDIDATES = new Set(
  `Russia Russian Russians Ukraine Ukrainian Ukrainians Belarus Belarusian Poland Polish Europe European America
  American US USA UK EU NATO UN Britain British France French Germany German China Chinese Iran Iranian North Korea
  Korean Soviet Moscow Kremlin Kyiv Kiev Washington Pentagon London Paris Berlin Brussels Beijing Minsk Warsaw Geneva
  Istanbul Ankara Donetsk Kharkiv Kharkov Luhansk Lugansk Kherson Dnipropetrovsk Dnipro Mykolaiv Odesa Odessa
  Chernihiv Poltava Bryansk Rostov Voronezh Crimea Donbas Donbass January February March April May June July August
  September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That
  These Those His Her Their Its Our It He She They We I Mr Ms President Prime Minister General Governor Defence
  Defense Ministry Army Forces Armed Border Telegram Meanwhile However Overnight Earlier Later Elsewhere Separately
  Yesterday Today Also Nearby Still Instead Then Now Last Next But And Or So Yet While When Where If In From At
  On Near For To By With After Before Since Outside Around Towards Overall Beyond NOTE FPV UAV VSU AFU Not No Only Even All VISION`.split(
    /\s+/,
  ),
);

/** A unit or body named after a place ("the Sumy operational-tactical group", "the Sumy RMA"): the name is theirs. */
export const UNIT_AFTER =
  /^\s+(?:(?:operational(?:-tactical)?|tactical) group|group of forces|grouping|RMA|OVA|MVA|CMA|(?:regional |city )?military administration)\b/;
