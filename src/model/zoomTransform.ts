/**
 * The time scale and the zoom transform, in the shape d3-scale and d3-zoom give them (d3-zoom's
 * src/transform.js): an immutable transform {k, x} owned by the zoom, from which the view derives
 * the visible scale. Written here rather than imported because d3-zoom and d3-scale bring about
 * 25 KB (gzip) of colour interpolation, number formatting and transitions that this app never
 * uses, against a 60 KB budget for a whole first visit (README, "Performance").
 */

/** A linear map from UTC milliseconds (domain) to pixels (range), like d3's scaleUtc. */
export interface TimeScale {
  (ms: number): number;
  readonly domainMs: readonly [number, number];
  readonly rangePx: readonly [number, number];
  /** The domain as Dates, as d3 scales return it. */
  domain(): [Date, Date];
  /** Milliseconds at a pixel position. */
  invert(px: number): number;
}

export function createTimeScale(
  domainMs: readonly [number, number],
  rangePx: readonly [number, number],
): TimeScale {
  const [d0, d1] = domainMs;
  const [r0, r1] = rangePx;
  const span = d1 - d0 || 1;
  const pxPerMs = (r1 - r0) / span;
  const scale = ((ms: number) => r0 + (ms - d0) * pxPerMs) as TimeScale;
  Object.assign(scale, {
    domainMs: [d0, d1] as const,
    rangePx: [r0, r1] as const,
    domain: (): [Date, Date] => [new Date(d0), new Date(d1)],
    invert: (px: number) => d0 + (px - r0) / (pxPerMs || 1),
  });
  return scale;
}

export class ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
  ) {}

  applyX(baseX: number): number {
    return baseX * this.k + this.x;
  }

  invertX(screenX: number): number {
    return (screenX - this.x) / this.k;
  }

  /** The base scale as seen through this transform: d3's `transform.rescaleX(scale)`. */
  rescale(base: TimeScale): TimeScale {
    const [r0, r1] = base.rangePx;
    return createTimeScale(
      [base.invert(this.invertX(r0)), base.invert(this.invertX(r1))],
      [r0, r1],
    );
  }

  /** Zooms by `factor` keeping the point under screen x `at` still. */
  scaleAt(factor: number, at: number): ZoomTransform {
    const k = this.k * factor;
    return new ZoomTransform(k, at - (at - this.x) * factor);
  }

  translateBy(dx: number): ZoomTransform {
    return new ZoomTransform(this.k, this.x + dx);
  }

  /**
   * Keeps the view inside the content, as d3-zoom's scaleExtent and translateExtent do: k within
   * [1, maxK], and the base range [0, width] always covering the whole view.
   */
  constrain(width: number, maxK: number): ZoomTransform {
    const k = Math.min(maxK, Math.max(1, this.k));
    const x = Math.min(0, Math.max(width - width * k, this.x));
    return k === this.k && x === this.x ? this : new ZoomTransform(k, x);
  }

  equals(other: ZoomTransform): boolean {
    return this.k === other.k && this.x === other.x;
  }
}

export const zoomIdentity = new ZoomTransform(1, 0);

/** The transform that shows the base-pixel range [x0, x1] across a view `width` pixels wide. */
export function transformShowing(x0: number, x1: number, width: number): ZoomTransform {
  const k = width / Math.max(1e-9, x1 - x0);
  return new ZoomTransform(k, -x0 * k);
}

/**
 * A point on a smooth path between two views: the visible span changes geometrically (so zooming
 * in and out feel alike) while the centre moves linearly. `t` runs from 0 to 1.
 */
export function interpolateView(
  from: ZoomTransform,
  to: ZoomTransform,
  width: number,
  t: number,
): ZoomTransform {
  const span0 = width / from.k;
  const span1 = width / to.k;
  const centre0 = from.invertX(width / 2);
  const centre1 = to.invertX(width / 2);
  const span = span0 * (span1 / span0) ** t;
  const centre = centre0 + (centre1 - centre0) * t;
  const k = width / span;
  return new ZoomTransform(k, width / 2 - centre * k);
}
