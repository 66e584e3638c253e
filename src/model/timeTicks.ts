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
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { formatUtcMs, formatYear, type MonthNames, type YearWords } from './formatDate.ts';
import { DATE_SAFE_YEARS, yearOfTime, yearStartMs } from './partialDate.ts';

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
 * Views wider than this many years get round-number year ticks rather than calendar ticks, as do
 * views reaching beyond ±DATE_SAFE_YEARS.
 */
export const YEAR_TICKS_ABOVE_YEARS = 5_000;
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

let currentTickPatterns = ENGLISH_TICK_PATTERNS;

/** Sets the language of axis labels for the page. */
export function useTickPatterns(patterns: TickLabelPatterns): void {
  currentTickPatterns = patterns;
}

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
const LEVEL_RANK: Record<TickLevel, number> = {
  day: 0,
  month: 1,
  year: 2,
  decade: 3,
  century: 4,
  millennium: 5,
  deep: 6,
};

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

/** The coarsest unit of years that begins at the start of `year`. */
function yearLevel(year: number): TickLevel {
  if (year % 1_000_000 === 0) return 'deep';
  if (year % 1000 === 0) return 'millennium';
  if (year % 100 === 0) return 'century';
  return year % 10 === 0 ? 'decade' : 'year';
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

function calendarTicks(
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

  const ticks = [...labelled];
  const labelledMs = new Set(labelled.map((tick) => tick.ms));
  if (minorStep !== undefined) {
    for (const date of minorStep.interval.range(rangeStart, rangeStop)) {
      const ms = date.getTime();
      if (labelledMs.has(ms)) continue;
      ticks.push({ ms, label: '', level: boundaryLevel(date), major: false });
    }
  }
  return ticks.sort((a, b) => a.ms - b.ms);
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

/** 1, 2, 5, 10, 20, 50 … years: the `index`-th round step. */
function roundYears(index: number): number {
  return [1, 2, 5][index % 3]! * 10 ** Math.floor(index / 3);
}

/** Calendar years differ by a day or so; no gap of `years` years is shorter than this. */
function minYearsGapMs(years: number): number {
  return years * 365 * DAY_MS;
}

/** The years that are multiples of `step` and begin inside [startMs, endMs]. */
function yearsOnAxis(step: number, startMs: number, endMs: number): number[] {
  const first = Math.floor(yearOfTime(startMs) / step);
  const last = Math.ceil(yearOfTime(endMs) / step);
  const years: number[] = [];
  for (let multiple = first; multiple <= last; multiple += 1) {
    const year = multiple * step || 0;
    const ms = yearStartMs(year);
    if (ms >= startMs && ms <= endMs) years.push(year);
  }
  return years;
}

/** Beyond this the year numbers themselves stop being exact. */
const MAX_STEP_YEARS = 1e15;

/**
 * Ticks on round numbers of years, for views too wide or too deep for calendar ticks: labels as
 * far apart as their length needs, minor ticks subdividing them, and the powers of ten above the
 * step marked major (every 1000 years on a 200-year axis), as on a calendar axis.
 */
function yearTicks(
  startMs: number,
  endMs: number,
  width: number,
  patterns: TickLabelPatterns,
): Tick[] {
  const pxPerMs = width / (endMs - startMs);
  const label = (year: number, step: number) =>
    formatYear(year, {
      step,
      pattern: patterns.year,
      months: patterns.months,
      words: patterns.years,
    });

  let index = 0;
  while (minYearsGapMs(roundYears(index)) * pxPerMs < MIN_LABEL_SPACING_PX) index += 1;
  let labelStep = roundYears(index);
  let labelYears = yearsOnAxis(labelStep, startMs, endMs);
  let labels = labelYears.map((year) => label(year, labelStep));
  for (;;) {
    if (labelStep > MAX_STEP_YEARS) return [];
    if (minYearsGapMs(labelStep) * pxPerMs >= labelSpacingFor(labels)) break;
    index += 1;
    labelStep = roundYears(index);
    labelYears = yearsOnAxis(labelStep, startMs, endMs);
    labels = labelYears.map((year) => label(year, labelStep));
  }

  const majorEvery = 10 ** (Math.floor(Math.log10(labelStep) + 1e-9) + 1);
  const ticks: Tick[] = labelYears.map((year, i) => ({
    ms: yearStartMs(year),
    label: labels[i] as string,
    level: yearLevel(year),
    major: year % majorEvery === 0,
  }));

  let minorStep: number | undefined;
  for (let i = 0; roundYears(i) < labelStep; i += 1) {
    const step = roundYears(i);
    if (minYearsGapMs(step) * pxPerMs >= MIN_MINOR_TICK_SPACING_PX && labelStep % step === 0) {
      minorStep = step;
      break;
    }
  }
  if (minorStep !== undefined) {
    for (const year of yearsOnAxis(minorStep, startMs, endMs)) {
      if (year % labelStep === 0) continue;
      ticks.push({ ms: yearStartMs(year), label: '', level: yearLevel(year), major: false });
    }
  }
  return ticks.sort((a, b) => a.ms - b.ms);
}
