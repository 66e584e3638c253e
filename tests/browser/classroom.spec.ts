/**
 * For the classroom: search in a student's words, a page title that follows the view, filters
 * only where they apply, present mode, sharing a link by QR code, the handout.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { axeViolations, describeViolations } from './axe.ts';
import { FindingYourWayPage } from './findingYourWayPage.ts';
import { eventById, eventsInTimeOrder, timelineData } from './timelinePage.ts';

test.describe("search in a student's words", () => {
  test('"normalization", "normalisation" and "normalize" each list the normalisation milestone first; "Agent Orange" finds the dioxin clean-up', async ({
    page,
  }) => {
    const app = await new FindingYourWayPage(page).open();
    const milestone = eventById('normalisation');
    expect(milestone.importance).toBe(3);
    for (const query of ['normalization', 'normalisation', 'normalize']) {
      await app.searchFor(query);
      await expect(app.results.first().locator('.title'), query).toHaveText(milestone.title);
    }
    await app.searchFor('Agent Orange');
    await expect(app.results.locator('.title')).toContainText([
      eventById('bien-hoa-dioxin-aid').title,
    ]);
  });
});

test.describe('what the tab and the filter bar say', () => {
  const SITE = 'Vietnam–US relations: a timeline from the sources';

  test('document.title follows the selected event and the view', async ({ page }) => {
    const app = await new FindingYourWayPage(page).open();
    await expect(page).toHaveTitle(SITE);
    const milestone = eventById('normalisation');
    await app.searchFor('normalisation');
    await app.results.first().click();
    await expect(page).toHaveTitle(`${milestone.title} – ${SITE}`);
    await app.listView.click();
    await expect(page).toHaveTitle(`${milestone.title} – List – ${SITE}`);
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page).toHaveTitle(`List – ${SITE}`);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await expect(page).toHaveTitle(`Sources – ${SITE}`);
    await page.getByRole('button', { name: 'Disputes', exact: true }).click();
    await expect(page).toHaveTitle(`Disputes – ${SITE}`);
    await page.goBack();
    await expect(page).toHaveTitle(`Sources – ${SITE}`);
  });

  test('the filter bar shows where it filters (Timeline, List) and nowhere else', async ({
    page,
  }) => {
    const app = await new FindingYourWayPage(page).open('./?min=3');
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters).toBeVisible();
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(filters).toHaveCount(0);
    await page.getByRole('button', { name: 'Disputes', exact: true }).click();
    await expect(page).toHaveURL(/view=disputes/);
    await expect(filters).toHaveCount(0);
    await app.listView.click();
    await expect(filters).toBeVisible();
    // The filters were kept while hidden.
    await expect(app.importance).toHaveValue('3');
  });
});

test.describe('present mode', () => {
  /** With no filter set, present mode steps through the milestones in time order. */
  const milestones = eventsInTimeOrder.filter((event) => event.importance === 3);
  const heading = (page: Page) => page.getByRole('heading', { level: 2 });
  const stepParam = (page: Page) => new URL(page.url()).searchParams.get('step');

  async function expectStep(page: Page, step: number) {
    const event = milestones[step - 1];
    if (!event) throw new Error(`No milestone ${step}`);
    await expect(heading(page)).toHaveText(event.title);
    await expect(heading(page)).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(
      new RegExp(`^Step ${step} of ${milestones.length}: `),
    );
    expect(stepParam(page)).toBe(String(step));
  }

  test('steps forward and back with the keys a clicker sends, and Escape leaves', async ({
    page,
  }) => {
    expect(milestones.length).toBeGreaterThan(4);
    await new FindingYourWayPage(page).open();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page).toHaveURL(/[?&]present=1/);
    await expectStep(page, 1);
    const main = page.getByRole('main', { name: 'Presentation' });
    await expect(main).toContainText(milestones[0]?.summary ?? '');
    await expect(main.locator('blockquote')).toHaveText(milestones[0]?.sources[0]?.quote ?? '');

    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.keyboard.press('PageDown');
    await expectStep(page, 3);
    await page.keyboard.press('Space');
    await expectStep(page, 4);
    await page.keyboard.press('ArrowDown');
    await expectStep(page, 5);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 4);
    await page.keyboard.press('PageUp');
    await expectStep(page, 3);
    await page.keyboard.press('ArrowUp');
    await expectStep(page, 2);
    await page.keyboard.press('End');
    await expectStep(page, milestones.length);
    await page.keyboard.press('ArrowRight'); // nothing after the last
    await expectStep(page, milestones.length);
    await page.keyboard.press('Home');
    await expectStep(page, 1);
    await expect(page).toHaveTitle(new RegExp(`^${milestones[0]?.title} – Presentation – `));

    await page.keyboard.press('Escape');
    await expect(main).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused();
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, viewport: { width: 375, height: 740 } });

    async function swipe(cdp: CDPSession, fromX: number, toX: number) {
      const y = 400;
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: fromX, y, id: 0 }],
      });
      for (let step = 1; step <= 6; step += 1) {
        const x = fromX + ((toX - fromX) * step) / 6;
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x, y, id: 0 }],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }

    test('a swipe to the left goes forward, to the right goes back', async ({ page }) => {
      await page.goto('./?present=1');
      await expectStep(page, 1);
      const cdp = await page.context().newCDPSession(page);
      await swipe(cdp, 300, 60);
      await expectStep(page, 2);
      await swipe(cdp, 300, 60);
      await expectStep(page, 3);
      await swipe(cdp, 60, 300);
      await expectStep(page, 2);
    });
  });

  test('works inside an embed, where the page keeps a height of its own', async ({ page }) => {
    await page.goto('./?embed=1');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expectStep(page, 1);
    const main = page.getByRole('main', { name: 'Presentation' });
    await expect(main).toHaveCSS('position', 'static');
    // The host sizes the iframe to the page: the presentation must give the page its height.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(400);
    await page.keyboard.press('PageDown');
    await expectStep(page, 2);
    expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
  });

  test('survives a reload at the same step', async ({ page }) => {
    await page.goto('./?present=1&step=3');
    await expectStep(page, 3);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 4);
    await page.reload();
    await expectStep(page, 4);
  });

  test("follows a teacher's tour in its order and says which ids it left out", async ({ page }) => {
    const tour = ['comprehensive-strategic-partnership', 'normalisation', 'bien-hoa-dioxin-aid'];
    await page.goto(`./?present=1&tour=${tour[0]},no-such-event,${tour[1]},${tour[2]}`);
    const main = page.getByRole('main', { name: 'Presentation' });
    for (const [index, id] of tour.entries()) {
      await expect(heading(page)).toHaveText(eventById(id).title);
      await expect(main).toContainText(`${index + 1} / ${tour.length}`);
      await page.keyboard.press('ArrowRight');
    }
    await expect(main).toContainText('Left out of the tour, not in the timeline: no-such-event');
    // The tour stays in the address, so the link can be shared.
    expect(new URL(page.url()).searchParams.get('tour')).toContain(tour.join(','));
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const { width, height } of [
      { width: 1280, height: 720 },
      { width: 375, height: 740 },
    ]) {
      test(`passes axe at ${width} px, ${scheme}; screenshot`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height });
        // The last milestone has the longest summary and quote: the hardest step to fit.
        await page.goto(`./?present=1&step=${milestones.length}`);
        await expectStep(page, milestones.length);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        // Nothing beyond the right edge.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        // Every part of the step can be reached: the quote's document by scrolling if need be.
        const source = page.getByRole('main', { name: 'Presentation' }).locator('figcaption');
        await source.scrollIntoViewIfNeeded();
        await expect(source).toBeInViewport();
        await page
          .getByRole('main', { name: 'Presentation' })
          .evaluate((main) => main.scrollTo(0, 0));
        await page.screenshot({
          path: `test-results/screenshots/present-${width}-${scheme}.png`,
        });
      });
    }
  }
});

test.describe('share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  /** Draws the dialog's QR code on a canvas, as a camera would see it, and reads it. */
  async function decodeQr(page: Page): Promise<string | null> {
    const qr = page.getByRole('img', { name: 'QR code of the link to this view' });
    await expect(qr).toBeVisible();
    const box = await qr.boundingBox();
    // Large enough to scan from the back of a room when projected.
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(250);
    const { pixels, side } = await qr.evaluate(async (svg) => {
      const side = 400;
      const source = new XMLSerializer().serializeToString(svg);
      const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      const image = new Image(side, side);
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = side;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas');
      context.drawImage(image, 0, 0, side, side);
      URL.revokeObjectURL(url);
      // One character a pixel, dark or light: a short string crosses to the test quickly.
      const { data } = context.getImageData(0, 0, side, side);
      let pixels = '';
      for (let at = 0; at < data.length; at += 4) pixels += (data[at] ?? 255) < 128 ? '1' : '0';
      return { pixels, side };
    });
    const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let index = 0; index < pixels.length; index++) {
      if (pixels[index] === '1') rgba.fill(0, index * 4, index * 4 + 3);
    }
    return jsQR(rgba, side, side)?.data ?? null;
  }

  test('copies the address of exactly this view and shows a QR code of it', async ({ page }) => {
    const app = await new FindingYourWayPage(page).open('./?themes=economy&min=2');
    await app.searchFor('trade');
    // The search frames what it finds, animated; the address takes the range once that settles,
    // and the link shared must be that address, not the one from before.
    await app.timeline.waitUntilStill();
    await app.expectRangeInUrl();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog).toBeVisible();
    const address = page.url();
    expect(address).toContain('themes=economy');
    expect(address).toContain('q=trade');
    await expect(dialog.getByRole('textbox', { name: 'Link to exactly this view' })).toHaveValue(
      address,
    );

    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    expect(await decodeQr(page)).toBe(address);

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
  });

  test('in present mode, the QR code carries the step on screen', async ({ page }) => {
    await page.goto('./?present=1&step=3');
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const decoded = await decodeQr(page);
    expect(decoded).toBe(page.url());
    expect(new URL(decoded ?? '').searchParams.get('step')).toBe('3');
    // Keys in the dialog are the dialog's: Escape closes it, and the presentation stays.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('main', { name: 'Presentation' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('step')).toBe('3');
  });
});

test.describe('the classroom handout', () => {
  /** The text of a PDF, white space folded, as a reader of the printed page would read it. */
  async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false })
      .promise;
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
      }
      text += ' ';
    }
    return { text: fold(text), pages: document.numPages };
  }
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

  test('the PDF quotes every event shown word for word and lists only the documents cited', async ({
    page,
  }) => {
    // The economy: several documents cited, not all of them, and disagreements about trade.
    const app = await new FindingYourWayPage(page).open('./?themes=economy');
    const shown = timelineData.events.filter((event) => event.themes.includes('economy'));
    await expect(app.status).toContainText(`${shown.length} of ${timelineData.events.length}`);
    const shownIds = new Set(shown.map((event) => event.id));
    const disputes = timelineData.disputes.filter((dispute) =>
      dispute.events.some((id) => shownIds.has(id)),
    );
    const cited = new Set([
      ...shown.flatMap((event) => event.sources.map((source) => source.document)),
      ...disputes.flatMap((dispute) => dispute.claims.map((claim) => claim.document)),
    ]);
    const uncited = timelineData.documents.filter((document) => !cited.has(document.id));
    expect(uncited.length, 'a document this selection does not cite').toBeGreaterThan(0);
    expect(disputes.length, 'a disagreement about these events').toBeGreaterThan(0);

    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.locator('.print-handout')).toBeAttached();
    const pdf = await page.pdf({ format: 'A4' });
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(1);

    for (const event of shown) {
      expect(text, `the title of ${event.id}`).toContain(fold(event.title));
      const quoted = event.sources.some((source) => text.includes(fold(source.quote)));
      expect(quoted, `a verbatim quote of ${event.id}`).toBe(true);
    }
    for (const dispute of disputes) {
      expect(text).toContain(fold(dispute.title));
      for (const claim of dispute.claims) expect(text).toContain(fold(claim.quote));
    }
    expect(text).toContain('For discussion:');
    for (const id of cited) {
      const title = timelineData.documents.find((document) => document.id === id)?.title ?? id;
      expect(text, `cited: ${id}`).toContain(fold(title));
    }
    for (const document of uncited) {
      expect(text, `not cited: ${document.id}`).not.toContain(fold(document.title));
    }
  });
});

test.describe('the figures chart', () => {
  test('at 375 px it shows the values on its y-axis, spreads the vaccine doses over their years and labels the latest value', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('./?figures=vaccine-doses');
    const chart = page.getByRole('region', { name: 'Figures from the sources' });
    const plot = chart.getByRole('group', { name: 'US vaccine doses for Vietnam' });
    await expect(plot).toBeVisible();
    const svgBox = await plot.boundingBox();
    if (!svgBox) throw new Error('No chart');

    // Every value label is drawn, readable, and inside the chart (not left of the screen).
    const labels = plot.locator('.y-axis text');
    expect(await labels.count()).toBeGreaterThanOrEqual(2);
    for (const label of await labels.all()) {
      await expect(label).toHaveText(/^\d[\d,.]*$/);
      const box = await label.boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    }

    // Two points a year apart are far apart, not a near-vertical spike at the right.
    const points = await chart.locator('g[data-figure-point]').evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return box.left + box.width / 2;
      }),
    );
    expect(points).toHaveLength(2);
    expect(Math.abs((points[1] ?? 0) - (points[0] ?? 0))).toBeGreaterThan(120);
    // Its own time axis names the years.
    await expect(plot.locator('.x-axis text').first()).toHaveText('2021');

    // The latest value is written on the chart, as the source qualifies it.
    const latest = timelineData.figures
      .find((series) => series.id === 'vaccine-doses')
      ?.points.at(-1);
    expect(latest?.qualifier).toBe('more-than');
    await expect(plot.locator('.latest')).toHaveText(`more than ${latest?.value}`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/figures-375.png' });

    // The timeline's own axis is an option: then the chart lines up with the events.
    await chart.getByLabel("Line up with the timeline's years").check();
    await expect(plot.locator('.x-axis')).toHaveCount(0);
    for (const label of await labels.all()) {
      const box = await label.boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    }
  });
});

test.describe('all the figures', () => {
  test('are drawn one panel per unit, each series with its latest value written on it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?figures=all');
    const chart = page.getByRole('region', { name: 'Figures from the sources' });
    const units = [...new Set(timelineData.figures.map((series) => series.unit))];
    expect(units.length).toBeGreaterThan(1);
    for (const unit of units) {
      const panel = chart.getByRole('group', { name: `In ${unit}` });
      await expect(panel).toBeVisible();
      const members = timelineData.figures.filter((series) => series.unit === unit);
      await expect(panel.locator('g[data-figure-point]')).toHaveCount(
        members.reduce((sum, series) => sum + series.points.length, 0),
      );
      await expect(panel.locator('.latest')).toHaveCount(members.length);
      expect(await panel.locator('.y-axis text').count()).toBeGreaterThanOrEqual(2);
    }
    await expect(page).toHaveURL(/[?&]figures=all/);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await chart.screenshot({ path: 'test-results/screenshots/figures-all-1280.png' });
  });
});
