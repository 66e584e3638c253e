import { describe, expect, it } from 'vitest';
import { createBaseScale, domainMs, transformShowing } from '../../src/model/timeScale.ts';
import { LABEL_CHAR_WIDTH_PX, LABEL_GAP_PX, type Tick } from '../../src/model/axisTick.ts';
import { axisTicks } from '../../src/model/timeTicks.ts';
import { DATE_SAFE_YEARS, yearOfTime, yearStartMs } from '../../src/model/partialDate.ts';
import { timelineDomain } from '../../src/model/timelineView.ts';
import type { EventHead } from '../../src/model/timelineSchema.ts';

function view(from: number, to: number, width: number) {
  const scale = createBaseScale([from, to], width);
  const ticks = axisTicks([from, to], width);
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
    expect(axisTicks([0, 0], 800)).toEqual([]);
    expect(axisTicks([0, 1e10], 0)).toEqual([]);
  });
});

/** The axis between the starts of two years, which may lie far beyond the reach of Date. */
function yearsView(fromYear: number, toYear: number, width: number) {
  return view(yearStartMs(fromYear), yearStartMs(toYear), width);
}

const tickYear = (tick: Tick) => Math.round(yearOfTime(tick.ms));

function headAt(id: string, start: string, end?: string): EventHead {
  return {
    id,
    date: { basis: 'stated', start, precision: 'year', ...(end === undefined ? {} : { end }) },
  } as unknown as EventHead;
}

/** TimelineJS's "cosmo-mixed" example: from the Big Bang to 2020. */
const cosmoMixed = [
  headAt('big-bang', '-13800000000'),
  headAt('earth', '-4540000000'),
  headAt('dinosaurs', '-65000000'),
  headAt('rome', '-753'),
  headAt('moon', '1969'),
  headAt('pandemic', '2020'),
];

describe('axisTicks before the common era', () => {
  it("labels 500 BCE '500 BCE', not '-0500'", () => {
    const { labels } = yearsView(-1000, 1, 1200);
    expect(labels).toContain('500 BCE');
    expect(labels[0]).toBe('1000 BCE');
    expect(labels.join(' ')).not.toMatch(/-\d|\b0\d/);
  });

  it('names the months of a BCE year like any other', () => {
    const { labels } = yearsView(-44, -43, 1200);
    expect(labels.slice(0, 3)).toEqual(['44 BCE', 'Feb', 'Mar']);
  });

  it('does not name "1 BCE" twice where the years -1 and 0 meet', () => {
    const { labels } = yearsView(-5, 5, 1200);
    expect(labels.filter((label) => label === '1 BCE')).toHaveLength(1);
    expect(labels).toEqual(['5 BCE', '4 BCE', '3 BCE', '2 BCE', '1 BCE', '1', '2', '3', '4', '5']);
  });

  it('counts round years, not calendar ticks, over more than 5,000 years', () => {
    const { labels, labelled } = yearsView(-8000, 2000, 1200);
    expect(labels).toEqual([
      '8000 BCE',
      '7000 BCE',
      '6000 BCE',
      '5000 BCE',
      '4000 BCE',
      '3000 BCE',
      '2000 BCE',
      '1000 BCE',
      '1 BCE',
      '1000',
      '2000',
    ]);
    expect(labelled.every((tick) => tick.ms === yearStartMs(tickYear(tick)))).toBe(true);
  });

  it('groups the digits of prehistoric years', () => {
    const { labels } = yearsView(-300_000, -100_000, 1200);
    expect(labels[0]).toBe('300,000 BCE');
    expect(labels).toContain('200,000 BCE');
    expect(labels.at(-1)).toBe('100,000 BCE');
  });
});

describe('axisTicks in deep time', () => {
  it("reads a cosmological timeline's axis in billions of years, up to now", () => {
    const [from, to] = timelineDomain(cosmoMixed);
    const { labels, labelled } = view(from, to, 1200);
    expect(labels).toContain('10 billion years ago');
    expect(labels.at(-1)).toBe('now');
    expect(labels.every((label) => /^(\d+ billion years ago|now)$/.test(label))).toBe(true);
    expect(labelled.find((tick) => tick.label === 'now')?.major).toBe(true);
    expect(labelled.find((tick) => tick.label === 'now')?.level).toBe('deep');
  });

  it('reads the age of the dinosaurs in millions of years', () => {
    const { labels } = yearsView(-70_000_000, -60_000_000, 1200);
    expect(labels).toContain('66 million years ago');
    expect(labels.every((label) => /^\d+ million years ago$/.test(label))).toBe(true);
  });

  it('gives the ticks of one axis as many decimals as their step needs', () => {
    const { labels } = yearsView(-1_010_000_000, -990_000_000, 1200);
    expect(labels).toEqual([
      '1.01 billion years ago',
      '1.005 billion years ago',
      '1 billion years ago',
      '995 million years ago',
      '990 million years ago',
    ]);
  });

  it('writes years out in full when zoomed to single years in deep time', () => {
    const { labels } = yearsView(-5_000_000_000, -4_999_999_998, 1200);
    expect(labels).toEqual(['5,000,000,000 BCE', '4,999,999,999 BCE', '4,999,999,998 BCE']);
  });

  it('ticks straight across the ±200,000-year seam', () => {
    const { labels, labelled } = yearsView(-DATE_SAFE_YEARS - 10, -DATE_SAFE_YEARS + 10, 1200);
    expect(labels).toContain('200,000 BCE');
    const years = labelled.map(tickYear);
    const steps = new Set(years.slice(1).map((year, i) => year - (years[i] as number)));
    expect(steps.size).toBe(1);
  });

  it('reads zoomed in on the last centuries of a cosmological timeline as an ordinary axis', () => {
    const domain = timelineDomain(cosmoMixed);
    const base = createBaseScale(domain, 1200);
    const showing = (fromMs: number, toMs: number) => {
      const visible = transformShowing(base(fromMs), base(toMs), 1200).rescaleX(base);
      return axisTicks(domainMs(visible), 1200)
        .filter((tick) => tick.label !== '')
        .map((tick) => tick.label);
    };
    const centuries = showing(Date.UTC(1800, 0, 1), Date.UTC(2025, 0, 1));
    expect(centuries).toContain('1900');
    expect(centuries.every((label) => /^\d{4}$/.test(label))).toBe(true);
    const months = showing(Date.UTC(1969, 0, 1), Date.UTC(1970, 0, 1));
    expect(months).toContain('Jul');
  });
});

describe('axisTicks guarantees in deep time', () => {
  const spansInYears = [1, 3, 12, 150, 4_000, 6_000, 80_000, 2_000_000, 3e8, 1.4e10];
  const widths = [240, 640, 1200, 2400];
  const startYears = [-13_800_000_000, -65_000_003, -200_005, -120_000, -3_000, -1];

  it('keeps labels at least 60 px apart, clear of each other, from 13.8 billion years down to a year', () => {
    for (const years of spansInYears) {
      for (const width of widths) {
        for (const fromYear of startYears) {
          const from = yearStartMs(fromYear) + 0.37 * 86_400_000;
          const to = yearStartMs(fromYear + years) + 0.37 * 86_400_000;
          const { scale, ticks, labelled } = view(from, to, width);
          const where = `${years} years from ${fromYear} on ${width}px`;
          expect(labelled.length, where).toBeGreaterThan(0);
          for (const tick of ticks) {
            expect(tick.ms, where).toBeGreaterThanOrEqual(from);
            expect(tick.ms, where).toBeLessThanOrEqual(to);
          }
          for (let i = 1; i < ticks.length; i += 1) {
            expect((ticks[i] as Tick).ms, where).toBeGreaterThan((ticks[i - 1] as Tick).ms);
          }
          for (let i = 1; i < labelled.length; i += 1) {
            const left = labelled[i - 1] as Tick;
            const right = labelled[i] as Tick;
            const gap = scale(right.ms) - scale(left.ms);
            expect(gap, where).toBeGreaterThanOrEqual(60);
            const halfWidths = ((left.label.length + right.label.length) / 2) * LABEL_CHAR_WIDTH_PX;
            expect(gap, `${where}: ${left.label} | ${right.label}`).toBeGreaterThanOrEqual(
              halfWidths + LABEL_GAP_PX,
            );
            expect(right.label, where).not.toBe(left.label);
          }
          for (const { label } of labelled) expect(label, where).not.toMatch(/-\d|NaN|Invalid/);
        }
      }
    }
  });

  it('keeps the zoom-out limit of a cosmological timeline finite', () => {
    const [from, to] = timelineDomain(cosmoMixed);
    expect(Number.isFinite(from) && Number.isFinite(to)).toBe(true);
    expect(axisTicks([from, to], 800).length).toBeGreaterThan(0);
  });
});
