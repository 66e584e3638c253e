/**
 * Which part of a long, sorted list is on screen, so only that part is rendered: an index range
 * over marks sorted by x (visibleIndexRange), and the timeline's slice for one pan position
 * (visibleSlice), cheap enough to run every frame.
 */
import { bisector } from 'd3-array';
import type { RenderCluster, RenderMark, ZoomLayout } from './zoomLayout.ts';

/**
 * The half-open index range [from, to) of the items whose x lies in [x0, x1], both ends included.
 * `sortedItems` must be sorted by `x`. Things drawn wider than a point (a label to the right of
 * its mark) need the caller to widen the window by their extent. An inverted window is empty.
 */
export function visibleIndexRange<T>(
  sortedItems: readonly T[],
  x: (item: T) => number,
  x0: number,
  x1: number,
): [number, number] {
  if (!(x0 <= x1)) return [0, 0];
  const byX = bisector<T, number>(x);
  const from = byX.left(sortedItems, x0);
  const to = byX.right(sortedItems, x1, from);
  return [from, to];
}

const xOf = (item: { x: number }) => item.x;

export interface VisibleSlice {
  /** In chronological (x) order, marks and clusters interleaved: the tab order. */
  items: (RenderMark | RenderCluster)[];
}

/**
 * What is on screen for the zoom transform (k, tx) over a `width`-pixel view: the marks whose dot
 * is in view, the periods whose bar is, and the clusters. A label whose mark is out of view is not
 * drawn (it would run from beyond the plot's edge), so labels need not widen the range.
 */
export function visibleSlice(
  layout: ZoomLayout,
  transform: { k: number; x: number },
  width: number,
  markRadius: number,
): VisibleSlice {
  const ratio = layout.zoom / transform.k;
  const worldLeft = -transform.x * ratio;
  const worldRight = (width - transform.x) * ratio;
  const [markFrom, markTo] = visibleIndexRange(
    layout.marks,
    xOf,
    worldLeft - markRadius * ratio,
    worldRight + markRadius * ratio,
  );
  const [clusterFrom, clusterTo] = visibleIndexRange(
    layout.clusters,
    xOf,
    worldLeft - 40 * ratio,
    worldRight + 40 * ratio,
  );
  const items: (RenderMark | RenderCluster)[] = [];
  const seen = new Set<string>();
  for (let index = markFrom; index < markTo; index++) {
    const mark = layout.marks[index] as RenderMark;
    seen.add(mark.id);
    items.push(mark);
  }
  for (const period of layout.periods) {
    if (!seen.has(period.id) && period.startX <= worldRight && period.endX >= worldLeft)
      items.push(period);
  }
  for (let index = clusterFrom; index < clusterTo; index++)
    items.push(layout.clusters[index] as RenderCluster);
  items.sort((a, b) => a.x - b.x);
  return { items };
}
