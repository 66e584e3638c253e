/**
 * Time-axis ticks that adapt to the zoom: decades across the whole century, days when a single
 * month fills the screen, and never so many labels that they run into each other.
 *
 * Calendar ticks come from d3-time while the view is made of real calendar dates: inside
 * ±DATE_SAFE_YEARS and no wider than YEAR_TICKS_ABOVE_YEARS. Anything wider or older (prehistory,
 * a cosmological timeline) gets ticks on round numbers of years instead — 1, 2 or 5 × 10ⁿ — read
 * the way formatYear reads years: "500 BCE", "12,000 BCE", "1 billion years ago", "now". Both kinds
 * put a year's tick where the year begins, so nothing jumps where one takes over from the other.
 */
import { DATE_SAFE_YEARS, yearOfTime } from './partialDate.ts';
import { ENGLISH_TICK_PATTERNS, type Tick, type TickLabelPatterns } from './axisTick.ts';
import { calendarTicks } from './calendarTicks.ts';
import { yearTicks } from './yearTicks.ts';

/**
 * Views wider than this many years get round-number year ticks rather than calendar ticks, as do
 * views reaching beyond ±DATE_SAFE_YEARS.
 */
export const YEAR_TICKS_ABOVE_YEARS = 5_000;

let currentTickPatterns = ENGLISH_TICK_PATTERNS;

/** Sets the language of axis labels for the page. */
export function useTickPatterns(patterns: TickLabelPatterns): void {
  currentTickPatterns = patterns;
}

/**
 * A label that repeats the one before it is left off: with no year 0 in labels, the years -1 and
 * 0 both read "1 BCE", and only the first of them is named.
 */
function dropRepeatedLabels(ticks: Tick[]): Tick[] {
  let previous = '';
  return ticks.map((tick) => {
    if (tick.label === '') return tick;
    if (tick.label === previous) return { ...tick, label: '', major: false };
    previous = tick.label;
    return tick;
  });
}

/** Whether the view is made of real calendar dates that d3-time can tick. */
function isCalendarView(startMs: number, endMs: number): boolean {
  const startYear = yearOfTime(startMs);
  const endYear = yearOfTime(endMs);
  return (
    startYear >= -DATE_SAFE_YEARS &&
    endYear < DATE_SAFE_YEARS + 1 &&
    endYear - startYear <= YEAR_TICKS_ABOVE_YEARS
  );
}

/**
 * Ticks for the visible time span [from, to] (UTC ms, as numbers: Dates cannot reach deep time)
 * drawn across `width` pixels.
 */
export function axisTicks(
  visible: readonly [number, number],
  width: number,
  patterns = currentTickPatterns,
): Tick[] {
  const startMs = Math.min(visible[0], visible[1]);
  const endMs = Math.max(visible[0], visible[1]);
  if (!(width > 0) || !(endMs > startMs) || !Number.isFinite(endMs - startMs)) return [];
  const ticks = isCalendarView(startMs, endMs)
    ? calendarTicks(startMs, endMs, width, patterns)
    : yearTicks(startMs, endMs, width, patterns);
  return dropRepeatedLabels(ticks);
}
