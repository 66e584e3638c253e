/**
 * How a year reads where date-fns cannot write it (outside 1000–9999), in the English words
 * (ENGLISH_YEAR_WORDS) or a translation's:
 * - Negative years follow TimelineJS: year -500 reads "500 BCE", -44 "44 BCE". There is no year 0
 *   in labels: a year 0 reads "1 BCE".
 * - 1 to 999 read without padding ("43", not "0043"); 10,000 and up are grouped ("12,000 BCE").
 * - From a million years on, a bare year reads in years before present, taken as simply the number
 *   (the two thousand years since year 0 are lost in the rounding): "65 million years ago",
 *   "13.8 billion years ago", and for the future "200 million years from now". This holds while
 *   the number needs at most three decimals in millions or billions; otherwise it is written out
 *   ("1,234,567 BCE"), and so is any such year that comes with a month or a day
 *   ("4 July 13,800,000,000 BCE").
 * - An axis at a scale of millions of years calls the year 0 "now".
 */

/**
 * The words for years that date-fns cannot write: before the common era, and in deep time. In
 * the templates, `{n}` stands for the number, already written out with the separators below.
 */
export interface YearWords {
  /** "{n} BCE": a year before the common era. */
  beforeCommonEra: string;
  millionYearsAgo: string;
  billionYearsAgo: string;
  millionYearsFromNow: string;
  billionYearsFromNow: string;
  /** The year 0 on an axis counted in millions of years. */
  now: string;
  /** Between groups of three digits: "12,000". */
  groupSeparator: string;
  /** Before the fraction: "13.8". */
  decimalSeparator: string;
}

export const ENGLISH_YEAR_WORDS: YearWords = {
  beforeCommonEra: '{n} BCE',
  millionYearsAgo: '{n} million years ago',
  billionYearsAgo: '{n} billion years ago',
  millionYearsFromNow: '{n} million years from now',
  billionYearsFromNow: '{n} billion years from now',
  now: 'now',
  groupSeparator: ',',
  decimalSeparator: '.',
};

/** Years from here on are grouped in threes: "12,000 BCE" but "9999 BCE". */
const GROUPED_FROM = 10_000;
/** Years from here on read in millions or billions of years before (or after) now. */
const DEEP_FROM = 1_000_000;
/** More decimals than this and a deep year is written out in full instead. */
const MAX_DEEP_DECIMALS = 3;

function groupDigits(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, separator);
}

function fill(template: string, n: string): string {
  return template.replace('{n}', n);
}

/** How many decimals `value` needs in units of `unit`, if MAX_DEEP_DECIMALS are enough. */
function decimalsNeeded(value: number, unit: number): number | null {
  // Whole numbers of years throughout (units of a thousand years at the finest), so exact.
  for (let decimals = 0; decimals <= MAX_DEEP_DECIMALS; decimals += 1) {
    if (value % (unit / 10 ** decimals) === 0) return decimals;
  }
  return null;
}

interface YearLabel {
  text: string;
  /** A phrase ("65 million years ago") that stands alone rather than inside a date pattern. */
  standalone: boolean;
}

export function yearLabel(year: number, step: number | undefined, words: YearWords): YearLabel {
  const whole = Math.round(year) || 0;
  const size = Math.abs(whole);
  if (whole === 0 && step !== undefined && step >= DEEP_FROM) {
    return { text: words.now, standalone: true };
  }
  if (size >= DEEP_FROM) {
    const unit = size >= 1e9 ? 1e9 : 1e6;
    const decimals =
      step === undefined
        ? decimalsNeeded(size, unit)
        : Math.max(0, Math.ceil(Math.log10(unit / step) - 1e-9));
    if (decimals !== null && decimals <= MAX_DEEP_DECIMALS) {
      const [integer = '0', fraction = ''] = (size / unit).toFixed(decimals).split('.');
      const trimmed = fraction.replace(/0+$/, '');
      const n =
        groupDigits(Number(integer), words.groupSeparator) +
        (trimmed ? words.decimalSeparator + trimmed : '');
      const template =
        whole < 0
          ? unit === 1e9
            ? words.billionYearsAgo
            : words.millionYearsAgo
          : unit === 1e9
            ? words.billionYearsFromNow
            : words.millionYearsFromNow;
      return { text: fill(template, n), standalone: true };
    }
  }
  // TimelineJS's year -500 is 500 BCE; a year 0, which the era count lacks, is taken as 1 BCE.
  const count = whole > 0 ? whole : Math.max(1, size);
  const n = count >= GROUPED_FROM ? groupDigits(count, words.groupSeparator) : String(count);
  return { text: whole > 0 ? n : fill(words.beforeCommonEra, n), standalone: false };
}

/** Whether date-fns writes this year as readers expect ("1995"): four digits, common era. */
export function isPlainYear(year: number): boolean {
  return year >= 1000 && year <= 9999;
}
