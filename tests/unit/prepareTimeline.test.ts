import { describe, expect, it } from 'vitest';
import { COMPACT_GEOMETRY, WIDE_GEOMETRY } from '../../src/model/timelineGeometry.ts';
import { event, prepare } from './layoutFixtures.ts';

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
