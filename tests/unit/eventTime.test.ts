import { describe, expect, it } from 'vitest';
import { eventDateParts, eventSpan } from '../../src/model/eventTime.ts';
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
