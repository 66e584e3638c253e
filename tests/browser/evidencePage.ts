/**
 * Page objects for the evidence views: the source reader (cited passages and where they lead),
 * the figures chart over the timeline (where its points should sit, read from the timeline's own
 * axis), plus what the data says each of them should show, worked out from public/data/ with
 * node:fs so that no test hard-codes a number or a title.
 *
 * DOM contract relied on: passages `[data-passage]` (role=button, data-start/data-end,
 * data-event-ids) holding `mark`s; figure points `g[data-figure-point]`; the chart's select
 * labelled "Figure"; the tooltip `[role="tooltip"]`; the timeline axis `.time-axis text.label`
 * and event dots `g[data-mark][data-event-id] circle.dot`.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { CoverageReport } from '../../src/model/coverageSchema.ts';
import type {
  EventDate,
  FigurePoint,
  FigureSeries,
  SourceDocument,
  TimelineEvent,
} from '../../src/model/timelineSchema.ts';
import { labelTimes, TimelinePage, timelineData } from './timelinePage.ts';

export const data = timelineData;
export const coverage = JSON.parse(
  readFileSync('public/data/coverage.json', 'utf8'),
) as CoverageReport;

/** The width of the timeline's lane-name column at viewports of 640 px and more. */
export const GUTTER = 136;

export function documentById(id: string): SourceDocument {
  const document = data.documents.find((item) => item.id === id);
  if (!document) throw new Error(`No document "${id}" in public/data/timeline.json`);
  return document;
}

export function documentText(id: string): string {
  return readFileSync(`public/data/${documentById(id).textPath}`, 'utf8');
}

export function seriesById(id: string): FigureSeries {
  const series = data.figures.find((item) => item.id === id);
  if (!series) throw new Error(`No figure series "${id}" in public/data/timeline.json`);
  return series;
}

export function eventTitle(id: string): string {
  const event = data.events.find((item) => item.id === id);
  if (!event) throw new Error(`No event "${id}" in public/data/timeline.json`);
  return event.title;
}

/** White space folded to one space, as the build compares quotes with the text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Range {
  start: number;
  end: number;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && a.end > b.start;

/** Whether the event itself quotes a passage of `documentId` overlapping `range`. */
export function eventQuotes(event: TimelineEvent, documentId: string, range: Range): boolean {
  return event.sources.some((source) => source.document === documentId && overlaps(source, range));
}

/**
 * Why a passage may lead to an event, from the data: the event quotes it, or a figure point or a
 * disputed claim that quotes it names the event. Null when nothing in the data links them.
 */
export function linkBetween(
  eventId: string,
  documentId: string,
  range: Range,
): 'quotes' | 'figure' | 'dispute' | null {
  const event = data.events.find((item) => item.id === eventId);
  if (event && eventQuotes(event, documentId, range)) return 'quotes';
  const byFigure = data.figures.some((series) =>
    series.points.some(
      (point) =>
        point.events.includes(eventId) &&
        point.sources.some((source) => source.document === documentId && overlaps(source, range)),
    ),
  );
  if (byFigure) return 'figure';
  const byDispute = data.disputes.some(
    (dispute) =>
      dispute.events.includes(eventId) &&
      dispute.claims.some((claim) => claim.document === documentId && overlaps(claim, range)),
  );
  return byDispute ? 'dispute' : null;
}

/** The instant a date is drawn at: a day at its start, a month or a year at its middle. */
export function anchorOf(date: EventDate): number {
  const [year, month, day] = date.start.split('-').map(Number) as [number, number?, number?];
  if (date.precision === 'day') return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (date.precision === 'month') {
    const from = Date.UTC(year, (month ?? 1) - 1, 1);
    return (from + Date.UTC(year, month ?? 1, 1)) / 2;
  }
  return (Date.UTC(year, 0, 1) + Date.UTC(year + 1, 0, 1)) / 2;
}

/** One cited passage as the reader draws it. */
export interface DrawnPassage {
  index: number;
  start: number;
  end: number;
  eventIds: string[];
  /** The text of its marks, in order. */
  text: string;
  role: string | null;
  tabindex: string | null;
  expanded: string | null;
  /** The words only a screen reader hears ("Passage cited by: …"). */
  hiddenName: string;
  /** For a disclosure: the role, hidden state and button texts of the element it controls. */
  controls: { role: string | null; hidden: boolean; buttons: string[] } | null;
}

export class ReaderPage {
  readonly timeline: TimelinePage;
  readonly passages: Locator;
  readonly marks: Locator;
  readonly current: Locator;
  readonly back: Locator;

  constructor(readonly page: Page) {
    this.timeline = new TimelinePage(page);
    this.passages = page.locator('.document-text [data-passage]');
    this.marks = page.locator('.document-text mark');
    this.current = page.locator('.document-text [aria-current="location"]');
    this.back = page.getByRole('button', { name: '← All documents' });
  }

  /** The Sources view's list of documents. */
  async openList(): Promise<void> {
    await this.page.goto('./?view=sources');
    await expect(this.page.getByRole('heading', { name: 'The source documents' })).toBeVisible();
  }

  /** Opens a document from the list, by its title, and waits for its text. */
  async openFromList(documentId: string): Promise<void> {
    const title = documentById(documentId).title;
    await this.page.getByRole('button', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(this.marks.first()).toBeVisible();
  }

  /** Every passage drawn now, with what a test needs to judge it. */
  async drawnPassages(): Promise<DrawnPassage[]> {
    return this.passages.evaluateAll((nodes) =>
      nodes.map((node, index) => {
        const id = node.getAttribute('aria-controls');
        const controlled = id ? document.getElementById(id) : null;
        return {
          index,
          start: Number(node.getAttribute('data-start')),
          end: Number(node.getAttribute('data-end')),
          eventIds: (node.getAttribute('data-event-ids') ?? '').split(' ').filter(Boolean),
          text: [...node.querySelectorAll('mark')].map((mark) => mark.textContent).join(''),
          role: node.getAttribute('role'),
          tabindex: node.getAttribute('tabindex'),
          expanded: node.getAttribute('aria-expanded'),
          hiddenName: node.querySelector('.visually-hidden')?.textContent ?? '',
          controls: controlled
            ? {
                role: controlled.getAttribute('role'),
                hidden: controlled.hidden === true,
                buttons: [...controlled.querySelectorAll('button')].map((b) => b.textContent ?? ''),
              }
            : null,
        };
      }),
    );
  }

  /** How many marks are not inside a passage. */
  async strayMarks(): Promise<number> {
    return this.marks.evaluateAll(
      (nodes) => nodes.filter((mark) => !mark.closest('[data-passage]')).length,
    );
  }

  /**
   * Clicks a passage on its first line: a passage that wraps is an inline box, and the middle of
   * its bounding box may be plain text of the paragraph.
   */
  async clickPassage(passage: Locator): Promise<void> {
    await passage.scrollIntoViewIfNeeded();
    const position = await passage.evaluate((node) => {
      const first = node.querySelector('mark')?.getClientRects()[0];
      const box = node.getBoundingClientRect();
      if (!first) throw new Error('A passage without a mark');
      return {
        x: first.left + Math.min(first.width / 2, 20) - box.left,
        y: first.top + first.height / 2 - box.top,
      };
    });
    await passage.click({ position });
  }
}

/** A figure point as drawn, in page pixels. */
export interface DrawnPoint {
  id: string;
  x: number;
  y: number;
}

export class FiguresPage {
  readonly timeline: TimelinePage;
  readonly toggle: Locator;
  readonly chart: Locator;
  readonly select: Locator;
  readonly note: Locator;
  readonly points: Locator;
  readonly tooltip: Locator;
  readonly tableSummary: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.timeline = new TimelinePage(page);
    this.toggle = page.getByRole('button', { name: 'Show figures' });
    this.chart = page.getByRole('region', { name: 'Figures from the sources' });
    this.select = this.chart.getByLabel('Figure', { exact: true });
    this.note = this.chart.locator('.note');
    this.points = this.chart.locator('g[data-figure-point]');
    this.tooltip = page.getByRole('tooltip');
    this.tableSummary = this.chart.getByText('The same figures as a table');
    this.table = this.chart.getByRole('table');
  }

  point(id: string): Locator {
    return this.chart.locator(`g[data-figure-point="${id}"]`);
  }

  /**
   * Opens the timeline at `path` (default: 1943 to the end, counted in decades) and shows the
   * figures with the toolbar's toggle, lined up with the timeline's years (the chart's own fitted
   * axis is tested in classroom.spec.ts).
   */
  async open(path = './?from=1943-01-01&to=2027-12-31'): Promise<void> {
    await this.timeline.open(path);
    await this.toggle.click();
    await expect(this.chart).toBeVisible();
    await this.chart.getByLabel("Line up with the timeline's years").check();
    await expect(this.points.first()).toBeAttached();
    await this.timeline.waitUntilStill();
  }

  async choose(seriesId: string): Promise<void> {
    await this.select.selectOption(seriesId);
    await expect(this.chart.getByRole('group', { name: seriesById(seriesId).label })).toBeVisible();
  }

  /** The points drawn now, at the centre of their boxes. */
  async drawnPoints(): Promise<DrawnPoint[]> {
    return this.points.evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return {
          id: node.getAttribute('data-figure-point') ?? '',
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
        };
      }),
    );
  }

  /** The left edge of the chart's plot (its svg's left plus the gutter), in page pixels. */
  async plotLeft(): Promise<number> {
    const left = await this.chart
      .locator('.plot svg')
      .evaluate((svg) => svg.getBoundingClientRect().left);
    return left + GUTTER;
  }

  /**
   * Where the timeline's axis puts an instant, in the drawing's own pixels (0 at its left edge):
   * two labelled year ticks (the first and last inside the drawing; any labelled ticks if fewer
   * than two years are labelled), read at the centres of their labels, and a straight line
   * through them.
   */
  async axisPosition(): Promise<{ at: (ms: number) => number; ticks: string }> {
    const { svgWidth, labels } = await this.timeline.svg.evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return {
        svgWidth: frame.width,
        labels: [...svg.querySelectorAll('.time-axis text.label')]
          // The tick's x: a label at the plot's edge is nudged inward (dx) to stay whole.
          .map((label) => ({
            text: label.textContent ?? '',
            x: Number(label.getAttribute('x')),
          }))
          .sort((a, b) => a.x - b.x),
      };
    });
    const times = labelTimes(labels);
    const ticks = labels
      .map((label, index) => ({ ...label, time: times[index] as number }))
      .filter((tick) => tick.x >= 0 && tick.x <= svgWidth);
    const years = ticks.filter((tick) => /^\d{4}$/.test(tick.text.trim()));
    const usable = years.length >= 2 ? years : ticks;
    const first = usable[0];
    const last = usable.at(-1);
    if (!first || !last || first === last) {
      throw new Error(`Too few axis labels to read: ${JSON.stringify(labels)}`);
    }
    const pxPerMs = (last.x - first.x) / (last.time - first.time);
    return {
      at: (ms) => first.x + (ms - first.time) * pxPerMs,
      ticks: `${first.text}@${first.x.toFixed(1)} … ${last.text}@${last.x.toFixed(1)}`,
    };
  }

  /**
   * Checks every drawn point of `series` against the axis: its centre must be where the axis puts
   * its date, shifted by the chart's plot offset, within `tolerance` pixels. Returns how many
   * points lie inside the plot.
   */
  async expectPointsOnAxis(series: FigureSeries, when: string, tolerance = 2): Promise<number> {
    const axis = await this.axisPosition();
    const plotLeft = await this.plotLeft();
    const timelineLeft = (await this.timeline.box()).x;
    const width = (await this.timeline.box()).width;
    expect(
      Math.abs(plotLeft - timelineLeft),
      `${when}: the chart's plot (svg left + ${GUTTER} px gutter) starts where the timeline's drawing does`,
    ).toBeLessThan(1);
    const drawn = await this.drawnPoints();
    let inside = 0;
    for (const point of drawn) {
      const data = series.points.find((item) => item.id === point.id);
      expect(data, `${when}: point "${point.id}" belongs to ${series.id}`).toBeDefined();
      const expected = plotLeft + axis.at(anchorOf((data as FigurePoint).date));
      expect(
        Math.abs(point.x - expected),
        `${when}: point "${point.id}" (${(data as FigurePoint).date.start}) is at x=${point.x.toFixed(1)}, the axis (${axis.ticks}) puts its date at ${expected.toFixed(1)}`,
      ).toBeLessThanOrEqual(tolerance);
      if (point.x >= plotLeft && point.x <= plotLeft + width) inside += 1;
    }
    return inside;
  }

  /** The page x of an event's dot, when it is drawn inside the timeline's frame. */
  async markX(eventId: string): Promise<number | null> {
    return this.timeline.svg.evaluate((svg, id) => {
      const dot = svg.querySelector(`g[data-mark][data-event-id="${CSS.escape(id)}"] circle.dot`);
      if (!dot) return null;
      const frame = svg.getBoundingClientRect();
      const box = dot.getBoundingClientRect();
      const centre = box.left + box.width / 2;
      return centre >= frame.left && centre <= frame.right ? centre : null;
    }, eventId);
  }

  /**
   * For every drawn year-precise point, the year-precise point events of the same year whose dots
   * are drawn: each must be at the point's x, within `tolerance`. Returns the pairs compared.
   */
  async expectPointsAboveTheirYear(
    series: FigureSeries,
    when: string,
    tolerance = 2,
  ): Promise<string[]> {
    const compared: string[] = [];
    for (const point of await this.drawnPoints()) {
      const data = series.points.find((item) => item.id === point.id);
      if (!data || data.date.precision !== 'year') continue;
      const sameYear = timelineData.events.filter(
        (event) =>
          event.date.precision === 'year' &&
          event.date.end === undefined &&
          event.date.start === data.date.start,
      );
      for (const event of sameYear) {
        const x = await this.markX(event.id);
        if (x === null) continue;
        expect(
          Math.abs(point.x - x),
          `${when}: point "${point.id}" (x=${point.x.toFixed(1)}) sits above the mark of "${event.id}" (x=${x.toFixed(1)})`,
        ).toBeLessThanOrEqual(tolerance);
        compared.push(`${point.id}/${event.id}`);
      }
    }
    return compared;
  }
}
