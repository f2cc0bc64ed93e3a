/**
 * Which language a Cyrillic place name is spelt in, and whether two names are the same
 * place's name in Ukrainian and Russian. GeoNames' cities500 lists every alternate name of
 * a record untagged (Ukrainian, Russian, Belarusian, Serbian, Soviet-era), so these rules
 * are how the base build reads them. Pure.
 */

export type Script = 'uk' | 'ru';

// The alphabets, with the apostrophe Ukrainian writes (', ’ or ʼ). Anything else (Serbian
// ј, Belarusian ў, Chuvash ӳ, Kalmyk һ, Latin) is not a name in that language.
const ALPHABET: Record<Script, RegExp> = {
  uk: /^[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ʼ -]+$/i,
  ru: /^[абвгдеёжзийклмнопрстуфхцчшщъыьэюя -]+$/i,
};

// A word ends at the end of the name, a space or a hyphen (\b knows only Latin letters).
const END = '(?=$|[\\s-])';
/** Spellings only one of the two languages uses: its letters, and its endings. */
const MARKS: Record<Script, RegExp> = {
  uk: new RegExp(`[іїєґ'’ʼ]|[зсц]ьк|ець${END}`, 'i'),
  ru: new RegExp(`[ыэъё]|[^ь][сц]к(ий|ая|ое|ой|ие)?${END}|ец${END}|(ое|ая|ый|ой|ее|ые|ие)${END}`, 'i'),
};

/** True when `name` is spelt in `script`'s alphabet and has no spelling only the other uses. */
export function spelledIn(name: string, script: Script): boolean {
  const other: Script = script === 'uk' ? 'ru' : 'uk';
  // Russian softens -ск only after л (Тобольск): Луганьск is neither language
  const unRussian = script === 'ru' && /[^л]ьск/i.test(name);
  return ALPHABET[script].test(name) && !MARKS[other].test(name) && !unRussian;
}

/** True when `name` has a spelling only `script` uses (Курськ, Курск), not merely allowed. */
export const markedAs = (name: string, script: Script): boolean => MARKS[script].test(name);

// How each language's letters are romanised in GeoNames' primary names: Ukraine's national
// system (2010) and BGN/PCGN for Russian; the key below folds their variants together.
const LATIN: Record<Script, Record<string, string>> = {
  uk: {
    ...common(),
    г: 'h',
    ґ: 'g',
    е: 'e',
    є: 'ie',
    и: 'y',
    і: 'i',
    ї: 'i',
    й: 'i',
  },
  ru: { ...common(), г: 'g', е: 'e', ё: 'e', и: 'i', й: 'y', ы: 'y', э: 'e', ъ: '' },
};

function common(): Record<string, string> {
  const pairs = 'аa бb вv дd жzh зz кk лl мm нn оo пp рr сs тt уu фf хkh цts чch шsh щshch юiu яia';
  return Object.fromEntries([
    ...pairs.split(' ').map((p) => [p[0], p.slice(1)]),
    ['ь', ''],
    ["'", ''],
    ['’', ''],
    ['ʼ', ''],
  ]);
}

/**
 * A key two spellings of one name share whatever romanisation wrote them: Kropyvnytskyi,
 * Kropyvnyts'kyy and Кропивницький give one key; Kirovohrad does not. Doubled letters
 * count as one unless `doubled` (Новочеркасск, Novocherkassk).
 */
export function spellingKey(name: string, script?: Script, doubled = false): string {
  const latin = script
    ? [...name.toLowerCase()].map((c) => LATIN[script][c] ?? c).join('')
    : name.toLowerCase();
  return latin
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
    .replace(/shch|sch/g, 'Q')
    .replace(/zh/g, 'Z')
    .replace(/kh/g, 'X')
    .replace(/ts/g, 'C')
    .replace(/ch/g, 'W')
    .replace(/sh/g, 'S')
    .replace(/[yij]([aueo])/g, '$1')
    .replace(/[yj]/g, 'i')
    .replace(doubled ? /$^/ : /(.)\1+/g, '$1');
}

// Letters that regularly stand for each other between a Ukrainian name and its Russian
// form (Харків/Харьков, Маріуполь/Мариуполь, Сумы/Суми), with what each swap costs.
const SWAPS: Record<string, number> = {
  'і:и': 0.25,
  'і:е': 0,
  'і:о': 0,
  'і:ё': 0,
  'и:ы': 0,
  'и:е': 0.5,
  'є:е': 0,
  'є:э': 0,
  'є:ё': 0,
  'ї:и': 0,
  'ї:е': 0,
  'е:э': 0,
  'е:ё': 0,
  'е:о': 0.5,
  'ґ:г': 0,
  'я:а': 0.5,
  'я:е': 0.5,
  'ю:у': 0.5,
  'о:е': 0.5,
  // Belarusian writes an unstressed о as а (Данецк, Палтава): Russian keeps the о
  'о:а': 2,
};

/** A Ukrainian or Russian word's regular endings, brought to one form before comparing. */
function plain(name: string, script: Script): string {
  // -ськ, -цьк, -ець lose their soft sign in Russian (-ск, -цк, -ец) as a rule
  let s = name
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .replace(/ь(?=к|ц)/g, '')
    .replace(new RegExp(`ець${END}`, 'g'), 'ец');
  if (script === 'ru')
    s = s
      .replace(new RegExp(`(ое|ее)${END}`, 'g'), 'е')
      .replace(new RegExp(`(ая|яя)${END}`, 'g'), 'а')
      .replace(new RegExp(`(ый|ой)${END}`, 'g'), 'ий')
      .replace(new RegExp(`(ые|ие)${END}`, 'g'), 'і')
      // Ukrainian neuter -е is Russian -о (Курахове, Курахово)
      .replace(new RegExp(`о${END}`, 'g'), 'е');
  return s.replace(/(.)\1+/g, '$1');
}

/**
 * How far a Russian spelling is from being the regular Russian form of a Ukrainian name:
 * 0 for Покровськ/Покровск or Оріхів/Орехов, 2 or more for a Belarusian or an older name.
 */
export function counterpartCost(uk: string, ru: string): number {
  const a = [...plain(uk, 'uk')];
  const b = [...plain(ru, 'ru')];
  const swap = (x: string, y: string) => (x === y ? 0 : (SWAPS[`${x}:${y}`] ?? 1));
  // a soft sign Russian adds costs nothing (Харків, Харьков); one it drops is un-Russian
  // (Маріуполь, Bulgarian Мариупол)
  const drop = (x: string) => (x === 'ь' ? 0.5 : 1);
  const add = (y: string) => (y === 'ь' ? 0 : 1);
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1] + add(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    const row = [prev[0] + drop(a[i - 1])];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j] + drop(a[i - 1]),
        row[j - 1] + add(b[j - 1]),
        prev[j - 1] + swap(a[i - 1], b[j - 1]),
      );
    prev = row;
  }
  return prev[b.length];
}

/** The cost a counterpart may have: a letter's slip in a short name, more in a long one. */
export const counterpartLimit = (name: string): number => 1 + name.length / 10;
