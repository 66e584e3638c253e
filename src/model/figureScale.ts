/**
 * The value axis of the figures chart: linear, or logarithmic where the values span orders of
 * magnitude (two-way trade grows from 0.45 to about 150 billion USD: on a linear axis every year
 * before 2000 would sit on the floor).
 */
import { ticks as niceTicks } from 'd3-array';
import { currentDatePatterns } from './dateLabelPatterns.ts';

/** From this ratio of largest to smallest value on, the chart reads in powers of ten. */
export const LOG_SCALE_FROM_RATIO = 30;

export interface ValueScale {
  kind: 'linear' | 'log';
  domain: [number, number];
  ticks: number[];
  /** Pixel offset from the bottom of a plot `height` pixels tall. */
  toY: (value: number, height: number) => number;
}

export function chooseValueScale(values: readonly number[]): ValueScale {
  const finite = values.filter((value) => Number.isFinite(value));
  const positive = finite.filter((value) => value > 0);
  const max = Math.max(...finite, 0);
  const min = Math.min(...positive);
  if (
    positive.length === finite.length &&
    positive.length >= 2 &&
    max / min >= LOG_SCALE_FROM_RATIO
  ) {
    const low = 10 ** Math.floor(Math.log10(min));
    const high = 10 ** Math.ceil(Math.log10(max));
    const ticks: number[] = [];
    for (let decade = low; decade <= high * 1.0001; decade *= 10) ticks.push(decade);
    const span = Math.log10(high) - Math.log10(low) || 1;
    return {
      kind: 'log',
      domain: [low, high],
      ticks,
      toY: (value, height) =>
        ((Math.log10(Math.max(value, low)) - Math.log10(low)) / span) * height,
    };
  }
  const top = niceTicks(0, max || 1, 4).at(-1) ?? (max || 1);
  const domainTop = top >= max ? top : max;
  return {
    kind: 'linear',
    domain: [0, domainTop],
    ticks: niceTicks(0, domainTop, 4),
    toY: (value, height) => (Math.max(0, value) / domainTop) * height,
  };
}

/**
 * "0.45", "1.09", "150", "31,000": values as people write them, without spurious digits, in the
 * page's language ("1,09", "31.000" in Vietnamese).
 */
export function formatValue(value: number): string {
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return new Intl.NumberFormat(currentDatePatterns().locale ?? 'en-US', {
    maximumFractionDigits: digits,
  }).format(value);
}
