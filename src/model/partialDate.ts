/**
 * Dates as the sources give them: a year, a month of a year, or a day.
 *
 * Written as ISO-8601 prefixes ("1995", "1995-07", "1995-07-11"), so the precision can be read off
 * the string itself and strings of equal precision sort chronologically.
 */

export type Precision = 'year' | 'month' | 'day';

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(-?\d{1,})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(iso: string): Precision | null {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) return null;
  if (match[3] !== undefined) return 'day';
  if (match[2] !== undefined) return 'month';
  return 'year';
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST edges.
  const date = new Date(Date.UTC(2000, month, 0));
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null for anything else or an impossible date. */
export function parsePartialDate(iso: string): DateParts | null {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  if (!Number.isSafeInteger(year)) return null;
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatPartialDate(parts: DateParts): string {
  const year = String(parts.year).padStart(4, '0');
  if (parts.month === undefined) return year;
  const month = String(parts.month).padStart(2, '0');
  if (parts.day === undefined) return `${year}-${month}`;
  return `${year}-${month}-${String(parts.day).padStart(2, '0')}`;
}

/** First instant covered by a partial date, in UTC milliseconds. */
export function startMs(parts: DateParts): number {
  const date = new Date(Date.UTC(2000, (parts.month ?? 1) - 1, parts.day ?? 1));
  date.setUTCFullYear(parts.year);
  return date.getTime();
}

/** First instant after the span a partial date covers (a year, a month or a day). */
export function endMsExclusive(parts: DateParts): number {
  const date = new Date(startMs(parts));
  if (parts.day !== undefined) date.setUTCDate(date.getUTCDate() + 1);
  else if (parts.month !== undefined) date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.getTime();
}

/**
 * Whether `claimed` agrees with `stated` down to the precision of `claimed`: a mention of
 * "July 2013" supports the date "2013-07" and the date "2013", not "2013-07-18".
 */
export function partsAgree(claimed: DateParts, stated: Partial<DateParts>): boolean {
  if (stated.year !== claimed.year) return false;
  if (claimed.month !== undefined && stated.month !== claimed.month) return false;
  if (claimed.day !== undefined && stated.day !== claimed.day) return false;
  return true;
}
