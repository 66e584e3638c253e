/**
 * Ticks on round numbers of years (1, 2 or 5 × 10ⁿ), for views too wide or too old for calendar
 * ticks: prehistory, a cosmological timeline. Labels read the way formatYear reads years.
 */
import { formatYear } from './formatDate.ts';
import { yearOfTime, yearStartMs } from './partialDate.ts';
import {
  DAY_MS,
  MIN_LABEL_SPACING_PX,
  MIN_MINOR_TICK_SPACING_PX,
  labelSpacingFor,
  withMinorTicks,
  yearLevel,
  type Tick,
  type TickLabelPatterns,
} from './axisTick.ts';

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
export function yearTicks(
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
  const minorYears = minorStep === undefined ? [] : yearsOnAxis(minorStep, startMs, endMs);
  return withMinorTicks(
    ticks,
    minorYears.map((year) => ({ ms: yearStartMs(year), level: yearLevel(year) })),
  );
}
