/**
 * Dates as the sources give them: a year, a month of a year, or a day.
 *
 * Written as ISO-8601 prefixes ("1995", "1995-07", "1995-07-11"), so the precision can be read off
 * the string itself and strings of equal precision sort chronologically. Years may be negative and
 * as large as the sources need: TimelineJS timelines reach back to the Big Bang ("-13800000000").
 *
 * The time axis, in "UTC milliseconds":
 * - Within ±DATE_SAFE_YEARS of year 0 an instant is what `Date.UTC` (with `setUTCFullYear`) says,
 *   as it always was here. Year -500 is the astronomical year -500; labels read it "500 BCE" as
 *   TimelineJS does (see formatDate.ts).
 * - Beyond that, where `Date` cannot follow (it stops near 271,821 BCE), the same proleptic
 *   Gregorian calendar carries on by arithmetic: its 400-year cycle is exactly 146,097 days, i.e.
 *   400 × MS_PER_YEAR, so the start of year Y is `yearStartMs(0) + Y × MS_PER_YEAR` whenever Y is
 *   a multiple of 400 (yearStartMs(0) being 1 January of year 0, about 1 BCE), and in between the
 *   year, month and day add what they add within the cycle. The two
 *   agree exactly at the seam (200,000 is a multiple of 400), so values keep increasing across it,
 *   and 13.8 billion years come to about 4.4e20 ms, well inside a float64.
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

/** One day; every UTC day has exactly this many milliseconds. */
const DAY_MS = 86_400_000;
/** The mean Gregorian year, 365.2425 days: the length of a year in deep time. */
export const MS_PER_YEAR = 365.2425 * DAY_MS;
/** Years within ± this of year 0 are placed by `Date`; beyond, by the calendar's arithmetic. */
export const DATE_SAFE_YEARS = 200_000;
/** The Gregorian calendar repeats itself every 400 years, weekdays included. */
const CYCLE_YEARS = 400;
const CYCLE_MS = CYCLE_YEARS * MS_PER_YEAR;
/** `Date` reaches ±8.64e15 ms; inside that, it can be asked for calendar fields directly. */
const DATE_LIMIT_MS = 8.64e15;

/** The remainder that is never negative: mod(-1, 400) is 399. */
function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/** Whether `year` is within the range where `Date` places instants. */
export function isDateSafeYear(year: number): boolean {
  return Math.abs(year) <= DATE_SAFE_YEARS;
}

/** The instant a calendar day begins, for any year; month and day may overflow as in Date.UTC. */
function calendarMs(year: number, monthIndex: number, day: number): number {
  if (isDateSafeYear(year)) {
    const date = new Date(Date.UTC(2000, monthIndex, day));
    // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
    date.setUTCFullYear(year, monthIndex, day);
    return date.getTime();
  }
  const yearInCycle = mod(year, CYCLE_YEARS);
  const cycles = (year - yearInCycle) / CYCLE_YEARS;
  return calendarMs(yearInCycle, monthIndex, day) + cycles * CYCLE_MS;
}

/** The UTC midnight that starts year `year`, in any year. */
export function yearStartMs(year: number): number {
  return calendarMs(year, 0, 1);
}

/** Whether February of `year` has 29 days (proleptic Gregorian, astronomical year numbers). */
function isLeapYear(year: number): boolean {
  const inCycle = mod(year, CYCLE_YEARS);
  return inCycle % 4 === 0 && (inCycle % 100 !== 0 || inCycle === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? Number.NaN;
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
  // -44 is "-0044", not "0-44": the sign goes before the padding.
  const digits = String(Math.abs(parts.year)).padStart(4, '0');
  const year = parts.year < 0 ? `-${digits}` : digits;
  if (parts.month === undefined) return year;
  const month = String(parts.month).padStart(2, '0');
  if (parts.day === undefined) return `${year}-${month}`;
  return `${year}-${month}-${String(parts.day).padStart(2, '0')}`;
}

/** First instant covered by a partial date, in UTC milliseconds (see the top of this file). */
export function startMs(parts: DateParts): number {
  return calendarMs(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** First instant after the span a partial date covers (a year, a month or a day). */
export function endMsExclusive(parts: DateParts): number {
  if (parts.day !== undefined) return startMs(parts) + DAY_MS;
  if (parts.month !== undefined) return calendarMs(parts.year, parts.month, 1);
  return yearStartMs(parts.year + 1);
}

/**
 * The year an instant falls in, with the fraction of that year gone by: 1995.5 is mid-1995, and
 * -13.8e9 is the start of the year -13,800,000,000. The inverse of `yearStartMs` in both regimes.
 */
export function yearOfTime(ms: number): number {
  if (!Number.isFinite(ms)) return ms;
  // Calendar years stray from the mean year by a day or two, so the guess is off by one at most.
  // Bounded, for instants so far out that a float no longer tells one year from the next.
  let year = Math.floor((ms - yearStartMs(0)) / MS_PER_YEAR);
  let start = yearStartMs(year);
  for (let tries = 0; start > ms && tries < 3; tries += 1) {
    year -= 1;
    start = yearStartMs(year);
  }
  let end = yearStartMs(year + 1);
  for (let tries = 0; end <= ms && tries < 3; tries += 1) {
    year += 1;
    start = end;
    end = yearStartMs(year + 1);
  }
  return end > start ? year + (ms - start) / (end - start) : year;
}

/** The UTC calendar day an instant falls on, in any year (the inverse of `startMs` for days). */
export function dayPartsOfTime(ms: number): Required<DateParts> {
  if (Math.abs(ms) <= DATE_LIMIT_MS) {
    const date = new Date(ms);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  // Move the instant by whole 400-year cycles into the range of Date, which repeats them exactly.
  const cycles = Math.floor((ms - yearStartMs(0)) / CYCLE_MS);
  const date = new Date(ms - cycles * CYCLE_MS);
  return {
    year: date.getUTCFullYear() + cycles * CYCLE_YEARS,
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
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
