/**
 * Where each event of a lane goes at one zoom level: a labelled mark in one of a few rows, an
 * unlabelled mark, or a member of a numbered cluster bubble (semantic zoom). Positions are world
 * pixels (the unzoomed scale times the zoom level, without the pan), so one layout serves every pan
 * position at that zoom level.
 */

export interface LayoutItem {
  id: string;
  anchorX: number;
  startX: number;
  endX: number;
  importance: 1 | 2 | 3;
  labelWidth: number;
  isPeriod: boolean;
}

export interface LaneLayoutOptions {
  /** Rows of labelled marks; clusters get a row of their own below them (index `rows`). */
  rows: number;
  markRadius: number;
  /** Space between a mark and its label, which always sits to the right. */
  labelGap: number;
  /** The width of a cluster bubble, and how close unlabelled events must be to share one. */
  clusterWidth: number;
}

export interface PlacedMark {
  id: string;
  x: number;
  /** null: no room for its label, so it is drawn as an unlabelled mark. */
  row: number | null;
  /** Where the label starts and ends; for an unlabelled mark, where it would be (for a tooltip). */
  labelX: number;
  labelEnd: number;
}

export interface Cluster {
  x: number;
  x0: number;
  x1: number;
  row: number;
  /** In chronological order. */
  ids: string[];
  count: number;
  maxImportance: number;
}

/** Both lists are sorted by x, ready for visibleRange. */
export interface LaneLayout {
  marks: PlacedMark[];
  clusters: Cluster[];
}

const MILESTONE = 3;
const IMPORTANCE_FIRST = [3, 2, 1] as const;

/**
 * The footprints already placed in one row. They never overlap, so sorting by start also sorts by
 * end and one binary search finds both the conflict and the insertion point. Inserting shifts the
 * tail (a memmove), linear in theory but cheap next to the sort for thousands of items.
 */
class RowOccupancy {
  private starts = new Float64Array(16);
  private ends = new Float64Array(16);
  private count = 0;

  /** The index where [start, end) would go, or -1 if it overlaps a placed footprint. */
  slotFor(start: number, end: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.ends[mid] ?? 0) <= start) low = mid + 1;
      else high = mid;
    }
    return low < this.count && (this.starts[low] ?? 0) < end ? -1 : low;
  }

  insertAt(slot: number, start: number, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts.copyWithin(slot + 1, slot, this.count);
    this.ends.copyWithin(slot + 1, slot, this.count);
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.count += 1;
  }
}

function grow(values: Float64Array): Float64Array<ArrayBuffer> {
  const larger = new Float64Array(values.length * 2);
  larger.set(values);
  return larger;
}

function compareIds(a: string, b: string): number {
  // Code-unit order, not localeCompare, so the result is the same on every machine.
  return a < b ? -1 : a > b ? 1 : 0;
}

function validate(items: readonly LayoutItem[], options: LaneLayoutOptions): void {
  const { rows, markRadius, labelGap, clusterWidth } = options;
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`rows must be ≥ 0: ${rows}`);
  for (const [name, value] of Object.entries({ markRadius, labelGap, clusterWidth })) {
    if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be ≥ 0`);
  }
  for (const item of items) {
    const { anchorX, startX, endX, labelWidth } = item;
    const positioned = Number.isFinite(anchorX + startX + endX);
    if (!positioned || !(labelWidth >= 0)) {
      throw new RangeError(`Item ${item.id} has a position or width that is not a number`);
    }
    if (!IMPORTANCE_FIRST.includes(item.importance)) {
      throw new RangeError(`Item ${item.id} has importance ${item.importance}, not 1, 2 or 3`);
    }
  }
}

export function layoutLane(items: readonly LayoutItem[], options: LaneLayoutOptions): LaneLayout {
  validate(items, options);
  const { rows, markRadius, labelGap, clusterWidth } = options;
  const labelOffset = markRadius + labelGap;

  // Milestones first, then earlier events, so the labels that survive crowding are the ones a
  // class most needs, and a later event never pushes an earlier one out. Sorting by date and then
  // splitting stably by importance is cheap: events usually arrive in date order, which the sort
  // confirms in one pass, and the split is linear.
  const anchors = Float64Array.from(items, (item) => item.anchorX);
  const chronological = Array.from(items.keys()).sort(
    (a, b) =>
      (anchors[a] as number) - (anchors[b] as number) ||
      compareIds((items[a] as LayoutItem).id, (items[b] as LayoutItem).id),
  );
  const order = new Uint32Array(items.length);
  let filled = 0;
  for (const importance of IMPORTANCE_FIRST) {
    for (const index of chronological) {
      if ((items[index] as LayoutItem).importance === importance) order[filled++] = index;
    }
  }

  const occupancy = Array.from({ length: rows }, () => new RowOccupancy());
  const marks: PlacedMark[] = [];
  const unplaced: LayoutItem[] = [];
  const mark = (item: LayoutItem, row: number | null): PlacedMark => {
    const labelX = item.anchorX + labelOffset;
    return { id: item.id, x: item.anchorX, row, labelX, labelEnd: labelX + item.labelWidth };
  };

  for (const index of order) {
    const item = items[index] as LayoutItem;
    const start = Math.min(item.startX, item.anchorX - markRadius);
    const end = Math.max(item.endX, item.anchorX + labelOffset + item.labelWidth);
    let placedRow: number | null = null;
    for (let row = 0; row < rows && placedRow === null; row += 1) {
      const rowOccupancy = occupancy[row] as RowOccupancy;
      const slot = rowOccupancy.slotFor(start, end);
      if (slot === -1) continue;
      rowOccupancy.insertAt(slot, start, end);
      placedRow = row;
    }
    // A milestone is never hidden inside a bubble, even when its label has no room.
    if (placedRow !== null || item.importance === MILESTONE) marks.push(mark(item, placedRow));
    else unplaced.push(item);
  }

  const keepAsMark = (item: LayoutItem) => marks.push(mark(item, null));
  const clusters = clusterUnplaced(unplaced, clusterWidth, rows, keepAsMark);
  marks.sort((a, b) => a.x - b.x || compareIds(a.id, b.id));
  return { marks, clusters };
}

/**
 * Sweeps the events that found no row from left to right and gathers those within `clusterWidth`
 * of a group's first event. A lone event stays a mark (via `keepAsMark`): a bubble saying "1" hides
 * more than it saves. A group whose bubble would come closer than `clusterWidth` to the previous
 * bubble joins it instead, so bubbles never overlap; the joined bubble lies between the two, so it
 * stays clear of the one before.
 */
function clusterUnplaced(
  unplaced: LayoutItem[],
  clusterWidth: number,
  row: number,
  keepAsMark: (item: LayoutItem) => void,
): Cluster[] {
  unplaced.sort((a, b) => a.anchorX - b.anchorX || compareIds(a.id, b.id));
  const clusters: Cluster[] = [];
  let lastAnchorSum = 0;

  const closeGroup = (from: number, to: number): void => {
    if (to - from === 1) {
      keepAsMark(unplaced[from] as LayoutItem);
      return;
    }
    let anchorSum = 0;
    for (let index = from; index < to; index += 1)
      anchorSum += (unplaced[index] as LayoutItem).anchorX;
    const previous = clusters[clusters.length - 1];
    let cluster: Cluster;
    if (previous !== undefined && anchorSum / (to - from) - previous.x < clusterWidth) {
      cluster = previous;
      lastAnchorSum += anchorSum;
    } else {
      cluster = { x: 0, x0: Infinity, x1: -Infinity, row, ids: [], count: 0, maxImportance: 0 };
      clusters.push(cluster);
      lastAnchorSum = anchorSum;
    }
    for (let index = from; index < to; index += 1) {
      const item = unplaced[index] as LayoutItem;
      cluster.x0 = Math.min(cluster.x0, item.startX);
      cluster.x1 = Math.max(cluster.x1, item.endX);
      cluster.ids.push(item.id);
      cluster.maxImportance = Math.max(cluster.maxImportance, item.importance);
    }
    cluster.count = cluster.ids.length;
    cluster.x = lastAnchorSum / cluster.count;
  };

  let groupStart = 0;
  for (let index = 1; index <= unplaced.length; index += 1) {
    const item = unplaced[index];
    const groupAnchor = (unplaced[groupStart] as LayoutItem).anchorX;
    if (item !== undefined && item.anchorX - groupAnchor <= clusterWidth) continue;
    closeGroup(groupStart, index);
    groupStart = index;
  }
  return clusters;
}

/** The largest 2^(i / stepsPerOctave) not above k, so layouts can be cached per zoom band. */
export function quantiseZoom(k: number, stepsPerOctave = 8): number {
  if (!(k > 0) || !Number.isFinite(k)) throw new RangeError(`Zoom must be positive: ${k}`);
  if (!Number.isInteger(stepsPerOctave) || stepsPerOctave < 1) {
    throw new RangeError(`stepsPerOctave must be a positive integer: ${stepsPerOctave}`);
  }
  const level = (i: number): number => 2 ** (i / stepsPerOctave);
  let i = Math.floor(Math.log2(k) * stepsPerOctave);
  // log2 is not exact: at k = 2 it may land one step off either way.
  while (level(i) > k) i -= 1;
  while (level(i + 1) <= k) i += 1;
  return level(i);
}
