import { describe, expect, it } from 'vitest';
import {
  describeRange,
  eraBandsOf,
  firstViewRange,
  timelineDomain,
} from '../../src/model/timelineView.ts';
import { startMs, yearOfTime, yearStartMs } from '../../src/model/partialDate.ts';
import type { Era, EventHead } from '../../src/model/timelineSchema.ts';

const DAY_MS = 86_400_000;

function headAt(start: string, end?: string): EventHead {
  return {
    id: `event-${start}`,
    date: { basis: 'stated', start, precision: 'year', ...(end === undefined ? {} : { end }) },
  } as unknown as EventHead;
}

function era(id: string, start: string): Era {
  return { id, label: id, description: '', startEvent: id, endEvent: null, start, end: start };
}

const vietnam = [headAt('1945'), headAt('1995'), headAt('2025')];
const cosmoMixed = [
  headAt('-13800000000'),
  headAt('-4540000000'),
  headAt('-65000000'),
  headAt('1969'),
  headAt('2020'),
];

describe('timelineDomain', () => {
  it('runs from the first start to the last end, with 1.5% of the span as air on both sides', () => {
    // 1945 to the end of 2025 is 29,585 days; 1.5% of that is 444 days (about 1.2 years), so the
    // domain opens in mid-October 1943 and closes in late March 2027.
    const [from, to] = timelineDomain(vietnam);
    const airBefore = (Date.UTC(1945, 0, 1) - from) / DAY_MS;
    const airAfter = (to - Date.UTC(2026, 0, 1)) / DAY_MS;
    expect(airBefore).toBeCloseTo(443.775, 6);
    expect(airAfter).toBeCloseTo(443.775, 6);
    expect(new Date(from).toISOString().slice(0, 10)).toBe('1943-10-15');
    expect(new Date(to).toISOString().slice(0, 10)).toBe('2027-03-20');
  });

  it('keeps at least two months of air around a short timeline', () => {
    const [from, to] = timelineDomain([headAt('1995-07-11')]);
    expect((Date.UTC(1995, 6, 11) - from) / DAY_MS).toBe(60);
    expect((to - Date.UTC(1995, 6, 12)) / DAY_MS).toBe(60);
  });

  it('fits 13.8 billion years ago and 2020 in one finite domain', () => {
    const [from, to] = timelineDomain(cosmoMixed);
    expect(Number.isFinite(from)).toBe(true);
    expect(Number.isFinite(to)).toBe(true);
    expect(from).toBeLessThan(startMs({ year: -13_800_000_000 }));
    expect(to).toBeGreaterThan(Date.UTC(2021, 0, 1));
    // 1.5% of 13.8 billion years before it: 207 million years of air.
    expect(yearOfTime(from)).toBeCloseTo(-14_007_000_000, -7);
  });

  it('reaches back to a BCE start', () => {
    const [from, to] = timelineDomain([headAt('-753'), headAt('476')]);
    expect(from).toBeLessThan(yearStartMs(-753));
    expect(to).toBeGreaterThan(yearStartMs(477));
  });
});

describe('firstViewRange', () => {
  const years = [1890, 1945, 1950, 1968, 1975, 1992, 1994, 1995, 1995, 2000, 2007, 2013];
  const recent = Array.from({ length: 40 }, (_, i) => 2014 + (i % 12));
  const seedsLike = [...years, ...recent].map((year) => headAt(String(year)));

  it('starts where the dense years begin, not at the lone early events, and runs to the end', () => {
    const domain = timelineDomain(seedsLike);
    const range = firstViewRange(seedsLike, domain);
    expect(range).toBeDefined();
    const [from, to] = range as [number, number];
    expect(to).toBe(domain[1]);
    expect(yearOfTime(from)).toBeGreaterThan(1975);
    expect(yearOfTime(from)).toBeLessThanOrEqual(1995);
  });

  it('shows everything when the events are spread evenly from the start', () => {
    const even = Array.from({ length: 20 }, (_, i) => headAt(String(1900 + i * 5)));
    const domain = timelineDomain(even);
    const range = firstViewRange(even, domain);
    // A tenth of evenly spread events is a tenth of the span: still most of it is shown.
    const [from, to] = range as [number, number];
    expect((to - from) / (domain[1] - domain[0])).toBeGreaterThan(0.85);
    expect(firstViewRange(even.slice(0, 5), domain)).toBeUndefined();
  });
});

describe('describeRange', () => {
  it('names ordinary ranges as before', () => {
    expect(describeRange(Date.UTC(1945, 0, 1), Date.UTC(2025, 0, 1))).toEqual({
      from: '1945',
      to: '2025',
    });
    expect(describeRange(Date.UTC(1995, 0, 1), Date.UTC(1995, 5, 1))).toEqual({
      from: 'January 1995',
      to: 'June 1995',
    });
    expect(describeRange(Date.UTC(1995, 6, 1), Date.UTC(1995, 6, 20))).toEqual({
      from: '1 July 1995',
      to: '20 July 1995',
    });
  });

  it('names BCE ranges in BCE', () => {
    expect(describeRange(yearStartMs(-753), yearStartMs(-44))).toEqual({
      from: '753 BCE',
      to: '44 BCE',
    });
  });

  it('names a cosmological range in round billions of years', () => {
    const { from, to } = describeRange(yearStartMs(-13_800_000_000), Date.UTC(2020, 0, 1));
    expect(from).toBe('13.8 billion years ago');
    expect(to).toBe('now');
  });

  it('names a range zoomed to a few years in deep time by its years, written out', () => {
    expect(describeRange(yearStartMs(-65_000_003), yearStartMs(-65_000_001))).toEqual({
      from: '65,000,003 BCE',
      to: '65,000,001 BCE',
    });
  });
});

describe('eras in deep time', () => {
  it('places era bands in order along a cosmological axis', () => {
    const eras = [era('stars', '-13600000000'), era('earth', '-4540000000'), era('us', '-300000')];
    const domain = timelineDomain(cosmoMixed);
    const toX = (ms: number) => ((ms - domain[0]) / (domain[1] - domain[0])) * 1000;
    const bands = eraBandsOf(eras, toX, domain[1]);
    expect(bands.map((band) => band.id)).toEqual(['stars', 'earth', 'us']);
    for (const band of bands) {
      expect(Number.isFinite(band.x0) && Number.isFinite(band.x1)).toBe(true);
      expect(band.x1).toBeGreaterThan(band.x0);
    }
    expect(bands[0]?.x1).toBe(bands[1]?.x0);
    expect(bands.at(-1)?.x1).toBeCloseTo(1000, 6);
  });
});
