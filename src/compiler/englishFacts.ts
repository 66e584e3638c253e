/**
 * How the facts of an English text are read, the editors' and the documents' alike: numbers with
 * their currency, percent sign and scale word ("US$4 trillion" is not "4 billion"; "two million" is
 * "2 million"), years, month names and the qualifiers that claim more than a plain fact.
 */
import { ENGLISH_MONTHS } from '../model/formatDateParts.ts';

/** English month names: the documents are in English, whatever the interface's language. */
export const MONTH_NAMES = ENGLISH_MONTHS.long;

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  hundred: 100,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** Words that claim more than a plain fact ("for the first time", "annual"); they need a quote too. */
const QUALIFIERS = ['first', 'annual', 'annually'];

const SCALES = 'thousand|million|billion|trillion';
/**
 * A number as the documents write them: "US$ 450 million", "451 million USD", "$130 million",
 * "21.6%", "1,340", "13th", "VNĐ220 billion". Digits glued to letters ("COP26", "mRNA") are not
 * numbers of the story.
 */
const NUMBER_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,]|\p{Lu}-)(US\$|\$|VNĐ|VND)?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(st|nd|rd|th)?(?![\p{L}\p{N}])` +
    String.raw`(\s?%|\s(?:per ?cent))?(?:\s(${SCALES}))?(?:\s?(USD|US dollars|dollars))?`,
  'gu',
);
const NUMBER_WORD = String.raw`(?<![\p{L}\p{N}])(${Object.keys(NUMBER_WORDS).join('|')})(?:[\s-](${SCALES}))?(?![\p{L}\p{N}])`;
const NUMBER_WORD_PATTERN = new RegExp(NUMBER_WORD, 'giu');
const CLAIM_NUMBER_WORD_PATTERN = new RegExp(
  // "the two countries", "two-way trade": the pair the whole subject is about, not a count.
  NUMBER_WORD +
    String.raw`(?![\s-](?:countries|sides|parties|nations|leaders|governments|peoples|way)\b)`,
  'giu',
);
export const MONTH_PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_NAMES.join('|')})(?![\p{L}])`,
  'gu',
);
export const QUALIFIER_PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(${QUALIFIERS.join('|')})(?![\p{L}])`,
  'giu',
);

/** A number as read from a text, English or Vietnamese, in one form for comparing. */
export interface NumberToken {
  word: string;
  value: string;
  scale: string;
  unit: '' | 'USD' | '%' | 'VND';
  isYear: boolean;
  index: number;
}

/**
 * A number read as a year: four digits from 1000 to 2199, written without a thousands separator
 * (`written` is the number as it stands in the text) and with no currency, percent sign, scale
 * word, ordinal or fraction (`marked`).
 */
export function isPlainYear(written: string, marked: boolean): boolean {
  return !marked && /^\d{4}$/.test(written) && Number(written) >= 1000 && Number(written) <= 2199;
}

/** `claim`: the text is the editor's, where "the two countries" names the pair, not a count. */
export function numberTokens(text: string, claim = false): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const [word, currency, whole = '', fraction = '', ordinal, percent, scale, currencyAfter] =
      match;
    const digits = whole.replaceAll(',', '');
    const unit = percent
      ? '%'
      : currency === 'VNĐ' || currency === 'VND'
        ? 'VND'
        : currency || currencyAfter
          ? 'USD'
          : '';
    const marked = Boolean(currency || currencyAfter || percent || scale || ordinal || fraction);
    tokens.push({
      word: word.trim(),
      value: `${Number(digits)}${fraction}`,
      scale: (scale ?? '').toLowerCase(),
      unit,
      isYear: isPlainYear(whole, marked),
      index: match.index,
    });
  }
  for (const match of text.matchAll(claim ? CLAIM_NUMBER_WORD_PATTERN : NUMBER_WORD_PATTERN)) {
    const [word, name = '', scale] = match;
    tokens.push({
      word,
      value: String(NUMBER_WORDS[name.toLowerCase()]),
      scale: (scale ?? '').toLowerCase(),
      unit: '',
      isYear: false,
      index: match.index,
    });
  }
  return tokens;
}
