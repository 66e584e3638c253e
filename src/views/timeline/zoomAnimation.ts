/**
 * An animated zoom between two transforms, a frame at a time: d3-interpolate's `interpolateZoom`
 * (van Wijk and Nuij's smooth zoom, the path d3-zoom's own transitions take) eased with d3-ease,
 * each frame handed to `apply` (a plain `zoom.transform`). Used instead of d3-transition, which is
 * not bundled (src/d3TransitionUnused.ts).
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { ZoomTransform } from 'd3-zoom';

/** The next frame; without one (jsdom, a hidden frame in some browsers) about a frame's time. */
const nextFrame = (step: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }
  const timer = setTimeout(step, 16);
  return () => clearTimeout(timer);
};

/**
 * Runs the animation; returns a function that stops it where it is. `done` is called once, when
 * it ends or is stopped.
 */
export function animateZoom(
  from: ZoomTransform,
  to: ZoomTransform,
  width: number,
  durationMs: number,
  apply: (transform: ZoomTransform) => void,
  done: () => void,
): () => void {
  // As d3-zoom does: the view is [centre x, centre y, width] in base pixels.
  const centre = width / 2;
  const view = (transform: ZoomTransform): [number, number, number] => [
    (centre - transform.x) / transform.k,
    0,
    width / transform.k,
  ];
  const path = interpolateZoom(view(from), view(to));
  let cancelFrame = () => {};
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cancelFrame();
    done();
  };
  const start = performance.now();
  // Timed by performance.now(), not the frame's timestamp, which some environments count from
  // elsewhere.
  const step = () => {
    if (stopped) return;
    const t = Math.min(1, (performance.now() - start) / durationMs);
    if (t >= 1) {
      apply(to);
      stop();
      return;
    }
    const [x, , w] = path(easeCubicInOut(t));
    const k = width / w;
    apply(new ZoomTransform(k, centre - x * k, 0));
    cancelFrame = nextFrame(step);
  };
  cancelFrame = nextFrame(step);
  return stop;
}
