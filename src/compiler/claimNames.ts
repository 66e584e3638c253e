/**
 * How names are read from a text and compared: capitalised words that are not at the start of a
 * sentence, folded so that diacritics, case and everyday capitals ("President", "US") do not make
 * a different name.
 */
import { MONTH_NAMES } from './englishFacts.ts';
import { foldWhiteSpace } from './sourceText.ts';

/** Diacritics and case do not make a different name: "To Lam" is "Tô Lâm". */
export function foldName(text: string): string {
  return foldWhiteSpace(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .replaceAll('’', "'")
    .toLowerCase();
}

/**
 * Capitalised words that are not at the start of a sentence, joined by "of" and dashes as
 * title-cased names are ("Union of Friendship Organizations", "Vietnam - US Association").
 * Whole acronyms count ("BTA", "USAID").
 */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}\.)`;
const NAME_PATTERN = new RegExp(
  String.raw`${NAME_WORD}(?:(?:\s+(?:of|of the|-|–)\s+|\s+)${NAME_WORD})*`,
  'gu',
);
/** Words that are capitalised in any sentence on this subject: they name nothing new. */
const COMMON_CAPITALS = new Set(
  [
    'US',
    'U.S.',
    'USA',
    'UN',
    'United',
    'States',
    'Vietnam',
    'Viet',
    'Nam',
    'Vietnamese',
    'American',
    'Americans',
    'President',
    'Prime',
    'Minister',
    'General',
    'Secretary',
    'State',
    'Deputy',
    'Vice',
    'Ambassador',
    'Senator',
    'The',
    'A',
    'An',
    'In',
    'On',
    'It',
    'Its',
    'This',
    'Their',
    'They',
    'Both',
    'Two',
    'I',
    ...MONTH_NAMES,
  ].map((word) => foldName(word)),
);

/** The words of a folded name that are not everyday capitals or joining words. */
export function significantWords(folded: string): string[] {
  return folded
    .split(/[\s–-]+/u)
    .filter((word) => word.length > 0 && !COMMON_CAPITALS.has(word) && !/^(of|the)$/.test(word));
}

/** The names `text` mentions, without the everyday capitals. */
export function nameCandidates(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(NAME_PATTERN)) {
    const before = text.slice(0, match.index).trimEnd();
    const sentenceStart = before === '' || /[.!?:;]$/.test(before);
    let words = match[0].split(/\s+/);
    // "The review…", "Businesses of…": the first word is capitalised because it starts a sentence.
    if (sentenceStart) words = words.slice(1);
    while (words.length > 0 && /^(of|the|-|–)$/.test(words[0] ?? '')) words = words.slice(1);
    const name = words.join(' ').replace(/['’]s?$/u, '');
    // "US", "Vietnamese", "President": everyday capitals name nothing new by themselves.
    if (significantWords(foldName(name)).length > 0) names.push(name);
  }
  return names;
}
