/**
 * Names Ukraine retired under its decommunisation law (Law 317-VIII of 9 April 2015, the
 * renamings of 2016 that followed) and that Russia restored in the ground it occupies:
 * never a current label for a place in Ukraine. The stems name Soviet leaders and
 * institutions; geodata/names.yaml lists each renamed town with its former names. Pure.
 */
import { spelledIn, spellingKey } from './spelling';

const SOVIET_STEMS = [
  'ленін',
  'ленин',
  'кіров',
  'киров',
  'дзержин',
  'артемівськ',
  'артемовск',
  'ворошилов',
  'жданов',
  'орджонікідзе',
  'орджоникидзе',
  'куйбишев',
  'куйбышев',
  'чапаєв',
  'чапаев',
  'чапаэв',
  'щорс',
  'комсомол',
  'жовтнев',
  'октябр',
  'червоноармій',
  'красноармійськ',
  'красноармейск',
  'свердлов',
  'калінін',
  'калинин',
  'фрунзе',
  'тельман',
  'димитров',
  'котовськ',
  'котовск',
  'постишев',
  'постышев',
  'стаханов',
  'краснодон',
  'радянськ',
  'советск',
  'комунар',
  'коммунар',
  'ілліч',
  'ильич',
  'енгельс',
  'энгельс',
  'карла маркса',
  'дніпродзержинськ',
  'днепродзержинск',
  'кіровоград',
  'кировоград',
];

// the same stems romanised, for GeoNames' primary names (Kirove, Dzerzhyns'k)
const LATIN_STEMS = [
  ...new Set(
    SOVIET_STEMS.flatMap((s) =>
      (['uk', 'ru'] as const).filter((l) => spelledIn(s, l)).map((l) => spellingKey(s, l)),
    ),
  ),
];

/**
 * True when a label for a place in Ukraine would carry a retired Soviet-era name, in
 * Cyrillic or romanised.
 */
export function isRetiredName(name: string): boolean {
  const lower = name.toLowerCase();
  const key = spellingKey(name);
  return SOVIET_STEMS.some((s) => lower.includes(s)) || LATIN_STEMS.some((s) => key.includes(s));
}
