import * as d3 from 'd3-time';
import { describe, expect, it } from 'vitest';
import { utcDay, utcMonth, utcYear } from '../../src/model/utcIntervals.ts';

const pairs = [
  ['day', utcDay, d3.utcDay],
  ['month', utcMonth, d3.utcMonth],
  ['year', utcYear, d3.utcYear],
] as const;

const spans: [string, string][] = [
  ['1995-07-11T13:45:00Z', '1995-09-02T00:00:00Z'],
  ['1890-01-01T00:00:00Z', '2025-12-31T00:00:00Z'],
  ['2024-02-27T00:00:00Z', '2024-03-02T00:00:00Z'],
  ['0044-03-01T00:00:00Z', '0046-01-01T00:00:00Z'],
];

describe('our UTC intervals agree with d3-time', () => {
  for (const [name, ours, theirs] of pairs) {
    it(`${name}: floor, offset and range match d3's on dates across centuries and leap days`, () => {
      for (const [from, to] of spans) {
        const start = new Date(from);
        const stop = new Date(to);
        expect(ours.floor(start).toISOString()).toBe(theirs.floor(start).toISOString());
        expect(ours.offset(start, 3).toISOString()).toBe(theirs.offset(start, 3).toISOString());
        expect(ours.range(start, stop).map(String)).toEqual(theirs.range(start, stop).map(String));
      }
    });
  }

  it('filtered intervals (every 3rd month, every 5th year) range like d3 filters', () => {
    const start = new Date('1990-02-15T00:00:00Z');
    const stop = new Date('2030-01-01T00:00:00Z');
    const quarter = (date: Date) => date.getUTCMonth() % 3 === 0;
    const lustrum = (date: Date) => date.getUTCFullYear() % 5 === 0;
    expect(utcMonth.filter(quarter).range(start, stop).map(String)).toEqual(
      d3.utcMonth.filter(quarter).range(start, stop).map(String),
    );
    expect(utcYear.filter(lustrum).range(start, stop).map(String)).toEqual(
      d3.utcYear.filter(lustrum).range(start, stop).map(String),
    );
    expect(utcYear.filter(lustrum).floor(start).toISOString()).toBe(
      d3.utcYear.filter(lustrum).floor(start).toISOString(),
    );
  });
});
