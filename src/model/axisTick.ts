/**
 * What an axis tick is, the words its labels are written with, and how far apart labels must be:
 * shared by the calendar ticks (calendarTicks.ts) and the round-year ticks (yearTicks.ts).
 */
import type { MonthNames } from './formatDateParts.ts';
import type { YearWords } from './yearLabel.ts';

/**
 * The coarsest unit that begins at a tick: 1900 is a century, 1 July a month. 'millennium' is a
 * year divisible by 1000 and 'deep' one divisible by a million (the year 0 among them).
 */
export type TickLevel = 'deep' | 'millennium' | 'century' | 'decade' | 'year' | 'month' | 'day';

export interface Tick {
  ms: number;
  /** Empty for a minor tick, which is drawn as a short line only. */
  label: string;
  /** The coarsest calendar unit that begins at this instant: 1900 is a century, 1 July a month. */
  level: TickLevel;
  /** Begins a coarser unit than the axis counts in (January on a month axis): drawn stronger. */
  major: boolean;
}

/** Shortest distance between two labels; the widest label ("11 Sep 1995") fits with room. */
export const MIN_LABEL_SPACING_PX = 70;
/** Below this, unlabelled ticks read as a smear rather than a ruler. */
export const MIN_MINOR_TICK_SPACING_PX = 12;
/**
 * Some labels are longer than "11 Sep 1995" ("12 billion years ago", "Mar 150,000 BCE"), so labels
 * are also kept apart by the length of the longest: this much per character, plus a gap. Set so
 * that "11 Sep 1995" (11 characters) needs no more than MIN_LABEL_SPACING_PX, which it fits.
 */
export const LABEL_CHAR_WIDTH_PX = 5.8;
export const LABEL_GAP_PX = 6;

/** How far apart labels like these must be to stay clear of each other. */
export function labelSpacingFor(labels: readonly string[]): number {
  const longest = labels.reduce((most, label) => Math.max(most, label.length), 0);
  return Math.max(MIN_LABEL_SPACING_PX, longest * LABEL_CHAR_WIDTH_PX + LABEL_GAP_PX);
}

export interface TickLabelPatterns {
  /** Month names; undefined means English. */
  months?: MonthNames;
  year: string;
  month: string;
  /** The first month on screen, unless a January already says which year it is. */
  monthWithYear: string;
  day: string;
  /** The first day on screen and every 1 January. */
  dayWithYear: string;
  /** Words for years before the common era and deep time; undefined means English. */
  years?: YearWords;
}

export const ENGLISH_TICK_PATTERNS: TickLabelPatterns = {
  year: 'yyyy',
  month: 'MMM',
  monthWithYear: 'MMM yyyy',
  day: 'd MMM',
  dayWithYear: 'd MMM yyyy',
};

export const DAY_MS = 86_400_000;

export const LEVEL_RANK: Record<TickLevel, number> = {
  day: 0,
  month: 1,
  year: 2,
  decade: 3,
  century: 4,
  millennium: 5,
  deep: 6,
};

export /** The coarsest unit of years that begins at the start of `year`. */
function yearLevel(year: number): TickLevel {
  if (year % 1_000_000 === 0) return 'deep';
  if (year % 1000 === 0) return 'millennium';
  if (year % 100 === 0) return 'century';
  return year % 10 === 0 ? 'decade' : 'year';
}

/**
 * The labelled ticks and, at the instants none of them takes, the minor ticks (drawn as short
 * lines only), in time order.
 */
export function withMinorTicks(
  labelled: readonly Tick[],
  minor: readonly { ms: number; level: TickLevel }[],
): Tick[] {
  const ticks = [...labelled];
  const labelledMs = new Set(labelled.map((tick) => tick.ms));
  for (const { ms, level } of minor) {
    if (!labelledMs.has(ms)) ticks.push({ ms, label: '', level, major: false });
  }
  return ticks.sort((a, b) => a.ms - b.ms);
}
