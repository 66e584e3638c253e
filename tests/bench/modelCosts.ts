/**
 * `npx tsx tests/bench/modelCosts.ts [N]`: the cost of each pure step the page runs for N synthetic
 * events (default 10,000), timed in Node with the app's own model code, and the heap the layout
 * cache retains. Node is not Chromium, but the steps are plain JavaScript on the same V8, so the
 * split is telling. Label measuring is counted (calls to `measure`) rather than timed: in the page
 * each call is a canvas measureText, timed by profile.ts.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { formatEventDate } from '../../src/model/formatDate.ts';
import { quantiseZoom } from '../../src/model/zoomLayoutCache.ts';
import { readTimeline } from '../../src/model/loadTimeline.ts';
import { fitLaneRows } from '../../src/model/labelFitting.ts';
import { prepareTimeline } from '../../src/model/prepareTimeline.ts';
import { visibleSlice } from '../../src/model/visibleSlice.ts';
import { layoutAtZoom, type ZoomLayout } from '../../src/model/zoomLayout.ts';
import { firstViewRange, timelineDomain } from '../../src/model/timelineView.ts';
import { createBaseScale, transformShowing } from '../../src/model/timeScale.ts';
import { scaleExtentFor } from '../../src/model/zoomRules.ts';
import { syntheticTimeline } from './syntheticTimeline.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const SIZE = Number(process.argv[2] ?? 10_000);
/** The SVG's width at a 1280 px viewport: less the lane gutter, the page padding and borders. */
const WIDTH = 1110;

/** Prints the first (cold, as in the page) and the median of later (warm) runs. */
function time<T>(label: string, run: () => T, repeat = 3): T {
  let started = performance.now();
  let result = run();
  const cold = performance.now() - started;
  const times: number[] = [];
  for (let index = 0; index < repeat; index += 1) {
    started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const warm = times[times.length >> 1] ?? 0;
  console.log(
    `  ${cold.toFixed(1).padStart(7)} ms cold, ${warm.toFixed(1).padStart(6)} ms warm  ${label}`,
  );
  return result;
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const text = JSON.stringify(syntheticTimeline(SIZE, 20250711));
console.log(
  `Model costs for ${SIZE} events (${(text.length / 1024).toFixed(0)} KB JSON), Node ${process.version}`,
);
const heapStart = heapUsed();
const json = time('JSON.parse', () => JSON.parse(text) as unknown);
const noFetch = () => Promise.reject(new Error('not needed'));
const loaded = time('readTimeline (valibot safeParse of the one-file schema)', () =>
  readTimeline(json, new URL('http://bench/x.json'), noFetch),
);
if (!loaded.ok) throw new Error(`${loaded.kind}: ${loaded.where}`);
const { events, themes, eras } = loaded.outline;
const domain = time('timelineDomain', () => timelineDomain(events));
let calls = 0;
const estimate = (label: string) => {
  calls += 1;
  return label.length * 12 * 0.62;
};
const measured = time('prepareTimeline (with a length-based measure)', () =>
  prepareTimeline(events, themes, { compact: false, measure: estimate }),
);
console.log(
  `           measure() calls per prepareTimeline: ${(calls / 4).toFixed(0)} ` +
    `(${(calls / 4 / events.length).toFixed(2)} per event; each a canvas measureText in the page)`,
);
time('accessible names (formatEventDate + markName for every event)', () =>
  events.map((event) => `${event.title}, ${formatEventDate(event.date)}`),
);

const baseScale = createBaseScale(domain, WIDTH);
const toX = (ms: number) => baseScale(ms);
const prepared = time('fitLaneRows (lanes grown for their milestones)', () =>
  fitLaneRows(measured, toX, WIDTH),
);
const range = firstViewRange(events, domain) ?? domain;
const initial = transformShowing(baseScale(range[0]), baseScale(range[1]), WIDTH);
const maxZoom = scaleExtentFor(domain)[1];
// The levels the bench's 20 half-octave ctrl+wheel steps land on.
const levels = new Set<number>();
for (let step = 0; step <= 20; step += 1)
  levels.add(quantiseZoom(Math.min(maxZoom, initial.k * 2 ** (step / 2))));
console.log(
  `  zoom: initial k ${initial.k.toFixed(2)}, max ${maxZoom.toFixed(0)}; the zoom-in visits ` +
    `${levels.size} quantised levels (8 per octave), each laid out once and cached`,
);
const heapBeforeLayouts = heapUsed();
const cache = new Map<number, ZoomLayout>();
const layoutTimes: string[] = [];
let layoutTotal = 0;
for (const level of levels) {
  const started = performance.now();
  cache.set(level, layoutAtZoom(prepared, toX, level, WIDTH));
  const elapsed = performance.now() - started;
  layoutTotal += elapsed;
  layoutTimes.push(`k=${level.toFixed(1)}: ${elapsed.toFixed(0)}`);
}
const heapAfterLayouts = heapUsed();
console.log(
  `  ${layoutTotal.toFixed(1).padStart(7)} ms  layoutAtZoom for those ${levels.size} levels ` +
    `(${(layoutTotal / levels.size).toFixed(1)} ms each, first calls, no warm-up)`,
);
console.log(`           ${layoutTimes.join(', ')} ms`);
const one = time(`layoutAtZoom at k=${initial.k.toFixed(2)} (warm)`, () =>
  layoutAtZoom(prepared, toX, quantiseZoom(initial.k), WIDTH),
);
const { markRadius } = prepared.geometry;
time('visibleSlice (per frame)', () => visibleSlice(one, initial, WIDTH, markRadius), 20);
const slice = visibleSlice(one, initial, WIDTH, markRadius);
console.log(
  `           ${slice.items.length} items on screen at the first view ` +
    `(${slice.items.filter((item) => item.kind === 'mark').length} marks); ` +
    `${one.marks.length} marks and ${one.clusters.length} clusters in that layout`,
);
const perLayout = (heapAfterLayouts - heapBeforeLayouts) / levels.size;
console.log(
  `\nHeap (Node, after GC): data + prepared ${((heapBeforeLayouts - heapStart) / 2 ** 20).toFixed(1)} MB; ` +
    `the ${levels.size} cached layouts ${((heapAfterLayouts - heapBeforeLayouts) / 2 ** 20).toFixed(1)} MB ` +
    `(${(perLayout / 2 ** 20).toFixed(2)} MB each)`,
);
void cache.size;
void json;
