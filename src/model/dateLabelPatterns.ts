/**
 * Everything language-specific about the dates of events and documents, and the page's language
 * of dates (English until a translation sets its own, vietnameseDates.ts).
 */
import type { MonthNames } from './formatDateParts.ts';
import type { YearWords } from './yearLabel.ts';

/**
 * Everything language-specific about a date label, so another language (Vietnamese first) can be
 * added by writing a second object rather than touching the code.
 */
export interface DateLabelPatterns {
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
