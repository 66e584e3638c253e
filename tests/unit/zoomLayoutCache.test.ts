import { describe, expect, it } from 'vitest';
import { labelExtent } from '../../src/model/labelFitting.ts';
import { prepareTimeline } from '../../src/model/prepareTimeline.ts';
import { CLUSTER_BUBBLE_MAX_WIDTH } from '../../src/model/timelineGeometry.ts';
import type { EventHead, Theme } from '../../src/model/timelineSchema.ts';
import { quantiseZoom, ZoomLayoutCache } from '../../src/model/zoomLayoutCache.ts';
import { createRandom as random } from '../bench/syntheticTimeline.ts';

const theme: Theme = {
  id: 'politics',
  label: 'Politics',
  description: '',
  colour: { light: '#1d4ed8', dark: '#8ab4ff' },
};
const events: EventHead[] = Array.from({ length: 60 }, (_, index) => ({
  id: `event-${index}`,
  title: `Event number ${index}`,
  date: { start: String(1950 + index), precision: 'year', basis: 'stated' },
  themes: ['politics'],
  importance: 1,
  disputes: [],
}));
const prepared = prepareTimeline(events, [theme], {
  compact: false,
  measure: (text) => text.length * 7,
});
const toX = (ms: number) => (ms - Date.UTC(1950, 0, 1)) / 1e9;
/** The unzoomed width: the time domain ends weeks after the last event (anchored mid-2009). */
const baseWidth = toX(Date.UTC(2009, 7, 15));

describe('the cache of layouts per zoom level', () => {
  it('serves the nearest cached level below while a new one is not laid out', () => {
    const cache = new ZoomLayoutCache(prepared, toX, baseWidth);
    const one = cache.at(1);
    const four = cache.at(4);
    expect(cache.nearestBelow(3.5)).toBe(one);
    expect(cache.nearestBelow(6)).toBe(four);
    expect(cache.has(6)).toBe(false);
  });

  it('keeps at most its capacity of levels, and always level 1', () => {
    const cache = new ZoomLayoutCache(prepared, toX, baseWidth, 3);
    const one = cache.at(1);
    for (const level of [2, 4, 8, 16]) cache.at(level);
    expect(cache.has(1)).toBe(true);
    expect(cache.at(1)).toBe(one);
    expect([2, 4, 8, 16].filter((level) => cache.has(level))).toHaveLength(2);
  });

  it('spaces cluster bubbles further apart than the widest bubble is drawn', () => {
    // An event every week is 0.6 px apart at level 1: one lane of bubbles packed as close as the
    // layout allows, so the closest two centres are the layout's spacing itself. It must exceed
    // the widest bubble (ClusterMark draws none wider), or neighbouring bubbles touch.
    const weekly: EventHead[] = Array.from({ length: 600 }, (_, index) => ({
      ...events[0]!,
      id: `week-${index}`,
      date: {
        start: new Date(Date.UTC(1950, 0, 2 + 7 * index)).toISOString().slice(0, 10),
        precision: 'day',
        basis: 'stated',
      },
    }));
    const crowded = prepareTimeline(weekly, [theme], {
      compact: false,
      measure: (text) => text.length * 7,
    });
    const layout = new ZoomLayoutCache(crowded, toX, toX(Date.UTC(1961, 6, 1))).at(1);
    expect(layout.clusters.length).toBeGreaterThan(5);
    const gaps = layout.clusters.slice(1).map((cluster, i) => cluster.x - layout.clusters[i]!.x);
    expect(Math.min(...gaps)).toBeGreaterThan(CLUSTER_BUBBLE_MAX_WIDTH);
  });

  it("places no label beyond the domain's ends at any level, where no pan would show it", () => {
    const cache = new ZoomLayoutCache(prepared, toX, baseWidth);
    for (const level of [1, 2, 4, 8]) {
      const labelled = cache.at(level).marks.filter((mark) => mark.row !== null);
      expect(labelled.length).toBeGreaterThan(0);
      const outside = labelled.filter(
        (mark) => labelExtent(mark).start < 0 || labelExtent(mark).end > baseWidth * level,
      );
      expect(outside.map((mark) => mark.id)).toEqual([]);
    }
    // The last event sits close to the end: its label goes on the left of its mark.
    expect(cache.at(8).marks.at(-1)).toMatchObject({ id: 'event-59', side: 'left' });
  });

  it('lays a level out in slices between frames to the same result as at once', async () => {
    const sliced = new ZoomLayoutCache(prepared, toX, baseWidth);
    const pauses: number[] = [];
    await sliced.prepare(4, () => {
      pauses.push(1);
      return Promise.resolve();
    });
    expect(sliced.has(4)).toBe(true);
    expect(pauses.length).toBeGreaterThan(0);
    expect(sliced.at(4)).toEqual(new ZoomLayoutCache(prepared, toX, baseWidth).at(4));
  });
});

describe('quantiseZoom', () => {
  it('returns the largest eighth-of-an-octave step not above k', () => {
    expect(quantiseZoom(1)).toBe(1);
    expect(quantiseZoom(2)).toBe(2);
    expect(quantiseZoom(1.5)).toBeCloseTo(2 ** (4 / 8), 12);
    expect(quantiseZoom(0.7)).toBeCloseTo(2 ** (-5 / 8), 12);
    expect(quantiseZoom(3, 1)).toBe(2);
  });

  it('lands within one step below k for any zoom', () => {
    const next = random(3);
    for (let i = 0; i < 1000; i += 1) {
      const k = 2 ** (next() * 20 - 6);
      const quantised = quantiseZoom(k);
      expect(quantised).toBeLessThanOrEqual(k);
      expect(quantised * 2 ** (1 / 8)).toBeGreaterThan(k);
    }
  });

  it('is exact on every step, so a zoom on a step keeps its own layout', () => {
    for (let i = -40; i <= 80; i += 1) {
      const step = 2 ** (i / 8);
      expect(quantiseZoom(step)).toBe(step);
    }
  });

  it('rejects a zoom that is not positive', () => {
    expect(() => quantiseZoom(0)).toThrow(RangeError);
    expect(() => quantiseZoom(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
