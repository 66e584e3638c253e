import { expect, test, type CDPSession } from '@playwright/test';
import { eventById, eventsInTimeOrder, TimelinePage, timelineData } from './timelinePage.ts';

const YEAR_MS = 365.2425 * 86_400_000;
/** A view counted in decades: the first view frames the dense years since the 1990s instead. */
const DECADES = './?from=1943-01-01&to=2027-12-31';

test.describe('zooming and panning with the mouse', () => {
  test('ctrl + wheel zooms in from decades to years, a notch at a time; a plain wheel scrolls the page and shows the hint', async ({
    page,
  }) => {
    const timeline = await new TimelinePage(page).open(DECADES);
    const before = await timeline.readAxis();
    expect(before.unit).toBe('decades');

    // A plain wheel: the axis stays, the page scrolls (it is taller than the window), a hint shows.
    const scrollable = await page.evaluate(
      () => document.documentElement.scrollHeight > window.innerHeight,
    );
    await timeline.wheel(120);
    await expect(timeline.wheelHint).toHaveClass(/visible/);
    await expect(timeline.wheelHint).toContainText('Hold Ctrl and scroll to zoom');
    if (scrollable) await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await timeline.waitUntilStill();
    expect(await timeline.axisLabelsNow()).toEqual(before.labels);

    // Ctrl + wheel: one notch narrows the range by 1.3–2.5×, a few more and the axis counts years.
    await timeline.wheel(-100, { ctrl: true });
    await timeline.waitUntilStill();
    const oneNotch = await timeline.readAxis();
    const factor = (before.to - before.from) / (oneNotch.to - oneNotch.from);
    expect(factor).toBeGreaterThanOrEqual(1.3);
    expect(factor).toBeLessThanOrEqual(2.5);
    for (let notch = 0; notch < 3; notch++) await timeline.wheel(-100, { ctrl: true });
    await timeline.waitUntilStill();
    expect((await timeline.readAxis()).unit).toBe('years');
  });

  test('after a click on the timeline a plain wheel zooms, until the pointer leaves it', async ({
    page,
  }) => {
    const timeline = await new TimelinePage(page).open();
    const before = await timeline.visibleYears();
    const point = await timeline.pointOnAxis(0.5);
    await page.mouse.click(point.x, point.y);
    // Without Ctrl a wheel notch zooms ten times less (d3-zoom's curve): 500 px is about 2×.
    await timeline.wheel(-500);
    await timeline.waitUntilStill();
    const zoomed = await timeline.visibleYears();
    expect(zoomed).toBeLessThan(before * 0.6);
    await expect(timeline.wheelHint).not.toHaveClass(/visible/);

    // The pointer leaves and comes back: the wheel scrolls the page again.
    await page.mouse.move(5, 5);
    await timeline.wheel(-500);
    await expect(timeline.wheelHint).toHaveClass(/visible/);
    await timeline.waitUntilStill();
    expect(await timeline.visibleYears()).toBeCloseTo(zoomed, 3);
  });

  test('dragging with the mouse pans the axis by the dragged distance', async ({ page }) => {
    const timeline = await new TimelinePage(page).open();
    const before = await timeline.axisLabelsNow();
    // The first view ends at the end of the data, so only a drag to the right (earlier) can move.
    await timeline.dragBy(200);
    const after = await timeline.axisLabelsNow();
    const shifts = before.flatMap((label) => {
      const moved = after.find((other) => other.text === label.text);
      return moved ? [moved.x - label.x] : [];
    });
    expect(shifts.length).toBeGreaterThan(2);
    for (const shift of shifts) expect(shift).toBeCloseTo(200, -1); // within ±5 px
    await expect(timeline.panel).toHaveCount(0);
  });

  test('a sideways wheel (trackpad swipe) pans without zooming', async ({ page }) => {
    const timeline = await new TimelinePage(page).open(DECADES);
    const before = await timeline.readAxis();
    await timeline.wheel(0, { deltaX: -150 });
    await timeline.waitUntilStill();
    const after = await timeline.readAxis();
    expect(after.to - after.from).toBeCloseTo(before.to - before.from, -5);
    expect(after.from).toBeLessThan(before.from - 5 * YEAR_MS);
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true });

  async function touch(
    cdp: CDPSession,
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) {
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((point, id) => ({ x: point.x, y: point.y, id })),
    });
  }

  test('two fingers moving apart zoom in; one finger swiped sideways pans', async ({ page }) => {
    // From decades, so the pinched axis still counts years: every label is unique to match.
    const timeline = await new TimelinePage(page).open(DECADES);
    const cdp = await page.context().newCDPSession(page);
    const centre = await timeline.pointInLanes(0.5);
    const before = await timeline.readAxis();

    // Pinch: from 60 px apart to 360 px apart, horizontally, about the centre.
    const steps = 10;
    await touch(cdp, 'touchStart', [
      { x: centre.x - 30, y: centre.y },
      { x: centre.x + 30, y: centre.y },
    ]);
    for (let step = 1; step <= steps; step += 1) {
      const half = 30 + (150 * step) / steps;
      await touch(cdp, 'touchMove', [
        { x: centre.x - half, y: centre.y },
        { x: centre.x + half, y: centre.y },
      ]);
    }
    await touch(cdp, 'touchEnd', []);
    await timeline.waitUntilStill();
    const pinched = await timeline.readAxis();
    expect(pinched.to - pinched.from).toBeLessThan((before.to - before.from) / 2);

    // One finger, sideways to the right: the view moves to earlier times by about that much.
    const labelsBefore = await timeline.axisLabelsNow();
    await touch(cdp, 'touchStart', [centre]);
    for (let step = 1; step <= steps; step += 1) {
      await touch(cdp, 'touchMove', [{ x: centre.x + (150 * step) / steps, y: centre.y }]);
    }
    await touch(cdp, 'touchEnd', []);
    await timeline.waitUntilStill();
    const labelsAfter = await timeline.axisLabelsNow();
    const shifts = labelsBefore.flatMap((label) => {
      const moved = labelsAfter.find((other) => other.text === label.text);
      return moved ? [moved.x - label.x] : [];
    });
    expect(shifts.length).toBeGreaterThan(1);
    for (const shift of shifts) expect(shift).toBeGreaterThan(100);
    await expect(timeline.panel).toHaveCount(0);
  });

  test('one finger swiped up over the timeline scrolls the page, and leaves the view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const timeline = await new TimelinePage(page).open();
    const cdp = await page.context().newCDPSession(page);
    const start = await timeline.pointInLanes(0.5);
    const before = await timeline.axisLabelsNow();
    await touch(cdp, 'touchStart', [start]);
    for (let step = 1; step <= 10; step += 1) {
      await touch(cdp, 'touchMove', [{ x: start.x + step, y: start.y - 20 * step }]);
    }
    await touch(cdp, 'touchEnd', []);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    await timeline.waitUntilStill();
    expect(await timeline.axisLabelsNow()).toEqual(before);
  });
});

test.describe('opening and closing an event', () => {
  test('with the mouse: a click on a milestone opens its details, "Close details" closes them', async ({
    page,
  }) => {
    const timeline = await new TimelinePage(page).open();
    const milestones = timelineData.events.filter((event) => event.importance === 3);
    let milestone: (typeof milestones)[number] | undefined;
    for (const candidate of milestones) {
      if (await timeline.isMarkOnScreen(candidate.id)) {
        milestone = candidate;
        break;
      }
    }
    if (!milestone) throw new Error('No milestone is drawn as a mark in the first view');

    await timeline.mark(milestone.id).locator('circle.dot').click();
    await expect(timeline.panel).toBeVisible();
    await expect(timeline.panelTitle).toHaveText(milestone.title);
    await expect(timeline.mark(milestone.id)).toHaveAttribute('aria-pressed', 'true');

    await timeline.closeButton.click();
    await expect(timeline.panel).toHaveCount(0);
    await expect(timeline.mark(milestone.id)).toHaveAttribute('aria-pressed', 'false');
  });

  test('with the keyboard: Tab to a mark, Enter opens, Escape closes and focus returns; arrows step in time', async ({
    page,
  }) => {
    const timeline = await new TimelinePage(page).open();
    await timeline.svg.focus();
    let id: string | null = null;
    for (let presses = 0; presses < 10 && id === null; presses += 1) {
      await page.keyboard.press('Tab');
      id = await timeline.focusedEventId();
    }
    if (id === null) throw new Error('Tab from the timeline never reached an event mark');
    const event = eventById(id);

    await page.keyboard.press('Enter');
    await expect(timeline.panelTitle).toHaveText(event.title);
    await expect(timeline.panelTitle).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(timeline.panel).toHaveCount(0);
    await expect.poll(() => timeline.focusedEventId()).toBe(id);

    const index = eventsInTimeOrder.findIndex((item) => item.id === id);
    const next = eventsInTimeOrder[index + 1];
    if (!next) throw new Error(`"${id}" is the last event: pick another`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => timeline.focusedEventId()).toBe(next.id);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => timeline.focusedEventId()).toBe(id);

    await page.keyboard.press('End');
    await expect.poll(() => timeline.focusedEventId()).toBe(eventsInTimeOrder.at(-1)?.id);
    await page.keyboard.press('Home');
    await expect.poll(() => timeline.focusedEventId()).toBe(eventsInTimeOrder[0]?.id);
  });
});

test('clicking a cluster zooms in on it and its events come apart', async ({ page }) => {
  const timeline = await new TimelinePage(page).open(DECADES);
  const clusters = await timeline.clusters.evaluateAll((nodes) =>
    nodes.map((node) => ({
      key: node.getAttribute('data-cluster') ?? '',
      count: Number(/^(\d+) more events/.exec(node.getAttribute('aria-label') ?? '')?.[1]),
    })),
  );
  const biggest = clusters.sort((a, b) => b.count - a.count)[0];
  if (!biggest) throw new Error('The first view has no cluster');
  const firstId = biggest.key.slice(biggest.key.indexOf(':') + 1);
  const marksBefore = await timeline.marksOnScreen();
  const yearsBefore = await timeline.visibleYears();

  await timeline.svg.locator(`[data-cluster="${biggest.key}"] .bubble`).click();
  await timeline.waitUntilStill();

  expect(await timeline.visibleYears()).toBeLessThan(yearsBefore / 2);
  expect(await timeline.marksOnScreen()).toBeGreaterThan(marksBefore);
  // The cluster as it was is gone: its first event is a mark, or in a smaller cluster.
  const stillClustered = await timeline.clusters.evaluateAll(
    (nodes, id) =>
      nodes
        .filter((node) => node.getAttribute('data-cluster')?.endsWith(`:${id}`))
        .map((node) => Number(/^(\d+) more/.exec(node.getAttribute('aria-label') ?? '')?.[1])),
    firstId,
  );
  if (!(await timeline.isMarkOnScreen(firstId))) {
    expect(stillClustered.length).toBe(1);
    expect(stillClustered[0]).toBeLessThan(biggest.count);
  }
  await expect(timeline.panel).toHaveCount(0);
});

test.describe('labels never overlap', () => {
  async function expectNoOverlaps(timeline: TimelinePage, state: string) {
    const overlaps = await timeline.overlappingLabels(0.5);
    expect.soft(overlaps, `${state}:\n${overlaps.join('\n')}`).toEqual([]);
    // Not a vacuous check: there are labels on screen to compare.
    expect.soft((await timeline.labelAndClusterBoxes()).length, state).toBeGreaterThan(1);
  }

  for (const width of [1280, 375]) {
    test(`at ${width} px, at every zoom level and after panning`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const timeline = await new TimelinePage(page).open();
      await expectNoOverlaps(timeline, 'the first view');

      await timeline.showAll();
      await expectNoOverlaps(timeline, 'after "Show all"');

      // The buttons zoom about the middle; the busiest years are the last few, so each level is
      // also checked there.
      await timeline.zoomIn(2);
      await expectNoOverlaps(timeline, 'after 2 zoom-ins');
      await timeline.svg.focus();
      await page.keyboard.press('End');
      await timeline.waitUntilStill();
      await expectNoOverlaps(timeline, 'after 2 zoom-ins, at the end');

      await timeline.zoomIn(2);
      await expectNoOverlaps(timeline, 'after 4 zoom-ins');
      await timeline.dragToCentre(Date.UTC(2022, 6, 1));
      await expectNoOverlaps(timeline, 'after 4 zoom-ins and a drag to 2022');

      await timeline.zoomIn(2);
      await expectNoOverlaps(timeline, 'after 6 zoom-ins, in 2022');
      await timeline.dragBy(width / 3);
      await expectNoOverlaps(timeline, 'after 6 zoom-ins and a drag');
      await timeline.svg.focus();
      await page.keyboard.press('ArrowRight');
      await timeline.waitUntilStill();
      await expectNoOverlaps(timeline, 'after 6 zoom-ins and the arrow key');

      if (width >= 900) {
        // The side panel narrows the drawing: the layout is redone for the new width.
        await timeline.showAll();
        await timeline.marks.first().locator('circle.dot').click();
        await expect(timeline.panel).toBeVisible();
        await timeline.waitUntilStill();
        await expectNoOverlaps(timeline, 'with the side panel open');
      }
    });
  }
});

test('the keyboard zooms: + twice shows finer units, 0 shows everything, and it is announced', async ({
  page,
}) => {
  const timeline = await new TimelinePage(page).open(DECADES);
  const before = await timeline.readAxis();
  expect(before.unit).toBe('decades');

  await timeline.svg.focus();
  await page.keyboard.press('+');
  await timeline.waitUntilStill();
  await page.keyboard.press('+');
  await timeline.waitUntilStill();
  const zoomed = await timeline.readAxis();
  expect(zoomed.unit).toBe('years');
  expect((zoomed.to - zoomed.from) / (before.to - before.from)).toBeCloseTo(1 / 4, 2);
  await expect(timeline.liveRegion).toHaveText(/^Showing \d{4} to \d{4}: \d+ events?\.$/);

  await page.keyboard.press('0');
  await timeline.waitUntilStill();
  const all = await timeline.readAxis();
  expect(all.labels[0]?.text).toBe('1890');
  // The whole domain, 1888–2028, with the air the app adds around the first and last events.
  expect(new Date(all.from).getUTCFullYear()).toBe(1888);
  expect(new Date(all.to).getUTCFullYear()).toBe(2028);
  await expect(timeline.liveRegion).toHaveText(
    `Showing 1888 to 2028: ${timelineData.events.length} events.`,
  );
  await expect(timeline.zoomOutButton).toBeDisabled();
  await expect(timeline.showAllButton).toBeDisabled();
});

test.describe('selecting an event brings it into view as its own mark', () => {
  test('"Next event" in the panel, to an event hidden in a cluster', async ({ page }) => {
    const timeline = await new TimelinePage(page).open();
    // In the panel, "Next event" follows the data's order.
    const order = timelineData.events;
    let from: string | undefined;
    for (const [index, event] of order.entries()) {
      const next = order[index + 1];
      if (!next) break;
      if ((await timeline.isMarkOnScreen(event.id)) && !(await timeline.isMarkOnScreen(next.id))) {
        from = event.id;
        break;
      }
    }
    if (!from) throw new Error('Every event is a mark in the first view: nothing to test');
    const next = order[order.findIndex((event) => event.id === from) + 1];
    if (!next) throw new Error('unreachable');

    await timeline.mark(from).locator('circle.dot').click();
    await expect(timeline.panelTitle).toHaveText(eventById(from).title);
    await timeline.panel.getByRole('button', { name: /^Next event:/ }).click();
    await expect(timeline.panelTitle).toHaveText(next.title);
    await timeline.waitUntilStill();
    expect(await timeline.isMarkOnScreen(next.id)).toBe(true);
    await expect(timeline.mark(next.id)).toHaveAttribute('aria-pressed', 'true');
  });

  test('a related event hidden in a cluster, via the panel', async ({ page }) => {
    const timeline = await new TimelinePage(page).open();
    // The 2023 partnership (a milestone, always a mark) names Tô Lâm's 2024 Columbia address,
    // which the first view folds into a cluster of late-2024 events.
    const from = eventById('comprehensive-strategic-partnership');
    const target = eventById('to-lam-columbia-address');
    expect(from.related).toContain(target.id);
    expect(await timeline.isMarkOnScreen(target.id)).toBe(false);

    await timeline.mark(from.id).locator('circle.dot').click();
    await expect(timeline.panelTitle).toHaveText(from.title);
    await timeline.panel.getByRole('button').filter({ hasText: target.title }).first().click();
    await expect(timeline.panelTitle).toHaveText(target.title);
    await timeline.waitUntilStill();
    expect(await timeline.isMarkOnScreen(target.id)).toBe(true);
    await expect(timeline.mark(target.id)).toHaveAttribute('aria-pressed', 'true');
  });

  test.describe('an event that shares its date with several others in its lane', () => {
    // Several people-to-people events are dated just "2024", so they share one anchor (mid-2024)
    // in one lane: no zoom can pull them apart, and the lane has fewer rows than that. Selecting one
    // zooms in as far as helps and rings the cluster that holds it; that cluster, clicked at the
    // closest zoom, lists its events.
    const sameDate = timelineData.events.filter(
      (event) => event.date.start === '2024' && event.themes[0] === 'people',
    );
    for (const width of [1280, 375]) {
      test(`is shown in a ringed cluster that lists it (${width} px)`, async ({ page }) => {
        // More than a lane's two label rows and its row of dots can hold.
        expect(sameDate.length).toBeGreaterThan(3);
        await page.setViewportSize({ width, height: 800 });
        const timeline = new TimelinePage(page);
        // Some of them get a row of their own: find one that does not.
        let target: (typeof sameDate)[number] | undefined;
        for (const candidate of sameDate) {
          await timeline.open(`./?event=${candidate.id}`);
          await expect(timeline.panelTitle).toHaveText(candidate.title);
          await timeline.waitUntilStill();
          if (!(await timeline.isMarkOnScreen(candidate.id))) {
            target = candidate;
            break;
          }
        }
        if (!target) throw new Error('Every one of the same-date events is its own mark');
        const holder = page.getByRole('button', { name: /holds the selected event/ });
        await expect(holder).toHaveCount(1);
        // The keyboard: on a phone the bottom sheet may cover the cluster.
        await holder.focus();
        await page.keyboard.press('Enter');
        const list = page.getByRole('group', { name: /^\d+ events, / });
        await expect(list).toBeAttached();
        await list.getByRole('button').filter({ hasText: target.title }).focus();
        await page.keyboard.press('Enter');
        await expect(timeline.panelTitle).toHaveText(target.title);
        await expect(list).toHaveCount(0);
      });
    }
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('"Zoom in" changes the axis at once, without an animation', async ({ page }) => {
    const timeline = await new TimelinePage(page).open();
    const before = await timeline.axisLabelsNow();
    // Click and read the axis one animation frame later, all inside the page.
    const afterOneFrame = await timeline.zoomInButton.evaluate(async (button) => {
      (button as HTMLButtonElement).click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return [...document.querySelectorAll('svg[role="group"] .time-axis text.label')].map(
        (label) => `${label.textContent}@${label.getAttribute('x')}`,
      );
    });
    expect(afterOneFrame).not.toEqual(before.map((label) => `${label.text}@${label.x}`));
    // …and that was already the end of it: nothing moves afterwards.
    await page.waitForTimeout(600);
    const settled = await timeline.axisLabelsNow();
    expect(settled.map((label) => `${label.text}@${label.x}`)).toEqual(afterOneFrame);
  });
});

test.describe('zoom steps in quick succession', () => {
  // A step pressed while the previous one still animates starts from where that animation is
  // heading (TimelineZoom.heading in src/views/timeline/timelineZoom.ts), not from its current
  // frame: otherwise "+" "+" pressed quickly zooms about 2×, not 4×, and quick pans lose steps.
  test('"+" pressed twice quickly zooms in twice (4×)', async ({ page }) => {
    const timeline = await new TimelinePage(page).open();
    const before = await timeline.visibleYears();
    await timeline.svg.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await timeline.waitUntilStill();
    expect((await timeline.visibleYears()) / before).toBeCloseTo(1 / 4, 2);
  });

  test('two quick clicks on "Zoom in" zoom in twice (4×)', async ({ page }) => {
    const timeline = await new TimelinePage(page).open();
    const before = await timeline.visibleYears();
    // Two clicks 100 ms apart, timed in the page so that a slow machine cannot spread them out.
    await timeline.zoomInButton.evaluate(async (button) => {
      (button as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      (button as HTMLButtonElement).click();
    });
    await timeline.waitUntilStill();
    expect((await timeline.visibleYears()) / before).toBeCloseTo(1 / 4, 2);
  });

  test('ArrowLeft pressed twice quickly pans twice (half the width)', async ({ page }) => {
    const timeline = await new TimelinePage(page).open();
    const { width } = await timeline.box();
    const before = await timeline.readAxis();
    await timeline.svg.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await timeline.waitUntilStill();
    const after = await timeline.readAxis();
    const msPerPx = (before.to - before.from) / width;
    expect((before.from - after.from) / msPerPx).toBeCloseTo(width / 2, -1);
  });
});
