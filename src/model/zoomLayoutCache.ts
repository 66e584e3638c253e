/**
 * Layouts of the whole timeline, one per quantised zoom level, reused for every pan position at
 * that level. A layout made for a lower level stays free of overlaps at any higher one (positions
 * only spread apart), which is what lets the view draw with the nearest cached level below while
 * the reader is still zooming, and lay out the exact level once the zooming pauses.
 */
import { finishInSlices } from './steps.ts';
import type { PreparedTimeline } from './prepareTimeline.ts';
import { layoutAtZoom, layoutAtZoomSteps, type ZoomLayout } from './zoomLayout.ts';

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

/**
 * After the next frame is drawn: at most one slice of layout per frame, so the reader's zooming
 * keeps its frames (scheduler.yield would run the next slice before the frame is painted).
 */
function nextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export class ZoomLayoutCache {
  private readonly layouts = new Map<number, ZoomLayout>();

  constructor(
    private readonly timeline: PreparedTimeline,
    /** The unzoomed scale: time → pixels. */
    private readonly toX: (ms: number) => number,
    /** The unzoomed scale's width: no label is placed beyond the domain's end. */
    private readonly baseWidth: number,
    /** How many levels to keep; level 1, the fallback of last resort, always stays. */
    private readonly capacity = 8,
  ) {}

  has(level: number): boolean {
    return this.layouts.has(level);
  }

  /** The layout at `level`, laid out now if it is not cached. */
  at(level: number): ZoomLayout {
    return (
      this.layouts.get(level) ??
      this.keep(level, layoutAtZoom(this.timeline, this.toX, level, this.baseWidth))
    );
  }

  /**
   * Lays out `level` in slices of a lane or so between frames, so that a large timeline never
   * holds up the page while the reader zooms; `at(level)` is then instant.
   */
  async prepare(level: number, pause?: () => Promise<void>): Promise<void> {
    if (this.layouts.has(level)) return;
    const layout = await finishInSlices(
      layoutAtZoomSteps(this.timeline, this.toX, level, this.baseWidth),
      {
        sliceMs: pause ? 0 : 12,
        stepsPerLook: 1,
        pause: pause ?? nextFrame,
      },
    );
    if (!this.layouts.has(level)) this.keep(level, layout);
  }

  private keep(level: number, layout: ZoomLayout): ZoomLayout {
    this.layouts.set(level, layout);
    for (const key of this.layouts.keys()) {
      if (this.layouts.size <= this.capacity) break;
      if (key !== 1) this.layouts.delete(key);
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
