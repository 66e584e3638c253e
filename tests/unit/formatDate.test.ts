import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH_DATE_PATTERNS } from '../../src/model/dateLabelPatterns.ts';
import {
  formatEventDate,
  formatPartial,
  formatUtcMs,
  formatYear,
} from '../../src/model/formatDate.ts';
import { ENGLISH_YEAR_WORDS, type YearWords } from '../../src/model/yearLabel.ts';
import { startMs } from '../../src/model/partialDate.ts';
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

describe('formatPartial before the common era', () => {
  it("labels 500 BCE '500 BCE', not '-0500'", () => {
    expect(formatPartial('-500')).toBe('500 BCE');
    expect(formatPartial('-0500')).toBe('500 BCE');
    expect(formatPartial('-44')).toBe('44 BCE');
  });

  it('gives a BCE month or day its names, with the year as BCE', () => {
    expect(formatPartial('-44-03-15')).toBe('15 March 44 BCE');
    expect(formatPartial('-44-03')).toBe('March 44 BCE');
    expect(formatPartial('-1-12-31')).toBe('31 December 1 BCE');
  });

  it('has no year 0: a year 0 reads as 1 BCE', () => {
    expect(formatPartial('0')).toBe('1 BCE');
    expect(formatPartial('0000-06')).toBe('June 1 BCE');
    expect(formatPartial('-1')).toBe('1 BCE');
    expect(formatPartial('1')).toBe('1');
  });

  it('writes early common-era years without padding', () => {
    expect(formatPartial('0043')).toBe('43');
    expect(formatPartial('0476-09-04')).toBe('4 September 476');
    expect(formatPartial('999')).toBe('999');
  });

  it('groups the digits of years from 10,000 on', () => {
    expect(formatPartial('-9999')).toBe('9999 BCE');
    expect(formatPartial('-12000')).toBe('12,000 BCE');
    expect(formatPartial('-250000')).toBe('250,000 BCE');
    expect(formatPartial('12000')).toBe('12,000');
  });

  it('keeps the day and month of a BCE or deep date right (same place in the 400-year cycle)', () => {
    for (const [iso, expected] of [
      ['-44-03-15', '15 March 44 BCE'],
      ['-1-12-31', '31 December 1 BCE'],
      ['-200000-07-04', '4 July 200,000 BCE'],
    ] as const) {
      expect(formatPartial(iso)).toBe(expected);
    }
  });
});

describe('formatPartial in deep time', () => {
  it('reads a year of a million years ago or more in years ago', () => {
    expect(formatPartial('-13800000000')).toBe('13.8 billion years ago');
    expect(formatPartial('-4540000000')).toBe('4.54 billion years ago');
    expect(formatPartial('-65000000')).toBe('65 million years ago');
    expect(formatPartial('-66043000')).toBe('66.043 million years ago');
    expect(formatPartial('-1000000')).toBe('1 million years ago');
    expect(formatPartial('-999999')).toBe('999,999 BCE');
  });

  it('never rounds a deep year away: one that needs more digits is written out', () => {
    expect(formatPartial('-1234567')).toBe('1,234,567 BCE');
    expect(formatPartial('-13800000001')).toBe('13,800,000,001 BCE');
  });

  it('writes out a deep year that comes with a month or day', () => {
    expect(formatPartial('-13800000000-07-04')).toBe('4 July 13,800,000,000 BCE');
    expect(formatPartial('-300000-03')).toBe('March 300,000 BCE');
  });

  it('reads the far future as years from now', () => {
    expect(formatPartial('250000000')).toBe('250 million years from now');
    expect(formatPartial('5000000000')).toBe('5 billion years from now');
  });

  it('never shows a reader a minus sign, a padded year or an invalid date', () => {
    const years = [-13_800_000_000, -2_000_000_001, -5_000_000, -271_822, -200_001, -99_999];
    for (let year = -12_000; year <= 12_000; year += 373) years.push(year);
    for (const year of years) {
      for (const suffix of ['', '-02', '-02-28']) {
        const label = formatPartial(`${year}${suffix}`);
        expect(label, `${year}${suffix}`).not.toMatch(/-\d|^0\d|NaN|Invalid/);
        expect(label).toMatch(/\d/);
      }
    }
  });
});

describe('formatYear', () => {
  it('reads years as formatPartial does', () => {
    expect(formatYear(1995)).toBe('1995');
    expect(formatYear(-500)).toBe('500 BCE');
    expect(formatYear(0)).toBe('1 BCE');
    expect(formatYear(-13_800_000_000)).toBe('13.8 billion years ago');
  });

  it('gives every year on a step the same decimals, and calls the year 0 now in deep time', () => {
    expect(formatYear(-1_100_000_000, { step: 100_000_000 })).toBe('1.1 billion years ago');
    expect(formatYear(-1_000_000_000, { step: 100_000_000 })).toBe('1 billion years ago');
    expect(formatYear(-1_005_000_000, { step: 5_000_000 })).toBe('1.005 billion years ago');
    expect(formatYear(0, { step: 1_000_000_000 })).toBe('now');
    expect(formatYear(0, { step: 1000 })).toBe('1 BCE');
  });

  it('writes a deep year out in full when the step is finer than the words can say', () => {
    expect(formatYear(-5_000_000_000, { step: 1 })).toBe('5,000,000,000 BCE');
    expect(formatYear(-4_999_999_999, { step: 1 })).toBe('4,999,999,999 BCE');
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

  it('joins BCE and deep ends like any others', () => {
    expect(formatEventDate(stated({ start: '-500', precision: 'year', end: '-400' }))).toBe(
      '500 BCE – 400 BCE',
    );
    expect(formatEventDate(stated({ start: '-44-03', precision: 'month', end: '-44-07' }))).toBe(
      'March–July 44 BCE',
    );
    expect(
      formatEventDate(stated({ start: '-44-03-01', precision: 'day', end: '-44-03-15' })),
    ).toBe('1–15 March 44 BCE');
    expect(formatEventDate(stated({ start: '-13800000000', precision: 'year', end: '2020' }))).toBe(
      '13.8 billion years ago – 2020',
    );
  });
});

const VIETNAMESE_MONTHS = {
  long: [
    'Tháng Một',
    'Tháng Hai',
    'Tháng Ba',
    'Tháng Tư',
    'Tháng Năm',
    'Tháng Sáu',
    'Tháng Bảy',
    'Tháng Tám',
    'Tháng Chín',
    'Tháng Mười',
    'Tháng Mười Một',
    'Tháng Mười Hai',
  ],
  short: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
};

describe('swappable patterns', () => {
  it('formats with another language when given its patterns and month names', () => {
    const vietnamese = {
      ...ENGLISH_DATE_PATTERNS,
      months: VIETNAMESE_MONTHS,
      day: "'ngày' d 'tháng' M 'năm' yyyy",
    };
    expect(formatPartial('1995-07-11', vietnamese)).toBe('ngày 11 tháng 7 năm 1995');
    expect(formatPartial('2013-07', vietnamese)).toBe('Tháng Bảy 2013');
  });

  it('keeps quoted text in a pattern as it is, month-like letters included', () => {
    expect(
      formatPartial('1995-07', { ...ENGLISH_DATE_PATTERNS, month: "'MMM is' MMMM yyyy" }),
    ).toBe('MMM is July 1995');
  });

  it('takes the words for BCE and deep years from the patterns too', () => {
    const years: YearWords = {
      ...ENGLISH_YEAR_WORDS,
      beforeCommonEra: '{n} TCN',
      millionYearsAgo: '{n} triệu năm trước',
      billionYearsAgo: '{n} tỷ năm trước',
      groupSeparator: '.',
      decimalSeparator: ',',
    };
    const vietnamese = {
      ...ENGLISH_DATE_PATTERNS,
      months: VIETNAMESE_MONTHS,
      year: "'năm' yyyy",
      day: "'ngày' d 'tháng' M 'năm' yyyy",
      years,
    };
    expect(formatPartial('-44-03-15', vietnamese)).toBe('ngày 15 tháng 3 năm 44 TCN');
    expect(formatPartial('-12000', vietnamese)).toBe('năm 12.000 TCN');
    // A phrase in years ago stands alone: "năm" (the year) does not go in front of it.
    expect(formatPartial('-13800000000', vietnamese)).toBe('13,8 tỷ năm trước');
    expect(formatPartial('1995', vietnamese)).toBe('năm 1995');
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
    expect(formatPartial('-44-03-15')).toBe('15 March 44 BCE');
    expect(formatUtcMs(startMs({ year: -44, month: 3, day: 15 }), 'd MMM yyyy')).toBe(
      '15 Mar 44 BCE',
    );
  });
});

describe('formatUtcMs', () => {
  it('reads instants beyond the reach of Date', () => {
    expect(formatUtcMs(startMs({ year: -13_800_000_000 }), 'yyyy')).toBe('13.8 billion years ago');
    expect(formatUtcMs(startMs({ year: -300_000, month: 3, day: 15 }), 'd MMM yyyy')).toBe(
      '15 Mar 300,000 BCE',
    );
    expect(formatUtcMs(startMs({ year: -500 }), 'yyyy')).toBe('500 BCE');
  });

  it('writes a deep year out when the pattern has a month or day in it', () => {
    expect(formatUtcMs(startMs({ year: -65_000_000, month: 6 }), 'MMMM yyyy')).toBe(
      'June 65,000,000 BCE',
    );
  });
});
