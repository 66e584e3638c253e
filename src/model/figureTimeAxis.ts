/**
 * The figures chart's own time axis, fitted to the series shown: from the start of the first
 * point's year to the end of the last one's, so a series measured over four years fills the
 * chart instead of bunching at the right of the timeline's 135 years. (The timeline's own scale
 * remains an option: then the chart lines up with the events.)
 */
import { eventSpan } from './eventTime.ts';
import type { FigurePoint } from './timelineSchema.ts';

export interface FittedTimeAxis {
  /** Instant → pixels from the plot's left edge. */
  toX: (ms: number) => number;
  /** Labelled years, at their 1 January. */
  ticks: { ms: number; label: string }[];
}

/** Steps between labelled years, in years. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

export function fittedTimeAxis(
  points: readonly Pick<FigurePoint, 'date'>[],
  width: number,
  /** Room left free at each end for the marks and labels, in pixels. */
  inset = 16,
): FittedTimeAxis {
  const anchors = points.map((point) => eventSpan(point.date).anchorMs);
  const firstYear = anchors.length ? new Date(Math.min(...anchors)).getUTCFullYear() : 2000;
  const lastYear = anchors.length ? new Date(Math.max(...anchors)).getUTCFullYear() : 2000;
  const from = Date.UTC(firstYear, 0, 1);
  const to = Date.UTC(lastYear + 1, 0, 1);
  const inner = Math.max(1, width - 2 * inset);
  const toX = (ms: number) => inset + ((ms - from) / (to - from)) * inner;
  const years = lastYear + 1 - firstYear;
  // About one label per 64 px, never fewer than the two ends.
  const most = Math.max(2, Math.floor(inner / 64));
  const step = YEAR_STEPS.find((candidate) => years / candidate <= most) ?? 100;
  const ticks: { ms: number; label: string }[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear + 1; year += step) {
    ticks.push({ ms: Date.UTC(year, 0, 1), label: String(year) });
  }
  return { toX, ticks };
}

/** The latest point of a series, where its value is labelled: the first claim of its date. */
export function latestPoint<Point extends Pick<FigurePoint, 'date'>>(
  points: readonly Point[],
): Point | undefined {
  let latest: Point | undefined;
  let latestMs = -Infinity;
  for (const point of points) {
    const anchor = eventSpan(point.date).anchorMs;
    if (anchor > latestMs) {
      latest = point;
      latestMs = anchor;
    }
  }
  return latest;
}
