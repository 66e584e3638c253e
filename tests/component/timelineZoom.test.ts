/**
 * The timeline's zoom behaviour (d3-zoom, configured by src/model/zoomRules.ts) on a real SVG
 * node: the guarantees of d3-zoom this app relies on, through the same calls the buttons, keys
 * and a new domain make.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ZoomTransform } from 'd3-zoom';
import { TimelineZoom } from '../../src/views/timeline/timelineZoom.ts';

const WIDTH = 1000;
let detach = () => {};
afterEach(() => detach());

function attachedZoom(scaleExtent: [number, number] = [1, 64]) {
  const moves: { transform: ZoomTransform; byReader: boolean }[] = [];
  const hints: number[] = [];
  const zoom = new TimelineZoom(
    (transform, byReader) => moves.push({ transform, byReader }),
    () => hints.push(1),
  );
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  detach = zoom.attach(svg);
  zoom.resize(WIDTH, 300);
  zoom.setScaleExtent(scaleExtent);
  return { zoom, svg, moves, hints };
}

const still = { animate: false };

describe('the timeline zoom on d3-zoom', () => {
  it('zooming in step by step up to the limit keeps the centre time in view, then stops', () => {
    const { zoom } = attachedZoom([1, 64]);
    zoom.showRange(600, 700, still);
    const centre = zoom.current().invertX(WIDTH / 2);
    for (let step = 0; step < 10; step++) {
      zoom.zoomBy(2, still);
      expect(zoom.current().invertX(WIDTH / 2)).toBeCloseTo(centre, 6);
    }
    expect(zoom.current().k).toBe(64);
    expect(zoom.canZoomIn()).toBe(false);
  });

  it('a step that cannot zoom further changes nothing and tells nobody', () => {
    const { zoom, moves } = attachedZoom([1, 8]);
    zoom.centreOn(300, { k: 8, animate: false });
    const before = zoom.current();
    const count = moves.length;
    zoom.zoomBy(2, still);
    expect(zoom.current()).toBe(before);
    expect(moves.length).toBe(count);
  });

  it('ctrl + wheel at the limit keeps the time under the pointer', () => {
    const { zoom, svg } = attachedZoom([1, 16]);
    zoom.showRange(100, 200, still);
    const pointerX = 250;
    const under = zoom.current().invertX(pointerX);
    for (let notch = 0; notch < 10; notch++) {
      svg.dispatchEvent(
        new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: pointerX, bubbles: true }),
      );
    }
    expect(zoom.current().k).toBe(16);
    expect(zoom.current().invertX(pointerX)).toBeCloseTo(under, 6);
  });

  it('one wheel notch zooms by 1.3–2.5×; a plain wheel before a click only shows the hint', () => {
    const { zoom, svg, hints } = attachedZoom([1, 1000]);
    zoom.showRange(400, 600, still);
    const span = () => WIDTH / zoom.current().k;
    const before = span();
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true }));
    expect(span()).toBe(before);
    expect(hints.length).toBe(1);
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true }));
    const ratio = before / span();
    expect(ratio).toBeGreaterThanOrEqual(1.3);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });

  it('the limits follow a new domain: a view zoomed past the new limit is brought back to it', () => {
    const { zoom, moves } = attachedZoom([1, 64]);
    zoom.centreOn(500, { k: 64, animate: false });
    zoom.setScaleExtent([1, 4]);
    expect(zoom.current().k).toBe(4);
    expect(zoom.scaleExtent()).toEqual([1, 4]);
    expect(moves.at(-1)?.byReader).toBe(false);
    zoom.setScaleExtent([1, 256]);
    zoom.zoomBy(32, still);
    expect(zoom.current().k).toBe(128);
  });

  it('a resize keeps the same stretch of the timeline in view', () => {
    const { zoom } = attachedZoom([1, 64]);
    zoom.showRange(200, 300, still);
    const shownBefore = [zoom.current().invertX(0), zoom.current().invertX(WIDTH)];
    zoom.resize(500, 300);
    const fraction = (x: number) => x / WIDTH;
    const shownAfter = [zoom.current().invertX(0), zoom.current().invertX(500)];
    expect(fraction(shownBefore[0] as number)).toBeCloseTo((shownAfter[0] as number) / 500, 9);
    expect(fraction(shownBefore[1] as number)).toBeCloseTo((shownAfter[1] as number) / 500, 9);
  });
});
