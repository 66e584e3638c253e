/**
 * Layouts of the whole timeline, one per quantised zoom level, reused for every pan position at
 * that level. A layout made for a lower level stays free of overlaps at any higher one (positions
 * only spread apart), which is what lets the view draw with the nearest cached level below while
 * the reader is still zooming, and lay out the exact level once the zooming pauses.
 */
import { layoutAtZoom, type PreparedTimeline, type ZoomLayout } from './timelineLayout.ts';

export class ZoomLayoutCache {
  private readonly layouts = new Map<number, ZoomLayout>();

  constructor(
    private readonly timeline: PreparedTimeline,
    /** The unzoomed scale: time → pixels. */
    private readonly toX: (ms: number) => number,
    /** How many levels to keep; level 1, the fallback of last resort, always stays. */
    private readonly capacity = 8,
  ) {}

  has(level: number): boolean {
    return this.layouts.has(level);
  }

  /** The layout at `level`, laid out now if it is not cached. */
  at(level: number): ZoomLayout {
    let layout = this.layouts.get(level);
    if (!layout) {
      layout = layoutAtZoom(this.timeline, this.toX, level);
      this.layouts.set(level, layout);
      for (const key of this.layouts.keys()) {
        if (this.layouts.size <= this.capacity) break;
        if (key !== 1) this.layouts.delete(key);
      }
    }
    return layout;
  }

  /** The cached layout of the highest level not above `level` (level 1 if none is cached). */
  nearestBelow(level: number): ZoomLayout {
    let best = 0;
    for (const key of this.layouts.keys()) if (key <= level && key > best) best = key;
    return best > 0 ? (this.layouts.get(best) as ZoomLayout) : this.at(1);
  }
}
