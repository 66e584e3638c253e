import { describe, expect, it } from 'vitest';
import {
  chooseValueScale,
  formatValue,
  LOG_SCALE_FROM_RATIO,
} from '../../src/model/figureScale.ts';

describe('choosing the value axis of the figures chart', () => {
  it('reads two-way trade (0.45 to ~150 billion) on a logarithmic axis', () => {
    const scale = chooseValueScale([0.45, 0.451, 0.5, 1.09, 90, 111.55, 123.91, 124, 150]);
    expect(scale.kind).toBe('log');
    expect(scale.domain).toEqual([0.1, 1000]);
    expect(scale.ticks).toEqual([0.1, 1, 10, 100, 1000].map((tick) => expect.closeTo(tick, 9)));
  });

  it('keeps a narrow range (11 to 11.8 billion) linear and starting at zero', () => {
    const scale = chooseValueScale([11, 11.8]);
    expect(scale.kind).toBe('linear');
    expect(scale.domain[0]).toBe(0);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(11.8);
  });

  it(`switches to log only from a ${LOG_SCALE_FROM_RATIO}× spread, and never with zero or negatives`, () => {
    expect(chooseValueScale([1, LOG_SCALE_FROM_RATIO - 1]).kind).toBe('linear');
    expect(chooseValueScale([1, LOG_SCALE_FROM_RATIO]).kind).toBe('log');
    expect(chooseValueScale([0, 1, 1000]).kind).toBe('linear');
    expect(chooseValueScale([-5, 1000]).kind).toBe('linear');
  });

  it('places values from the bottom, monotonically, inside the plot', () => {
    for (const values of [
      [0.45, 150],
      [500, 31000],
      [6, 50],
    ]) {
      const scale = chooseValueScale(values);
      const ys = [...values].sort((a, b) => a - b).map((value) => scale.toY(value, 100));
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      for (const y of ys) {
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(100);
      }
    }
  });

  it('writes values as people do', () => {
    expect(formatValue(0.45)).toBe('0.45');
    expect(formatValue(123.91)).toBe('124');
    expect(formatValue(31000)).toBe('31,000');
    expect(formatValue(11.8)).toBe('11.8');
  });
});
