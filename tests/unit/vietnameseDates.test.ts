import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH_DATE_PATTERNS, useDatePatterns } from '../../src/model/dateLabelPatterns.ts';
import { formatEventDate, formatPartial, formatYear } from '../../src/model/formatDate.ts';
import { formatValue } from '../../src/model/figureScale.ts';
import { startMs } from '../../src/model/partialDate.ts';
import { ENGLISH_TICK_PATTERNS } from '../../src/model/axisTick.ts';
import { axisTicks, useTickPatterns } from '../../src/model/timeTicks.ts';
import { describeRange } from '../../src/model/timelineView.ts';
import type { EventDate } from '../../src/model/timelineSchema.ts';
import { vi as dateFnsVietnamese } from 'date-fns/locale/vi';
import {
  VIETNAMESE_DATE_PATTERNS as vi,
  VIETNAMESE_MONTHS,
  VIETNAMESE_TICK_PATTERNS,
} from '../../src/model/vietnameseDates.ts';

const stated = (date: Omit<EventDate, 'basis'>): EventDate => ({ basis: 'stated', ...date });
const ms = (iso: string) => {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return startMs({ year: Number(parts?.[1]), month: Number(parts?.[2]), day: Number(parts?.[3]) });
};

afterEach(() => {
  useDatePatterns(ENGLISH_DATE_PATTERNS);
  useTickPatterns(ENGLISH_TICK_PATTERNS);
});

describe("the axis's short month names", () => {
  it("are date-fns's vi locale's abbreviated months, written out", () => {
    const fromLocale = Array.from({ length: 12 }, (_, index) =>
      dateFnsVietnamese.localize.month(index as 0, { width: 'abbreviated', context: 'formatting' }),
    );
    expect(VIETNAMESE_MONTHS.short).toEqual(fromLocale);
  });
});

describe('Vietnamese dates at their own precision', () => {
  it('writes day, month and year the way running text does, the month unpadded', () => {
    expect(formatPartial('1995-07-11', vi)).toBe('ngày 11 tháng 7 năm 1995');
    expect(formatPartial('2013-07', vi)).toBe('tháng 7 năm 2013');
    expect(formatPartial('2000', vi)).toBe('năm 2000');
  });

  it('writes years before the common era with TCN, and deep time in words', () => {
    expect(formatPartial('-0490', vi)).toBe('năm 490 TCN');
    expect(formatYear(-12_000, { pattern: vi.year, words: vi.years })).toBe('năm 12.000 TCN');
    expect(formatYear(-65_000_000, { pattern: vi.year, words: vi.years })).toBe(
      '65 triệu năm trước',
    );
    expect(formatYear(-13_800_000_000, { words: vi.years })).toBe('13,8 tỷ năm trước');
  });
});

describe('Vietnamese ranges', () => {
  it('reads "từ … đến …", leaving out of the start what the end says', () => {
    expect(formatEventDate(stated({ start: '1995', precision: 'year', end: '2000' }), vi)).toBe(
      'từ năm 1995 đến năm 2000',
    );
    expect(
      formatEventDate(stated({ start: '1995-07-04', precision: 'day', end: '1995-07-11' }), vi),
    ).toBe('từ ngày 4 đến ngày 11 tháng 7 năm 1995');
    expect(
      formatEventDate(stated({ start: '2025-03-31', precision: 'day', end: '2025-04-04' }), vi),
    ).toBe('từ ngày 31 tháng 3 đến ngày 4 tháng 4 năm 2025');
    expect(
      formatEventDate(stated({ start: '2013-03', precision: 'month', end: '2013-07' }), vi),
    ).toBe('từ tháng 3 đến tháng 7 năm 2013');
  });

  it('is the page language once set, and English again after', () => {
    useDatePatterns(vi);
    expect(formatEventDate(stated({ start: '1995-07-11', precision: 'day' }))).toBe(
      'ngày 11 tháng 7 năm 1995',
    );
    expect(describeRange(ms('1990-01-01'), ms('2025-01-01'))).toEqual({
      from: 'năm 1990',
      to: 'năm 2025',
    });
    useDatePatterns(ENGLISH_DATE_PATTERNS);
    expect(formatPartial('1995-07-11')).toBe('11 July 1995');
  });
});

describe('Vietnamese axis ticks and numbers', () => {
  it('keeps ticks short: years, "thg 7", "11/7"', () => {
    useTickPatterns(VIETNAMESE_TICK_PATTERNS);
    const months = axisTicks([ms('1995-01-01'), ms('1995-12-31')], 1200).filter((t) => t.label);
    expect(months.map((tick) => tick.label)).toContain('thg 7');
    const days = axisTicks([ms('1995-07-01'), ms('1995-07-20')], 1200).filter((t) => t.label);
    expect(days.map((tick) => tick.label)).toContain('11/7');
    const years = axisTicks([ms('1990-01-01'), ms('2020-01-01')], 1200).filter((t) => t.label);
    expect(years.map((tick) => tick.label)).toContain('2000');
  });

  it('writes numbers with a decimal comma and a thousands dot', () => {
    useDatePatterns(vi);
    expect(formatValue(1.09)).toBe('1,09');
    expect(formatValue(31_000)).toBe('31.000');
    useDatePatterns(ENGLISH_DATE_PATTERNS);
    expect(formatValue(31_000)).toBe('31,000');
  });
});
