import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../src/model/zoomTransform.ts';
import { axisTicks, type Tick } from '../../src/model/timeTicks.ts';

function view(from: number, to: number, width: number) {
  const scale = createTimeScale([from, to], [0, width]);
  const ticks = axisTicks(scale, width);
  const labelled = ticks.filter((tick) => tick.label !== '');
  return { scale, ticks, labelled, labels: labelled.map((tick) => tick.label) };
}

const years = (ticks: Tick[]) => ticks.map((tick) => new Date(tick.ms).getUTCFullYear());

describe('axisTicks chooses the interval from the visible span and width', () => {
  it('labels decades across the whole 135 years on a wide screen', () => {
    const { labelled, labels } = view(Date.UTC(1890, 0, 1), Date.UTC(2025, 0, 1), 1200);
    expect(labels[0]).toBe('1890');
    expect(labels).toContain('1900');
    expect(labels.at(-1)).toBe('2020');
    expect(years(labelled).every((year) => year % 10 === 0)).toBe(true);
    expect(labelled).toHaveLength(14);
  });

  it('marks centuries as major on a decade axis', () => {
    const { labelled } = view(Date.UTC(1890, 0, 1), Date.UTC(2025, 0, 1), 1200);
    const major = labelled.filter((tick) => tick.major).map((tick) => tick.label);
    expect(major).toEqual(['1900', '2000']);
    expect(labelled.find((tick) => tick.label === '1900')?.level).toBe('century');
    expect(labelled.find((tick) => tick.label === '1950')?.level).toBe('decade');
  });

  it('steps by 20 years when even decades would crowd', () => {
    const { labelled } = view(Date.UTC(1890, 0, 1), Date.UTC(2025, 0, 1), 500);
    expect(years(labelled)).toEqual([1900, 1920, 1940, 1960, 1980, 2000, 2020]);
  });

  it('steps by 50 years on a very narrow axis', () => {
    const { labelled } = view(Date.UTC(1890, 0, 1), Date.UTC(2025, 0, 1), 200);
    expect(years(labelled)).toEqual([1900, 1950, 2000]);
  });

  it('labels every year over a decade', () => {
    const { labels, labelled } = view(Date.UTC(1990, 0, 1), Date.UTC(2000, 0, 1), 1200);
    expect(labels).toEqual([
      '1990',
      '1991',
      '1992',
      '1993',
      '1994',
      '1995',
      '1996',
      '1997',
      '1998',
      '1999',
      '2000',
    ]);
    expect(labelled.filter((tick) => tick.major).map((tick) => tick.label)).toEqual([
      '1990',
      '2000',
    ]);
  });

  it('labels months over three years, naming the year on each January', () => {
    const { labelled, labels } = view(Date.UTC(1995, 0, 1), Date.UTC(1998, 0, 1), 1200);
    expect(labelled.every((tick) => new Date(tick.ms).getUTCDate() === 1)).toBe(true);
    expect(labels.slice(0, 5)).toEqual(['1995', 'Apr', 'Jul', 'Oct', '1996']);
    expect(labelled.filter((tick) => tick.major).map((tick) => tick.label)).toEqual([
      '1995',
      '1996',
      '1997',
      '1998',
    ]);
  });

  it('names the year on the first month when no January is on screen', () => {
    const { labels } = view(Date.UTC(1995, 2, 1), Date.UTC(1995, 11, 31), 900);
    expect(labels).toEqual([
      'Mar 1995',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
  });

  it('labels days over two months, with the year on the first', () => {
    const { labelled, labels } = view(Date.UTC(1995, 6, 1), Date.UTC(1995, 8, 1), 1200);
    expect(labelled.every((tick) => tick.level === 'day' || tick.level === 'month')).toBe(true);
    expect(labels[0]).toBe('1 Jul 1995');
    expect(labels).toContain('11 Jul');
    expect(labelled.find((tick) => tick.label === '1 Aug')?.major).toBe(true);
  });

  it('never puts a day tick right before the 1st of the next month', () => {
    const { labelled } = view(Date.UTC(1995, 0, 1), Date.UTC(1995, 2, 31), 1200);
    const days = labelled.map((tick) => new Date(tick.ms).getUTCDate());
    expect(days).not.toContain(31);
    expect(days).not.toContain(26);
  });

  it('adds unlabelled minor ticks that subdivide the labelled ones', () => {
    const { ticks, labelled } = view(Date.UTC(1890, 0, 1), Date.UTC(2025, 0, 1), 1200);
    const minor = ticks.filter((tick) => tick.label === '');
    expect(years(minor).every((year) => year % 2 === 0 && year % 10 !== 0)).toBe(true);
    expect(minor.length).toBeGreaterThan(labelled.length);
    expect(minor.every((tick) => !tick.major)).toBe(true);
  });
});

describe('axisTicks guarantees', () => {
  const spansInDays = [0.5, 3, 20, 61, 200, 400, 1100, 4000, 15000, 49000, 200000];
  const widths = [240, 640, 1200, 2400];
  const starts = [Date.UTC(1890, 0, 1), Date.UTC(1972, 1, 29, 7, 13), Date.UTC(2024, 11, 30)];

  it('keeps labels at least 60 px apart and every tick inside the domain', () => {
    for (const days of spansInDays) {
      for (const width of widths) {
        for (const from of starts) {
          const to = from + days * 86_400_000;
          const { scale, ticks, labelled } = view(from, to, width);
          for (const tick of ticks) {
            expect(tick.ms).toBeGreaterThanOrEqual(from);
            expect(tick.ms).toBeLessThanOrEqual(to);
          }
          for (let i = 1; i < labelled.length; i += 1) {
            const gap = scale((labelled[i] as Tick).ms) - scale((labelled[i - 1] as Tick).ms);
            expect(gap, `${days} days on ${width}px`).toBeGreaterThanOrEqual(60);
          }
          for (let i = 1; i < ticks.length; i += 1) {
            expect((ticks[i] as Tick).ms).toBeGreaterThan((ticks[i - 1] as Tick).ms);
          }
        }
      }
    }
  });

  it('includes a tick that falls exactly on either edge', () => {
    const { labels } = view(Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1), 1200);
    expect(labels[0]).toBe('1900');
    expect(labels.at(-1)).toBe('2000');
  });

  it('returns nothing for an empty view', () => {
    expect(axisTicks(createTimeScale([0, 0], [0, 800]), 800)).toEqual([]);
    expect(axisTicks(createTimeScale([0, 1e10], [0, 0]), 0)).toEqual([]);
  });
});
