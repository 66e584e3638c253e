/**
 * Lanes that earn their space, and a view that frames what the filters and the search show.
 */
import { expect, test } from '@playwright/test';
import { FindingYourWayPage } from './findingYourWayPage.ts';
import { timelineData } from './timelinePage.ts';

const laneNames = (page: import('@playwright/test').Page) =>
  page.locator('.lane-gutter .lane-name').allTextContents();

/** How many of the drawn marks have their dot inside the plot, and how many are drawn. */
async function marksInsidePlot(app: FindingYourWayPage) {
  return app.timeline.svg.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const dots = [...svg.querySelectorAll('g[data-mark][data-event-id] circle.dot')];
    const inside = dots.filter((dot) => {
      const box = dot.getBoundingClientRect();
      const centre = box.x + box.width / 2;
      return centre >= frame.left && centre <= frame.right;
    });
    return { drawn: dots.length, inside: inside.length };
  });
}

test('"only Economy" gives one Economy lane and frames the economic events', async ({ page }) => {
  const app = await new FindingYourWayPage(page).open();
  await app.timeline.waitUntilStill();
  expect((await laneNames(page)).length).toBeGreaterThan(3);
  await app.onlyButton('economy').click();
  const economy = timelineData.themes.find((theme) => theme.id === 'economy');
  await expect.poll(() => laneNames(page)).toEqual([economy?.label]);
  await app.timeline.waitUntilStill();
  // Every economic event is in view: the earliest is some years before the first view's start.
  const economic = timelineData.events.filter((event) => event.themes.includes('economy'));
  const earliest = Math.min(
    ...economic.map((event) => Date.parse(`${event.date.start}-01-01`.slice(0, 10))),
  );
  const { from, to } = await app.timeline.readAxis();
  expect(from).toBeLessThanOrEqual(earliest);
  expect(to).toBeGreaterThan(Date.UTC(2025, 0, 1));
  const drawn = await app.drawnEvents();
  expect(drawn.markIds.length + drawn.clustered).toBe(economic.length);
});

test('a search frames its results instead of leaving them crammed at an edge', async ({ page }) => {
  const app = await new FindingYourWayPage(page).open();
  await app.timeline.waitUntilStill();
  await app.searchFor('to lam');
  await expect(app.status).toContainText(/^\d+ of \d+ events/);
  const shown = Number(/^(\d+) of/.exec((await app.status.textContent()) ?? '')?.[1]);
  expect(shown).toBeGreaterThan(1);
  await expect
    .poll(async () => (await marksInsidePlot(app)).inside, { timeout: 5_000 })
    .toBeGreaterThan(0);
  await app.timeline.waitUntilStill();
  const { drawn, inside } = await marksInsidePlot(app);
  expect(inside).toBe(drawn);
  const events = await app.drawnEvents();
  expect(events.markIds.length + events.clustered).toBe(shown);
  // Framed, not crammed: the marks spread over more than the right quarter of the plot.
  const spread = await app.timeline.svg.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const xs = [...svg.querySelectorAll('g[data-mark][data-event-id] circle.dot')].map(
      (dot) => dot.getBoundingClientRect().x - frame.left,
    );
    return (Math.max(...xs) - Math.min(...xs)) / frame.width;
  });
  expect(spread).toBeGreaterThan(0.3);
});

test('"Zoom to fit" brings every event shown back into view', async ({ page }) => {
  const app = await new FindingYourWayPage(page).open('./?from=2020-01-01&to=2020-12-31');
  await app.timeline.waitUntilStill();
  const before = await app.drawnEvents();
  expect(before.markIds.length + before.clustered).toBeLessThan(timelineData.events.length);
  await page.getByRole('button', { name: 'Zoom to fit', exact: true }).click();
  await app.timeline.waitUntilStill();
  const after = await app.drawnEvents();
  expect(after.markIds.length + after.clustered).toBe(timelineData.events.length);
});
