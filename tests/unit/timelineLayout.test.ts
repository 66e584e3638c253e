import { describe, expect, it } from 'vitest';
import {
  COMPACT_GEOMETRY,
  WIDE_GEOMETRY,
  fitLaneRows,
  layoutAtZoom,
  labelExtent,
  prepareTimeline,
  visibleSlice,
  type PreparedTimeline,
} from '../../src/model/timelineLayout.ts';
import type { EventHead, Theme } from '../../src/model/timelineSchema.ts';

const theme = (id: string): Theme => ({
  id,
  label: id,
  description: '',
  colour: { light: '#1d4ed8', dark: '#8ab4ff' },
});
const themes = ['politics', 'economy', 'people'].map(theme);

function event(
  id: string,
  laneTheme: string,
  start: string,
  importance: 1 | 2 | 3 = 1,
  title = `${id} happens`,
): EventHead {
  const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
  return {
    id,
    title,
    date: { start, precision, basis: 'stated' },
    themes: [laneTheme],
    importance,
    disputes: [],
  };
}

const measure = (text: string) => text.length * 7;
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2020, 0, 1);
/** 1990–2020 over 600 px: 20 px a year. */
const WIDTH = 600;
const toX = (ms: number) => ((ms - FROM) / (TO - FROM)) * WIDTH;

const prepare = (events: EventHead[], compact = false) =>
  prepareTimeline(events, themes, { compact, measure });

const lane = (timeline: PreparedTimeline, key: string) =>
  timeline.lanes.find((candidate) => candidate.key === key);

describe('lanes sized by their content', () => {
  const events = [
    event('p1', 'politics', '1995'),
    event('e1', 'economy', '1995'),
    event('e2', 'economy', '2005'),
    ...['1991', '1995', '2000', '2005', '2010'].map((year) => event(`x${year}`, 'people', year)),
  ];

  it('gives a lane as many label rows as it has events, up to the geometry’s rows', () => {
    const timeline = prepare(events);
    expect(timeline.lanes.map(({ key, rows, overflow }) => ({ key, rows, overflow }))).toEqual([
      { key: 'politics', rows: 1, overflow: false },
      { key: 'economy', rows: 2, overflow: false },
      { key: 'people', rows: WIDE_GEOMETRY.rows, overflow: true },
    ]);
  });

  it('keeps rows for unlabelled marks and clusters only where events outnumber label rows', () => {
    const timeline = prepare(events);
    for (const candidate of timeline.lanes) {
      const count = timeline.events.filter(
        (prepared) => timeline.lanes[prepared.laneIndex] === candidate,
      ).length;
      expect(candidate.rows).toBe(Math.min(WIDE_GEOMETRY.rows, count));
      expect(candidate.overflow).toBe(count > candidate.rows);
    }
  });

  it('stacks the lanes, each at least as high as its name needs', () => {
    const { lanes, height } = prepare(events);
    const { rowHeight, dotRowHeight, lanePadding, minLaneHeight } = WIDE_GEOMETRY;
    expect(lanes.map((candidate) => candidate.height)).toEqual([
      minLaneHeight,
      Math.max(minLaneHeight, 2 * rowHeight + 2 * lanePadding),
      2 * rowHeight + dotRowHeight + rowHeight + 2 * lanePadding,
    ]);
    expect(lanes.map((candidate) => candidate.top)).toEqual([
      0,
      lanes[0]!.height,
      lanes[0]!.height + lanes[1]!.height,
    ]);
    expect(height).toBe(lanes.reduce((sum, candidate) => sum + candidate.height, 0));
  });

  it('in compact mode, puts everything in one lane with the compact rows', () => {
    const few = prepare(events.slice(0, 3), true);
    expect(few.lanes).toMatchObject([{ key: 'all', rows: 3, overflow: false }]);
    const many = Array.from({ length: 12 }, (_, index) =>
      event(`m${index}`, 'people', String(1991 + index)),
    );
    expect(prepare(many, true).lanes).toMatchObject([
      { key: 'all', rows: COMPACT_GEOMETRY.rows, overflow: true },
    ]);
  });
});

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

describe('the zoom layout and the slice on screen', () => {
  const events = [
    event('early', 'politics', '1991', 2),
    event('war', 'politics', '1992', 2),
    event('middle', 'politics', '2005', 2),
    event('late', 'politics', '2019', 2),
  ];
  events[1] = { ...events[1]!, date: { ...events[1]!.date, end: '2010' } };
  const timeline = prepare(events);

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
