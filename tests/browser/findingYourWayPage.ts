/**
 * The page object for "finding your way": the filter bar (search, theme toggles, importance,
 * the shown-count status), the view switch and the print button, plus the expectations worked
 * out from public/data/timeline.json (which events a filter or a query should leave, and what
 * each theme toggle should count), so the tests never hard-code a number.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/model/timelineSchema.ts';
import { TimelinePage, timelineData } from './timelinePage.ts';

export const data = timelineData;
export const TOTAL = data.events.length;

export function themeLabel(id: string): string {
  const theme = data.themes.find((item) => item.id === id);
  if (!theme) throw new Error(`No theme "${id}" in public/data/timeline.json`);
  return theme.label;
}

/** Case and diacritics away ("Tô Lâm" → "to lam", "Việt Nam" → "viet nam"), spaces to one. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every text a reader can search in: title, summary, people, places and the quotes. */
function searchableTexts(event: TimelineEvent): string[] {
  return [
    event.title,
    event.summary,
    ...event.people,
    ...event.places,
    ...event.sources.map((source) => source.quote),
  ];
}

/** The events whose searchable texts contain `text`, ignoring case and diacritics. */
export function eventsMentioning(text: string): TimelineEvent[] {
  const needle = fold(text);
  return data.events.filter((event) =>
    searchableTexts(event).some((item) => fold(item).includes(needle)),
  );
}

export interface Filters {
  /** Active theme ids; null: all. */
  themes: readonly string[] | null;
  min: 1 | 2 | 3;
  /** The ids the search leaves; null: no search. */
  matches: ReadonlySet<string> | null;
}

export const NO_FILTERS: Filters = { themes: null, min: 1, matches: null };

function passesOthers(event: TimelineEvent, filters: Filters): boolean {
  return event.importance >= filters.min && (filters.matches?.has(event.id) ?? true);
}

/** The events a set of filters leaves, in the data's order. */
export function passing(filters: Filters): TimelineEvent[] {
  return data.events.filter(
    (event) =>
      passesOthers(event, filters) &&
      (filters.themes === null || event.themes.some((theme) => filters.themes?.includes(theme))),
  );
}

/** What a theme's toggle counts: its events among those passing importance and search. */
export function expectedThemeCount(themeId: string, filters: Filters): number {
  return data.events.filter(
    (event) => passesOthers(event, filters) && event.themes.includes(themeId),
  ).length;
}

export function eventsText(count: number): string {
  return count === 1 ? '1 event' : `${count} events`;
}

export function statusText(shown: number): string {
  return shown === TOTAL ? `All ${TOTAL} events` : `${shown} of ${TOTAL} events`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class FindingYourWayPage {
  readonly timeline: TimelinePage;
  readonly search: Locator;
  readonly results: Locator;
  readonly status: Locator;
  readonly importance: Locator;
  readonly allThemes: Locator;
  readonly clearFilters: Locator;
  readonly timelineView: Locator;
  readonly listView: Locator;
  readonly printButton: Locator;
  readonly listItems: Locator;

  constructor(readonly page: Page) {
    this.timeline = new TimelinePage(page);
    this.search = page.getByRole('combobox', { name: 'Search events' });
    this.results = page.getByRole('listbox', { name: 'Search events' }).getByRole('option');
    this.status = page.getByRole('status').filter({ hasText: /(All \d+|\d+ of \d+) events/ });
    this.importance = page.getByLabel('Show', { exact: true });
    this.allThemes = page.getByRole('button', { name: 'All themes', exact: true });
    this.clearFilters = page.getByRole('button', { name: 'Clear all filters' });
    this.timelineView = page.getByRole('button', { name: 'Timeline', exact: true });
    this.listView = page.getByRole('button', { name: 'List', exact: true });
    this.printButton = page.getByRole('button', { name: 'Print handout' });
    this.listItems = page.locator('.event-list [data-event-id]');
  }

  /** A theme's toggle, whatever it counts. */
  themeToggle(themeId: string): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^${escapeRegExp(themeLabel(themeId))}: \\d+ events?$`),
    });
  }

  onlyButton(themeId: string): Locator {
    return this.page.getByRole('button', {
      name: `Show only ${themeLabel(themeId)}`,
      exact: true,
    });
  }

  /** Opens the app and waits until the filter bar and the first view are there. */
  async open(path = './'): Promise<this> {
    await this.page.goto(path);
    await expect(this.status).toBeVisible();
    return this;
  }

  /** The status line, the theme toggles' names and pressed states, all for `filters`. */
  async expectFilters(filters: Filters): Promise<void> {
    await expect(this.status).toContainText(statusText(passing(filters).length));
    for (const theme of data.themes) {
      const toggle = this.page.getByRole('button', {
        name: `${theme.label}: ${eventsText(expectedThemeCount(theme.id, filters))}`,
        exact: true,
      });
      await expect(toggle, `the ${theme.id} toggle's name`).toBeVisible();
      await expect(toggle, `the ${theme.id} toggle's state`).toHaveAttribute(
        'aria-pressed',
        String(filters.themes === null || filters.themes.includes(theme.id)),
      );
    }
  }

  /** The pressed state of every theme toggle, by theme id. */
  async pressedToggles(): Promise<Record<string, string | null>> {
    const states: Record<string, string | null> = {};
    for (const theme of data.themes) {
      states[theme.id] = await this.themeToggle(theme.id).getAttribute('aria-pressed');
    }
    return states;
  }

  /**
   * What the timeline draws now: the ids of its event marks, the first event of each cluster
   * (from its key, "<lane>:<first id>") and how many events its clusters hold (each cluster's
   * name starts with its count).
   */
  async drawnEvents(): Promise<{
    markIds: string[];
    clusterFirstIds: string[];
    clustered: number;
  }> {
    const markIds = await this.timeline.markIds();
    const clusters = await this.timeline.clusters.evaluateAll((nodes) =>
      nodes.map((node) => ({
        key: node.getAttribute('data-cluster') ?? '',
        name: node.getAttribute('aria-label') ?? '',
      })),
    );
    return {
      markIds,
      clusterFirstIds: clusters.map(({ key }) => key.slice(key.indexOf(':') + 1)),
      clustered: clusters.reduce((sum, { name }) => sum + Number(/^(\d+) /.exec(name)?.[1]), 0),
    };
  }

  /**
   * The timeline (showing its whole range) draws exactly the `expected` events: every mark and
   * every cluster's first event is one of them, and marks plus cluster members count them all.
   */
  async expectTimelineShows(expected: readonly TimelineEvent[]): Promise<void> {
    const ids = new Set(expected.map((event) => event.id));
    await expect
      .poll(async () => {
        const drawn = await this.drawnEvents();
        return drawn.markIds.length + drawn.clustered;
      })
      .toBe(expected.length);
    await this.timeline.waitUntilStill();
    const drawn = await this.drawnEvents();
    expect(drawn.markIds.length + drawn.clustered).toBe(expected.length);
    expect(new Set(drawn.markIds).size, 'each event drawn once').toBe(drawn.markIds.length);
    for (const id of [...drawn.markIds, ...drawn.clusterFirstIds]) {
      expect(ids.has(id), `"${id}" should not be drawn`).toBe(true);
    }
  }

  /**
   * Waits until the address carries the range the axis shows (from/to, to the day): the
   * timeline reports a moved view only once it has settled.
   */
  async expectRangeInUrl(): Promise<void> {
    const { from, to } = await this.timeline.readAxis();
    await expect
      .poll(
        () => {
          const params = new URL(this.page.url()).searchParams;
          const urlFrom = Date.parse(`${params.get('from')}T00:00:00Z`);
          const urlTo = Date.parse(`${params.get('to')}T00:00:00Z`);
          return Math.max(Math.abs(urlFrom - from), Math.abs(urlTo - to)) / 86_400_000;
        },
        { message: 'from/to in the address should match the axis' },
      )
      .toBeLessThan(2);
  }

  /** Types a query (after clearing the box) and waits until the results list shows. */
  async searchFor(query: string): Promise<void> {
    await this.search.fill('');
    await this.search.fill(query);
    await expect(this.search).toHaveValue(query);
  }

  /** The titles listed in the search popup. */
  async resultTitles(): Promise<string[]> {
    return this.results.locator('.title').allTextContents();
  }
}
