import { describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  DATE_SAFE_YEARS,
  MS_PER_YEAR,
  dayPartsOfTime,
  endMsExclusive,
  isDateSafeYear,
  parsePartialDate,
  startMs,
  yearOfTime,
  yearStartMs,
  type DateParts,
} from '../../src/model/partialDate.ts';

const DAY_MS = 86_400_000;

/** What Date itself says, for years it can still hold. */
function dateUtc(year: number, monthIndex = 0, day = 1): number {
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

describe('ordinary dates are unchanged', () => {
  it('places years, months and days where Date.UTC does', () => {
    expect(startMs({ year: 1995, month: 7, day: 11 })).toBe(Date.UTC(1995, 6, 11));
    expect(endMsExclusive({ year: 1995, month: 7, day: 11 })).toBe(Date.UTC(1995, 6, 12));
    expect(startMs({ year: 2000, month: 2 })).toBe(Date.UTC(2000, 1, 1));
    expect(endMsExclusive({ year: 2000, month: 2 })).toBe(Date.UTC(2000, 2, 1));
    expect(endMsExclusive({ year: 1999, month: 12 })).toBe(Date.UTC(2000, 0, 1));
    expect(startMs({ year: 1890 })).toBe(Date.UTC(1890, 0, 1));
    expect(endMsExclusive({ year: 1890 })).toBe(Date.UTC(1891, 0, 1));
  });

  it('reads years 0–99 as themselves, not as 1900–1999', () => {
    expect(startMs({ year: 43 })).toBe(dateUtc(43));
    expect(new Date(startMs({ year: 43 })).getUTCFullYear()).toBe(43);
  });

  it('places BCE years as Date does (astronomical numbering)', () => {
    expect(startMs({ year: -500 })).toBe(dateUtc(-500));
    expect(startMs({ year: -44, month: 3, day: 15 })).toBe(dateUtc(-44, 2, 15));
    expect(endMsExclusive({ year: -1 })).toBe(startMs({ year: 0 }));
  });

  it('still checks the days of a month, leap years included', () => {
    expect(parsePartialDate('1900-02-29')).toBeNull();
    expect(parsePartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parsePartialDate('1995-04-31')).toBeNull();
  });
});

describe('deep time', () => {
  it('continues the calendar beyond the seam exactly as Date does, as far as Date reaches', () => {
    // Past ±DATE_SAFE_YEARS the calendar is worked out by arithmetic; Date still reaches to about
    // ±271,000, where the two can be compared day for day.
    for (let year = DATE_SAFE_YEARS + 1; year < 271_000; year += 997) {
      for (const sign of [1, -1]) {
        const y = sign * year;
        expect(isDateSafeYear(y)).toBe(false);
        expect(startMs({ year: y }), `${y}`).toBe(dateUtc(y));
        expect(startMs({ year: y, month: 3, day: 1 }), `${y}-03-01`).toBe(dateUtc(y, 2, 1));
        expect(endMsExclusive({ year: y, month: 2 }), `end of ${y}-02`).toBe(dateUtc(y, 2, 1));
        expect(endMsExclusive({ year: y }), `end of ${y}`).toBe(dateUtc(y + 1));
      }
    }
  });

  it('keeps values in order across the ±200,000-year seam', () => {
    for (const seam of [-DATE_SAFE_YEARS, DATE_SAFE_YEARS]) {
      const months: DateParts[] = [];
      for (let year = seam - 2; year <= seam + 2; year += 1) {
        for (let month = 1; month <= 12; month += 1) months.push({ year, month });
      }
      for (let i = 1; i < months.length; i += 1) {
        const before = months[i - 1] as DateParts;
        const after = months[i] as DateParts;
        expect(startMs(after)).toBeGreaterThan(startMs(before));
        // No gap and no overlap: each month ends where the next begins.
        expect(endMsExclusive(before)).toBe(startMs(after));
      }
    }
  });

  it('puts 13.8 billion years ago at about 13.8 billion mean years before year 0', () => {
    const bigBang = startMs({ year: -13_800_000_000 });
    expect(Number.isFinite(bigBang)).toBe(true);
    expect(bigBang).toBeCloseTo(yearStartMs(0) - 13_800_000_000 * MS_PER_YEAR, -6);
    expect(Math.abs(bigBang)).toBeLessThan(1e21);
  });

  it('makes a deep year one calendar year long, by the leap-year rule', () => {
    // -13,800,000,000 is a multiple of 400, so a leap year; -13,800,000,100 is not.
    const leap = endMsExclusive({ year: -13_800_000_000 }) - startMs({ year: -13_800_000_000 });
    const common = endMsExclusive({ year: -13_800_000_100 }) - startMs({ year: -13_800_000_100 });
    // At 4e20 ms a float64 resolves about a minute; a day is far coarser.
    expect(Math.abs(leap - 366 * DAY_MS)).toBeLessThan(200_000);
    expect(Math.abs(common - 365 * DAY_MS)).toBeLessThan(200_000);
  });

  it('still tells one day from the next 13.8 billion years ago', () => {
    const first = startMs({ year: -13_800_000_000, month: 7, day: 4 });
    const second = startMs({ year: -13_800_000_000, month: 7, day: 5 });
    expect(Math.abs(second - first - DAY_MS)).toBeLessThan(200_000);
    expect(dayPartsOfTime(first + DAY_MS / 2)).toEqual({
      year: -13_800_000_000,
      month: 7,
      day: 4,
    });
  });

  it('checks the days of a month in deep years too', () => {
    expect(parsePartialDate('-13800000000-02-29')).toEqual({
      year: -13_800_000_000,
      month: 2,
      day: 29,
    });
    expect(parsePartialDate('-13800000100-02-29')).toBeNull();
    expect(parsePartialDate('-300000-04-31')).toBeNull();
    expect(parsePartialDate('-65000000-12-31')).toEqual({ year: -65_000_000, month: 12, day: 31 });
  });
});

describe('yearOfTime', () => {
  const years = [
    -13_800_000_000, -4_540_000_000, -65_000_000, -271_821, -200_001, -200_000, -199_999, -500, -1,
    0, 1, 1970, 1995, 2020, 199_999, 200_000, 200_001, 5_000_000,
  ];

  it('returns the year at the moment it begins, in both regimes', () => {
    for (const year of years) expect(yearOfTime(yearStartMs(year)), `${year}`).toBe(year);
  });

  it('counts the fraction of the year gone by', () => {
    expect(yearOfTime(Date.UTC(1995, 6, 2, 12))).toBeCloseTo(1995.5, 2);
    expect(yearOfTime(Date.UTC(2020, 11, 31, 23, 59))).toBeLessThan(2021);
    const midBigBangYear =
      (startMs({ year: -13_800_000_000 }) + endMsExclusive({ year: -13_800_000_000 })) / 2;
    expect(yearOfTime(midBigBangYear)).toBeCloseTo(-13_800_000_000 + 0.5, 3);
  });

  it('increases with time across the seam', () => {
    const from = yearStartMs(-DATE_SAFE_YEARS - 3);
    const to = yearStartMs(-DATE_SAFE_YEARS + 3);
    let previous = Number.NEGATIVE_INFINITY;
    for (let ms = from; ms <= to; ms += 17 * DAY_MS) {
      const year = yearOfTime(ms);
      expect(year).toBeGreaterThan(previous);
      previous = year;
    }
  });
});

describe('writing a partial date back as text', () => {
  it('puts the sign of a BCE year before its padding', () => {
    expect(formatPartialDate({ year: -44, month: 3, day: 15 })).toBe('-0044-03-15');
    expect(formatPartialDate({ year: -13_800_000_000 })).toBe('-13800000000');
    expect(formatPartialDate({ year: 1995, month: 7 })).toBe('1995-07');
  });
});
