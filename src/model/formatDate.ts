/**
 * Human-readable dates that claim no more precision than the sources give: "2000", "July 2013",
 * "11 July 1995", and ranges between them.
 */
import { format, type Locale } from 'date-fns';
import type { EventDate } from './timelineSchema.ts';
import { parsePartialDate, type DateParts } from './partialDate.ts';
import { eventDateParts } from './eventTime.ts';

/**
 * Everything language-specific about a date label, so another language (Vietnamese first) can be
 * added by writing a second object rather than touching the code.
 */
export interface DateLabelPatterns {
  /** Month names and the like; undefined means date-fns's built-in en-US. */
  locale?: Locale;
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

function formatParts(parts: DateParts, pattern: string, locale: Locale | undefined): string {
  const date = localNoon(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
  return locale === undefined ? format(date, pattern) : format(date, pattern, { locale });
}

/** Formats the UTC calendar day of an instant, the same in every time zone. */
export function formatUtcMs(ms: number, pattern: string, locale?: Locale): string {
  const utc = new Date(ms);
  const parts = { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
  return formatParts(parts, pattern, locale);
}

function formatAtOwnPrecision(parts: DateParts, patterns: DateLabelPatterns): string {
  const pattern =
    parts.day !== undefined
      ? patterns.day
      : parts.month !== undefined
        ? patterns.month
        : patterns.year;
  return formatParts(parts, pattern, patterns.locale);
}

export function formatPartial(iso: string, patterns = ENGLISH_DATE_PATTERNS): string {
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
    return formatParts(start, patterns.monthWithoutYear, patterns.locale);
  }
  const sharesMonth = start.month === end.month && end.day !== undefined;
  const pattern = sharesMonth ? patterns.dayWithoutMonth : patterns.dayWithoutYear;
  return formatParts(start, pattern, patterns.locale);
}

export function formatEventDate(date: EventDate, patterns = ENGLISH_DATE_PATTERNS): string {
  const { start, end } = eventDateParts(date);
  const startLabel = formatAtOwnPrecision(start, patterns);
  if (end === undefined) return startLabel;
  const endLabel = formatAtOwnPrecision(end, patterns);
  // A "period" whose ends read the same (1995 to 1995) is, for a reader, just that date.
  if (startLabel === endLabel) return startLabel;
  const shortStart = formatRangeStart(start, end, patterns);
  // A bare dash binds only single words ("2017–2021") or a shortened start, which reads as part
  // of the end's phrase ("4–11 July 1995"); otherwise it would seem to join only the nearest words.
  const isShortened = shortStart !== startLabel;
  const tight = !/\s/.test(shortStart) && (isShortened || !/\s/.test(endLabel));
  const separator = tight ? patterns.tightRangeSeparator : patterns.spacedRangeSeparator;
  return `${shortStart}${separator}${endLabel}`;
}
