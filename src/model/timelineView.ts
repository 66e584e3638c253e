/** Small pure pieces of the timeline view: its time range, era bands, what a range is called. */
import { currentDatePatterns } from './dateLabelPatterns.ts';
import { formatUtcMs, formatYear } from './formatDate.ts';
import {
  MS_PER_YEAR,
  endMsExclusive,
  parsePartialDate,
  startMs,
  yearOfTime,
} from './partialDate.ts';
import { isCalendarRange } from './timeScale.ts';
import type { PreparedEvent } from './prepareTimeline.ts';
import type { Era, EventHead } from './timelineSchema.ts';

const DAY_MS = 86_400_000;
const YEAR_MS = MS_PER_YEAR;
/** Ranges wider than this many years are named in round years rather than calendar dates. */
const ROUND_YEARS_ABOVE = 5_000;

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

/** Share of the events left out on the left of the first view, so the dense years get the room. */
const FIRST_VIEW_SKIPS = 0.1;

/**
 * The first view: from where the dense part of the timeline begins (the first tenth of the events
 * by time left out, at most) to the end, so the years with most events are readable at once; the
 * overview strip shows that history starts earlier. Undefined when that is the whole domain.
 */
export function firstViewRange(
  events: readonly EventHead[],
  domain: readonly [number, number],
): [number, number] | undefined {
  const starts = events
    .map((event) => msOf(event.date.start, 'start'))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const from = starts[Math.floor(starts.length * FIRST_VIEW_SKIPS)];
  if (from === undefined || starts.length < 10) return undefined;
  const air = (domain[1] - from) * 0.04;
  const start = Math.max(domain[0], from - air);
  return start > domain[0] ? [start, domain[1]] : undefined;
}

export interface EraBandPosition {
  id: string;
  label: string;
  /** Drawn instead of the label where the band is too narrow for it. */
  short: string | undefined;
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
      short: era.short,
      description: era.description,
      x0: toX(msOf(era.start, 'start')),
      x1: toX(endMs),
    };
  });
}

/**
 * What an era's band shows in `room` pixels: its label, else its short name, else the short name
 * cut to whole words with an ellipsis, else nothing (the band still names itself on hover).
 */
export function eraLabelFor(
  band: Pick<EraBandPosition, 'label' | 'short'>,
  room: number,
  measure: (text: string) => number,
): string {
  if (measure(band.label) <= room) return band.label;
  const short = band.short ?? band.label;
  if (measure(short) <= room) return short;
  const words = short.split(/\s+/);
  for (let count = words.length - 1; count >= 1; count--) {
    const text = `${words.slice(0, count).join(' ')}…`;
    if (measure(text) <= room) return text;
  }
  return '';
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
  const patterns = currentDatePatterns();
  const pattern =
    span > 3 * YEAR_MS ? patterns.year : span > 60 * DAY_MS ? patterns.month : patterns.day;
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
