import { describe, expect, it } from 'vitest';
import { labelExtent } from '../../src/model/labelFitting.ts';
import { layoutAtZoom } from '../../src/model/zoomLayout.ts';
import { timelineWithPeriod, toX, WIDTH } from './layoutFixtures.ts';

describe('the zoom layout', () => {
  const timeline = timelineWithPeriod();

  it('places no label beyond the ends of the domain', () => {
    for (const zoom of [1, 2, 4]) {
      const layout = layoutAtZoom(timeline, toX, zoom, WIDTH);
      for (const mark of layout.marks.filter((candidate) => candidate.row !== null)) {
        const { start, end } = labelExtent(mark);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(WIDTH * zoom);
      }
    }
    // 2019 is 10 px from the end at zoom 1: its label is on the left.
    expect(layoutAtZoom(timeline, toX, 1, WIDTH).markOf.get('late')).toMatchObject({
      side: 'left',
    });
  });
});
