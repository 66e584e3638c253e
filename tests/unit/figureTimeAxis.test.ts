import { describe, expect, it } from 'vitest';
import { fittedTimeAxis, latestPoint } from '../../src/model/figureTimeAxis.ts';

const at = (start: string, value = 1) => ({
  date: {
    start,
    precision: (start.length === 4 ? 'year' : 'day') as 'year' | 'day',
    basis: 'stated' as const,
  },
  value,
});

describe('the figures chart fitted to its series', () => {
  it('spans the years of the points, not the timeline: 2021 and 2022 fill the width', () => {
    const axis = fittedTimeAxis([at('2021'), at('2022')], 400, 16);
    expect(axis.toX(Date.UTC(2021, 0, 1))).toBeCloseTo(16);
    expect(axis.toX(Date.UTC(2023, 0, 1))).toBeCloseTo(384);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['2021', '2022', '2023']);
  });

  it('labels fewer years where there is less room', () => {
    const wide = fittedTimeAxis([at('1995'), at('2024')], 1200);
    const narrow = fittedTimeAxis([at('1995'), at('2024')], 320);
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    expect(narrow.ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of narrow.ticks) expect(Number(tick.label) % 5).toBe(0);
  });

  it('labels the latest point, the first claim of its date', () => {
    const points = [at('2024', 30000), at('1995', 500), at('2024', 31000)];
    expect(latestPoint(points)?.value).toBe(30000);
    expect(latestPoint([])).toBeUndefined();
  });
});
