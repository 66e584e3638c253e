import { render, waitFor } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { indexOutline } from '../../src/model/timelineIndex.ts';
import { firstViewRange, timelineDomain } from '../../src/model/timelineView.ts';
import Timeline from '../../src/views/timeline/Timeline.svelte';
import { loadBuiltTimeline } from './fixtures.ts';

const data = loadBuiltTimeline();
const domain = timelineDomain(data.events);

// jsdom lays nothing out: the test tells the timeline its width, and changes it.
let resize: (width: number) => void = () => {};
class ControlledObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    resize = (width) =>
      this.callback(
        [{ contentRect: { width } } as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    resize(1200);
  }
  unobserve() {}
  disconnect() {}
}

beforeAll(() => vi.stubGlobal('ResizeObserver', ControlledObserver));
afterAll(() => vi.unstubAllGlobals());

/** Screen x of every drawn mark and cluster, from its transform. */
function drawnXs(): number[] {
  return [...document.querySelectorAll('[data-mark]')].map((mark) =>
    Number(/translate\(([-\d.e]+)/.exec(mark.getAttribute('transform') ?? '')?.[1]),
  );
}

describe('the timeline when its room changes (a panel opening beside it)', () => {
  it('lays its events out again for the new width: still drawn, and inside it', async () => {
    render(Timeline, {
      props: {
        events: data.events,
        themes: data.themes,
        themeById: indexOutline(data).themeById,
        eras: data.eras,
        domain,
        selectedId: null,
        initialRange: firstViewRange(data.events, domain),
        onSelect: () => {},
      },
    });
    await waitFor(() => expect(drawnXs().length).toBeGreaterThan(10));
    const before = drawnXs().length;
    resize(700);
    await waitFor(() => {
      const xs = drawnXs();
      // The same span of time in less room: about as many marks, all within the drawing.
      expect(xs.length).toBeGreaterThan(before / 3);
      const inside = xs.filter((x) => x >= -20 && x <= 700 - 136 + 20);
      expect(inside.length).toBeGreaterThan(xs.length * 0.8);
    });
  });
});
