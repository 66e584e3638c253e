import { describe, expect, it } from 'vitest';
import { WIDE_GEOMETRY } from '../../src/model/timelineGeometry.ts';
import { visibleIndexRange, visibleSlice } from '../../src/model/visibleSlice.ts';
import { layoutAtZoom } from '../../src/model/zoomLayout.ts';
import { timelineWithPeriod, toX, WIDTH } from './layoutFixtures.ts';

interface Mark {
  id: string;
  x: number;
}

const marks: Mark[] = [0, 10, 20, 20, 30, 40].map((x, index) => ({ id: `m${index}`, x }));
const byX = (mark: Mark) => mark.x;

describe('visibleIndexRange', () => {
  it('returns the half-open index range of the items on screen', () => {
    expect(visibleIndexRange(marks, byX, 5, 25)).toEqual([1, 4]);
  });

  it('includes items lying exactly on either edge, duplicates too', () => {
    expect(visibleIndexRange(marks, byX, 10, 20)).toEqual([1, 4]);
    expect(visibleIndexRange(marks, byX, 20, 20)).toEqual([2, 4]);
  });

  it('is empty between two items and beyond either end', () => {
    expect(visibleIndexRange(marks, byX, 11, 19)).toEqual([2, 2]);
    expect(visibleIndexRange(marks, byX, -50, -1)).toEqual([0, 0]);
    expect(visibleIndexRange(marks, byX, 41, 90)).toEqual([6, 6]);
  });

  it('is empty for an inverted window', () => {
    expect(visibleIndexRange(marks, byX, 30, 10)).toEqual([0, 0]);
  });

  it('covers everything for a window wider than the data', () => {
    expect(visibleIndexRange(marks, byX, -1, 100)).toEqual([0, 6]);
    expect(visibleIndexRange([], byX, -1, 100)).toEqual([0, 0]);
  });

  it('agrees with filtering on random windows', () => {
    const xs = Array.from({ length: 500 }, (_, i) => Math.floor(((i * 7919) % 1000) / 3)).sort(
      (a, b) => a - b,
    );
    for (let x0 = -10; x0 < 340; x0 += 13) {
      for (const width of [0, 1, 17, 120]) {
        const [from, to] = visibleIndexRange(xs, (x) => x, x0, x0 + width);
        const expected = xs.filter((x) => x >= x0 && x <= x0 + width);
        expect(xs.slice(from, to)).toEqual(expected);
      }
    }
  });
});

describe('the slice on screen', () => {
  const timeline = timelineWithPeriod();

  it('slices the marks whose dot is in view and the periods that overlap it', () => {
    const layout = layoutAtZoom(timeline, toX, 4, WIDTH);
    // Zoom 4, panned to show 2000–2007.5 (x 800 to 1400 at this level): the war's dot (1992)
    // is far left of the view, its bar (to 2010) runs across it.
    const { items } = visibleSlice(layout, { k: 4, x: -800 }, WIDTH, WIDE_GEOMETRY.markRadius);
    expect(items.map((item) => (item.kind === 'mark' ? item.id : item.key))).toEqual([
      'war',
      'middle',
    ]);
  });
});
