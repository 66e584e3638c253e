import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { indexOutline } from '../../src/model/timelineIndex.ts';
import { firstViewRange, timelineDomain } from '../../src/model/timelineView.ts';
import Timeline from '../../src/views/timeline/Timeline.svelte';
import { loadBuiltTimeline } from './fixtures.ts';

const data = loadBuiltTimeline();
const domain = timelineDomain(data.events);

// jsdom lays nothing out: the timeline learns its width from a ResizeObserver, given here.
class FixedWidthObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    this.callback(
      [{ contentRect: { width: 1200 } } as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', FixedWidthObserver);
  if (!('CSS' in globalThis))
    vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/["\\]/g, '\\$&') });
});
afterAll(() => vi.unstubAllGlobals());

function renderTimeline(onSelect = vi.fn()) {
  render(Timeline, {
    props: {
      events: data.events,
      themes: data.themes,
      themeById: indexOutline(data).themeById,
      eras: data.eras,
      domain,
      selectedId: null,
      initialRange: firstViewRange(data.events, domain),
      onSelect,
    },
  });
  return onSelect;
}

async function firstMark(): Promise<HTMLElement> {
  await waitFor(() => expect(document.querySelector('[data-mark][data-event-id]')).not.toBeNull());
  return document.querySelector<HTMLElement>('[data-mark][data-event-id]') as HTMLElement;
}

describe('the timeline from the keyboard', () => {
  it('every event mark is a button named by its title and date, reachable with Tab', async () => {
    renderTimeline();
    const mark = await firstMark();
    const event = data.events.find((candidate) => candidate.id === mark.dataset.eventId);
    expect(mark).toHaveAttribute('tabindex', '0');
    expect(mark).toHaveAccessibleName(expect.stringContaining(event?.title ?? '?'));
  });

  it('Enter or Space on a mark selects its event', async () => {
    const onSelect = renderTimeline();
    const mark = await firstMark();
    mark.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(mark.dataset.eventId);
    await userEvent.keyboard(' ');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('ArrowRight moves focus to the next event in time, ArrowLeft back', async () => {
    renderTimeline();
    await firstMark();
    const ids = data.events.map((event) => event.id);
    const drawn = new Set(
      [...document.querySelectorAll<HTMLElement>('[data-mark][data-event-id]')].map(
        (mark) => mark.dataset.eventId ?? '',
      ),
    );
    // A mark whose next event in time is a mark of its own too (not inside a cluster).
    const index = ids.findIndex((id, i) => drawn.has(id) && drawn.has(ids[i + 1] ?? ''));
    expect(index).toBeGreaterThanOrEqual(0);
    const mark = document.querySelector<HTMLElement>(
      `[data-mark][data-event-id="${ids[index]}"]`,
    ) as HTMLElement;
    mark.focus();
    await fireEvent.keyDown(mark, { key: 'ArrowRight' });
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.eventId).toBe(ids[index + 1]),
    );
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.eventId).toBe(ids[index]),
    );
  });

  it('+ and − on the drawing zoom in and out: the zoom buttons follow', async () => {
    renderTimeline();
    await firstMark();
    const drawing = screen.getByRole('group', { name: /^Timeline/ });
    const zoomOut = screen.getByRole('button', { name: 'Zoom out' });
    await fireEvent.keyDown(drawing, { key: '0' });
    await waitFor(() => expect(zoomOut).toBeDisabled());
    await fireEvent.keyDown(drawing, { key: '+' });
    await waitFor(() => expect(zoomOut).toBeEnabled());
    await fireEvent.keyDown(drawing, { key: '-' });
    await waitFor(() => expect(zoomOut).toBeDisabled());
  });

  it('keys with Ctrl, Alt or ⌘ are left to the browser', async () => {
    renderTimeline();
    await firstMark();
    const drawing = screen.getByRole('group', { name: /^Timeline/ });
    const event = new KeyboardEvent('keydown', {
      key: '+',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    drawing.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
