/**
 * The instants an event's date stands for, worked out once when the data is loaded so that
 * scales, layout and hit-testing deal in plain numbers (UTC milliseconds) from then on. Deep-time
 * years work the same way (partialDate.ts says how they are placed): a year-precise date 13.8
 * billion years ago is uncertain over that one year and drawn in its middle.
 */
import type { EventDate } from './timelineSchema.ts';
import {
  endMsExclusive,
  parsePartialDate,
  startMs,
  type DateParts,
  type Precision,
} from './partialDate.ts';

export interface EventSpan {
  /** Where the event's mark or bar begins. */
  startMs: number;
  /** Where a period's bar ends (exclusive); equals `startMs` for a point event. */
  endMs: number;
  /** Where the mark is drawn and what the event is sorted and laid out by. */
  anchorMs: number;
  /** The earliest instant the date could mean, given its precision. */
  uncertainStartMs: number;
  /** The first instant the date can no longer mean (exclusive). */
  uncertainEndMs: number;
  isPeriod: boolean;
}

/**
 * Reads a date string at its declared precision. A string finer than the declared precision is
 * cut back (the precision is what the editors vouch for); a coarser one cannot be made finer
 * without inventing facts, so it is rejected as a data error.
 */
function partsAtPrecision(iso: string, precision: Precision): DateParts {
  const parts = parsePartialDate(iso);
  if (parts === null) throw new RangeError(`Not a partial date: "${iso}"`);
  if (precision === 'year') return { year: parts.year };
  if (parts.month === undefined) {
    throw new RangeError(`"${iso}" is coarser than its declared precision "${precision}"`);
  }
  if (precision === 'month') return { year: parts.year, month: parts.month };
  if (parts.day === undefined) {
    throw new RangeError(`"${iso}" is coarser than its declared precision "${precision}"`);
  }
  return parts;
}

export interface EventDateParts {
  start: DateParts;
  /** Present only for a period. */
  end?: DateParts;
}

/** The parts of an event's date down to its declared precision, and no further. */
export function eventDateParts(date: EventDate): EventDateParts {
  const start = partsAtPrecision(date.start, date.precision);
  if (date.end === undefined) return { start };
  return { start, end: partsAtPrecision(date.end, date.endPrecision ?? date.precision) };
}

export function eventSpan(date: EventDate): EventSpan {
  const { start, end } = eventDateParts(date);
  const uncertainStartMs = startMs(start);

  if (end !== undefined) {
    const endMs = endMsExclusive(end);
    if (endMs <= uncertainStartMs) {
      throw new RangeError(`Period ends (${date.end}) before it starts (${date.start})`);
    }
    // A period is drawn over everything its two ends could mean; its mark sits where it begins.
    return {
      startMs: uncertainStartMs,
      endMs,
      anchorMs: uncertainStartMs,
      uncertainStartMs,
      uncertainEndMs: endMs,
      isPeriod: true,
    };
  }

  const uncertainEndMs = endMsExclusive(start);
  // A day is drawn at its start, like any tick; a vaguer date is drawn mid-span so a year-precise
  // event does not pose as something that happened on 1 January.
  const anchorMs =
    start.day !== undefined
      ? uncertainStartMs
      : uncertainStartMs + (uncertainEndMs - uncertainStartMs) / 2;
  return {
    startMs: anchorMs,
    endMs: anchorMs,
    anchorMs,
    uncertainStartMs,
    uncertainEndMs,
    isPeriod: false,
  };
}
