/**
 * The timeline's time scale, from d3-scale, and the transform that shows a given range, from
 * d3-zoom. Positions are plain numbers of UTC milliseconds throughout (eventTime.ts): within
 * ±DATE_SAFE_YEARS they are what `Date.UTC` says; beyond, where a JavaScript Date cannot go (a
 * cosmological timeline), they are year numbers times the mean year's length (partialDate.ts).
 * Either way a linear scale maps them, so one `scaleLinear` serves calendar and deep time alike;
 * calendar ticks come from d3-time (timeTicks.ts). `scaleUtc` would map the same numbers the same
 * way, but it brings d3-time-format's locale (about 3 KB gzip of the first visit's 85 KB) for tick
 * labels this app writes with date-fns in the reader's language.
 *
 * The zoom owns a transform and the view derives the visible scale from it with
 * `transform.rescaleX(base)`; nothing else changes a scale.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { DATE_SAFE_YEARS, yearOfTime } from './partialDate.ts';

/** Time (UTC ms, or deep-time equivalents) → pixels. */
export type TimeScale = ScaleLinear<number, number>;

/** Whether every instant of [from, to] is a calendar date a JavaScript Date can hold. */
export function isCalendarRange(from: number, to: number): boolean {
  return yearOfTime(from) >= -DATE_SAFE_YEARS && yearOfTime(to) < DATE_SAFE_YEARS + 1;
}

/** The unzoomed scale: the whole domain across `width` pixels. */
export function createBaseScale(domain: readonly [number, number], width: number): TimeScale {
  return scaleLinear()
    .domain([domain[0], domain[1]])
    .range([0, Math.max(1, width)]);
}

/** A scale's domain: the time range it shows. */
export function domainMs(scale: TimeScale): [number, number] {
  const [from, to] = scale.domain();
  return [from as number, to as number];
}

/** The transform that shows the base-pixel range [x0, x1] across a view `width` pixels wide. */
export function transformShowing(x0: number, x1: number, width: number): ZoomTransform {
  const k = width / Math.max(1e-9, x1 - x0);
  return zoomIdentity.scale(k).translate(-x0, 0);
}
