import { describe, expect, it } from 'vitest';
import {
  createTimeScale,
  interpolateView,
  transformShowing,
  ZoomTransform,
  zoomIdentity,
} from '../../src/model/zoomTransform.ts';

const YEAR_1990 = Date.UTC(1990, 0, 1);
const YEAR_2000 = Date.UTC(2000, 0, 1);

describe('the time scale', () => {
  const scale = createTimeScale([YEAR_1990, YEAR_2000], [0, 1000]);

  it('maps the domain onto the range linearly and inverts it', () => {
    expect(scale(YEAR_1990)).toBe(0);
    expect(scale(YEAR_2000)).toBe(1000);
    expect(scale.invert(500)).toBeCloseTo((YEAR_1990 + YEAR_2000) / 2, -1);
    expect(scale.domain().map((date) => date.getTime())).toEqual([YEAR_1990, YEAR_2000]);
  });
});

describe('the zoom transform', () => {
  const base = createTimeScale([YEAR_1990, YEAR_2000], [0, 1000]);

  it('rescales the base scale as d3-zoom does: zooming 2× about the centre shows the middle half', () => {
    const zoomed = zoomIdentity.scaleAt(2, 500);
    const visible = zoomed.rescale(base);
    expect(visible.domainMs[0]).toBeCloseTo(base.invert(250), -1);
    expect(visible.domainMs[1]).toBeCloseTo(base.invert(750), -1);
    expect(visible(base.invert(500))).toBeCloseTo(500);
  });

  it('keeps the point under the pointer still while zooming', () => {
    const before = new ZoomTransform(3, -700);
    const after = before.scaleAt(1.7, 320);
    expect(after.invertX(320)).toBeCloseTo(before.invertX(320));
  });

  it('never zooms out past the whole range nor in past the limit, nor pans off the content', () => {
    expect(new ZoomTransform(0.5, 200).constrain(1000, 50)).toEqual(zoomIdentity);
    expect(new ZoomTransform(80, 0).constrain(1000, 50).k).toBe(50);
    const pannedTooFar = new ZoomTransform(4, -5000).constrain(1000, 50);
    expect(pannedTooFar.applyX(1000)).toBeCloseTo(1000);
    expect(new ZoomTransform(4, 300).constrain(1000, 50).x).toBe(0);
  });

  it('shows a requested range edge to edge', () => {
    const transform = transformShowing(200, 400, 1000);
    expect(transform.applyX(200)).toBeCloseTo(0);
    expect(transform.applyX(400)).toBeCloseTo(1000);
  });

  it('moves smoothly between two views, starting and ending exactly on them', () => {
    const from = zoomIdentity;
    const to = transformShowing(600, 700, 1000);
    const start = interpolateView(from, to, 1000, 0);
    const end = interpolateView(from, to, 1000, 1);
    expect(start.k).toBeCloseTo(from.k);
    expect(start.x).toBeCloseTo(from.x);
    expect(end.k).toBeCloseTo(to.k);
    expect(end.x).toBeCloseTo(to.x);
    const middle = interpolateView(from, to, 1000, 0.5);
    // Geometric in span: half-way between 1000 px and 100 px of base range is about 316 px.
    expect(1000 / middle.k).toBeCloseTo(Math.sqrt(1000 * 100), 0);
  });
});
