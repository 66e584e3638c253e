import { describe, expect, it } from 'vitest';
import { fitLaneRows } from '../../src/model/labelFitting.ts';
import { WIDE_GEOMETRY } from '../../src/model/timelineGeometry.ts';
import { layoutAtZoom } from '../../src/model/zoomLayout.ts';
import { event, lane, prepare, toX, WIDTH } from './layoutFixtures.ts';

describe('lanes grown so that their milestones are labelled', () => {
  /** Milestones on one day, so that at any zoom each needs a row of its own. */
  const sameDay = (count: number, laneTheme: string) =>
    Array.from({ length: count }, (_, index) =>
      event(`${laneTheme}-${index}`, laneTheme, '2000-07-11', 3, `Milestone number ${index}`),
    );
  const sparse = [
    event('s1', 'politics', '1992', 3),
    event('s2', 'politics', '2004', 3),
    event('s3', 'politics', '2016', 3),
  ];

  it('leaves a lane whose milestones all have labels as it is', () => {
    const timeline = prepare(sparse);
    expect(fitLaneRows(timeline, toX, WIDTH)).toBe(timeline);
  });

  it('adds rows to a crowded lane, as many as its milestones need and no more', () => {
    const timeline = prepare([...sparse, ...sameDay(3, 'economy')]);
    expect(lane(timeline, 'economy')?.rows).toBe(2);
    const grown = fitLaneRows(timeline, toX, WIDTH);
    expect(lane(grown, 'economy')?.rows).toBe(3);
    expect(lane(grown, 'politics')).toEqual(lane(timeline, 'politics'));
  });

  it('grows no further than the geometry’s most rows', () => {
    const grown = fitLaneRows(prepare(sameDay(7, 'economy')), toX, WIDTH);
    expect(lane(grown, 'economy')?.rows).toBe(WIDE_GEOMETRY.maxRows);
  });

  it('restacks the lanes below a grown one', () => {
    const timeline = prepare([
      ...sameDay(4, 'politics'),
      ...sparse.map((item) => ({
        ...item,
        themes: ['people'],
      })),
    ]);
    const grown = fitLaneRows(timeline, toX, WIDTH);
    const [first, second] = grown.lanes;
    expect(first!.rows).toBe(4);
    expect(first!.height).toBeGreaterThan(timeline.lanes[0]!.height);
    expect(second!.top).toBe(first!.height);
    expect(grown.height).toBe(first!.height + second!.height);
  });

  it('labels every milestone of the grown lane at the zoom levels a class starts from', () => {
    const grown = fitLaneRows(prepare([...sparse, ...sameDay(4, 'economy')]), toX, WIDTH);
    for (const zoom of [1, 2, 4, 8]) {
      const layout = layoutAtZoom(grown, toX, zoom, WIDTH);
      const milestones = layout.marks.filter((mark) => mark.prepared.event.importance === 3);
      expect(milestones).toHaveLength(7);
      expect(milestones.filter((mark) => mark.row === null).map((mark) => mark.id)).toEqual([]);
    }
  });
});

describe('lanes without overflow rows', () => {
  // 20 px a year: A's whole title would run past the domain's end on the right, so A is
  // wrapped over both rows, and B, near it, finds no row for its label in two.
  const events = [
    event('A', 'politics', '2012', 1, 'Long title number one for A'),
    event('B', 'politics', '2015', 1, 'Another long title for B here'),
  ];

  it('grow a row where a wrapped title leaves another event no row of its own', () => {
    const timeline = prepare(events);
    expect(lane(timeline, 'politics')).toMatchObject({ rows: 2, overflow: false });
    expect(layoutAtZoom(timeline, toX, 1, WIDTH).markOf.get('B')?.row).toBeNull();
    const grown = fitLaneRows(timeline, toX, WIDTH);
    expect(lane(grown, 'politics')).toMatchObject({ rows: 3, overflow: false });
    const layout = layoutAtZoom(grown, toX, 1, WIDTH);
    expect(layout.markOf.get('A')).toMatchObject({ row: 0, form: 1 });
    expect(layout.markOf.get('B')?.row).toBe(2);
  });

  it('get overflow rows where their events cannot all be labelled even so', () => {
    // Every title wider than the whole domain: no label fits on either side.
    const wide = events.map((item) => ({ ...item, title: 'Unbreakable'.repeat(10) }));
    const grown = fitLaneRows(prepare(wide), toX, WIDTH);
    expect(lane(grown, 'politics')?.overflow).toBe(true);
  });

  it('label every event at the check levels once fitted, on random lanes', () => {
    const next = (() => {
      let state = 42;
      return () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
    })();
    let checked = 0;
    for (let trial = 0; trial < 200; trial++) {
      const count = 1 + Math.floor(next() * 2);
      const few = Array.from({ length: count }, (_, index) => {
        const year = String(1990 + Math.floor(next() * 30));
        const words = Array.from({ length: 1 + Math.floor(next() * 8) }, () => 'word');
        return event(`t${trial}-${index}`, 'politics', year, 1, `${index} ${words.join(' ')}`);
      });
      const grown = fitLaneRows(prepare(few), toX, WIDTH);
      const fitted = lane(grown, 'politics')!;
      if (fitted.overflow) continue;
      checked += 1;
      for (const zoom of [1, 2, 4, 8]) {
        const unlabelled = layoutAtZoom(grown, toX, zoom, WIDTH).marks.filter(
          (mark) => mark.row === null,
        );
        expect(unlabelled.map((mark) => `${mark.id} at ${zoom}`)).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
