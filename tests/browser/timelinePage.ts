/**
 * A small page object for the timeline view, so that browser tests read as what a reader does
 * ("zooms in twice, and the axis counts years") rather than as selectors and coordinates.
 *
 * It only relies on the timeline's DOM contract: the focusable `svg[role="group"]`, the axis
 * labels `.time-axis text.label`, event marks `g[data-mark][data-event-id]`, clusters
 * `g[data-mark][data-cluster]`, the zoom buttons, the polite live region and the detail panel.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { eventSpan } from '../../src/model/eventTime.ts';
import type { TimelineData, TimelineEvent } from '../../src/model/timelineSchema.ts';

export const timelineData = JSON.parse(
  readFileSync('public/data/timeline.json', 'utf8'),
) as TimelineData;

/** The events in the order the timeline steps through them: by anchor, then by id. */
export const eventsInTimeOrder: readonly TimelineEvent[] = timelineData.events
  .map((event) => ({ event, anchor: eventSpan(event.date).anchorMs }))
  .sort((a, b) => a.anchor - b.anchor || (a.event.id < b.event.id ? -1 : 1))
  .map(({ event }) => event);

export function eventById(id: string): TimelineEvent {
  const event = timelineData.events.find((item) => item.id === id);
  if (!event) throw new Error(`No event "${id}" in public/data/timeline.json`);
  return event;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface AxisLabel {
  text: string;
  /** The tick's x in the SVG's own coordinates (0 is the drawing's left edge). */
  x: number;
}

/** What the axis counts in, read from the distance between its labels. */
export type AxisUnit = 'centuries' | 'decades' | 'years' | 'months' | 'days';

export interface AxisReading {
  labels: AxisLabel[];
  /** The instants of the labelled ticks, worked out from their text. */
  times: number[];
  /** The time range from the drawing's left edge to its right edge (UTC ms). */
  from: number;
  to: number;
  unit: AxisUnit;
}

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Turns the labels of one axis into instants. Labels are "1990" (a year, or a January on a
 * month axis), "Jul 1995" / "Jul" (months; the first says the year) and "11 Jul 1995" / "11 Jul"
 * (days). A label without a year takes it from the one before, moving on when the month wraps.
 */
export function labelTimes(labels: readonly AxisLabel[]): number[] {
  let year = Number.NaN;
  let month = 0;
  return labels.map(({ text }) => {
    const parts = text.trim().split(/\s+/);
    const yearPart = parts.find((part) => /^-?\d{3,4}$/.test(part));
    const monthPart = parts.find((part) => MONTHS.includes(part));
    const dayPart = parts.find((part) => /^\d{1,2}$/.test(part));
    const nextMonth = monthPart === undefined ? 0 : MONTHS.indexOf(monthPart);
    if (yearPart !== undefined) year = Number(yearPart);
    else if (nextMonth < month) year += 1;
    month = nextMonth;
    return Date.UTC(year, month, dayPart === undefined ? 1 : Number(dayPart));
  });
}

function unitOf(times: readonly number[]): AxisUnit {
  const gaps = times.slice(1).map((time, index) => time - (times[index] as number));
  const gap = Math.min(...gaps);
  if (gap >= 95 * YEAR_MS) return 'centuries';
  if (gap >= 9.5 * YEAR_MS) return 'decades';
  if (gap >= 0.95 * YEAR_MS) return 'years';
  if (gap >= 27 * DAY_MS) return 'months';
  return 'days';
}

export class TimelinePage {
  readonly svg: Locator;
  readonly axisLabels: Locator;
  readonly marks: Locator;
  readonly clusters: Locator;
  readonly zoomInButton: Locator;
  readonly zoomOutButton: Locator;
  readonly showAllButton: Locator;
  readonly wheelHint: Locator;
  readonly liveRegion: Locator;
  readonly panel: Locator;
  readonly panelTitle: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.svg = page.locator('svg[role="group"][aria-label^="Timeline"]');
    this.axisLabels = this.svg.locator('.time-axis text.label');
    this.marks = this.svg.locator('g[data-mark][data-event-id]');
    this.clusters = this.svg.locator('g[data-mark][data-cluster]');
    this.zoomInButton = page.getByRole('button', { name: 'Zoom in', exact: true });
    this.zoomOutButton = page.getByRole('button', { name: 'Zoom out', exact: true });
    this.showAllButton = page.getByRole('button', { name: 'Show all', exact: true });
    this.wheelHint = page.locator('.zoom-hint');
    this.liveRegion = page.locator('[aria-live="polite"]');
    this.panel = page.locator('aside.detail-panel');
    this.panelTitle = this.panel.locator('[data-panel-title]');
    this.closeButton = page.getByRole('button', { name: 'Close details' });
  }

  /** Opens the timeline and waits until its axis and marks are drawn and still. */
  async open(path = './'): Promise<this> {
    await this.page.goto(path);
    await expect(this.svg).toBeVisible();
    await expect(this.marks.first()).toBeVisible();
    await this.waitUntilStill();
    return this;
  }

  mark(id: string): Locator {
    return this.svg.locator(`g[data-mark][data-event-id="${id}"]`);
  }

  /** The axis labels as drawn now, left to right. */
  async axisLabelsNow(): Promise<AxisLabel[]> {
    return this.axisLabels.evaluateAll((nodes) =>
      nodes
        .map((node) => ({ text: node.textContent ?? '', x: Number(node.getAttribute('x')) }))
        .sort((a, b) => a.x - b.x),
    );
  }

  /** The axis now: its labels, the range it shows and the unit it counts in. */
  async readAxis(): Promise<AxisReading> {
    const labels = await this.axisLabelsNow();
    const width = await this.svg.evaluate((node) => node.getBoundingClientRect().width);
    if (labels.length < 2)
      throw new Error(`Too few axis labels to read: ${JSON.stringify(labels)}`);
    const times = labelTimes(labels);
    const first = labels[0] as AxisLabel;
    const last = labels.at(-1) as AxisLabel;
    const msPerPx = ((times.at(-1) as number) - (times[0] as number)) / (last.x - first.x);
    const from = (times[0] as number) - first.x * msPerPx;
    return { labels, times, from, to: from + width * msPerPx, unit: unitOf(times) };
  }

  /** The visible span in years, as the axis says. */
  async visibleYears(): Promise<number> {
    const { from, to } = await this.readAxis();
    return (to - from) / YEAR_MS;
  }

  /** A fingerprint of what is drawn: axis labels with their positions, and the marks. */
  private async drawing(): Promise<string> {
    return this.svg.evaluate((node) =>
      [
        ...[...node.querySelectorAll('.time-axis text.label')].map(
          (label) => `${label.textContent}@${label.getAttribute('x')}`,
        ),
        ...[...node.querySelectorAll('g[data-mark]')].map((mark) => mark.getAttribute('transform')),
      ].join('|'),
    );
  }

  /**
   * Waits until the drawing stops changing (an animated zoom or pan has ended): the same
   * fingerprint on two reads a few frames apart.
   */
  async waitUntilStill(): Promise<void> {
    // Busy while the exact zoom level is laid out (a nearby level stands in meanwhile).
    await expect(this.svg).toHaveAttribute('aria-busy', 'false', { timeout: 5_000 });
    let previous = '';
    await expect
      .poll(
        async () => {
          const now = await this.drawing();
          const still = now === previous;
          previous = now;
          return still;
        },
        { intervals: [120], timeout: 5_000, message: 'the timeline should stop moving' },
      )
      .toBe(true);
  }

  async zoomIn(times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.zoomInButton.click();
      await this.waitUntilStill();
    }
  }

  async showAll(): Promise<void> {
    await this.showAllButton.click();
    await this.waitUntilStill();
  }

  /** The SVG's box on the page. */
  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.svg.boundingBox();
    if (!box) throw new Error('The timeline is not on screen');
    return box;
  }

  /** A point over the axis band, at a fraction of the drawing's width: no mark is there. */
  async pointOnAxis(fraction = 0.5): Promise<{ x: number; y: number }> {
    const box = await this.box();
    return { x: box.x + box.width * fraction, y: box.y + 30 };
  }

  /** A point in the lanes, below the axis, where wheel and touch gestures happen. */
  async pointInLanes(fraction = 0.5): Promise<{ x: number; y: number }> {
    const box = await this.box();
    return { x: box.x + box.width * fraction, y: box.y + Math.min(box.height / 2, 200) };
  }

  /** The mouse drags the drawing sideways by `dx` pixels, starting over the axis. */
  async dragBy(dx: number): Promise<void> {
    const start = await this.pointOnAxis(0.5);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + dx, start.y, { steps: 12 });
    await this.page.mouse.up();
    await this.waitUntilStill();
  }

  /** Drags the drawing until the instant `ms` is in the middle (as far as the ends allow). */
  async dragToCentre(ms: number): Promise<void> {
    const { width } = await this.box();
    for (let drags = 0; drags < 10; drags += 1) {
      const { from, to } = await this.readAxis();
      const dx = width / 2 - ((ms - from) / (to - from)) * width;
      if (Math.abs(dx) < 4) return;
      const before = from;
      await this.dragBy(Math.max(-0.4 * width, Math.min(0.4 * width, dx)));
      if ((await this.readAxis()).from === before) return; // at an end of the timeline
    }
  }

  /** One wheel turn over the lanes, with Ctrl held or not. */
  async wheel(deltaY: number, options: { ctrl?: boolean; deltaX?: number } = {}): Promise<void> {
    const point = await this.pointInLanes();
    await this.page.mouse.move(point.x, point.y);
    if (options.ctrl) await this.page.keyboard.down('Control');
    await this.page.mouse.wheel(options.deltaX ?? 0, deltaY);
    if (options.ctrl) await this.page.keyboard.up('Control');
  }

  /** The ids of the event marks drawn now (inside the drawing or partly outside it). */
  async markIds(): Promise<string[]> {
    return this.marks.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-event-id') ?? ''),
    );
  }

  /** How many event marks have their dot inside the drawing. */
  async marksOnScreen(): Promise<number> {
    return this.svg.evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('g[data-mark][data-event-id] circle.dot')].filter((dot) => {
        const box = dot.getBoundingClientRect();
        const centre = box.x + box.width / 2;
        return centre >= frame.left && centre <= frame.right;
      }).length;
    });
  }

  /** Whether an event's mark is drawn, with its dot inside the drawing. */
  async isMarkOnScreen(id: string): Promise<boolean> {
    return this.svg.evaluate((svg, eventId) => {
      const dot = svg.querySelector(
        `g[data-mark][data-event-id="${CSS.escape(eventId)}"] circle.dot`,
      );
      if (!dot) return false;
      const frame = svg.getBoundingClientRect();
      const box = dot.getBoundingClientRect();
      const centre = box.x + box.width / 2;
      return centre >= frame.left && centre <= frame.right;
    }, id);
  }

  /**
   * The boxes (page pixels) of every visible event label and cluster bubble, cut to the
   * drawing's frame; the ones wholly outside it are left out, as nobody can see them.
   */
  async labelAndClusterBoxes(): Promise<Box[]> {
    return this.svg.evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      const nodes: [string, Element][] = [
        ...[...svg.querySelectorAll('g[data-mark][data-event-id] text.label')].map(
          (node): [string, Element] => [
            `label of ${node.closest('[data-event-id]')?.getAttribute('data-event-id')} "${node.textContent}"`,
            node,
          ],
        ),
        ...[...svg.querySelectorAll('g[data-mark][data-cluster] .bubble')].map(
          (node): [string, Element] => [
            `cluster ${node.closest('[data-cluster]')?.getAttribute('data-cluster')}`,
            node,
          ],
        ),
      ];
      return nodes.flatMap(([name, node]) => {
        const box = node.getBoundingClientRect();
        const left = Math.max(box.left, frame.left);
        const right = Math.min(box.right, frame.right);
        const top = Math.max(box.top, frame.top);
        const bottom = Math.min(box.bottom, frame.bottom);
        if (right <= left || bottom <= top) return [];
        return [{ name, x: left, y: top, width: right - left, height: bottom - top }];
      });
    });
  }

  /** Every pair of visible labels and cluster bubbles that overlap by more than `tolerance`. */
  async overlappingLabels(tolerance = 0.5): Promise<string[]> {
    const boxes = await this.labelAndClusterBoxes();
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (dx > tolerance && dy > tolerance) {
          overlaps.push(`${a.name} and ${b.name} overlap by ${dx.toFixed(1)}×${dy.toFixed(1)} px`);
        }
      }
    }
    return overlaps;
  }

  /** The data-event-id of whatever has keyboard focus (null when it is not an event mark). */
  async focusedEventId(): Promise<string | null> {
    return this.page.evaluate(
      () => document.activeElement?.closest('[data-mark]')?.getAttribute('data-event-id') ?? null,
    );
  }
}
