/**
 * The rules the timeline's d3-zoom behaviour is configured with: how far one wheel event zooms,
 * how the view is kept on the timeline, how far in it may zoom, and where a step of the buttons or
 * keys lands. Pure, so they are tested without a DOM; timelineZoom.ts hands them to d3-zoom.
 */
import { ZoomTransform } from 'd3-zoom';
import { isCalendarRange } from './timeScale.ts';
import { MS_PER_YEAR } from './partialDate.ts';

type Extent = [[number, number], [number, number]];

const DAY_MS = 86_400_000;
/** The closest zoom: about a month across the view, where the dates are real calendar dates. */
export const MIN_VISIBLE_SPAN_MS = 31 * DAY_MS;
/** The closest zoom on a timeline that reaches beyond ±DATE_SAFE_YEARS: about a year. */
export const MIN_DEEP_VISIBLE_SPAN_MS = MS_PER_YEAR;
/** However long the timeline, the zoom factor stays finite and within what floats resolve. */
export const MAX_ZOOM_FACTOR = 1e12;

/**
 * d3-zoom's scaleExtent for a domain: from the whole domain (1) down to about a month across, or
 * about a year once the timeline reaches into deep time, and never beyond MAX_ZOOM_FACTOR.
 */
export function scaleExtentFor(domain: readonly [number, number]): [number, number] {
  const span = domain[1] - domain[0];
  if (!(span > 0) || !Number.isFinite(span)) return [1, 1];
  const closest = isCalendarRange(domain[0], domain[1])
    ? MIN_VISIBLE_SPAN_MS
    : MIN_DEEP_VISIBLE_SPAN_MS;
  return [1, Math.min(MAX_ZOOM_FACTOR, Math.max(1, span / closest))];
}

/** The most one wheel event may zoom: a mouse-wheel notch zooms by 2^this ≈ 1.74×. */
const MAX_WHEEL_EXPONENT = 0.8;

/**
 * d3-zoom's wheelDelta: the zoom exponent (base 2) of one wheel event. d3's default zooms 4× per
 * ctrl + mouse-wheel notch (100 px), too far to land on a chosen decade. A notch is a large delta
 * and a trackpad pinch (ctrl + wheel, as browsers report it) a stream of small ones, so capping
 * each event's exponent makes a notch zoom about 1.5–1.75× while leaving a pinch as smooth as
 * before. Lines (deltaMode 1) and pages (2) are converted to pixels first.
 */
export function wheelZoomExponent(event: {
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
}): number {
  const pixels = event.deltaY * (event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 800 : 1);
  // A pinch's deltas are a few pixels each: scaled more, so fingers and view move together.
  const exponent = -pixels * (event.ctrlKey ? 0.02 : 0.006);
  return Math.max(-MAX_WHEEL_EXPONENT, Math.min(MAX_WHEEL_EXPONENT, exponent));
}

/**
 * d3-zoom's constrain for a timeline: x as d3's default keeps it (the base range
 * translateExtent[0][0]…[1][0] always covers the view), y pinned to 0 (the lanes do not pan
 * vertically; the page scrolls instead).
 */
export function constrainToTimeline(
  transform: ZoomTransform,
  extent: Extent,
  translateExtent: Extent,
): ZoomTransform {
  const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
  const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
  const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  const x = transform.x + dx * transform.k;
  return x === transform.x && transform.y === 0 ? transform : new ZoomTransform(transform.k, x, 0);
}

/**
 * Where zooming `from` by `factor` about screen x `at` lands, in d3-zoom's order: the scale is
 * capped to `scaleExtent` first, then the time under `at` is put back under it, then the view is
 * constrained. So at the limit a step changes nothing, and the time under the pointer stays put.
 * (d3's scaleBy does the same from the current transform; a step pressed while an animation
 * runs starts from where that animation is heading instead, so quick steps add up.)
 */
export function zoomedAt(
  from: ZoomTransform,
  factor: number,
  at: number,
  scaleExtent: readonly [number, number],
  constrain: (transform: ZoomTransform) => ZoomTransform,
): ZoomTransform {
  const k = Math.max(scaleExtent[0], Math.min(scaleExtent[1], from.k * factor));
  const anchor = from.invertX(at);
  return constrain(new ZoomTransform(k, at - anchor * k, 0));
}
