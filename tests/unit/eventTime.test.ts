import { describe, expect, it } from 'vitest';
import { eventDateParts, eventSpan } from '../../src/model/eventTime.ts';
import { MS_PER_YEAR, startMs, yearOfTime } from '../../src/model/partialDate.ts';
import type { EventDate } from '../../src/model/timelineSchema.ts';

const stated = (date: Omit<EventDate, 'basis'>): EventDate => ({ basis: 'stated', ...date });

describe('eventSpan of a point event', () => {
  it('anchors a day-precise event at the start of that day and is uncertain only within it', () => {
    const span = eventSpan(stated({ start: '1995-07-11', precision: 'day' }));
    expect(span).toEqual({
      startMs: Date.UTC(1995, 6, 11),
      endMs: Date.UTC(1995, 6, 11),
      anchorMs: Date.UTC(1995, 6, 11),
      uncertainStartMs: Date.UTC(1995, 6, 11),
      uncertainEndMs: Date.UTC(1995, 6, 12),
      isPeriod: false,
    });
  });

  it('anchors a year-precise event mid-year, not on 1 January', () => {
    const span = eventSpan(stated({ start: '2000', precision: 'year' }));
    expect(span.uncertainStartMs).toBe(Date.UTC(2000, 0, 1));
    expect(span.uncertainEndMs).toBe(Date.UTC(2001, 0, 1));
    // 2000 is a leap year of 366 days, so its middle is 183 days in: the start of 2 July.
    expect(span.anchorMs).toBe(Date.UTC(2000, 6, 2));
    expect(span.anchorMs).not.toBe(Date.UTC(2000, 0, 1));
  });

  it('anchors a month-precise event mid-month, over the real length of that month', () => {
    const span = eventSpan(stated({ start: '2000-02', precision: 'month' }));
    expect(span.uncertainStartMs).toBe(Date.UTC(2000, 1, 1));
    expect(span.uncertainEndMs).toBe(Date.UTC(2000, 2, 1));
    expect(span.anchorMs).toBe(Date.UTC(2000, 1, 15, 12));
  });

  it('draws a point event as a point at its anchor, whatever its uncertainty', () => {
    const span = eventSpan(stated({ start: '1945-09', precision: 'month' }));
    expect(span.startMs).toBe(span.anchorMs);
    expect(span.endMs).toBe(span.anchorMs);
  });

  it('handles dates before 1970 (negative milliseconds)', () => {
    const span = eventSpan(stated({ start: '1890', precision: 'year' }));
    expect(span.uncertainStartMs).toBe(Date.UTC(1890, 0, 1));
    expect(span.anchorMs).toBeLessThan(0);
  });
});

describe('eventSpan of a period', () => {
  it('runs from the start of its start to the end of its end, anchored where it begins', () => {
    const span = eventSpan(stated({ start: '2017', precision: 'year', end: '2021' }));
    expect(span).toEqual({
      startMs: Date.UTC(2017, 0, 1),
      endMs: Date.UTC(2022, 0, 1),
      anchorMs: Date.UTC(2017, 0, 1),
      uncertainStartMs: Date.UTC(2017, 0, 1),
      uncertainEndMs: Date.UTC(2022, 0, 1),
      isPeriod: true,
    });
  });

  it('reads the end at its own precision when that differs from the start', () => {
    const span = eventSpan(
      stated({ start: '1995-07-12', precision: 'day', end: '2022-07', endPrecision: 'month' }),
    );
    expect(span.startMs).toBe(Date.UTC(1995, 6, 12));
    expect(span.endMs).toBe(Date.UTC(2022, 7, 1));
  });

  it('includes the whole last day of a day-precise period', () => {
    const span = eventSpan(stated({ start: '2025-03-31', precision: 'day', end: '2025-04-04' }));
    expect(span.endMs).toBe(Date.UTC(2025, 3, 5));
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => eventSpan(stated({ start: '2021', precision: 'year', end: '2017' }))).toThrow(
      RangeError,
    );
  });
});

describe('declared precision', () => {
  it('cuts a finer date string back to the precision the editors vouch for', () => {
    const span = eventSpan(stated({ start: '1995-07-11', precision: 'year' }));
    expect(span.uncertainStartMs).toBe(Date.UTC(1995, 0, 1));
    expect(span.uncertainEndMs).toBe(Date.UTC(1996, 0, 1));
    expect(eventDateParts(stated({ start: '1995-07-11', precision: 'month' }))).toEqual({
      start: { year: 1995, month: 7 },
    });
  });

  it('refuses to invent a day or month the date string does not have', () => {
    expect(() => eventSpan(stated({ start: '1995', precision: 'month' }))).toThrow(RangeError);
    expect(() => eventSpan(stated({ start: '1995-07', precision: 'day' }))).toThrow(RangeError);
  });

  it('rejects a string that is not a date', () => {
    expect(() => eventSpan(stated({ start: '1995-13', precision: 'month' }))).toThrow(RangeError);
  });
});

describe('eventSpan before the common era and in deep time', () => {
  const DAY_MS = 86_400_000;

  it('spans a BCE year as Date counts it', () => {
    const span = eventSpan(stated({ start: '-500', precision: 'year' }));
    const date = new Date(0);
    date.setUTCFullYear(-500, 0, 1);
    expect(span.uncertainStartMs).toBe(date.getTime());
    date.setUTCFullYear(-499, 0, 1);
    expect(span.uncertainEndMs).toBe(date.getTime());
  });

  it('is uncertain over exactly that year for a year 13.8 billion years ago, drawn mid-year', () => {
    const span = eventSpan(stated({ start: '-13800000000', precision: 'year' }));
    expect(span.uncertainStartMs).toBe(startMs({ year: -13_800_000_000 }));
    expect(span.uncertainEndMs).toBe(startMs({ year: -13_799_999_999 }));
    // A float64 resolves about a minute out there: the year is a leap year of 366 days.
    expect(Math.abs(span.uncertainEndMs - span.uncertainStartMs - 366 * DAY_MS)).toBeLessThan(2e5);
    expect(yearOfTime(span.anchorMs)).toBeCloseTo(-13_800_000_000 + 0.5, 3);
    expect(span.isPeriod).toBe(false);
  });

  it('is uncertain over a single day for a day-precise deep date', () => {
    const span = eventSpan(stated({ start: '-65000000-06-01', precision: 'day' }));
    expect(Math.abs(span.uncertainEndMs - span.uncertainStartMs - DAY_MS)).toBeLessThan(2e5);
    expect(span.anchorMs).toBe(span.uncertainStartMs);
  });

  it('draws a period from 13.8 billion years ago to 2020 as one finite, ordered bar', () => {
    const span = eventSpan(stated({ start: '-13800000000', precision: 'year', end: '2020' }));
    expect(span.startMs).toBeLessThan(span.endMs);
    expect(span.endMs).toBe(Date.UTC(2021, 0, 1));
    expect(Number.isFinite(span.startMs)).toBe(true);
    expect((span.endMs - span.startMs) / MS_PER_YEAR).toBeCloseTo(13_800_002_021, -3);
  });

  it('still rejects a deep period that ends before it starts', () => {
    expect(() =>
      eventSpan(stated({ start: '-65000000', precision: 'year', end: '-13800000000' })),
    ).toThrow(RangeError);
  });
});
