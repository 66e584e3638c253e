import { describe, expect, it } from 'vitest';
import {
  type LabelChoice,
  type LaneLayout,
  type LaneLayoutOptions,
  type LayoutItem,
  layoutLane,
  type PlacedMark,
} from '../../src/model/laneLayout.ts';
import { createRandom as random } from '../bench/syntheticTimeline.ts';

const OPTIONS: LaneLayoutOptions = {
  rows: 2,
  markRadius: 4,
  labelGap: 4,
  labelSpacing: 6,
  clusterWidth: 24,
};

/** The whole title on one line. */
const whole = (width: number): LabelChoice => ({ width, rows: 1, short: false });
/** The title wrapped over two rows. */
const wrapped = (width: number): LabelChoice => ({ width, rows: 2, short: false });
/** The first words and an ellipsis. */
const short = (width: number): LabelChoice => ({ width, rows: 1, short: true });

/** A moment with its whole title as its only label; milestones must be labelled. */
function point(
  id: string,
  x: number,
  importance: 1 | 2 | 3 = 1,
  labelWidth = 60,
  labels: readonly LabelChoice[] = [whole(labelWidth)],
): LayoutItem {
  const mustLabel = importance === 3;
  return { id, anchorX: x, startX: x, endX: x, importance, labels, mustLabel, isPeriod: false };
}

function period(id: string, startX: number, endX: number, labelWidth = 60): LayoutItem {
  return {
    id,
    anchorX: startX,
    startX,
    endX,
    importance: 2,
    labels: [whole(labelWidth)],
    mustLabel: false,
    isPeriod: true,
  };
}

/**
 * Titles of every kind: one word (whole only), several words (whole, often wrapped over two
 * rows, then shorter and shorter), and some non-milestones that must be labelled too (a lane with
 * no more events than rows).
 */
function randomLabels(next: () => number): LabelChoice[] {
  const wholeWidth = 20 + Math.floor(next() * 140);
  const labels = [whole(wholeWidth)];
  if (next() < 0.3) return labels;
  if (next() < 0.7) labels.push(wrapped(Math.ceil(wholeWidth * (0.5 + next() * 0.2))));
  let width = wholeWidth;
  for (let cut = Math.floor(next() * 3); cut > 0 && width > 16; cut -= 1) {
    width = Math.floor(width * (0.4 + next() * 0.4));
    labels.push(short(width));
  }
  return labels;
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
      labels: randomLabels(next),
      mustLabel: importance === 3 || next() < 0.05,
      isPeriod,
    };
  });
}

interface Footprint {
  id: string;
  /** Mark, period bar and label. */
  start: number;
  end: number;
  label: { side: 'right' | 'left'; start: number; end: number };
}

/**
 * Where a placed label is when the layout is drawn at `scale` times its zoom level: marks and
 * bars spread apart, labels keep their width and their distance from the mark.
 */
function footprintOf(
  mark: PlacedMark,
  item: LayoutItem,
  options: LaneLayoutOptions,
  scale: number,
): Footprint {
  const label = item.labels[mark.form];
  if (label === undefined) throw new Error(`${mark.id} has no label form ${mark.form}`);
  const anchor = item.anchorX * scale;
  const offset = options.markRadius + options.labelGap;
  const start = mark.side === 'right' ? anchor + offset : anchor - offset - label.width;
  return {
    id: mark.id,
    start: Math.min(item.startX * scale, anchor - options.markRadius, start),
    end: Math.max(item.endX * scale, anchor + options.markRadius, start + label.width),
    label: { side: mark.side, start, end: start + label.width },
  };
}

/**
 * Rows whose labelled footprints overlap, or whose labels come closer than `labelSpacing` to the
 * next footprint beyond their far end, as "row: id/id" strings; empty when all is well. A label
 * wrapped over two rows is checked in both.
 */
function overlapsInRows(
  layout: LaneLayout,
  items: readonly LayoutItem[],
  options: LaneLayoutOptions,
  scale = 1,
): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rows = new Map<number, Footprint[]>();
  for (const mark of layout.marks) {
    if (mark.row === null) continue;
    const item = byId.get(mark.id);
    if (item === undefined) throw new Error(`unknown id ${mark.id}`);
    const footprint = footprintOf(mark, item, options, scale);
    const span = item.labels[mark.form]?.rows ?? 1;
    for (let row = mark.row; row < mark.row + span; row += 1) {
      rows.set(row, [...(rows.get(row) ?? []), footprint]);
    }
  }
  const overlaps: string[] = [];
  for (const [row, placed] of rows) {
    placed.sort((a, b) => a.start - b.start);
    for (let i = 1; i < placed.length; i += 1) {
      const before = placed[i - 1]!;
      const after = placed[i]!;
      const clearOfBefore =
        before.label.side === 'right' ? before.label.end + options.labelSpacing : before.end;
      const clearOfAfter =
        after.label.side === 'left' ? after.label.start - options.labelSpacing : after.start;
      if (before.end > after.start || clearOfBefore > after.start || before.end > clearOfAfter) {
        overlaps.push(`${row}: ${before.id}/${after.id}`);
      }
    }
  }
  return overlaps;
}

/** Labels that run past 0 or the world's right edge, as ids. */
function labelsOutside(layout: LaneLayout, worldWidth: number): string[] {
  return layout.marks
    .filter((mark) => mark.row !== null && (mark.labelX < 0 || mark.labelEnd > worldWidth))
    .map((mark) => mark.id);
}

function clusterGaps(layout: LaneLayout, scale = 1): number[] {
  return layout.clusters.slice(1).map((cluster, i) => (cluster.x - layout.clusters[i]!.x) * scale);
}

const rowOf = (layout: LaneLayout, id: string) => layout.marks.find((mark) => mark.id === id);

describe('layoutLane placing labelled marks', () => {
  it('puts events far apart in the first row with their labels to the right', () => {
    const layout = layoutLane([point('a', 0), point('b', 500)], OPTIONS);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks).toEqual([
      { id: 'a', x: 0, row: 0, form: 0, side: 'right', labelX: 8, labelEnd: 68 },
      { id: 'b', x: 500, row: 0, form: 0, side: 'right', labelX: 508, labelEnd: 568 },
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

  it('keeps the label spacing clear beyond a label', () => {
    // a's label ends at 68: b's dot (from 74) is just clear of the spacing, c's (from 73) is not.
    const clear = layoutLane([point('a', 0), point('b', 78)], { ...OPTIONS, rows: 1 });
    expect(clear.marks.map((mark) => mark.row)).toEqual([0, 0]);
    const close = layoutLane([point('a', 0), point('c', 77)], { ...OPTIONS, rows: 1 });
    expect(close.marks.map((mark) => mark.row)).toEqual([0, null]);
  });

  it('puts a label on the left of its mark where the right is taken', () => {
    // The milestone takes the room right of the event first; left of it there is room.
    const items = [point('event', 150), point('milestone', 200, 3)];
    const layout = layoutLane(items, { ...OPTIONS, rows: 1 });
    expect(rowOf(layout, 'event')).toEqual({
      id: 'event',
      x: 150,
      row: 0,
      form: 0,
      side: 'left',
      labelX: 82,
      labelEnd: 142,
    });
    expect(rowOf(layout, 'milestone')).toMatchObject({ row: 0, side: 'right' });
  });

  it('tries the right of the mark in every row before the left', () => {
    const items = [point('event', 150), point('milestone', 200, 3)];
    expect(rowOf(layoutLane(items, OPTIONS), 'event')).toMatchObject({ row: 1, side: 'right' });
    const bothRowsTaken = [...items, point('second milestone', 210, 3)];
    expect(rowOf(layoutLane(bothRowsTaken, OPTIONS), 'event')).toMatchObject({
      row: 0,
      side: 'left',
    });
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

describe('layoutLane choosing a label form', () => {
  const oneRow = { ...OPTIONS, rows: 1 };

  it('wraps a title over two rows where the whole fits on neither side, and blocks both rows', () => {
    const items = [
      point('milestone', 300, 3),
      point('second milestone', 310, 3),
      point('long', 100, 2, 200, [whole(200), wrapped(110)]),
      point('after', 150),
    ];
    const layout = layoutLane(items, OPTIONS);
    expect(rowOf(layout, 'long')).toMatchObject({ row: 0, form: 1, side: 'right', labelEnd: 218 });
    expect(rowOf(layout, 'after')?.row).toBeNull();
    expect(overlapsInRows(layout, items, OPTIONS)).toEqual([]);
  });

  it('never wraps a title in the last row, where its second line has no row', () => {
    const items = [
      point('milestone', 300, 3),
      point('long', 100, 2, 200, [whole(200), wrapped(110)]),
    ];
    expect(rowOf(layoutLane(items, oneRow), 'long')?.row).toBeNull();
  });

  it('shortens a milestone only where its whole title fits on neither side', () => {
    const labels = [whole(150), short(60)];
    const leftFree = [point('first', 400, 3, 60), point('milestone', 300, 3, 150, labels)];
    // Right of 300 is taken by the milestone at 400 (reserved first): the left has room.
    expect(rowOf(layoutLane(leftFree, oneRow), 'milestone')).toMatchObject({
      form: 0,
      side: 'left',
    });
    const bothTaken = [...leftFree, point('before', 160, 3, 60)];
    expect(rowOf(layoutLane(bothTaken, oneRow), 'milestone')).toMatchObject({
      row: 0,
      form: 1,
      side: 'right',
      labelEnd: 368,
    });
  });

  it('never shortens the label of an event that need not be labelled', () => {
    const crowded = [
      point('before', 160, 3, 60),
      point('after', 400, 3, 60),
      point('event', 300, 1, 150, [whole(150), short(60)]),
    ];
    expect(rowOf(layoutLane(crowded, oneRow), 'event')).toMatchObject({ row: null, form: -1 });
    const mustLabel = crowded.map((item) => ({ ...item, mustLabel: true }));
    expect(rowOf(layoutLane(mustLabel, oneRow), 'event')).toMatchObject({ row: 0, form: 1 });
  });

  it("labels every milestone where their shortest forms fit, never spending one's room on another's whole title", () => {
    // Whole titles (150 px) would each cover the next milestone's place; shortened (60 px) all fit.
    const labels = [whole(150), wrapped(80), short(100), short(60)];
    const xs = [0, 100, 200, 300, 400, 700];
    const items = xs.map((x) => point(`m${x}`, x, 3, 150, labels));
    const layout = layoutLane(items, { ...oneRow, worldWidth: 1000 });
    expect(layout.marks.map((mark) => mark.row)).toEqual([0, 0, 0, 0, 0, 0]);
    // Each then takes the longest form its neighbours' room leaves it.
    expect(layout.marks.map((mark) => mark.form)).toEqual([3, 3, 3, 3, 0, 0]);
    expect(overlapsInRows(layout, items, oneRow)).toEqual([]);
  });

  it('labels a milestone whose title only wraps (no shortened form) in a lane of one row', () => {
    // "Embargo lifted" beside "Embargo imposed": every word tells it apart, so it is never
    // shortened, and its last (narrowest) form is the wrapped one, two rows high.
    const labels = [whole(200), wrapped(110)];
    const layout = layoutLane([point('embargo', 100, 3, 200, labels)], oneRow);
    expect(rowOf(layout, 'embargo')).toMatchObject({ row: 0, form: 0 });
  });

  it('gives two such milestones a row each rather than one both rows for a wrapped title', () => {
    const labels = [whole(80), wrapped(45)];
    const items = [point('a', 100, 3, 80, labels), point('b', 110, 3, 80, labels)];
    const layout = layoutLane(items, OPTIONS);
    expect(layout.marks.map((mark) => [mark.id, mark.row, mark.form])).toEqual([
      ['a', 0, 0],
      ['b', 1, 0],
    ]);
  });
});

describe('layoutLane at the edges of the world', () => {
  const world = { ...OPTIONS, worldWidth: 1000 };

  it('puts a label on the left where the right would run past the end', () => {
    const layout = layoutLane([point('late', 960)], world);
    expect(rowOf(layout, 'late')).toMatchObject({ row: 0, side: 'left', labelEnd: 952 });
  });

  it('never starts a label left of 0, even with no world width given', () => {
    // Right of 30 is the milestone's label; on the left, the label would start at -38.
    const layout = layoutLane([point('milestone', 50, 3), point('early', 30)], {
      ...OPTIONS,
      rows: 1,
    });
    expect(rowOf(layout, 'early')?.row).toBeNull();
    expect(rowOf(layoutLane([point('early', 30)], OPTIONS), 'early')?.side).toBe('right');
  });

  it('shortens a milestone that fits whole on neither side of a narrow world', () => {
    const labels = [whole(150), short(60)];
    const layout = layoutLane([point('m', 100, 3, 150, labels)], { ...world, worldWidth: 200 });
    expect(rowOf(layout, 'm')).toMatchObject({ row: 0, form: 1, side: 'right', labelEnd: 168 });
  });

  it('leaves a label unplaced that fits in the world on neither side', () => {
    const layout = layoutLane([point('m', 100, 3, 150)], { ...world, worldWidth: 200 });
    expect(rowOf(layout, 'm')?.row).toBeNull();
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
    expect(layout.marks.find((mark) => mark.id === 'b')).toMatchObject({
      row: null,
      form: -1,
      x: 10,
    });
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
    expect(layout.marks).toEqual([
      { id: 'a', x: 0, row: null, form: -1, side: 'right', labelX: 8, labelEnd: 68 },
    ]);
    expect(layout.clusters[0]?.row).toBe(0);
  });
});

describe('layoutLane guarantees on random data', () => {
  const optionSets: LaneLayoutOptions[] = [
    { rows: 1, markRadius: 4, labelGap: 4, labelSpacing: 6, clusterWidth: 24 },
    { rows: 3, markRadius: 5, labelGap: 6, labelSpacing: 10, clusterWidth: 30 },
    { rows: 6, markRadius: 3, labelGap: 2, labelSpacing: 0, clusterWidth: 16 },
    { rows: 0, markRadius: 4, labelGap: 4, labelSpacing: 6, clusterWidth: 40 },
  ];
  const worlds = [2_000, 20_000, 200_000];

  for (const options of optionSets) {
    for (const world of worlds) {
      const seed = options.rows * 1000 + world;
      it(`holds for 2,000 items on ${world}px with ${options.rows} rows`, () => {
        const items = randomItems(2000, seed, world);
        const worldWidth = world * 1.05;
        const layout = layoutLane(items, { ...options, worldWidth });

        expect(overlapsInRows(layout, items, options)).toEqual([]);
        expect(labelsOutside(layout, worldWidth)).toEqual([]);
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

        const byId = new Map(items.map((item) => [item.id, item]));
        for (const mark of layout.marks) {
          const item = byId.get(mark.id)!;
          if (mark.row === null) {
            expect(mark.form).toBe(-1);
            continue;
          }
          const label = item.labels[mark.form]!;
          // Its rows (two for a wrapped title) are all label rows, above the clusters' row.
          expect(mark.row + label.rows).toBeLessThanOrEqual(options.rows);
          if (label.short) expect(item.mustLabel).toBe(true);
          expect(mark.labelEnd - mark.labelX).toBeCloseTo(label.width, 9);
          const offset = options.markRadius + options.labelGap;
          if (mark.side === 'right') expect(mark.labelX).toBeCloseTo(mark.x + offset, 9);
          else expect(mark.labelEnd).toBeCloseTo(mark.x - offset, 9);
        }
        for (const cluster of layout.clusters) {
          expect(cluster.count).toBeGreaterThanOrEqual(2);
          expect(cluster.row).toBe(options.rows);
        }
      });
    }
  }

  it('checks left-side, wrapped and shortened labels too, not only whole titles on the right', () => {
    const options = { ...optionSets[1]!, rows: 6, worldWidth: 21_000 };
    const items = randomItems(2000, 1, 20_000);
    const layout = layoutLane(items, options);
    expect(overlapsInRows(layout, items, options)).toEqual([]);
    expect(overlapsInRows(layout, items, options, 1.37)).toEqual([]);
    expect(labelsOutside(layout, options.worldWidth)).toEqual([]);
    const byId = new Map(items.map((item) => [item.id, item]));
    const placed = layout.marks.filter((mark) => mark.row !== null);
    const labelOf = (mark: PlacedMark) => byId.get(mark.id)!.labels[mark.form]!;
    expect(placed.filter((mark) => mark.side === 'left').length).toBeGreaterThan(10);
    expect(placed.filter((mark) => labelOf(mark).rows === 2).length).toBeGreaterThan(0);
    expect(placed.filter((mark) => labelOf(mark).short).length).toBeGreaterThan(0);
  });

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
      const layout = layoutLane(items, { ...options, worldWidth: 21_000 });
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
      layoutLane(zoomed(k), { ...OPTIONS, worldWidth: 5_300 * k }).clusters.reduce(
        (sum, c) => sum + c.count,
        0,
      ),
    );
    expect(clustered[0]).toBeGreaterThan(clustered[1]!);
    expect(clustered[1]).toBeGreaterThan(clustered[2]!);
  });
});

describe('layoutLane input checks', () => {
  it('rejects options and positions it cannot lay out', () => {
    expect(() => layoutLane([], { ...OPTIONS, rows: 1.5 })).toThrow(RangeError);
    expect(() => layoutLane([], { ...OPTIONS, clusterWidth: -1 })).toThrow(RangeError);
    expect(() => layoutLane([], { ...OPTIONS, labelSpacing: -1 })).toThrow(RangeError);
    expect(() => layoutLane([point('a', Number.NaN)], OPTIONS)).toThrow(RangeError);
    expect(() => layoutLane([point('a', 0, 1, Number.NaN)], OPTIONS)).toThrow(RangeError);
    const unranked = { ...point('a', 0), importance: 4 } as unknown as LayoutItem;
    expect(() => layoutLane([unranked], OPTIONS)).toThrow(RangeError);
  });
});
