import { afterEach, describe, expect, it } from 'vitest';
import { vi } from 'date-fns/locale';
import {
  ENGLISH_DATE_PATTERNS,
  formatEventDate,
  formatPartial,
  formatUtcMs,
} from '../../src/model/formatDate.ts';
import type { EventDate } from '../../src/model/timelineSchema.ts';

const stated = (date: Omit<EventDate, 'basis'>): EventDate => ({ basis: 'stated', ...date });

describe('formatPartial', () => {
  it('shows only the precision the date has', () => {
    expect(formatPartial('2000')).toBe('2000');
    expect(formatPartial('2013-07')).toBe('July 2013');
    expect(formatPartial('1995-07-11')).toBe('11 July 1995');
  });

  it('rejects what is not a partial date', () => {
    expect(() => formatPartial('11 July 1995')).toThrow(RangeError);
    expect(() => formatPartial('1995-02-30')).toThrow(RangeError);
  });
});

describe('formatEventDate', () => {
  it('shows a point event as its date at its declared precision', () => {
    expect(formatEventDate(stated({ start: '1995-07-11', precision: 'day' }))).toBe('11 July 1995');
    expect(formatEventDate(stated({ start: '1995-07-11', precision: 'month' }))).toBe('July 1995');
  });

  it('joins single-word ends with a bare en dash', () => {
    expect(formatEventDate(stated({ start: '2017', precision: 'year', end: '2021' }))).toBe(
      '2017–2021',
    );
  });

  it('leaves the shared year off the start of a range within one year', () => {
    expect(
      formatEventDate(stated({ start: '2025-03-31', precision: 'day', end: '2025-04-04' })),
    ).toBe('31 March – 4 April 2025');
    expect(formatEventDate(stated({ start: '2013-03', precision: 'month', end: '2013-07' }))).toBe(
      'March–July 2013',
    );
  });

  it('leaves the shared month off the start of a range within one month', () => {
    expect(
      formatEventDate(stated({ start: '1995-07-04', precision: 'day', end: '1995-07-11' })),
    ).toBe('4–11 July 1995');
  });

  it('writes both ends in full across years', () => {
    expect(
      formatEventDate(stated({ start: '1995-07-12', precision: 'day', end: '2022-07-12' })),
    ).toBe('12 July 1995 – 12 July 2022');
    expect(formatEventDate(stated({ start: '2013-07', precision: 'month', end: '2016-05' }))).toBe(
      'July 2013 – May 2016',
    );
  });

  it('gives each end its own precision', () => {
    expect(
      formatEventDate(
        stated({ start: '1995-07-12', precision: 'day', end: '2022', endPrecision: 'year' }),
      ),
    ).toBe('12 July 1995 – 2022');
  });

  it('keeps a bare start year even when the end falls in the same year', () => {
    expect(
      formatEventDate(
        stated({ start: '2013', precision: 'year', end: '2013-07', endPrecision: 'month' }),
      ),
    ).toBe('2013 – July 2013');
  });

  it('shows a period whose ends read the same as that single date', () => {
    expect(formatEventDate(stated({ start: '1995', precision: 'year', end: '1995' }))).toBe('1995');
  });
});

describe('swappable patterns', () => {
  it('formats with another language when given its patterns and locale', () => {
    const vietnamese = {
      ...ENGLISH_DATE_PATTERNS,
      locale: vi,
      day: "'ngày' d 'tháng' M 'năm' yyyy",
    };
    expect(formatPartial('1995-07-11', vietnamese)).toBe('ngày 11 tháng 7 năm 1995');
    expect(formatPartial('2013-07', vietnamese)).not.toContain('July');
  });
});

describe('time zones', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  // Node re-reads TZ when it is assigned, so each zone really is in force during the check.
  it.each([
    ['Pacific/Pago_Pago', 660],
    ['Pacific/Kiritimati', -840],
    ['America/Sao_Paulo', 180],
  ])('never shifts a day in %s', (zone, offsetMinutes) => {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(1995, 6, 11)).getTimezoneOffset()).toBe(offsetMinutes);
    expect(formatPartial('1995-07-11')).toBe('11 July 1995');
    expect(formatPartial('2000-01')).toBe('January 2000');
    expect(formatPartial('2000')).toBe('2000');
    expect(formatUtcMs(Date.UTC(1995, 6, 11), 'd MMM yyyy')).toBe('11 Jul 1995');
    expect(formatUtcMs(Date.UTC(2000, 0, 1), 'yyyy')).toBe('2000');
  });
});
