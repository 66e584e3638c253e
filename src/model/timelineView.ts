/** Small pure pieces of the timeline view: its time range, era bands, what a range is called. */
import { formatUtcMs, formatYear } from './formatDate.ts';
import {
  DATE_SAFE_YEARS,
  MS_PER_YEAR,
  endMsExclusive,
  parsePartialDate,
  startMs,
  yearOfTime,
} from './partialDate.ts';
import type { PreparedEvent } from './timelineLayout.ts';
import type { Era, EventHead } from './timelineSchema.ts';

const DAY_MS = 86_400_000;
const YEAR_MS = MS_PER_YEAR;
/** The closest zoom: about a month across the view, where the dates are real calendar dates. */
export const MIN_VISIBLE_SPAN_MS = 31 * DAY_MS;
/** The closest zoom on a timeline that reaches beyond ±DATE_SAFE_YEARS: about a year. */
export const MIN_DEEP_VISIBLE_SPAN_MS = YEAR_MS;
/** However long the timeline, the zoom factor stays finite and within what floats resolve. */
export const MAX_ZOOM_FACTOR = 1e12;
/** Ranges wider than this many years are named in round years rather than calendar dates. */
const ROUND_YEARS_ABOVE = 5_000;

function isCalendarRange(from: number, to: number): boolean {
  const fromYear = yearOfTime(from);
  const toYear = yearOfTime(to);
  return fromYear >= -DATE_SAFE_YEARS && toYear < DATE_SAFE_YEARS + 1;
}

function msOf(iso: string, edge: 'start' | 'end'): number {
  const parts = parsePartialDate(iso);
  if (!parts) return Number.NaN;
  return edge === 'start' ? startMs(parts) : endMsExclusive(parts);
}

/** From the first event's start to the last one's end, with a little air on both sides. */
export function timelineDomain(events: readonly EventHead[]): [number, number] {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const { date } of events) {
    from = Math.min(from, msOf(date.start, 'start'));
    to = Math.max(to, msOf(date.end ?? date.start, 'end'));
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    const now = Date.UTC(2025, 0, 1);
    return [now - 10 * YEAR_MS, now];
  }
  const air = Math.max((to - from) * 0.015, 60 * DAY_MS);
  return [from - air, to + air];
}

/** From the first era's start to the end of the domain; undefined without eras. */
export function erasRange(
  eras: readonly Era[],
  domain: readonly [number, number],
): [number, number] | undefined {
  const first = eras[0];
  if (!first) return undefined;
  const from = msOf(first.start, 'start');
  const air = (domain[1] - from) * 0.02;
  return [Math.max(domain[0], from - air), domain[1]];
}

/**
 * How far in the view may zoom: down to about a month across, or about a year once the timeline
 * reaches into deep time, and never beyond MAX_ZOOM_FACTOR.
 */
export function maxZoomFor(domain: readonly [number, number]): number {
  const span = domain[1] - domain[0];
  if (!Number.isFinite(span)) return 1;
  const closest = isCalendarRange(domain[0], domain[1])
    ? MIN_VISIBLE_SPAN_MS
    : MIN_DEEP_VISIBLE_SPAN_MS;
  return Math.min(MAX_ZOOM_FACTOR, Math.max(1, span / closest));
}

export interface EraBandPosition {
  id: string;
  label: string;
  description: string;
  x0: number;
  x1: number;
}

/** Eras as bands: each runs to the start of the next, the last to the end of the domain. */
export function eraBandsOf(
  eras: readonly Era[],
  toX: (ms: number) => number,
  domainEnd: number,
): EraBandPosition[] {
  return eras.map((era, index) => {
    const next = eras[index + 1];
    const endMs = next ? msOf(next.start, 'start') : domainEnd;
    return {
      id: era.id,
      label: era.label,
      description: era.description,
      x0: toX(msOf(era.start, 'start')),
      x1: toX(endMs),
    };
  });
}

/**
 * A visible range in words at a sensible precision: days, months or years, and over thousands of
 * years or in deep time, years rounded to a thousandth of the span or so ("14.01 billion years
 * ago" to "210 million years from now").
 */
export function describeRange(from: number, to: number): { from: string; to: string } {
  const span = to - from;
  if (!isCalendarRange(from, to) || span > ROUND_YEARS_ABOVE * YEAR_MS) {
    const step = 10 ** Math.floor(Math.log10(Math.max(1, span / YEAR_MS / 1000)));
    // To the nearest round year; to single years, the year the instant falls in, as a date would.
    const roundTo = step === 1 ? Math.floor : Math.round;
    const rounded = (ms: number) => formatYear(roundTo(yearOfTime(ms) / step) * step, { step });
    return { from: rounded(from), to: rounded(to) };
  }
  const pattern = span > 3 * YEAR_MS ? 'yyyy' : span > 60 * DAY_MS ? 'MMMM yyyy' : 'd MMMM yyyy';
  return { from: formatUtcMs(from, pattern), to: formatUtcMs(to, pattern) };
}

/** How many events have their anchor in [from, to]; `events` are sorted by anchor. */
export function countInRange(events: readonly PreparedEvent[], from: number, to: number): number {
  const lowerBound = (value: number) => {
    let low = 0;
    let high = events.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((events[middle] as PreparedEvent).span.anchorMs < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return lowerBound(to + 1) - lowerBound(from);
}
