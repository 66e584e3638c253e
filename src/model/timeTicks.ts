/**
 * Time-axis ticks that adapt to the zoom: decades across the whole century, days when a single
 * month fills the screen, and never so many labels that they run into each other.
 */
import type { TimeScale } from './zoomTransform.ts';
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { Locale } from 'date-fns';
import { formatUtcMs } from './formatDate.ts';

export type TickLevel = 'century' | 'decade' | 'year' | 'month' | 'day';

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

export interface TickLabelPatterns {
  locale?: Locale;
  year: string;
  month: string;
  /** The first month on screen, unless a January already says which year it is. */
  monthWithYear: string;
  day: string;
  /** The first day on screen and every 1 January. */
  dayWithYear: string;
}

export const ENGLISH_TICK_PATTERNS: TickLabelPatterns = {
  year: 'yyyy',
  month: 'MMM',
  monthWithYear: 'MMM yyyy',
  day: 'd MMM',
  dayWithYear: 'd MMM yyyy',
};

type StepUnit = 'day' | 'month' | 'year';

interface TickStep {
  unit: StepUnit;
  count: number;
  /** The shortest gap between two of its ticks: months and years vary in length. */
  minGapMs: number;
  interval: TimeInterval;
}

const DAY_MS = 86_400_000;
const DAY_STEPS = [1, 2, 5, 10, 15];
// Divisors of 12, so every step includes January and month ticks nest inside year ticks.
const MONTH_STEPS = [1, 2, 3, 6];
const UNIT_RANK: Record<StepUnit, number> = { day: 0, month: 1, year: 2 };
const LEVEL_RANK: Record<TickLevel, number> = { day: 0, month: 1, year: 2, decade: 3, century: 4 };

function daysInUtcMonth(date: Date): number {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

/**
 * Every `count`-th day counted from the 1st of each month, like d3's utcDay.every, except that a
 * day too close to the next 1st is skipped (with count 5, the 31st would sit one day from the 1st).
 * So the gap is never shorter than `count` days.
 */
function dayStep(count: number): TickStep {
  const interval = utcDay.filter((date) => {
    const day = date.getUTCDate();
    return (day - 1) % count === 0 && day <= daysInUtcMonth(date) - count + 1;
  });
  return { unit: 'day', count, minGapMs: count * DAY_MS, interval };
}

function monthStep(count: number): TickStep {
  const interval = utcMonth.filter((date) => date.getUTCMonth() % count === 0);
  return { unit: 'month', count, minGapMs: count * 28 * DAY_MS, interval };
}

function yearStep(count: number): TickStep {
  // Remainders are made non-negative so steps stay aligned before year 0 too.
  const interval = utcYear.filter(
    (date) => ((date.getUTCFullYear() % count) + count) % count === 0,
  );
  return { unit: 'year', count, minGapMs: count * 365 * DAY_MS, interval };
}

/**
 * Finest first: days, months, then years by 1, 2, 5, 10, 20, 50 … up to the first that spaces
 * labels far enough apart, however far out the view is zoomed.
 */
function candidateSteps(pxPerMs: number): TickStep[] {
  const steps = [...DAY_STEPS.map(dayStep), ...MONTH_STEPS.map(monthStep)];
  for (let power = 1; ; power *= 10) {
    for (const multiple of [1, 2, 5]) {
      const step = yearStep(multiple * power);
      steps.push(step);
      if (step.minGapMs * pxPerMs >= MIN_LABEL_SPACING_PX) return steps;
    }
  }
}

function stepLevel(step: TickStep): TickLevel {
  if (step.unit !== 'year') return step.unit;
  if (step.count >= 100) return 'century';
  return step.count >= 10 ? 'decade' : 'year';
}

/** Whether every tick of `coarse` is also a tick of `fine`, so minor ticks subdivide evenly. */
function nests(fine: TickStep, coarse: TickStep): boolean {
  if (UNIT_RANK[fine.unit] < UNIT_RANK[coarse.unit]) return true;
  return fine.unit === coarse.unit && coarse.count % fine.count === 0;
}

function boundaryLevel(date: Date): TickLevel {
  if (date.getUTCDate() !== 1) return 'day';
  if (date.getUTCMonth() !== 0) return 'month';
  const year = date.getUTCFullYear();
  if (year % 100 === 0) return 'century';
  return year % 10 === 0 ? 'decade' : 'year';
}

function labelPattern(
  unit: StepUnit,
  level: TickLevel,
  isFirstLabel: boolean,
  patterns: TickLabelPatterns,
): string {
  const startsYear = LEVEL_RANK[level] >= LEVEL_RANK.year;
  if (unit === 'year') return patterns.year;
  if (unit === 'month') {
    if (startsYear) return patterns.year;
    return isFirstLabel ? patterns.monthWithYear : patterns.month;
  }
  return startsYear || isFirstLabel ? patterns.dayWithYear : patterns.day;
}

/**
 * Ticks for the visible part of the axis. `scale` maps the visible time span (its domain) onto
 * [0, width], as a d3-zoom rescaled scale does.
 */
export function axisTicks(
  scale: Pick<TimeScale, 'domain'>,
  width: number,
  patterns = ENGLISH_TICK_PATTERNS,
): Tick[] {
  const [domainStart, domainEnd] = scale.domain();
  if (domainStart === undefined || domainEnd === undefined) return [];
  const startMs = Math.min(+domainStart, +domainEnd);
  const endMs = Math.max(+domainStart, +domainEnd);
  if (!(width > 0) || !(endMs > startMs) || !Number.isFinite(endMs - startMs)) return [];

  const pxPerMs = width / (endMs - startMs);
  const steps = candidateSteps(pxPerMs);
  const labelIndex = steps.findIndex((step) => step.minGapMs * pxPerMs >= MIN_LABEL_SPACING_PX);
  const labelStep = steps[labelIndex];
  if (labelStep === undefined) return [];
  const minorStep = steps
    .slice(0, labelIndex)
    .find((step) => step.minGapMs * pxPerMs >= MIN_MINOR_TICK_SPACING_PX && nests(step, labelStep));

  // range() excludes its stop, and a tick exactly on the right edge is still on screen.
  const rangeStart = new Date(startMs);
  const rangeStop = new Date(endMs + 1);
  const majorRank = LEVEL_RANK[stepLevel(labelStep)];
  const ticks: Tick[] = [];
  const labelledMs = new Set<number>();
  for (const date of labelStep.interval.range(rangeStart, rangeStop)) {
    const level = boundaryLevel(date);
    const pattern = labelPattern(labelStep.unit, level, ticks.length === 0, patterns);
    const ms = date.getTime();
    labelledMs.add(ms);
    ticks.push({
      ms,
      label: formatUtcMs(ms, pattern, patterns.locale),
      level,
      major: LEVEL_RANK[level] > majorRank,
    });
  }
  if (minorStep !== undefined) {
    for (const date of minorStep.interval.range(rangeStart, rangeStop)) {
      const ms = date.getTime();
      if (labelledMs.has(ms)) continue;
      ticks.push({ ms, label: '', level: boundaryLevel(date), major: false });
    }
  }
  return ticks.sort((a, b) => a.ms - b.ms);
}
