/**
 * Finding your way: filters, search, shareable links, Back/Forward, hostile links, the list
 * view's accessibility and the printed handout. Every expectation is worked out from
 * public/data/timeline.json (findingYourWayPage.ts), never hard-coded.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatEventDate } from '../../src/model/formatDate.ts';
import { axeViolations, describeViolations } from './axe.ts';
import {
  data,
  eventsMentioning,
  FindingYourWayPage,
  NO_FILTERS,
  passing,
  statusText,
  themeLabel,
  TOTAL,
  type Filters,
} from './findingYourWayPage.ts';
import { eventById } from './timelinePage.ts';

const EDUCATION = 'education';

test.describe('filters', () => {
  test('"Show only Education" leaves only education events; importance narrows further; "All themes" and "Clear all filters" restore', async ({
    page,
  }) => {
    const app = new FindingYourWayPage(page);
    await app.timeline.open();
    // The whole range, so every event the filters leave is drawn (as a mark or in a cluster).
    await app.timeline.showAll();
    await app.expectFilters(NO_FILTERS);
    await app.expectTimelineShows(data.events);

    await app.onlyButton(EDUCATION).click();
    const educationOnly: Filters = { ...NO_FILTERS, themes: [EDUCATION] };
    const education = passing(educationOnly);
    expect(education.length).toBe(data.events.filter((e) => e.themes.includes(EDUCATION)).length);
    expect(education.length).toBeGreaterThan(0);
    expect(education.length).toBeLessThan(TOTAL);
    await app.expectFilters(educationOnly);
    await app.expectTimelineShows(education);
    await expect(app.allThemes).toBeEnabled();
    await expect(app.clearFilters).toBeVisible();

    // Notable, then milestones only: fewer education events, and every theme counts again.
    for (const min of [2, 3] as const) {
      await app.importance.selectOption(String(min));
      const filters: Filters = { ...educationOnly, min };
      expect(passing(filters).length).toBeLessThanOrEqual(education.length);
      await app.expectFilters(filters);
      await app.expectTimelineShows(passing(filters));
    }
    await expect(app.importance).toHaveValue('3');

    // All themes: every milestone, whatever its theme.
    await app.allThemes.click();
    const milestones: Filters = { ...NO_FILTERS, min: 3 };
    await app.expectFilters(milestones);
    await app.expectTimelineShows(passing(milestones));
    await expect(app.allThemes).toBeDisabled();

    await app.clearFilters.click();
    await app.expectFilters(NO_FILTERS);
    await expect(app.importance).toHaveValue('1');
    await expect(app.clearFilters).toHaveCount(0);
    await app.expectTimelineShows(data.events);
  });
});

test.describe('search', () => {
  const queries = [
    { query: 'to lam', mentions: 'Tô Lâm' },
    { query: 'viet nam', mentions: 'Việt Nam' },
    // A typo: no event says "obamma"; the search still finds the Obama visit.
    { query: 'obamma', mentions: 'Obama' },
  ];

  test('"to lam", "viet nam" and "obamma" list the right events and narrow the timeline to them', async ({
    page,
  }) => {
    const app = new FindingYourWayPage(page);
    await app.timeline.open();
    await app.timeline.showAll();
    for (const { query, mentions } of queries) {
      const expected = eventsMentioning(mentions);
      expect(expected.length, `events mentioning ${mentions}`).toBeGreaterThan(0);
      expect(expected.length).toBeLessThanOrEqual(8); // the popup lists them all
      await app.searchFor(query);
      await expect
        .poll(() => app.resultTitles().then((titles) => [...titles].sort()), {
          message: `results for "${query}"`,
        })
        .toEqual(expected.map((event) => event.title).sort());
      await expect(app.status).toContainText(statusText(expected.length));
      await app.expectFilters({ ...NO_FILTERS, matches: new Set(expected.map((e) => e.id)) });
      await app.expectTimelineShows(expected);
    }
    // The Obama visit itself, by id, first for the typo.
    await expect(app.results.first()).toContainText(eventById('obama-visit').title);
  });

  test('choosing a result with ArrowDown and Enter opens its details and puts it in the address', async ({
    page,
  }) => {
    const app = await new FindingYourWayPage(page).open();
    const [expected] = eventsMentioning('Obama');
    if (!expected) throw new Error('No event mentions Obama');
    await app.searchFor('obamma');
    await expect(app.results.first()).toContainText(expected.title);
    await app.search.press('ArrowDown');
    await expect(app.search).toHaveAttribute('aria-activedescendant', /option-0$/);
    await app.search.press('Enter');
    await expect(app.timeline.panelTitle).toHaveText(expected.title);
    await expect(app.results.first()).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${expected.id}(&|$)`));
    await expect(page).toHaveURL(/[?&]q=obamma(&|$)/);
  });
});

test.describe('shared links', () => {
  test('a link restores the list view, the filters, the query and the open event', async ({
    page,
    context,
  }) => {
    const app = await new FindingYourWayPage(page).open();
    await app.listView.click();
    await expect(app.listItems).toHaveCount(TOTAL);
    // All themes but economy, notable and milestones, and a search.
    await app.themeToggle('economy').click();
    await app.importance.selectOption('2');
    await app.searchFor('to lam');
    const filters: Filters = {
      themes: data.themes.map((theme) => theme.id).filter((id) => id !== 'economy'),
      min: 2,
      matches: new Set(eventsMentioning('Tô Lâm').map((event) => event.id)),
    };
    const shown = passing(filters);
    expect(shown.length).toBeGreaterThan(0);
    await app.expectFilters(filters);
    await expect(app.listItems).toHaveCount(shown.length);
    const chosen = shown.at(-1) ?? shown[0];
    if (!chosen) throw new Error('nothing to choose');
    await app.search.press('Escape'); // closes the popup, keeps the query
    await page
      .locator(`.event-list [data-event-id="${chosen.id}"]`)
      .getByRole('button', { name: chosen.title })
      .click();
    await expect(app.timeline.panelTitle).toHaveText(chosen.title);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${chosen.id}(&|$)`));

    const url = page.url();
    const pressed = await app.pressedToggles();
    const status = await app.status.textContent();

    const other = await context.newPage();
    const again = await new FindingYourWayPage(other).open(url);
    await expect(again.listView).toHaveAttribute('aria-pressed', 'true');
    await expect(again.timelineView).toHaveAttribute('aria-pressed', 'false');
    await expect(again.listItems).toHaveCount(shown.length);
    await expect(again.search).toHaveValue('to lam');
    await expect(again.importance).toHaveValue('2');
    await expect(again.timeline.panelTitle).toHaveText(chosen.title);
    await again.expectFilters(filters);
    expect(await again.pressedToggles()).toEqual(pressed);
    expect(await again.status.textContent()).toBe(status);
    await other.close();
  });

  test('a timeline link with from/to shows about the same range', async ({ page, context }) => {
    const app = new FindingYourWayPage(page);
    await app.timeline.open();
    await app.timeline.zoomIn(2);
    await app.timeline.dragBy(150);
    // The moved range reaches the address once the view settles.
    await app.expectRangeInUrl();
    const before = await app.timeline.readAxis();
    const url = page.url();

    const other = await context.newPage();
    const again = new FindingYourWayPage(other);
    await again.timeline.open(url);
    const after = await again.timeline.readAxis();
    const year = (ms: number) => new Date(ms).getUTCFullYear();
    expect(after.unit).toBe(before.unit);
    expect(year(after.times[0] as number)).toBe(year(before.times[0] as number));
    expect(year(after.times.at(-1) as number)).toBe(year(before.times.at(-1) as number));
    // The link keeps days, so the range is the same within a couple of days at each end.
    const span = before.to - before.from;
    expect(Math.abs(after.from - before.from)).toBeLessThan(span * 0.02);
    expect(Math.abs(after.to - before.to)).toBeLessThan(span * 0.02);
    await other.close();
  });
});

test.describe('Back and Forward', () => {
  const event = eventById('normalisation');
  const historyLength = (page: Page) => page.evaluate(() => window.history.length);

  /**
   * Entry 1: an event is selected. Entry 2: "Show only Education". Back undoes the filter, Back
   * again closes the event, Forward reopens it, Forward filters again; no step adds an entry.
   */
  async function selectFilterBackForward(app: FindingYourWayPage): Promise<void> {
    const { page } = app;
    const start = await historyLength(page);
    await app.timeline.mark(event.id).focus();
    await page.keyboard.press('Enter');
    await expect(app.timeline.panelTitle).toHaveText(event.title);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));
    await app.onlyButton(EDUCATION).click();
    await expect(page).toHaveURL(new RegExp(`[?&]themes=${EDUCATION}(&|$)`));
    await app.expectFilters({ ...NO_FILTERS, themes: [EDUCATION] });
    expect(await historyLength(page)).toBe(start + 2);

    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]themes=/);
    await app.expectFilters(NO_FILTERS);
    await expect(app.timeline.panelTitle).toHaveText(event.title);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));

    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]event=/);
    await expect(app.timeline.panel).toHaveCount(0);
    await app.expectFilters(NO_FILTERS);

    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));
    await expect(app.timeline.panelTitle).toHaveText(event.title);
    await app.expectFilters(NO_FILTERS);

    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`[?&]themes=${EDUCATION}(&|$)`));
    await app.expectFilters({ ...NO_FILTERS, themes: [EDUCATION] });
    await expect(app.timeline.panelTitle).toHaveText(event.title);
    expect(await historyLength(page)).toBe(start + 2);
  }

  test('zooming and panning add no entry: they only update from/to in the address', async ({
    page,
  }) => {
    const app = new FindingYourWayPage(page);
    await app.timeline.open();
    const start = await historyLength(page);
    await app.timeline.zoomIn(3);
    await app.expectRangeInUrl();
    await app.timeline.dragBy(120);
    await app.expectRangeInUrl();
    await app.timeline.zoomOutButton.click();
    await app.timeline.waitUntilStill();
    await app.expectRangeInUrl();
    await app.timeline.showAll();
    await app.expectRangeInUrl();
    expect(await historyLength(page)).toBe(start);
  });

  test('on a fresh page, Back undoes the filter, then the selection; Forward redoes them', async ({
    page,
  }) => {
    const app = new FindingYourWayPage(page);
    await app.timeline.open();
    await expect(page).not.toHaveURL(/[?&]from=/);
    await selectFilterBackForward(app);
  });

  test('after moving the timeline, Back to before the selection still lets Forward reopen it', async ({
    page,
  }) => {
    // Back/Forward must not push entries while applying the popped address (they would wipe
    // the Forward entries); with from/to in the address this once happened.
    const app = new FindingYourWayPage(page);
    await app.timeline.open();
    await app.timeline.showAll();
    await expect(page).toHaveURL(/[?&]from=.*&to=/);
    await selectFilterBackForward(app);
  });
});

test.describe('a hostile link', () => {
  test('markup in event, q and themes is shown as text or ignored, and no script runs', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const query = '<img src=x onerror=alert(1)>';
    const params = new URLSearchParams({
      event: '<script>alert(1)</script>',
      q: query,
      themes: '<b>x</b>',
    });
    const app = await new FindingYourWayPage(page).open(`./?${params.toString()}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(app.search).toHaveValue(query);
    // Unknown themes and event: all themes on, no panel.
    for (const theme of data.themes) {
      await expect(app.themeToggle(theme.id)).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(app.timeline.panel).toHaveCount(0);
    await expect(app.status).toContainText(` of ${TOTAL} events`);

    // The page still works: the search narrows, "Clear all filters" restores everything.
    await app.clearFilters.click();
    await expect(app.search).toHaveValue('');
    await expect(app.status).toHaveText(new RegExp(`^\\s*${statusText(TOTAL)}\\s*$`));
    await expect(app.timeline.marks.first()).toBeVisible();

    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('body script')).toHaveCount(0);
    await expect(page.locator('b', { hasText: 'x' })).toHaveCount(0);
    expect(await page.evaluate(() => document.body.innerHTML.includes('onerror'))).toBe(false);
    expect(dialogs).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the list view, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('has no axe-core violations, with the panel closed and open', async ({ page }) => {
      const app = await new FindingYourWayPage(page).open('./?view=list');
      await expect(app.listItems).toHaveCount(TOTAL);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      const closed = await axeViolations(page);
      expect.soft(closed, `panel closed:\n${describeViolations(closed)}`).toEqual([]);

      const event = eventById('normalisation');
      await page
        .locator(`.event-list [data-event-id="${event.id}"]`)
        .getByRole('button', { name: event.title })
        .click();
      await expect(app.timeline.panelTitle).toHaveText(event.title);
      const open = await axeViolations(page);
      expect(open, `panel open:\n${describeViolations(open)}`).toEqual([]);
    });
  });
}

test.describe('the printed handout', () => {
  test('prints the title, the filters, every shown event with date, summary and sources, and no controls', async ({
    page,
  }) => {
    const app = await new FindingYourWayPage(page).open();
    await app.onlyButton(EDUCATION).click();
    await app.importance.selectOption('2');
    const shown = passing({ ...NO_FILTERS, themes: [EDUCATION], min: 2 });
    expect(shown.length).toBeGreaterThan(0);
    await expect(app.status).toContainText(statusText(shown.length));

    await page.evaluate(() => {
      const printed = window as unknown as { printCalls: number };
      printed.printCalls = 0;
      window.print = () => {
        printed.printCalls += 1;
      };
    });
    // The button is a screen control (hidden in print): press it, then look as the printer does.
    await app.printButton.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
      .toBe(1);
    await page.emulateMedia({ media: 'print' });

    const handout = page.locator('.print-handout');
    await expect(handout).toBeVisible();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/print-handout.png', fullPage: true });

    await expect(handout.locator('h1')).toHaveText(data.title);
    await expect(handout.locator('.filters')).toHaveText(
      `Showing: themes ${themeLabel(EDUCATION)} · notable events and milestones — ${shown.length} events`,
    );
    const entries = handout.locator('.entry');
    await expect(entries).toHaveCount(shown.length);
    const documentTitle = new Map(data.documents.map((document) => [document.id, document.title]));
    for (const [index, event] of shown.entries()) {
      const entry = entries.nth(index);
      await expect(entry.locator('h3 .date')).toHaveText(formatEventDate(event.date));
      await expect(entry.locator('h3')).toContainText(event.title);
      await expect(entry.locator('p').first()).toHaveText(event.summary.replace(/\s+/g, ' '));
      const sources = [...new Set(event.sources.map((s) => documentTitle.get(s.document)))];
      await expect(entry.locator('.sources')).toHaveText(`Sources: ${sources.join('; ')}`);
      await expect(entry).toBeVisible();
    }
    // Only the documents cited, by the events or by the disagreements about them.
    const shownIds = new Set(shown.map((event) => event.id));
    const cited = new Set([
      ...shown.flatMap((event) => event.sources.map((source) => source.document)),
      ...data.disputes
        .filter((dispute) => dispute.events.some((id) => shownIds.has(id)))
        .flatMap((dispute) => dispute.claims.map((claim) => claim.document)),
    ]);
    await expect(handout.locator('footer li')).toHaveCount(cited.size);

    // Nothing but the handout: no buttons, fields or timeline on paper.
    for (const selector of ['button', 'input', 'select', 'svg', '.event-list', 'header']) {
      await expect(page.locator(`${selector}:visible`), `${selector} in print`).toHaveCount(0);
    }
  });
});
