import { zoomIdentity, ZoomTransform } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { MS_PER_YEAR, yearStartMs } from '../../src/model/partialDate.ts';
import {
  constrainToTimeline,
  MAX_ZOOM_FACTOR,
  scaleExtentFor,
  wheelZoomExponent,
  zoomedAt,
} from '../../src/model/zoomRules.ts';

const DAY_MS = 86_400_000;
const WIDTH = 1000;
const extent: [[number, number], [number, number]] = [
  [0, 0],
  [WIDTH, 300],
];
const constrain = (transform: ZoomTransform) => constrainToTimeline(transform, extent, extent);

describe('scaleExtentFor', () => {
  it('lets a calendar timeline zoom in to about a month across the view', () => {
    const domain: [number, number] = [Date.UTC(1890, 0, 1), Date.UTC(2026, 0, 1)];
    const [min, max] = scaleExtentFor(domain);
    expect(min).toBe(1);
    const closestSpanDays = (domain[1] - domain[0]) / max / DAY_MS;
    expect(closestSpanDays).toBeGreaterThan(28);
    expect(closestSpanDays).toBeLessThan(32);
  });

  it('stops a deep-time timeline at about a year across, and never past MAX_ZOOM_FACTOR', () => {
    const cosmos: [number, number] = [yearStartMs(-13_800_000_000), Date.UTC(2020, 0, 1)];
    const [, max] = scaleExtentFor(cosmos);
    expect((cosmos[1] - cosmos[0]) / max / MS_PER_YEAR).toBeCloseTo(1, 3);
    expect(scaleExtentFor([yearStartMs(-1e15), yearStartMs(1e15)])[1]).toBe(MAX_ZOOM_FACTOR);
  });

  it('follows a new domain: a shorter one allows less zoom', () => {
    const long = scaleExtentFor([Date.UTC(1890, 0, 1), Date.UTC(2026, 0, 1)])[1];
    const short = scaleExtentFor([Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)])[1];
    expect(short).toBeLessThan(long / 10);
    // A domain shorter than a month cannot be zoomed at all, and an empty one does not break.
    expect(scaleExtentFor([0, DAY_MS])).toEqual([1, 1]);
    expect(scaleExtentFor([0, Number.POSITIVE_INFINITY])).toEqual([1, 1]);
  });
});

describe('wheelZoomExponent', () => {
  const notch = (deltaY: number, ctrlKey: boolean, deltaMode = 0) =>
    2 ** wheelZoomExponent({ deltaY, deltaMode, ctrlKey });

  it('zooms one mouse-wheel notch by 1.3–2×, with or without ctrl, in pixels or lines', () => {
    for (const factor of [notch(-100, true), notch(-120, false), notch(-3, true, 1)]) {
      expect(factor).toBeGreaterThanOrEqual(1.3);
      expect(factor).toBeLessThanOrEqual(2);
    }
    expect(notch(100, true)).toBeCloseTo(1 / notch(-100, true));
  });

  it('keeps a trackpad pinch (ctrl + small deltas) proportional and gentle', () => {
    const small = notch(-2, true);
    const larger = notch(-6, true);
    expect(small).toBeGreaterThan(1);
    expect(small).toBeLessThan(1.1);
    expect(Math.log(larger) / Math.log(small)).toBeCloseTo(3, 6);
  });
});

describe('zoomedAt: the d3-zoom order (cap, re-anchor, constrain)', () => {
  const limits: [number, number] = [1, 8];

  it('keeps the time under the pointer in place while zooming in', () => {
    const from = new ZoomTransform(2, -600, 0);
    const to = zoomedAt(from, 1.5, 320, limits, constrain);
    expect(to.k).toBe(3);
    expect(to.invertX(320)).toBeCloseTo(from.invertX(320), 9);
  });

  it('at the limit, keeps the time under the pointer instead of jumping to the end', () => {
    const from = new ZoomTransform(6, -3000, 0);
    const to = zoomedAt(from, 2, 320, limits, constrain);
    expect(to.k).toBe(8);
    expect(to.invertX(320)).toBeCloseTo(from.invertX(320), 9);
    expect(to.invertX(WIDTH)).toBeLessThan(WIDTH);
  });

  it('a step that cannot zoom further changes nothing', () => {
    const atLimit = new ZoomTransform(8, -3000, 0);
    expect(zoomedAt(atLimit, 2, 320, limits, constrain)).toEqual(atLimit);
    expect(zoomedAt(zoomIdentity, 0.5, 500, limits, constrain)).toEqual(zoomIdentity);
  });

  it('never shows anything beyond either end of the timeline', () => {
    const nearStart = zoomedAt(new ZoomTransform(4, -10, 0), 0.5, 900, limits, constrain);
    expect(nearStart.invertX(0)).toBeGreaterThanOrEqual(0);
    const nearEnd = zoomedAt(new ZoomTransform(4, -2990, 0), 0.5, 100, limits, constrain);
    expect(nearEnd.invertX(WIDTH)).toBeLessThanOrEqual(WIDTH + 1e-9);
  });
});

describe('constrainToTimeline', () => {
  it('pins y to 0 and keeps the whole base range [0, width] covering the view', () => {
    const panned = constrainToTimeline(new ZoomTransform(2, 400, 55), extent, extent);
    expect(panned.y).toBe(0);
    expect(panned.x).toBe(0);
    const past = constrainToTimeline(new ZoomTransform(2, -5000, 0), extent, extent);
    expect(past.invertX(WIDTH)).toBeCloseTo(WIDTH, 9);
  });
});
