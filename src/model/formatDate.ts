/**
 * Human-readable dates that claim no more precision than the sources give: "2000", "July 2013",
 * "11 July 1995", and ranges between them, in the page's language (dateLabelPatterns.ts). Years
 * date-fns cannot write read as yearLabel.ts has them: "500 BCE", "65 million years ago".
 */
import type { EventDate } from './timelineSchema.ts';
import { dayPartsOfTime, parsePartialDate, type DateParts } from './partialDate.ts';
import { eventDateParts } from './eventTime.ts';
import { currentDatePatterns, type DateLabelPatterns } from './dateLabelPatterns.ts';
import { formatDateParts, type MonthNames } from './formatDateParts.ts';
import { ENGLISH_YEAR_WORDS, isPlainYear, yearLabel, type YearWords } from './yearLabel.ts';

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

/**
 * A year as readers say it: "1995", "43", "500 BCE", "12,000 BCE", "65 million years ago". See
 * yearLabel.ts for the scheme and YearLabelOptions for what can be asked of it.
 */
export function formatYear(year: number, options: YearLabelOptions = {}): string {
  const words = options.words ?? currentDatePatterns().years ?? ENGLISH_YEAR_WORDS;
  if (options.pattern === undefined) {
    if (isPlainYear(year)) return String(year);
    return yearLabel(year, options.step, words).text;
  }
  return formatDateParts({ year }, options.pattern, options.months, words, options.step);
}

/**
 * Formats the UTC calendar day of an instant, the same in every time zone, in any year: years
 * date-fns cannot write, and instants beyond the reach of Date, read as `formatYear` has them.
 */
export function formatUtcMs(
  ms: number,
  pattern: string,
  months = currentDatePatterns().months,
  words = currentDatePatterns().years ?? ENGLISH_YEAR_WORDS,
): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${ms}`);
  return formatDateParts(dayPartsOfTime(ms), pattern, months, words);
}

function formatAtOwnPrecision(parts: DateParts, patterns: DateLabelPatterns): string {
  const pattern =
    parts.day !== undefined
      ? patterns.day
      : parts.month !== undefined
        ? patterns.month
        : patterns.year;
  return formatDateParts(parts, pattern, patterns.months, patterns.years);
}

export function formatPartial(iso: string, patterns = currentDatePatterns()): string {
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
    return formatDateParts(start, patterns.monthWithoutYear, patterns.months, patterns.years);
  }
  const sharesMonth = start.month === end.month && end.day !== undefined;
  const pattern = sharesMonth ? patterns.dayWithoutMonth : patterns.dayWithoutYear;
  return formatDateParts(start, pattern, patterns.months, patterns.years);
}

export function formatEventDate(date: EventDate, patterns = currentDatePatterns()): string {
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
