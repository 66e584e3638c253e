/**
 * Where each event of a lane goes at one zoom level: a labelled mark in one of a few rows, an
 * unlabelled mark, or a member of a numbered cluster bubble (semantic zoom). Positions are world
 * pixels (the unzoomed scale times the zoom level, without the pan), so one layout serves every pan
 * position at that zoom level.
 */
import { compareIds } from './compareIds.ts';
import { clusterUnplaced, type Cluster } from './laneClusters.ts';
import { RowOccupancy } from './rowOccupancy.ts';

export interface LayoutItem {
  id: string;
  anchorX: number;
  startX: number;
  endX: number;
  importance: 1 | 2 | 3;
  /**
   * The label's forms in order of preference (labelText.ts), each with its drawn width; `rows`
   * is 2 for a title wrapped over two lines.
   */
  labels: readonly LabelChoice[];
  /** Must be labelled if at all possible (a milestone): shortened forms are allowed. */
  mustLabel: boolean;
  isPeriod: boolean;
}

export interface LabelChoice {
  width: number;
  rows: 1 | 2;
  short: boolean;
}

export interface LaneLayoutOptions {
  /** Rows of labelled marks; clusters get a row of their own below them (index `rows`). */
  rows: number;
  markRadius: number;
  /** Space between a mark and its label. */
  labelGap: number;
  /** Kept clear beyond a label, so neighbouring labels never touch. */
  labelSpacing: number;
  /** The width of a cluster bubble, and how close unlabelled events must be to share one. */
  clusterWidth: number;
  /**
   * The world's right edge (the end of the time domain at this zoom level): no label is placed
   * beyond it or left of 0, since no pan position would ever show it whole.
   */
  worldWidth?: number;
}

export interface PlacedMark {
  id: string;
  x: number;
  /** The label's (first) row; null: no room for a label, so it is an unlabelled mark. */
  row: number | null;
  /** Which of the item's label forms was placed (an index into `labels`); -1 when unlabelled. */
  form: number;
  /** The label reads from its mark rightwards, or ends at its mark on the left. */
  side: 'right' | 'left';
  /** Where the label starts and ends (world x); for an unlabelled mark, where it would be. */
  labelX: number;
  labelEnd: number;
}

/** Both lists are sorted by x, ready for visibleIndexRange. */
export interface LaneLayout {
  marks: PlacedMark[];
  clusters: Cluster[];
}

const MILESTONE = 3;
const IMPORTANCE_FIRST = [3, 2, 1] as const;

function validate(items: readonly LayoutItem[], options: LaneLayoutOptions): void {
  const { rows, markRadius, labelGap, labelSpacing, clusterWidth } = options;
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`rows must be ≥ 0: ${rows}`);
  for (const [name, value] of Object.entries({
    markRadius,
    labelGap,
    labelSpacing,
    clusterWidth,
  })) {
    if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be ≥ 0`);
  }
  for (const item of items) {
    const { anchorX, startX, endX, labels } = item;
    const positioned = Number.isFinite(anchorX + startX + endX);
    if (!positioned || !labels.every((label) => label.width >= 0)) {
      throw new RangeError(`Item ${item.id} has a position or width that is not a number`);
    }
    if (!IMPORTANCE_FIRST.includes(item.importance)) {
      throw new RangeError(`Item ${item.id} has importance ${item.importance}, not 1, 2 or 3`);
    }
  }
}

interface Placement {
  mark: PlacedMark;
  /** Its footprint, and how many rows it spans from the mark's. */
  start: number;
  end: number;
  rows: number;
}

const PREFERENCES = [
  ['right', false],
  ['left', false],
  ['right', true],
  ['left', true],
] as const;

function unlabelled(item: LayoutItem, labelOffset: number): PlacedMark {
  const labelX = item.anchorX + labelOffset;
  const width = item.labels[0]?.width ?? 0;
  return {
    id: item.id,
    x: item.anchorX,
    row: null,
    form: -1,
    side: 'right',
    labelX,
    labelEnd: labelX + width,
  };
}

export function layoutLane(items: readonly LayoutItem[], options: LaneLayoutOptions): LaneLayout {
  validate(items, options);
  const { rows, markRadius, labelGap, labelSpacing, clusterWidth } = options;
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

  const worldWidth = options.worldWidth ?? Infinity;
  const occupancy = Array.from({ length: rows }, () => new RowOccupancy());

  /** The first row (of `span` rows in a row) where [start, end) is free, or -1. */
  const freeRow = (start: number, end: number, span: 1 | 2): number => {
    for (let row = 0; row + span <= rows; row += 1) {
      let free = true;
      for (let next = row; next < row + span && free; next += 1) {
        free = (occupancy[next] as RowOccupancy).slotFor(start, end) !== -1;
      }
      if (free) return row;
    }
    return -1;
  };

  /**
   * Whole or wrapped on the right (as a reader reads), then on the left, and only then (a
   * milestone's) shortened: a label is cut only where its whole title fits on neither side.
   * With `only`, just that one of the item's forms is tried.
   */
  const place = (item: LayoutItem, only?: number): Placement | null => {
    for (const [side, short] of PREFERENCES) {
      if (short && !item.mustLabel) break;
      for (const [form, label] of item.labels.entries()) {
        if (label.short !== short || (only !== undefined && form !== only)) continue;
        const labelX =
          side === 'right' ? item.anchorX + labelOffset : item.anchorX - labelOffset - label.width;
        const labelEnd = labelX + label.width;
        if (labelX < 0 || labelEnd > worldWidth) continue;
        // The footprint: mark, period bar and label, with space kept clear beyond the label.
        const start = Math.min(
          item.startX,
          item.anchorX - markRadius,
          side === 'left' ? labelX - labelSpacing : labelX,
        );
        const end = Math.max(
          item.endX,
          item.anchorX + markRadius,
          side === 'right' ? labelEnd + labelSpacing : labelEnd,
        );
        const row = freeRow(start, end, label.rows);
        if (row === -1) continue;
        for (let next = row; next < row + label.rows; next += 1) {
          const rowOccupancy = occupancy[next] as RowOccupancy;
          rowOccupancy.insertAt(rowOccupancy.slotFor(start, end), start, end);
        }
        const mark = { id: item.id, x: item.anchorX, row, form, side, labelX, labelEnd };
        return { mark, start, end, rows: label.rows };
      }
    }
    return null;
  };
  const release = ({ mark, start, end, rows: span }: Placement) => {
    for (let row = mark.row as number; row < (mark.row as number) + span; row++) {
      (occupancy[row] as RowOccupancy).remove(start, end);
    }
  };

  // Milestones first, and every one must be readable: each first takes the least room its label
  // can (its shortest form), then in turn gives that up for the longest form that fits, so no
  // milestone's whole title costs another its label. The least room is one row before two (a
  // title wrapped over two rows blocks both), and narrow before wide.
  const reserve = (item: LayoutItem): Placement | null => {
    const leastFirst = Array.from(item.labels.keys()).sort(
      (a, b) =>
        (item.labels[a] as LabelChoice).rows - (item.labels[b] as LabelChoice).rows ||
        (item.labels[a] as LabelChoice).width - (item.labels[b] as LabelChoice).width ||
        a - b,
    );
    for (const form of leastFirst) {
      const placed = place(item, form);
      if (placed) return placed;
    }
    return null;
  };
  const milestoneCount = order.findIndex(
    (index) => (items[index] as LayoutItem).importance !== MILESTONE,
  );
  const milestones = order.subarray(0, milestoneCount === -1 ? order.length : milestoneCount);
  const reserved = Array.from(milestones, (index) => reserve(items[index] as LayoutItem));
  const marks: PlacedMark[] = [];
  for (const [position, index] of milestones.entries()) {
    const item = items[index] as LayoutItem;
    const least = reserved[position];
    if (!least) {
      marks.push(unlabelled(item, labelOffset));
      continue;
    }
    release(least);
    // The least room is free again, so this finds a place (at worst the same one).
    marks.push((place(item) ?? least).mark);
  }

  const unplaced: LayoutItem[] = [];
  for (const index of order.subarray(milestones.length)) {
    const item = items[index] as LayoutItem;
    const placed = place(item);
    if (placed) marks.push(placed.mark);
    else unplaced.push(item);
  }

  const keepAsMark = (item: LayoutItem) => marks.push(unlabelled(item, labelOffset));
  const clusters = clusterUnplaced(unplaced, clusterWidth, rows, keepAsMark);
  marks.sort((a, b) => a.x - b.x || compareIds(a.id, b.id));
  return { marks, clusters };
}
