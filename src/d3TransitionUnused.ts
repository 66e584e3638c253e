/**
 * Stands in for d3-transition (see vite.config.ts, `resolve.alias`). d3-zoom and d3-brush import
 * it for `interrupt` and, as a side effect, `selection.transition()`; with d3-timer and d3-ease it
 * is about 4 KB gzip of the 85 KB first visit. This app never hands them a transition: its
 * animated moves are its own frames (src/views/timeline/zoomAnimation.ts), each one a plain
 * `zoom.transform`, and d3-zoom's double-click is handled by the app. So there is nothing to
 * interrupt, and asking for a transition is a mistake that says so.
 */
import { selection } from 'd3-selection';

/** d3-zoom and d3-brush interrupt a running transition when a gesture starts: there is none. */
export function interrupt(): void {}

export function transition(): never {
  throw new Error('d3-transition is not bundled: animate with zoomAnimation.ts');
}

type SelectionPrototype = { interrupt(): unknown; transition(): never };
const prototype = selection.prototype as unknown as SelectionPrototype;
prototype.interrupt = function (this: unknown) {
  return this;
};
prototype.transition = transition;
