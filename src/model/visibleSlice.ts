/**
 * Which part of a long, sorted list is on screen, so only that part is rendered.
 */
import { bisector } from 'd3-array';

/**
 * The half-open index range [from, to) of the items whose x lies in [x0, x1], both ends included.
 * `sortedItems` must be sorted by `x`. Things drawn wider than a point (a label to the right of
 * its mark) need the caller to widen the window by their extent. An inverted window is empty.
 */
export function visibleRange<T>(
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
