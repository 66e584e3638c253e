import { describe, expect, it } from 'vitest';
import {
  layoutLane,
  quantiseZoom,
  type LaneLayout,
  type LaneLayoutOptions,
  type LayoutItem,
} from '../../src/model/laneLayout.ts';

const OPTIONS: LaneLayoutOptions = { rows: 2, markRadius: 4, labelGap: 4, clusterWidth: 24 };

function point(id: string, x: number, importance: 1 | 2 | 3 = 1, labelWidth = 60): LayoutItem {
  return { id, anchorX: x, startX: x, endX: x, importance, labelWidth, isPeriod: false };
}

function period(id: string, startX: number, endX: number, labelWidth = 60): LayoutItem {
  return { id, anchorX: startX, startX, endX, importance: 2, labelWidth, isPeriod: true };
}

/** A small seeded PRNG (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomItems(count: number, seed: number, worldWidth: number): LayoutItem[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const anchorX = next() * worldWidth;
    const isPeriod = next() < 0.15;
    const endX = isPeriod ? anchorX + next() * worldWidth * 0.05 : anchorX;
    const roll = next();
    const importance = roll < 0.05 ? 3 : roll < 0.35 ? 2 : 1;
    return {
      id: `event-${index}`,
      anchorX,
      startX: anchorX,
      endX,
      importance,
      labelWidth: 20 + Math.floor(next() * 140),
      isPeriod,
    };
  });
}

function footprint(item: LayoutItem, options: LaneLayoutOptions, scale = 1): [number, number] {
  const anchor = item.anchorX * scale;
  return [
    Math.min(item.startX * scale, anchor - options.markRadius),
    Math.max(item.endX * scale, anchor + options.markRadius + options.labelGap + item.labelWidth),
  ];
}

/** Rows whose labelled footprints overlap, as "row: id/id" strings; empty when all is well. */
function overlapsInRows(
  layout: LaneLayout,
  items: readonly LayoutItem[],
  options: LaneLayoutOptions,
  scale = 1,
): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rows = new Map<number, { id: string; span: [number, number] }[]>();
  for (const mark of layout.marks) {
    if (mark.row === null) continue;
    const item = byId.get(mark.id);
    if (item === undefined) throw new Error(`unknown id ${mark.id}`);
    const row = rows.get(mark.row) ?? [];
    row.push({ id: mark.id, span: footprint(item, options, scale) });
    rows.set(mark.row, row);
  }
  const overlaps: string[] = [];
  for (const [row, placed] of rows) {
    placed.sort((a, b) => a.span[0] - b.span[0]);
    for (let i = 1; i < placed.length; i += 1) {
      const before = placed[i - 1]!;
      const after = placed[i]!;
      if (before.span[1] > after.span[0]) overlaps.push(`${row}: ${before.id}/${after.id}`);
    }
  }
  return overlaps;
}

function clusterGaps(layout: LaneLayout, scale = 1): number[] {
  return layout.clusters.slice(1).map((cluster, i) => (cluster.x - layout.clusters[i]!.x) * scale);
}

describe('layoutLane placing labelled marks', () => {
  it('puts events far apart in the first row with their labels to the right', () => {
    const layout = layoutLane([point('a', 0), point('b', 500)], OPTIONS);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks).toEqual([
      { id: 'a', x: 0, row: 0, labelX: 8, labelEnd: 68 },
      { id: 'b', x: 500, row: 0, labelX: 508, labelEnd: 568 },
    ]);
  });

  it('moves an event whose label would collide into the next free row', () => {
    const layout = layoutLane([point('a', 0), point('b', 30), point('c', 100)], OPTIONS);
    expect(layout.marks.map((mark) => [mark.id, mark.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('lets a period block its row for its whole length', () => {
    const layout = layoutLane([period('war', 0, 400), point('inside', 300)], OPTIONS);
    expect(layout.marks.find((mark) => mark.id === 'inside')?.row).toBe(1);
  });

  it('gives milestones first pick of the rows, even when they come later', () => {
    const items = [point('early', 0, 1), point('middle', 20, 1), point('milestone', 40, 3)];
    const layout = layoutLane(items, OPTIONS);
    expect(layout.marks.find((mark) => mark.id === 'milestone')?.row).toBe(0);
    expect(layout.marks.find((mark) => mark.id === 'early')?.row).toBe(1);
  });

  it('lists marks from left to right', () => {
    const layout = layoutLane([point('c', 300, 3), point('a', 0), point('b', 150, 2)], OPTIONS);
    expect(layout.marks.map((mark) => mark.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('layoutLane when the rows are full', () => {
  const oneRow = { ...OPTIONS, rows: 1 };

  it('gathers crowded events into a cluster in the row below the labelled rows', () => {
    const items = [point('first', 0, 2), point('b', 10), point('c', 20), point('d', 30)];
    const layout = layoutLane(items, oneRow);
    expect(layout.marks.map((mark) => [mark.id, mark.row])).toEqual([['first', 0]]);
    expect(layout.clusters).toEqual([
      { x: 20, x0: 10, x1: 30, row: 1, ids: ['b', 'c', 'd'], count: 3, maxImportance: 1 },
    ]);
  });

  it('spans a cluster over its members, periods included', () => {
    const items = [point('first', 0, 3), period('long', 5, 900), point('b', 12)];
    const [cluster] = layoutLane(items, oneRow).clusters;
    expect(cluster).toMatchObject({ x0: 5, x1: 900, ids: ['long', 'b'], maxImportance: 2 });
  });

  it('keeps a crowded milestone visible as an unlabelled mark, never in a cluster', () => {
    const items = [point('a', 0, 3), point('b', 10, 3), point('c', 20, 1), point('d', 25, 1)];
    const layout = layoutLane(items, oneRow);
    expect(layout.marks.find((mark) => mark.id === 'b')).toMatchObject({ row: null, x: 10 });
    expect(layout.clusters.flatMap((cluster) => cluster.ids)).toEqual(['c', 'd']);
  });

  it('leaves a lone crowded event as an unlabelled mark rather than a cluster of one', () => {
    const layout = layoutLane([point('a', 0, 2), point('b', 10)], oneRow);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks.find((mark) => mark.id === 'b')?.row).toBeNull();
  });

  it('starts a new cluster once events are further than the cluster width from its first', () => {
    const items = [point('label', 0, 3, 400)];
    for (const x of [10, 20, 34, 60, 70]) items.push(point(`at-${x}`, x));
    const layout = layoutLane(items, oneRow);
    expect(layout.clusters.map((cluster) => cluster.ids)).toEqual([
      ['at-10', 'at-20', 'at-34'],
      ['at-60', 'at-70'],
    ]);
  });

  it('merges cluster bubbles that would sit closer than their own width', () => {
    const items = [point('label', 0, 3, 400)];
    for (const x of [10, 34, 35, 40]) items.push(point(`at-${x}`, x));
    const layout = layoutLane(items, oneRow);
    // Swept into (10, 34) and (35, 40), whose bubbles at 22 and 37.5 would overlap.
    expect(layout.clusters).toEqual([
      {
        x: 29.75,
        x0: 10,
        x1: 40,
        row: 1,
        ids: ['at-10', 'at-34', 'at-35', 'at-40'],
        count: 4,
        maxImportance: 1,
      },
    ]);
  });

  it('with no rows at all, clusters everything that is not a milestone', () => {
    const layout = layoutLane([point('a', 0, 3), point('b', 1), point('c', 2)], {
      ...OPTIONS,
      rows: 0,
    });
    expect(layout.marks).toEqual([{ id: 'a', x: 0, row: null, labelX: 8, labelEnd: 68 }]);
    expect(layout.clusters[0]?.row).toBe(0);
  });
});

describe('layoutLane guarantees on random data', () => {
  const optionSets: LaneLayoutOptions[] = [
    { rows: 1, markRadius: 4, labelGap: 4, clusterWidth: 24 },
    { rows: 3, markRadius: 5, labelGap: 6, clusterWidth: 30 },
    { rows: 6, markRadius: 3, labelGap: 2, clusterWidth: 16 },
    { rows: 0, markRadius: 4, labelGap: 4, clusterWidth: 40 },
  ];
  const worlds = [2_000, 20_000, 200_000];

  for (const options of optionSets) {
    for (const world of worlds) {
      const seed = options.rows * 1000 + world;
      it(`holds for 2,000 items on ${world}px with ${options.rows} rows`, () => {
        const items = randomItems(2000, seed, world);
        const layout = layoutLane(items, options);

        expect(overlapsInRows(layout, items, options)).toEqual([]);
        expect(clusterGaps(layout).every((gap) => gap >= options.clusterWidth)).toBe(true);

        const seen = [
          ...layout.marks.map((mark) => mark.id),
          ...layout.clusters.flatMap((c) => c.ids),
        ];
        expect(seen).toHaveLength(items.length);
        expect(new Set(seen)).toEqual(new Set(items.map((item) => item.id)));

        const markIds = new Set(layout.marks.map((mark) => mark.id));
        const milestones = items.filter((item) => item.importance === 3);
        expect(milestones.every((item) => markIds.has(item.id))).toBe(true);

        for (const mark of layout.marks) {
          if (mark.row !== null) expect(mark.row).toBeLessThan(options.rows);
        }
        for (const cluster of layout.clusters) {
          expect(cluster.count).toBeGreaterThanOrEqual(2);
          expect(cluster.row).toBe(options.rows);
        }
      });
    }
  }

  it('produces the same layout whatever order the items arrive in', () => {
    const items = randomItems(2000, 7, 20_000);
    const shuffled = [...items];
    const next = random(99);
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(layoutLane(shuffled, optionSets[1]!)).toEqual(layoutLane(items, optionSets[1]!));
  });

  it('stays overlap-free when drawn at a higher zoom than it was computed for', () => {
    const scale = 1.37;
    for (const [index, options] of optionSets.entries()) {
      const items = randomItems(2000, 500 + index, 20_000);
      const layout = layoutLane(items, options);
      expect(overlapsInRows(layout, items, options, scale)).toEqual([]);
      expect(clusterGaps(layout, scale).every((gap) => gap >= options.clusterWidth)).toBe(true);
    }
  });

  it('uses fewer clusters as the zoom level grows', () => {
    const items = randomItems(2000, 11, 5_000);
    const zoomed = (k: number) =>
      items.map((item) => ({
        ...item,
        anchorX: item.anchorX * k,
        startX: item.startX * k,
        endX: item.endX * k,
      }));
    const clustered = [1, 4, 16].map((k) =>
      layoutLane(zoomed(k), OPTIONS).clusters.reduce((sum, c) => sum + c.count, 0),
    );
    expect(clustered[0]).toBeGreaterThan(clustered[1]!);
    expect(clustered[1]).toBeGreaterThan(clustered[2]!);
  });
});

describe('layoutLane input checks', () => {
  it('rejects options and positions it cannot lay out', () => {
    expect(() => layoutLane([], { ...OPTIONS, rows: 1.5 })).toThrow(RangeError);
    expect(() => layoutLane([], { ...OPTIONS, clusterWidth: -1 })).toThrow(RangeError);
    expect(() => layoutLane([point('a', Number.NaN)], OPTIONS)).toThrow(RangeError);
    const unranked = { ...point('a', 0), importance: 4 } as unknown as LayoutItem;
    expect(() => layoutLane([unranked], OPTIONS)).toThrow(RangeError);
  });
});

describe('quantiseZoom', () => {
  it('returns the largest eighth-of-an-octave step not above k', () => {
    expect(quantiseZoom(1)).toBe(1);
    expect(quantiseZoom(2)).toBe(2);
    expect(quantiseZoom(1.5)).toBeCloseTo(2 ** (4 / 8), 12);
    expect(quantiseZoom(0.7)).toBeCloseTo(2 ** (-5 / 8), 12);
    expect(quantiseZoom(3, 1)).toBe(2);
  });

  it('lands within one step below k for any zoom', () => {
    const next = random(3);
    for (let i = 0; i < 1000; i += 1) {
      const k = 2 ** (next() * 20 - 6);
      const quantised = quantiseZoom(k);
      expect(quantised).toBeLessThanOrEqual(k);
      expect(quantised * 2 ** (1 / 8)).toBeGreaterThan(k);
    }
  });

  it('is exact on every step, so a zoom on a step keeps its own layout', () => {
    for (let i = -40; i <= 80; i += 1) {
      const step = 2 ** (i / 8);
      expect(quantiseZoom(step)).toBe(step);
    }
  });

  it('rejects a zoom that is not positive', () => {
    expect(() => quantiseZoom(0)).toThrow(RangeError);
    expect(() => quantiseZoom(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
