/**
 * A calendar date written with a date-fns pattern, in any year. date-fns never sees a year outside
 * 1000–9999: it would print astronomical or padded years ("-0043"), and a Date cannot hold one
 * beyond ±271,821. Such a date is given a stand-in year of the same 400-year cycle (same leap
 * years, same weekdays) and the year's label (yearLabel.ts) as quoted text.
 */
import { lightFormat } from 'date-fns';
import type { DateParts } from './partialDate.ts';
import { ENGLISH_YEAR_WORDS, isPlainYear, yearLabel, type YearWords } from './yearLabel.ts';

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
 * 1000–9999, and any other year reaches the text as its label (see yearLabel.ts).
 */
export function formatDateParts(
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
