/**
 * Human-readable dates that claim no more precision than the sources give: "2000", "July 2013",
 * "11 July 1995", and ranges between them.
 *
 * Years outside 1000–9999, in the English words (ENGLISH_YEAR_WORDS):
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
 * date-fns never sees such a year: it would print astronomical or padded years ("-0043"), and a
 * Date cannot hold one beyond ±271,821. It is given a stand-in year of the same 400-year cycle
 * (same leap years, same weekdays) and the year label as quoted text.
 */
import { lightFormat } from 'date-fns';
import type { EventDate } from './timelineSchema.ts';
import { dayPartsOfTime, parsePartialDate, type DateParts } from './partialDate.ts';
import { eventDateParts } from './eventTime.ts';

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

export interface YearLabelOptions {
  /**
   * The spacing of the years being labelled (an axis's step): labels then carry just the decimals
   * the step needs, the same for every tick, and a year 0 reads "now" once the step is a million
   * years or more. Without it, a year is written as exactly as it is.
   */
  step?: number;
  words?: YearWords;
  /**
   * A date-fns pattern to set the year in, such as "'năm' yyyy"; a deep year in millions or
   * billions of years stands alone, as such a phrase does not fit in one.
   */
  pattern?: string;
  /** Month names; undefined means English. */
  months?: MonthNames;
}

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

function yearLabel(year: number, step: number | undefined, words: YearWords): YearLabel {
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
function isPlainYear(year: number): boolean {
  return year >= 1000 && year <= 9999;
}

const YEAR_TOKEN = /^[yYuR]$/;

/**
 * Puts `yearText`, quoted, in place of every year field of a date-fns pattern, leaving quoted
 * text alone the way date-fns reads it.
 */
function replaceYearTokens(pattern: string, yearText: string): string {
  const quoted = `'${yearText.replace(/'/g, "''")}'`;
  let result = '';
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index] as string;
    if (char === "'") {
      // Copy a quoted run as it is, '' (an escaped quote) included.
      let end = index + 1;
      while (end < pattern.length) {
        if (pattern[end] === "'") {
          if (pattern[end + 1] === "'") end += 2;
          else break;
        } else end += 1;
      }
      result += pattern.slice(index, end + 1);
      index = end + 1;
    } else if (YEAR_TOKEN.test(char)) {
      let end = index;
      while (pattern[end] === char) end += 1;
      // An ordinal year ("yo") is still the year.
      if (pattern[end] === 'o') end += 1;
      result += quoted;
      index = end;
    } else {
      result += char;
      index += 1;
    }
  }
  return result;
}

/** Whether a pattern says nothing but the year (and quoted text around it). */
function isYearOnlyPattern(pattern: string): boolean {
  const letters = pattern.replace(/'(?:[^']|'')*'?/g, '').replace(/[^A-Za-z]/g, '');
  return /^[yYuRo]+$/.test(letters);
}

/**
 * Everything language-specific about a date label, so another language (Vietnamese first) can be
 * added by writing a second object rather than touching the code.
 */
export interface DateLabelPatterns {
  /** Month names and the like; undefined means date-fns's built-in en-US. */
  /** Month names; undefined means English. */
  months?: MonthNames;
  year: string;
  month: string;
  day: string;
  /** The start of a range that ends in the same year, which carries the year for both. */
  monthWithoutYear: string;
  dayWithoutYear: string;
  /** The start of a range of days that ends in the same month. */
  dayWithoutMonth: string;
  /** Between single-word ends, or after a shortened start: "2017–2021", "4–11 July 1995". */
  tightRangeSeparator: string;
  /** Between ends of several words: "31 March – 4 April 2025", "2013 – July 2013". */
  spacedRangeSeparator: string;
  /** Words for years before the common era and deep time; undefined means ENGLISH_YEAR_WORDS. */
  years?: YearWords;
  /**
   * A range as a phrase around its ends, "từ {start} đến {end}"; undefined joins the ends with the
   * separators above.
   */
  range?: string;
  /** The BCP 47 locale numbers are written in (Intl.NumberFormat); undefined means en-US. */
  locale?: string;
}

export const ENGLISH_DATE_PATTERNS: DateLabelPatterns = {
  year: 'yyyy',
  month: 'MMMM yyyy',
  day: 'd MMMM yyyy',
  monthWithoutYear: 'MMMM',
  dayWithoutYear: 'd MMMM',
  dayWithoutMonth: 'd',
  tightRangeSeparator: '\u2013',
  spacedRangeSeparator: ' \u2013 ',
};

/** The patterns of the page's language: dates written without patterns of their own use these. */
let current: DateLabelPatterns = ENGLISH_DATE_PATTERNS;

/** Sets the language of dates for the page (English until a translation sets its own). */
export function useDatePatterns(patterns: DateLabelPatterns): void {
  current = patterns;
}

export function currentDatePatterns(): DateLabelPatterns {
  return current;
}

/**
 * date-fns formats a Date in the machine's time zone, so it is handed a local Date whose calendar
 * fields are the wanted ones. Noon, not midnight: some zones change their clocks at midnight, and
 * noon keeps clear of any such jump.
 */
function localNoon(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1, 12);
  // setFullYear, unlike the constructor, does not read years 0–99 as 1900–1999.
  date.setFullYear(year, monthIndex, day);
  return date;
}

/** Month names for labels: the one part of a date's wording that is not digits. */
export interface MonthNames {
  long: readonly string[];
  short: readonly string[];
}

export const ENGLISH_MONTHS: MonthNames = {
  long: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * date-fns's lightFormat writes the digits; month names (MMMM, MMM) come from `months`, put into
 * the pattern as quoted text. lightFormat rather than format: format carries every locale field
 * and token (about 6 KB gzip of a 60 KB first-visit budget) for the four tokens used here.
 */
function formatWithDateFns(
  date: Date,
  pattern: string,
  months: MonthNames = ENGLISH_MONTHS,
): string {
  const monthIndex = date.getMonth();
  const named = pattern.replace(/'(?:[^']|'')*'|M{3,4}/g, (token) => {
    if (token.startsWith("'")) return token;
    const name = (token.length === 4 ? months.long : months.short)[monthIndex] ?? '';
    return `'${name.replace(/'/g, "''")}'`;
  });
  return lightFormat(date, named);
}

/**
 * Formats a calendar date with a date-fns pattern, in any year: date-fns itself only sees years
 * 1000–9999, and any other year reaches the text as its label (see the top of this file).
 */
function formatParts(
  parts: DateParts,
  pattern: string,
  months: MonthNames | undefined,
  words: YearWords = ENGLISH_YEAR_WORDS,
  step?: number,
): string {
  const monthIndex = (parts.month ?? 1) - 1;
  const day = parts.day ?? 1;
  if (isPlainYear(parts.year)) {
    return formatWithDateFns(localNoon(parts.year, monthIndex, day), pattern, months);
  }
  const label = yearLabel(parts.year, step, words);
  const yearOnly = isYearOnlyPattern(pattern);
  if (label.standalone && yearOnly) return label.text;
  const yearText = label.standalone ? yearLabel(parts.year, 1, words).text : label.text;
  // Same place in the 400-year cycle, so the same leap years and weekdays.
  const standIn = localNoon(2000 + (((parts.year % 400) + 400) % 400), monthIndex, day);
  return formatWithDateFns(standIn, replaceYearTokens(pattern, yearText), months);
}

/**
 * A year as readers say it: "1995", "43", "500 BCE", "12,000 BCE", "65 million years ago". See
 * the top of this file for the scheme and YearLabelOptions for what can be asked of it.
 */
export function formatYear(year: number, options: YearLabelOptions = {}): string {
  const words = options.words ?? current.years ?? ENGLISH_YEAR_WORDS;
  if (options.pattern === undefined) {
    if (isPlainYear(year)) return String(year);
    return yearLabel(year, options.step, words).text;
  }
  return formatParts({ year }, options.pattern, options.months, words, options.step);
}

/**
 * Formats the UTC calendar day of an instant, the same in every time zone, in any year: years
 * date-fns cannot write, and instants beyond the reach of Date, read as `formatYear` has them.
 */
export function formatUtcMs(
  ms: number,
  pattern: string,
  months = current.months,
  words = current.years ?? ENGLISH_YEAR_WORDS,
): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${ms}`);
  return formatParts(dayPartsOfTime(ms), pattern, months, words);
}

function formatAtOwnPrecision(parts: DateParts, patterns: DateLabelPatterns): string {
  const pattern =
    parts.day !== undefined
      ? patterns.day
      : parts.month !== undefined
        ? patterns.month
        : patterns.year;
  return formatParts(parts, pattern, patterns.months, patterns.years);
}

export function formatPartial(iso: string, patterns = current): string {
  const parts = parsePartialDate(iso);
  if (parts === null) throw new RangeError(`Not a partial date: "${iso}"`);
  return formatAtOwnPrecision(parts, patterns);
}

/**
 * The start of a range, leaving out what the end already says: "31 March – 4 April 2025",
 * "4–11 July 1995". A bare year is never shortened ("2013 – July 2013"): with nothing left of it,
 * the reader would not see where the range begins.
 */
function formatRangeStart(start: DateParts, end: DateParts, patterns: DateLabelPatterns): string {
  const sharesYear =
    start.year === end.year && start.month !== undefined && end.month !== undefined;
  if (!sharesYear) return formatAtOwnPrecision(start, patterns);
  if (start.day === undefined) {
    return formatParts(start, patterns.monthWithoutYear, patterns.months, patterns.years);
  }
  const sharesMonth = start.month === end.month && end.day !== undefined;
  const pattern = sharesMonth ? patterns.dayWithoutMonth : patterns.dayWithoutYear;
  return formatParts(start, pattern, patterns.months, patterns.years);
}

export function formatEventDate(date: EventDate, patterns = current): string {
  const { start, end } = eventDateParts(date);
  const startLabel = formatAtOwnPrecision(start, patterns);
  if (end === undefined) return startLabel;
  const endLabel = formatAtOwnPrecision(end, patterns);
  // A "period" whose ends read the same (1995 to 1995) is, for a reader, just that date.
  if (startLabel === endLabel) return startLabel;
  const shortStart = formatRangeStart(start, end, patterns);
  if (patterns.range !== undefined) {
    return patterns.range.replace('{start}', shortStart).replace('{end}', endLabel);
  }
  // A bare dash binds only single words ("2017–2021") or a shortened start, which reads as part
  // of the end's phrase ("4–11 July 1995"); otherwise it would seem to join only the nearest words.
  const isShortened = shortStart !== startLabel;
  const tight = !/\s/.test(shortStart) && (isShortened || !/\s/.test(endLabel));
  const separator = tight ? patterns.tightRangeSeparator : patterns.spacedRangeSeparator;
  return `${shortStart}${separator}${endLabel}`;
}
