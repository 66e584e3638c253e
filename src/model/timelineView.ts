/** Small pure pieces of the timeline view: its time range, era bands, what a range is called. */
import { formatUtcMs } from './formatDate.ts';
import { endMsExclusive, parsePartialDate, startMs } from './partialDate.ts';
import type { PreparedEvent } from './timelineLayout.ts';
import type { Era, EventHead } from './timelineSchema.ts';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;
/** The closest zoom: about a month across the view. */
export const MIN_VISIBLE_SPAN_MS = 31 * DAY_MS;

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

export function maxZoomFor(domain: readonly [number, number]): number {
  return Math.max(1, (domain[1] - domain[0]) / MIN_VISIBLE_SPAN_MS);
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

/** A visible range in words at a sensible precision: years, months or days. */
export function describeRange(from: number, to: number): { from: string; to: string } {
  const span = to - from;
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
