/**
 * The zoom behaviour (d3-zoom) where readers aim it, and the overview strip (d3-brush) that shows
 * where the view is in the whole span.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TimelinePage, timelineData } from './timelinePage.ts';

const DAY_MS = 86_400_000;
const TWO_YEARS = './?from=2014-01-01&to=2015-12-31';

/** The instant at a fraction of the drawing's width, as the axis reads now. */
async function timeAt(timeline: TimelinePage, fraction: number): Promise<number> {
  const { from, to } = await timeline.readAxis();
  return from + fraction * (to - from);
}

/** Checks that `ms` is still in view and still under the same fraction of the width. */
async function expectStillUnder(
  timeline: TimelinePage,
  ms: number,
  fraction: number,
  when: string,
) {
  const { from, to } = await timeline.readAxis();
  expect(ms, `${when}: in view`).toBeGreaterThanOrEqual(from);
  expect(ms, `${when}: in view`).toBeLessThanOrEqual(to);
  // Read off the axis labels: a couple of pixels of error, whatever the zoom.
  const slack = Math.max((to - from) * 0.02, DAY_MS / 4);
  expect(
    Math.abs(from + fraction * (to - from) - ms),
    `${when}: under the same point`,
  ).toBeLessThan(slack);
}

test.describe('zooming in as far as it goes keeps the reader where they aimed', () => {
  test('ten ctrl+wheel notches at one point', async ({ page }) => {
    const timeline = await new TimelinePage(page).open(TWO_YEARS);
    const fraction = 0.3;
    const aimed = await timeAt(timeline, fraction);
    const point = await timeline.pointInLanes(fraction);
    await page.mouse.move(point.x, point.y);
    for (let notch = 1; notch <= 10; notch++) {
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
      await timeline.waitUntilStill();
      await expectStillUnder(timeline, aimed, fraction, `after notch ${notch}`);
    }
    expect(await timeline.visibleYears()).toBeLessThan(0.2);
  });

  test('ten clicks on "+"', async ({ page }) => {
    const timeline = await new TimelinePage(page).open(TWO_YEARS);
    const aimed = await timeAt(timeline, 0.5);
    for (let click = 1; click <= 10; click++) {
      await timeline.zoomInButton.click({ force: true });
      await timeline.waitUntilStill();
      await expectStillUnder(timeline, aimed, 0.5, `after click ${click}`);
    }
    await expect(timeline.zoomInButton).toBeDisabled();
  });

  test('ten presses of + on the timeline', async ({ page }) => {
    const timeline = await new TimelinePage(page).open(TWO_YEARS);
    const aimed = await timeAt(timeline, 0.5);
    await timeline.svg.focus();
    for (let press = 1; press <= 10; press++) {
      await page.keyboard.press('+');
      await timeline.waitUntilStill();
      await expectStillUnder(timeline, aimed, 0.5, `after press ${press}`);
    }
  });

  test('quick presses add up: three + within one animation zoom 8×', async ({ page }) => {
    const timeline = await new TimelinePage(page).open('./?from=1995-01-01&to=2020-12-31');
    const before = await timeline.visibleYears();
    await timeline.svg.focus();
    for (let press = 0; press < 3; press++) await page.keyboard.press('+');
    await timeline.waitUntilStill();
    expect(before / (await timeline.visibleYears())).toBeCloseTo(8, 0);
  });
});

class Overview {
  readonly slider: Locator;
  /** The window: drawn by the strip until d3-brush loads, then the brush's own selection. */
  readonly selection: Locator;
  readonly brush: Locator;

  constructor(readonly page: Page) {
    this.slider = page.getByRole('slider', { name: 'Part of the timeline in view' });
    this.selection = this.slider.locator('rect.window, .brush rect.selection:visible');
    this.brush = this.slider.locator('.brush .overlay');
  }

  /** The pointer over the strip: d3-brush loads (it is not part of the first visit). */
  async reachFor(): Promise<void> {
    const box = await this.slider.boundingBox();
    if (!box) throw new Error('no overview');
    await this.page.mouse.move(box.x + 5, box.y + box.height - 5);
    await expect(this.brush).toBeAttached();
  }

  async selectionBox() {
    const box = await this.selection.boundingBox();
    if (!box) throw new Error('The brush shows no selection');
    return box;
  }
}

test.describe('the overview strip', () => {
  test('spans the whole data range, marks the milestones and starts with the first view in the brush', async ({
    page,
  }) => {
    const timeline = await new TimelinePage(page).open();
    const overview = new Overview(page);
    await expect(overview.slider).toBeVisible();
    const milestones = timelineData.events.filter((event) => event.importance === 3).length;
    // One tick per milestone, drawn as one path of "M x,y v5" pieces.
    const ticks = await overview.slider
      .locator('path.milestones')
      .evaluate((path) => (path.getAttribute('d') ?? '').split('M').length - 1);
    expect(ticks).toBe(milestones);
    // The first view frames the dense recent years: the brush covers the right part only.
    const strip = await overview.slider.boundingBox();
    const brush = await overview.selectionBox();
    expect(strip).not.toBeNull();
    expect(brush.width).toBeLessThan((strip?.width ?? 0) * 0.5);
    expect(brush.x + brush.width).toBeGreaterThan((strip?.x ?? 0) + (strip?.width ?? 0) - 3);
    await expect(overview.slider).toHaveAttribute('aria-valuetext', /^\d{4} to \d{4}$/);
    await expect(overview.slider).toHaveAttribute('aria-valuemin', '1888');
  });

  test('dragging the brush pans the main view; zooming the main view narrows the brush', async ({
    page,
  }) => {
    const timeline = await new TimelinePage(page).open();
    const overview = new Overview(page);
    const before = await timeline.readAxis();
    const drawnFirst = await overview.selectionBox();
    await overview.reachFor();
    // The brush takes over the window where the strip drew it.
    const brush = await overview.selectionBox();
    expect(brush.x).toBeCloseTo(drawnFirst.x, 0);
    expect(brush.width).toBeCloseTo(drawnFirst.width, 0);
    await page.mouse.move(brush.x + brush.width / 2, brush.y + brush.height / 2);
    await page.mouse.down();
    await page.mouse.move(brush.x + brush.width / 2 - 150, brush.y + brush.height / 2, {
      steps: 10,
    });
    await page.mouse.up();
    await timeline.waitUntilStill();
    const after = await timeline.readAxis();
    expect(after.to - after.from).toBeCloseTo(before.to - before.from, -8);
    expect(after.from).toBeLessThan(before.from - 10 * 365 * DAY_MS);

    const wide = (await overview.selectionBox()).width;
    await timeline.zoomIn(2);
    const narrow = (await overview.selectionBox()).width;
    expect(narrow).toBeCloseTo(wide / 4, -0.5);
  });

  test('a click beside the brush moves the view there; the keyboard moves it too', async ({
    page,
  }) => {
    const timeline = await new TimelinePage(page).open();
    const overview = new Overview(page);
    const strip = await overview.slider.boundingBox();
    if (!strip) throw new Error('no overview');
    const span = (await timeline.readAxis()).to - (await timeline.readAxis()).from;
    await overview.reachFor();
    // A quarter of the way along the strip (the domain starts in 1888): around 1923.
    await page.mouse.click(strip.x + strip.width * 0.25, strip.y + strip.height - 8);
    await timeline.waitUntilStill();
    const moved = await timeline.readAxis();
    expect(moved.to - moved.from).toBeCloseTo(span, -8);
    const centre = new Date((moved.from + moved.to) / 2).getUTCFullYear();
    expect(centre).toBeGreaterThan(1915);
    expect(centre).toBeLessThan(1932);

    await overview.slider.focus();
    await page.keyboard.press('PageDown');
    await timeline.waitUntilStill();
    const paged = await timeline.readAxis();
    expect(paged.from).toBeCloseTo(moved.to, -9);
  });

  test('clicking an era frames it, from the main view and from the strip', async ({ page }) => {
    const timeline = await new TimelinePage(page).open('./?from=1990-01-01&to=2027-12-31');
    const eras = timelineData.eras;
    const index = eras.findIndex((era) => era.id === 'comprehensive-partnership');
    const era = eras[index];
    const next = eras[index + 1];
    if (!era || !next) throw new Error('the Comprehensive Partnership era and the next one');
    const startOf = (iso: string) => {
      const [year, month, day] = iso.split('-').map(Number);
      return Date.UTC(year as number, (month ?? 1) - 1, day ?? 1);
    };
    const start = startOf(era.start);
    const end = startOf(next.start);

    await timeline.svg.getByRole('button', { name: `${era.label}: zoom to this era` }).click();
    await timeline.waitUntilStill();
    const framed = await timeline.readAxis();
    const span = end - start;
    expect(Math.abs(framed.from - start)).toBeLessThan(span * 0.06);
    expect(Math.abs(framed.to - end)).toBeLessThan(span * 0.06);

    await timeline.showAll();
    await new Overview(page).slider.locator(`rect.era[data-era="${era.id}"]`).click();
    await timeline.waitUntilStill();
    const again = await timeline.readAxis();
    expect(Math.abs(again.from - start)).toBeLessThan(span * 0.06);
    expect(Math.abs(again.to - end)).toBeLessThan(span * 0.06);
  });
});
