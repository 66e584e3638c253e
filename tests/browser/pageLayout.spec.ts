/**
 * How the page is laid out and holds together: it prints a clean list at any time, it holds
 * still while it loads, a phone sees the timeline on its first screen, and an embed on a phone
 * shows the detail panel where the reader can see it.
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { axeViolations, describeViolations } from './axe.ts';
import { timelineData } from './timelinePage.ts';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
    }
    text += ' ';
  }
  return fold(text);
}

const marks = (page: Page) => page.locator('svg[role="group"] g[data-mark][data-event-id]');

test.describe('printing at any time', () => {
  for (const width of [375, 1280]) {
    test(`a page printed as soon as it loads lists every event and no control (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      await expect(marks(page).first()).toBeVisible();
      const text = await pdfText(await page.pdf({ format: 'A4' }));
      for (const label of ['Show all', 'Embed', 'Print handout', 'Zoom in', 'Present', 'Share']) {
        expect(text, `the control "${label}"`).not.toContain(label);
      }
      for (const event of timelineData.events) {
        expect(text, `the title of ${event.id}`).toContain(fold(event.title));
      }
    });
  }

  test('the printed list follows the filters: only the events shown', async ({ page }) => {
    await page.goto('./?themes=economy');
    await expect(marks(page).first()).toBeVisible();
    const text = await pdfText(await page.pdf({ format: 'A4' }));
    const [shown, hidden] = [
      timelineData.events.filter((event) => event.themes.includes('economy')),
      timelineData.events.filter((event) => !event.themes.includes('economy')),
    ];
    expect(hidden.length).toBeGreaterThan(0);
    for (const event of shown) expect(text).toContain(fold(event.title));
    // Titles that are not part of a shown title (some contain one another).
    const absent = hidden.filter(
      (event) => !shown.some((other) => other.title.includes(event.title)),
    );
    expect(absent.length).toBeGreaterThan(0);
    for (const event of absent) expect(text, event.id).not.toContain(fold(event.title));
  });
});

/** The layout shift from navigation until the network has been idle for half a second. */
async function layoutShiftWhileLoading(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    const store = window as unknown as { __shift: number };
    store.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) store.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await expect(marks(page).first()).toBeVisible();
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

test.describe('a page that holds still', () => {
  for (const width of [375, 1280]) {
    test(`nothing moves while the page loads (${width} px): layout shift ≤ 0.05`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
      const shift = await layoutShiftWhileLoading(page, './');
      expect(shift).toBeLessThanOrEqual(0.05);
    });
  }

  test('with filters in the address, too (1280 px)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const shift = await layoutShiftWhileLoading(page, './?themes=economy&min=2');
    expect(shift).toBeLessThanOrEqual(0.05);
  });
});

test.describe('a phone’s first screen', () => {
  test('at 375×740 the timeline and its marks are on the first screen, without scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('./');
    await expect(marks(page).first()).toBeVisible();
    const inView = await marks(page).evaluateAll(
      (nodes) =>
        nodes.filter((node) => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        }).length,
    );
    expect(inView).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('the theme filters fold behind one "Filters" button that says what it controls', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('./');
    await expect(marks(page).first()).toBeVisible();
    const button = page.getByRole('button', { name: /^Filters/ });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const controls = await button.getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    const themes = page.locator(`[id="${controls}"]`);
    await expect(themes).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(themes).toBeVisible();
    await expect(themes.getByRole('button').first()).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
