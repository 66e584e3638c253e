import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../src/model/visibleSlice.ts';

interface Mark {
  id: string;
  x: number;
}

const marks: Mark[] = [0, 10, 20, 20, 30, 40].map((x, index) => ({ id: `m${index}`, x }));
const byX = (mark: Mark) => mark.x;

describe('visibleRange', () => {
  it('returns the half-open index range of the items on screen', () => {
    expect(visibleRange(marks, byX, 5, 25)).toEqual([1, 4]);
  });

  it('includes items lying exactly on either edge, duplicates too', () => {
    expect(visibleRange(marks, byX, 10, 20)).toEqual([1, 4]);
    expect(visibleRange(marks, byX, 20, 20)).toEqual([2, 4]);
  });

  it('is empty between two items and beyond either end', () => {
    expect(visibleRange(marks, byX, 11, 19)).toEqual([2, 2]);
    expect(visibleRange(marks, byX, -50, -1)).toEqual([0, 0]);
    expect(visibleRange(marks, byX, 41, 90)).toEqual([6, 6]);
  });

  it('is empty for an inverted window', () => {
    expect(visibleRange(marks, byX, 30, 10)).toEqual([0, 0]);
  });

  it('covers everything for a window wider than the data', () => {
    expect(visibleRange(marks, byX, -1, 100)).toEqual([0, 6]);
    expect(visibleRange([], byX, -1, 100)).toEqual([0, 0]);
  });

  it('agrees with filtering on random windows', () => {
    const xs = Array.from({ length: 500 }, (_, i) => Math.floor(((i * 7919) % 1000) / 3)).sort(
      (a, b) => a - b,
    );
    for (let x0 = -10; x0 < 340; x0 += 13) {
      for (const width of [0, 1, 17, 120]) {
        const [from, to] = visibleRange(xs, (x) => x, x0, x0 + width);
        const expected = xs.filter((x) => x >= x0 && x <= x0 + width);
        expect(xs.slice(from, to)).toEqual(expected);
      }
    }
  });
});
