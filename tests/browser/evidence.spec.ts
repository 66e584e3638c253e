/**
 * The evidence behind the timeline: from an event to its quote in the full text and back, the
 * figures chart on the timeline's own time scale, the disputes page and the coverage report, and
 * axe-core on each of those views. Every expectation is worked out from public/data/ (see
 * evidencePage.ts); nothing here hard-codes a count or a title the data could change.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatValue } from '../../src/model/figureScale.ts';
import {
  DISPUTE_KINDS,
  type FigurePoint,
  type FigureSeries,
} from '../../src/model/timelineSchema.ts';
import { messages } from '../../src/views/messagesOnDemand.ts';
import { axeViolations, describeViolations } from './axe.ts';
import {
  coverage,
  data,
  documentById,
  documentText,
  eventQuotes,
  eventTitle,
  FiguresPage,
  linkBetween,
  ReaderPage,
  seriesById,
  squash,
} from './evidencePage.ts';
import { eventById, TimelinePage } from './timelinePage.ts';

const QUALIFIER: Record<FigurePoint['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  nearly: 'nearly ',
  'at-most': 'at most ',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The date as the chart and the table write it: "2000", or "30 May 2025" for a day. */
function dateLabel(point: FigurePoint): string {
  const [year, month, day] = point.date.start.split('-');
  if (point.date.precision === 'year') return year ?? '';
  const monthName = new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return point.date.precision === 'month'
    ? `${monthName} ${year}`
    : `${Number(day)} ${monthName} ${year}`;
}

test.describe('from an event to its quote in the source', () => {
  test('"Read in the source" opens the Sources view at the quoted passage, highlighted, focused and on screen', async ({
    page,
  }) => {
    const event = eventById('clinton-normalisation-statement');
    const source = event.sources[0];
    if (!source) throw new Error(`"${event.id}" has no source`);
    const timeline = new TimelinePage(page);
    const reader = new ReaderPage(page);

    await page.goto(`./?event=${event.id}`);
    await expect(timeline.panelTitle).toHaveText(event.title);
    await timeline.panel
      .getByRole('button', {
        // The title is in a visually hidden span, which Chromium sets off with a space.
        name: new RegExp(
          `^Read in the source\\s?— ${escapeRegExp(documentById(source.document).title)}$`,
        ),
      })
      .first()
      .click();

    await expect(page).toHaveURL(
      new RegExp(`[?&]view=sources&.*doc=${source.document}&at=${source.start}-${source.end}`),
    );
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('sources');
    expect(url.searchParams.get('doc')).toBe(source.document);
    expect(url.searchParams.get('at')).toBe(`${source.start}-${source.end}`);
    await expect(page.getByRole('button', { name: 'Sources', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // The passage holding the quote: highlighted, current, focused.
    await expect(reader.current).toHaveCount(1);
    const current = reader.current;
    await expect(current).toHaveAttribute('aria-current', 'location');
    const start = Number(await current.getAttribute('data-start'));
    const end = Number(await current.getAttribute('data-end'));
    expect(start).toBeLessThanOrEqual(source.start);
    expect(end).toBeGreaterThanOrEqual(source.end);
    const marked = squash((await current.locator('mark').allTextContents()).join(''));
    expect(marked).toContain(squash(source.quote));
    expect(squash(documentText(source.document).slice(source.start, source.end))).toBe(
      squash(source.quote),
    );
    await expect(current).toBeFocused();
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      current: document.activeElement?.getAttribute('aria-current') ?? null,
    }));
    expect(squash(focused.text)).toContain(squash(source.quote));
    expect(focused.current).toBe('location');
    await expect(current).toHaveAccessibleName(
      new RegExp(escapeRegExp(`Passage cited by: ${event.title}`)),
    );

    // Scrolled to: the passage's box meets the window (the scroll may be smooth: wait for it).
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('No viewport');
    await expect
      .poll(
        async () => {
          const box = await current.boundingBox();
          return (
            box !== null &&
            box.y < viewport.height &&
            box.y + box.height > 0 &&
            box.x < viewport.width &&
            box.x + box.width > 0
          );
        },
        { message: 'the current passage should be scrolled into the window' },
      )
      .toBe(true);
  });
});

test.describe('every highlighted passage leads back to an event', () => {
  for (const document of data.documents) {
    test(`${document.id}: each mark is in a passage that opens an event quoting it`, async ({
      page,
    }) => {
      const reader = new ReaderPage(page);
      await reader.openList();
      await reader.openFromList(document.id);
      const text = documentText(document.id);
      const passages = await reader.drawnPassages();
      expect(passages.length, 'highlighted passages').toBeGreaterThan(0);
      expect(await reader.strayMarks(), 'marks outside any passage').toBe(0);

      for (const passage of passages) {
        const where = `${document.id} ${passage.start}-${passage.end}`;
        expect
          .soft(passage.text, `${where}: the marks hold the document's text`)
          .toBe(text.slice(passage.start, passage.end));
        expect.soft(passage.role, `${where}: a button`).toBe('button');
        expect.soft(passage.tabindex, `${where}: focusable`).toBe('0');
        expect.soft(passage.eventIds.length, `${where}: leads to an event`).toBeGreaterThan(0);
        for (const id of passage.eventIds) {
          expect.soft(linkBetween(id, document.id, passage), `${where} → ${id}`).not.toBeNull();
        }
        expect
          .soft(
            passage.eventIds.some((id) => eventQuotes(eventById(id), document.id, passage)),
            `${where}: one of its events (${passage.eventIds.join(', ')}) quotes it`,
          )
          .toBe(true);
        const titles = passage.eventIds.map(eventTitle);
        if (passage.eventIds.length === 1) {
          expect.soft(passage.expanded, `${where}: a plain button`).toBeNull();
          expect.soft(passage.hiddenName).toContain(`Passage cited by: ${titles[0]}`);
        } else {
          expect.soft(passage.expanded, `${where}: a closed disclosure`).toBe('false');
          expect.soft(passage.controls?.role, `${where}: controls a group`).toBe('group');
          expect.soft(passage.controls?.hidden, `${where}: hidden until opened`).toBe(true);
          expect.soft(passage.controls?.buttons, `${where}: one button per event`).toEqual(titles);
        }
      }

      // The other way round: every quote of an event in this document is highlighted and leads
      // back to that event.
      for (const event of data.events) {
        for (const source of event.sources.filter((item) => item.document === document.id)) {
          expect
            .soft(
              passages.some(
                (passage) =>
                  passage.start < source.end &&
                  passage.end > source.start &&
                  passage.eventIds.includes(event.id),
              ),
              `the quote of "${event.id}" at ${source.start}-${source.end} is highlighted and leads to it`,
            )
            .toBe(true);
        }
      }

      // Click the first, middle and last passages: the panel opens on an event that quotes them.
      const timeline = reader.timeline;
      const picks = [...new Set([0, Math.floor(passages.length / 2), passages.length - 1])];
      for (const index of picks) {
        const passage = passages[index];
        if (!passage) continue;
        const where = `${document.id} passage #${index} (${passage.start}-${passage.end})`;
        const locator = reader.passages.nth(index);
        if (passage.eventIds.length === 1) {
          const id = passage.eventIds[0] as string;
          await expect(locator).toHaveAccessibleName(
            new RegExp(escapeRegExp(`Passage cited by: ${eventTitle(id)}`)),
          );
          await reader.clickPassage(locator);
          await expect(timeline.panelTitle, where).toHaveText(eventTitle(id));
          expect(eventQuotes(eventById(id), document.id, passage), `${where}: "${id}"`).toBe(true);
        } else {
          await reader.clickPassage(locator);
          await expect(locator, `${where}: opens`).toHaveAttribute('aria-expanded', 'true');
          const controls = await locator.getAttribute('aria-controls');
          const group = page.locator(`[id="${controls}"]`);
          await expect(group).toBeVisible();
          let quoting = 0;
          for (const id of passage.eventIds) {
            await group.getByRole('button', { name: eventTitle(id), exact: true }).click();
            await expect(timeline.panelTitle, `${where} → ${id}`).toHaveText(eventTitle(id));
            expect(linkBetween(id, document.id, passage), `${where} → ${id}`).not.toBeNull();
            if (eventQuotes(eventById(id), document.id, passage)) quoting += 1;
          }
          expect(quoting, `${where}: an event it lists quotes it`).toBeGreaterThan(0);
        }
      }
      // Opening events keeps the reader where it was.
      const url = new URL(page.url());
      expect(url.searchParams.get('view')).toBe('sources');
      expect(url.searchParams.get('doc')).toBe(document.id);
    });
  }
});

test.describe('the figures chart', () => {
  test('its points line up with the timeline axis at every zoom, above the marks of their year', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const figures = new FiguresPage(page);
    const timeline = figures.timeline;
    await figures.open();
    await expect(figures.select).toHaveValue('two-way-trade');
    const trade = seriesById('two-way-trade');
    const compared: string[] = [];

    async function check(series: FigureSeries, when: string, atLeast: number) {
      await timeline.waitUntilStill();
      const inside = await figures.expectPointsOnAxis(series, when);
      expect(inside, `${when}: points inside the plot`).toBeGreaterThanOrEqual(atLeast);
      compared.push(...(await figures.expectPointsAboveTheirYear(series, when)));
    }

    await check(trade, 'the first view', trade.points.length);
    expect(compared, 'the trade-2000 point sits above the trade-2000 mark').toContain(
      'trade-2000/trade-2000',
    );

    // Zooming keeps the middle of the view, and the first view ends where the data does: zoomed
    // in twice it shows the years around 1986 (the 1995 points at its right), and after a drag
    // as far right as it goes, 2007 to 2028.
    await timeline.zoomIn(2);
    await check(trade, 'zoomed in twice', 1);

    await timeline.dragToCentre(Date.UTC(2020, 6, 1));
    await check(trade, 'zoomed in twice, after a drag', 3);

    // Twice more (four times in all) the view is five years around 2017, where no trade figure
    // falls: bring 2022 to the middle, and check again, and again after a small drag back.
    await timeline.zoomIn(2);
    await timeline.dragToCentre(Date.UTC(2022, 0, 1));
    await check(trade, 'zoomed in four times', 2);
    await timeline.dragBy(120);
    await check(trade, 'zoomed in four times, after a drag of 120 px', 2);

    // A day-precise point (30 May 2025) is drawn at its day, not mid-year: at this zoom the two
    // are some twenty pixels apart.
    const investment = seriesById('vietnam-investment-in-us');
    expect(investment.points.some((point) => point.date.precision === 'day')).toBe(true);
    await figures.choose(investment.id);
    await timeline.dragToCentre(Date.UTC(2023, 3, 1));
    await check(investment, 'a day-precise point, zoomed in four times', investment.points.length);

    await timeline.showAll();
    await figures.choose(trade.id);
    await check(trade, 'after "Show all"', trade.points.length);

    expect(compared.length, 'points compared with a mark of their year').toBeGreaterThan(3);
  });

  test('it says which scale it uses, shows each point on hover and focus, marks disputes and lists every point as a table', async ({
    page,
  }) => {
    test.setTimeout(45_000);
    const figures = new FiguresPage(page);
    await figures.open();
    const documentTitles = new Map(data.documents.map((item) => [item.id, item.title]));

    /** Tick values and their y, and each point's y, all in page pixels. */
    async function geometry() {
      const ticks = await figures.chart.locator('.plot svg').evaluate((svg) => {
        const top = svg.getBoundingClientRect().top;
        const lines = [...svg.querySelectorAll('.y-axis line')];
        const texts = [...svg.querySelectorAll('.y-axis text')];
        return texts.map((label, index) => ({
          value: Number((label.textContent ?? '').replace(/,/g, '')),
          y: top + Number(lines[index]?.getAttribute('y1')),
        }));
      });
      return { ticks, points: await figures.drawnPoints() };
    }

    function expectOnScale(
      series: FigureSeries,
      kind: 'log' | 'linear',
      { ticks, points }: Awaited<ReturnType<typeof geometry>>,
    ) {
      const low = ticks[0];
      const high = ticks.at(-1);
      if (!low || !high) throw new Error('No value ticks');
      const f = kind === 'log' ? Math.log10 : (value: number) => value;
      for (const drawn of points) {
        const point = series.points.find((item) => item.id === drawn.id) as FigurePoint;
        const expected =
          low.y +
          ((f(point.value) - f(low.value)) / (f(high.value) - f(low.value))) * (high.y - low.y);
        expect(
          Math.abs(drawn.y - expected),
          `${series.id}: "${point.id}" (${point.value}) on the ${kind} scale`,
        ).toBeLessThan(1.5);
      }
    }

    // Two-way trade spans 0.45 to 150: logarithmic, each tick ten times the one below.
    const trade = seriesById('two-way-trade');
    await expect(figures.note).toContainText(`in ${trade.unit}`);
    await expect(figures.note).toContainText('logarithmic scale');
    const tradeGeometry = await geometry();
    expect(tradeGeometry.ticks.length).toBeGreaterThanOrEqual(3);
    for (const [index, tick] of tradeGeometry.ticks.entries()) {
      if (index === 0) continue;
      expect(tick.value / (tradeGeometry.ticks[index - 1]?.value ?? Number.NaN)).toBeCloseTo(10);
    }
    expectOnScale(trade, 'log', tradeGeometry);

    async function expectTooltip(point: FigurePoint, series: FigureSeries) {
      await expect(figures.tooltip).toBeVisible();
      await expect(figures.point(point.id)).toHaveAttribute('aria-describedby', 'figure-tooltip');
      const tooltip = figures.tooltip;
      await expect(tooltip).toContainText(
        `${QUALIFIER[point.qualifier]}${formatValue(point.value)} ${series.unit}`,
      );
      await expect(tooltip).toContainText(`As of ${dateLabel(point)}`);
      for (const source of point.sources) {
        await expect(tooltip).toContainText(squash(source.quote));
        await expect(tooltip).toContainText(documentTitles.get(source.document) ?? '');
      }
      const disputes = data.disputes.filter((dispute) => point.disputes.includes(dispute.id));
      if (disputes.length === 0) await expect(tooltip).not.toContainText('What each source says');
      for (const dispute of disputes) {
        await expect(tooltip).toContainText(`What each source says: ${dispute.title}`);
        const items = tooltip.getByRole('listitem');
        await expect(items).toHaveCount(dispute.claims.length);
        for (const [index, claim] of dispute.claims.entries()) {
          await expect(items.nth(index)).toContainText(claim.says);
          await expect(items.nth(index)).toContainText(documentTitles.get(claim.document) ?? '');
        }
      }
    }

    // Hover, then focus.
    const hovered = trade.points.find((point) => point.id === 'trade-2000') as FigurePoint;
    await figures.point(hovered.id).hover();
    await expectTooltip(hovered, trade);
    await page.mouse.move(5, 5);
    await expect(figures.tooltip).toHaveCount(0);

    const focused = trade.points.at(-1) as FigurePoint;
    await figures.point(focused.id).focus();
    await expectTooltip(focused, trade);
    await page.keyboard.press('Escape');
    await expect(figures.tooltip).toHaveCount(0);

    // Disputed points: drawn as diamonds, named so, and their tooltip sets out every claim.
    for (const point of trade.points) {
      const drawn = figures.point(point.id);
      const disputed = point.disputes.length > 0;
      await expect(drawn).toHaveClass(disputed ? /\bdisputed\b/ : /^(?!.*\bdisputed\b)/);
      await expect(drawn.locator('rect')).toHaveCount(disputed ? 1 : 0);
      const name = await drawn.getAttribute('aria-label');
      expect(name).toContain(`${dateLabel(point)}: ${QUALIFIER[point.qualifier]}`);
      expect(name?.includes('disputed: the sources disagree'), `${point.id}'s name`).toBe(disputed);
      if (disputed) {
        await drawn.focus();
        await expectTooltip(point, trade);
      }
    }
    await page.mouse.move(5, 5);

    async function expectTable(series: FigureSeries) {
      if (!(await figures.table.isVisible())) await figures.tableSummary.click();
      await expect(figures.table).toBeVisible();
      await expect(figures.table.locator('caption')).toHaveText(`${series.label} (${series.unit})`);
      const rows = figures.table.locator('tbody tr');
      await expect(rows).toHaveCount(series.points.length);
      for (const [index, point] of series.points.entries()) {
        const row = rows.nth(index);
        await expect(row.locator('th')).toHaveText(dateLabel(point));
        const cells = row.locator('td');
        await expect(cells.nth(0)).toHaveText(
          `${QUALIFIER[point.qualifier]}${formatValue(point.value)}`,
        );
        await expect(cells.nth(1)).toHaveText(point.display);
        for (const source of point.sources) {
          await expect(cells.nth(2)).toContainText(documentTitles.get(source.document) ?? '');
        }
        await expect(cells.nth(3)).toHaveText(point.disputes.length > 0 ? 'yes' : 'no');
      }
    }
    await expectTable(trade);

    // A narrow series (11 to 11.8): a linear scale from zero, evenly spaced ticks.
    const investment = seriesById('us-investment-in-vietnam');
    await figures.choose(investment.id);
    await expect(figures.note).toContainText('linear scale from zero');
    await expect(figures.points).toHaveCount(investment.points.length);
    const investmentGeometry = await geometry();
    expect(investmentGeometry.ticks[0]?.value).toBe(0);
    const steps = investmentGeometry.ticks
      .slice(1)
      .map((tick, index) => tick.value - (investmentGeometry.ticks[index]?.value ?? 0));
    for (const step of steps) expect(step).toBeCloseTo(steps[0] ?? Number.NaN);
    expectOnScale(investment, 'linear', investmentGeometry);
    const disputedInvestment = investment.points.find((point) => point.disputes.length > 0);
    if (disputedInvestment) {
      await figures.point(disputedInvestment.id).focus();
      await expectTooltip(disputedInvestment, investment);
    }
    await expectTable(investment);
  });
});

test('the disputes view lists every disputed item, and its events open in the panel', async ({
  page,
}) => {
  test.setTimeout(45_000);
  const timeline = new TimelinePage(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Disputes', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Where the sources disagree' })).toBeVisible();
  await expect(
    page.getByText(`${data.disputes.length} disagreements between the documents`),
  ).toBeVisible();
  const pointsById = new Map(
    data.figures.flatMap((series) => series.points.map((point) => [point.id, point] as const)),
  );

  for (const dispute of data.disputes) {
    const section = page.getByRole('region', { name: dispute.title, exact: true });
    await expect(section.getByRole('heading', { name: dispute.title })).toBeVisible();
    const claims = section.getByRole('list', { name: dispute.title }).getByRole('listitem');
    await expect(claims).toHaveCount(dispute.claims.length);
    for (const [index, claim] of dispute.claims.entries()) {
      const card = claims.nth(index);
      await expect(card.locator('strong')).toHaveText(claim.says);
      await expect(card).toContainText(squash(claim.quote));
      await expect(card.locator('cite')).toHaveText(documentById(claim.document).title);
      await expect(card.getByRole('button', { name: /^Read in the source/ })).toBeVisible();
    }
    for (const id of dispute.figures) {
      await expect(section).toContainText(pointsById.get(id)?.display ?? `missing point ${id}`);
    }
    for (const id of dispute.events) {
      await expect(
        section.getByRole('button', { name: new RegExp(`^${escapeRegExp(eventTitle(id))}`) }),
        `${dispute.id}: a button for "${id}"`,
      ).toBeVisible();
    }
  }

  for (const dispute of data.disputes) {
    const section = page.getByRole('region', { name: dispute.title, exact: true });
    for (const id of dispute.events) {
      await section
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(eventTitle(id))}`) })
        .click();
      await expect(timeline.panelTitle, `${dispute.id} → ${id}`).toHaveText(eventTitle(id));
      await expect(timeline.panelTitle).toBeFocused();
      // The panel's badge says whether the sources merely differ or contradict each other.
      const contradicted = data.disputes.some(
        (other) => other.kind === 'contradiction' && other.events.includes(id),
      );
      const badge = contradicted ? messages.sourcesContradict : messages.sourcesDiffer;
      const otherBadge = contradicted ? messages.sourcesDiffer : messages.sourcesContradict;
      await expect(timeline.panel.getByText(badge, { exact: true }), id).toBeVisible();
      await expect(timeline.panel.getByText(otherBadge, { exact: true }), id).toHaveCount(0);
    }
  }
});

test('the disputes view shows each discrepancy under its kind, and says what the kind means', async ({
  page,
}) => {
  await page.goto('./?view=disputes');
  await expect(page.getByRole('heading', { name: 'Where the sources disagree' })).toBeVisible();
  const kinds = DISPUTE_KINDS.filter((kind) =>
    data.disputes.some((dispute) => dispute.kind === kind),
  );
  expect(kinds).toContain('contradiction');
  // Contradictions first, then the differences that can all be right, in the fixed order. The
  // page's header holds the h1, so the view's heading is an h2 and its groups are h3.
  const groupHeadings = page.getByRole('heading', { level: 3 });
  await expect(groupHeadings).toHaveText(
    kinds.map((kind) => {
      const count = data.disputes.filter((dispute) => dispute.kind === kind).length;
      return messages.disputesGroupHeading(messages.disputeKinds[kind].group, count);
    }),
  );
  for (const dispute of data.disputes) {
    const kind = dispute.kind;
    if (!kind) throw new Error(`${dispute.id} has no kind`);
    const wording = messages.disputeKinds[kind];
    const count = data.disputes.filter((other) => other.kind === kind).length;
    const group = page.getByRole('region', {
      name: messages.disputesGroupHeading(wording.group, count),
      exact: true,
    });
    await expect(group.getByText(wording.explanation, { exact: true })).toBeVisible();
    const section = group.getByRole('region', { name: dispute.title, exact: true });
    await expect(section, dispute.id).toBeVisible();
    await expect(section.locator('p.difference-kind')).toHaveText(
      `${messages.disputesKindLabel} ${wording.tag}`,
    );
    await expect(section).toContainText(squash(dispute.note));
  }
});

test('the coverage page, linked from the footer, shows the totals and every mention', async ({
  page,
}) => {
  await page.goto('./');
  await page
    .getByRole('link', { name: 'For editors: every date in the documents and where it went' })
    .click();
  await expect(page).toHaveURL(/[?&]view=coverage/);
  await expect(page.getByRole('heading', { name: 'Date coverage of the documents' })).toBeVisible();
  const { totals } = coverage;
  await expect(
    page.getByText(
      `${totals.mentions} date mentions: ${totals.cited} cited, ${totals.excluded} excluded, ${totals.unaccounted} unaccounted`,
      { exact: true },
    ),
  ).toBeVisible();
  await expect(page.getByText(`${totals.quotes} quotes verified word for word.`)).toBeVisible();
  expect(coverage.mentions.length).toBe(totals.mentions);
  expect(coverage.mentions.filter((m) => m.status === 'cited').length).toBe(totals.cited);
  expect(coverage.mentions.filter((m) => m.status === 'excluded').length).toBe(totals.excluded);
  await expect(page.getByText(`Showing all ${totals.mentions} date mentions.`)).toBeVisible();

  const statusLabel = { cited: 'Cited', excluded: 'Excluded', unaccounted: 'Unaccounted' };
  const pointsById = new Map(
    data.figures.flatMap((series) =>
      series.points.map((point) => [point.id, { series, point }] as const),
    ),
  );
  let rowsSeen = 0;
  for (const document of data.documents) {
    const mentions = coverage.mentions
      .filter((mention) => mention.document === document.id)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const section = page.getByRole('region', { name: document.title, exact: true });
    const rows = await section.locator('tbody tr').evaluateAll((nodes) =>
      nodes.map((row) => ({
        line: row.querySelector('td.line')?.textContent?.trim() ?? '',
        text: row.querySelector('th')?.textContent ?? '',
        status: row.querySelector('.status')?.textContent?.trim() ?? '',
        account: row.querySelector('.account')?.textContent ?? '',
      })),
    );
    expect(rows.length, `${document.id}: one row per mention`).toBe(mentions.length);
    rowsSeen += rows.length;
    for (const [index, mention] of mentions.entries()) {
      const row = rows[index];
      const where = `${document.id} line ${mention.line} "${mention.text}"`;
      expect.soft(row?.line, where).toBe(String(mention.line));
      expect.soft(squash(row?.text ?? ''), where).toBe(squash(mention.text));
      expect.soft(row?.status, where).toBe(statusLabel[mention.status]);
      const account = squash(row?.account ?? '');
      if (mention.status === 'excluded') {
        expect.soft(account, `${where}: its reason`).toContain(squash(mention.reason ?? ''));
      }
      for (const citer of mention.citedBy) {
        const expected =
          citer.type === 'event'
            ? eventTitle(citer.id)
            : citer.type === 'dispute'
              ? (data.disputes.find((dispute) => dispute.id === citer.id)?.title ?? citer.id)
              : citer.type === 'figure'
                ? (pointsById.get(citer.id)?.series.label ?? citer.id)
                : 'The document’s own date';
        expect.soft(account, `${where}: cited by ${citer.type} ${citer.id}`).toContain(expected);
      }
    }
  }
  expect(rowsSeen).toBe(totals.mentions);

  // One status at a time.
  await page.getByRole('radio', { name: `Excluded (${totals.excluded})` }).check();
  await expect(
    page.getByText(`Showing ${totals.excluded} of ${totals.mentions} date mentions.`),
  ).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(totals.excluded);
});

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

async function openReaderAtPassage(page: Page): Promise<Locator> {
  const event = eventById('clinton-normalisation-statement');
  const source = event.sources[0];
  if (!source) throw new Error(`"${event.id}" has no source`);
  await page.goto(`./?view=sources&doc=${source.document}&at=${source.start}-${source.end}`);
  const current = new ReaderPage(page).current;
  await expect(current).toBeFocused();
  return current;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme}, 1280 px`, () => {
    test.use({ colorScheme, viewport: { width: 1280, height: 800 } });

    test('the Sources list', async ({ page }) => {
      await new ReaderPage(page).openList();
      await expectNoViolations(page, 'the Sources list');
    });

    test('a document open at a passage, with a list of events shown', async ({ page }) => {
      await openReaderAtPassage(page);
      const disclosure = page.locator('.document-text [data-passage][aria-expanded]').first();
      await new ReaderPage(page).clickPassage(disclosure);
      await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
      await expectNoViolations(page, 'a document open at a passage');
    });

    test('the Disputes view', async ({ page }) => {
      await page.goto('./?view=disputes');
      await expect(page.getByRole('heading', { name: 'Where the sources disagree' })).toBeVisible();
      await expectNoViolations(page, 'the Disputes view');
    });

    test('the coverage page', async ({ page }) => {
      await page.goto('./?view=coverage');
      await expect(page.locator('tbody tr')).toHaveCount(coverage.mentions.length);
      await expectNoViolations(page, 'the coverage page');
    });

    test('the timeline with the figures chart and a point tooltip open', async ({ page }) => {
      const figures = new FiguresPage(page);
      await figures.open();
      await figures.point('trade-2000').hover();
      await expect(figures.tooltip).toBeVisible();
      await expectNoViolations(page, 'the figures chart with a tooltip');
    });
  });
}

test.describe('axe-core, 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the reader open at a passage', async ({ page }) => {
    await openReaderAtPassage(page);
    await expectNoViolations(page, 'the reader at 375 px');
  });
});
