/**
 * TimelineJS dates as the import reads them: `year` (any size, negative = BCE), `month`, `day`
 * as numbers or strings of digits, into our partial dates; what is not a real calendar value is
 * dropped and named, for the import's notes.
 */
import { ENGLISH_MONTHS } from '../formatDateParts.ts';
import { parsePartialDate, type DateParts, type Precision } from '../partialDate.ts';
import type { RawDate } from './timelineJsSchema.ts';
import { isoOf } from './timelineJs.ts';

/** An integer from a number or a string of digits; null when absent or empty; NaN when neither. */
function readInteger(value: number | string | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : Number.NaN;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!/^[+-]?\d+$/.test(trimmed)) return Number.NaN;
  const number = Number(trimmed);
  return Number.isSafeInteger(number) ? number : Number.NaN;
}

export type DateRead =
  | { kind: 'none' }
  | { kind: 'bad-year'; value: string }
  | { kind: 'ok'; parts: DateParts; adjusted: string[]; hadTime: boolean };

/** Month names for the notes an import writes ("day 31 of February"). */
const MONTHS = ENGLISH_MONTHS.long;

export function readDate(raw: RawDate | null | undefined): DateRead {
  if (raw === undefined || raw === null) return { kind: 'none' };
  const year = readInteger(raw.year);
  if (year === null) return { kind: 'none' };
  if (Number.isNaN(year)) return { kind: 'bad-year', value: String(raw.year) };
  const adjusted: string[] = [];
  const parts: DateParts = { year };
  const month = readInteger(raw.month);
  const day = readInteger(raw.day);
  if (month !== null) {
    if (Number.isNaN(month) || month < 1 || month > 12) {
      adjusted.push(`month "${String(raw.month)}"`);
    } else {
      parts.month = month;
      if (day !== null) {
        if (Number.isNaN(day) || day < 1 || day > 31) adjusted.push(`day "${String(raw.day)}"`);
        else parts.day = day;
      }
    }
  } else if (day !== null) {
    adjusted.push('a day without a month');
  }
  if (parts.day !== undefined && parsePartialDate(isoOf(parts)) === null) {
    adjusted.push(`day ${parts.day} of ${MONTHS[(parts.month ?? 1) - 1]}`);
    delete parts.day;
  }
  if (parts.month !== undefined && parsePartialDate(isoOf(parts)) === null) {
    delete parts.month;
  }
  if (parsePartialDate(isoOf(parts)) === null) {
    return { kind: 'bad-year', value: String(raw.year) };
  }
  const hadTime = [raw.hour, raw.minute, raw.second, raw.millisecond].some(
    (value) => readInteger(value) !== null,
  );
  return { kind: 'ok', parts, adjusted, hadTime };
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export function precisionOfParts(parts: DateParts): Precision {
  return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

/** The date no finer than `precision` (our extension's, when the file is our own export). */
export function cutTo(parts: DateParts, precision: Precision | undefined): DateParts {
  if (precision === undefined || RANK[precision] >= RANK[precisionOfParts(parts)]) return parts;
  if (precision === 'year') return { year: parts.year };
  return { year: parts.year, month: parts.month };
}

/** [year, month, day], for comparing dates of any precision by their first or last day. */
export type DateKey = readonly [number, number, number];
export const firstKey = (parts: DateParts): DateKey => [
  parts.year,
  parts.month ?? 1,
  parts.day ?? 1,
];
export const lastKey = (parts: DateParts): DateKey => [
  parts.year,
  parts.month ?? 12,
  parts.day ?? 31,
];
export function compareKeys(a: DateKey, b: DateKey): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
