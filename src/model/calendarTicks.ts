/**
 * Ticks on calendar days, months and years from d3-time, for views made of real calendar dates:
 * the finest step whose labels stay clear of each other, minor ticks subdividing it, and the
 * starts of coarser units (January on a month axis) marked major.
 */
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { formatUtcMs } from './formatDate.ts';
import {
  DAY_MS,
  LEVEL_RANK,
  MIN_LABEL_SPACING_PX,
  MIN_MINOR_TICK_SPACING_PX,
  labelSpacingFor,
  withMinorTicks,
  yearLevel,
  type Tick,
  type TickLabelPatterns,
  type TickLevel,
} from './axisTick.ts';

type StepUnit = 'day' | 'month' | 'year';

interface TickStep {
  unit: StepUnit;
  count: number;
  /** The shortest gap between two of its ticks: months and years vary in length. */
  minGapMs: number;
  interval: TimeInterval;
}

const DAY_STEPS = [1, 2, 5, 10, 15];
// Divisors of 12, so every step includes January and month ticks nest inside year ticks.
const MONTH_STEPS = [1, 2, 3, 6];
const UNIT_RANK: Record<StepUnit, number> = { day: 0, month: 1, year: 2 };
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
 * labels `spacingPx` apart, however far out the view is zoomed.
 */
function candidateSteps(pxPerMs: number, spacingPx = MIN_LABEL_SPACING_PX): TickStep[] {
  const steps = [...DAY_STEPS.map(dayStep), ...MONTH_STEPS.map(monthStep)];
  for (let power = 1; ; power *= 10) {
    for (const multiple of [1, 2, 5]) {
      const step = yearStep(multiple * power);
      steps.push(step);
      if (step.minGapMs * pxPerMs >= spacingPx) return steps;
    }
  }
}

function yearsLevel(years: number): TickLevel {
  if (years >= 1_000_000) return 'deep';
  if (years >= 1000) return 'millennium';
  if (years >= 100) return 'century';
  return years >= 10 ? 'decade' : 'year';
}

function stepLevel(step: TickStep): TickLevel {
  return step.unit === 'year' ? yearsLevel(step.count) : step.unit;
}

/** Whether every tick of `coarse` is also a tick of `fine`, so minor ticks subdivide evenly. */
function nests(fine: TickStep, coarse: TickStep): boolean {
  if (UNIT_RANK[fine.unit] < UNIT_RANK[coarse.unit]) return true;
  return fine.unit === coarse.unit && coarse.count % fine.count === 0;
}

function boundaryLevel(date: Date): TickLevel {
  if (date.getUTCDate() !== 1) return 'day';
  if (date.getUTCMonth() !== 0) return 'month';
  return yearLevel(date.getUTCFullYear());
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

export function calendarTicks(
  startMs: number,
  endMs: number,
  width: number,
  patterns: TickLabelPatterns,
): Tick[] {
  const pxPerMs = width / (endMs - startMs);
  // range() excludes its stop, and a tick exactly on the right edge is still on screen.
  const rangeStart = new Date(startMs);
  const rangeStop = new Date(endMs + 1);

  // The coarser the step the longer its labels may be ("Mar" → "1995"), so widen until they fit.
  let spacingPx = MIN_LABEL_SPACING_PX;
  let steps: TickStep[] = [];
  let labelIndex = -1;
  let labelled: Tick[] = [];
  for (let attempt = 0; attempt < 8; attempt += 1) {
    steps = candidateSteps(pxPerMs, spacingPx);
    labelIndex = steps.findIndex((step) => step.minGapMs * pxPerMs >= spacingPx);
    const step = steps[labelIndex];
    if (step === undefined) return [];
    labelled = labelTicks(step, rangeStart, rangeStop, patterns);
    const needed = labelSpacingFor(labelled.map((tick) => tick.label));
    if (step.minGapMs * pxPerMs >= needed) break;
    spacingPx = needed;
  }
  const labelStep = steps[labelIndex] as TickStep;
  const minorStep = steps
    .slice(0, labelIndex)
    .find((step) => step.minGapMs * pxPerMs >= MIN_MINOR_TICK_SPACING_PX && nests(step, labelStep));

  const minorDates = minorStep?.interval.range(rangeStart, rangeStop) ?? [];
  return withMinorTicks(
    labelled,
    minorDates.map((date) => ({ ms: date.getTime(), level: boundaryLevel(date) })),
  );
}

function labelTicks(
  labelStep: TickStep,
  rangeStart: Date,
  rangeStop: Date,
  patterns: TickLabelPatterns,
): Tick[] {
  const majorRank = LEVEL_RANK[stepLevel(labelStep)];
  const ticks: Tick[] = [];
  for (const date of labelStep.interval.range(rangeStart, rangeStop)) {
    const level = boundaryLevel(date);
    const pattern = labelPattern(labelStep.unit, level, ticks.length === 0, patterns);
    const ms = date.getTime();
    ticks.push({
      ms,
      label: formatUtcMs(ms, pattern, patterns.months, patterns.years),
      level,
      major: LEVEL_RANK[level] > majorRank,
    });
  }
  return ticks;
}
