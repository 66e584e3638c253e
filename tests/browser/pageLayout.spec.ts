/**
 * How the page is laid out and holds together: it prints a clean list at any time, it holds
 * still while it loads, a phone sees the timeline on its first screen, and an embed on a phone
 * shows the detail panel where the reader can see it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { axeViolations, describeViolations } from './axe.ts';
import { embedSnippet } from '../../src/model/embedSnippet.ts';
import { startStaticServer, type StaticServer } from './staticServer.ts';
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

function eventTitle(id: string): string {
  const event = timelineData.events.find((item) => item.id === id);
  if (!event) throw new Error(`No event "${id}"`);
  return event.title;
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

test.describe('an embed on a phone', () => {
  let hostDir = '';
  let host: StaticServer | undefined;

  test.beforeEach(async ({ baseURL }) => {
    // The README's snippet (the Embed dialog's default: title and search, the selected event),
    // on a teacher's page served from another origin.
    const snippet = embedSnippet({
      pageHref: `${baseURL}?event=normalisation`,
      height: 640,
      controls: new Set(['title', 'search']),
      keepState: true,
      title: 'Vietnam–US relations: a timeline from the sources',
    });
    hostDir = mkdtempSync(join(tmpdir(), 'vnus-phone-host-'));
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Lesson 4: Vietnam and the United States</title>
  </head>
  <body style="margin:0 8px">
    <h1>Lesson 4: Vietnam and the United States</h1>
    <p>Read the timeline, then answer the questions below it.</p>
    ${snippet}
    <p>Questions for discussion.</p>
  </body>
</html>
`,
    );
    const plain = readFileSync(join(hostDir, 'index.html'), 'utf8').replace(
      'event=normalisation&amp;',
      '',
    );
    expect(plain).not.toContain('event=');
    writeFileSync(join(hostDir, 'plain.html'), plain);
    host = await startStaticServer({ root: hostDir });
    expect(host.origin).not.toBe(new URL(baseURL ?? '').origin);
  });

  test.afterEach(async () => {
    await host?.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  /** Whether `box` lies inside the part of the iframe the host's viewport shows. */
  async function inVisiblePart(
    page: Page,
    box: { x: number; y: number; width: number; height: number } | null,
  ): Promise<boolean> {
    const frame = await page.locator('iframe[data-vietnam-us-timeline]').boundingBox();
    const viewport = page.viewportSize();
    if (!box || !frame || !viewport) return false;
    const top = Math.max(frame.y, 0);
    const bottom = Math.min(frame.y + frame.height, viewport.height);
    const left = Math.max(frame.x, 0);
    const right = Math.min(frame.x + frame.width, viewport.width);
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.y >= top - 0.5 &&
      box.y + box.height <= bottom + 0.5 &&
      box.x >= left - 0.5 &&
      box.x + box.width <= right + 0.5
    );
  }

  /** A mark drawn inside the iframe's width (marks beyond the edges are kept for panning). */
  async function markOnScreen(page: Page, except: string): Promise<string> {
    const frame = page.frameLocator('iframe[data-vietnam-us-timeline]');
    const ids = await frame
      .locator('svg[role="group"] g[data-mark][data-event-id]')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => {
            const box = node.getBoundingClientRect();
            return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
          })
          .map((node) => node.getAttribute('data-event-id') ?? ''),
      );
    const id = ids.find((candidate) => candidate !== '' && candidate !== except);
    if (!id) throw new Error('No event mark inside the iframe');
    return id;
  }

  for (const withEvent of [true, false]) {
    test(`at 375 px, tapping an event shows its heading and Close button in the visible part of the iframe (${withEvent ? 'the snippet opens an event' : 'no event in the snippet'})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(`${host?.url ?? ''}${withEvent ? '' : 'plain.html'}`);
      const frame = page.frameLocator('iframe[data-vietnam-us-timeline]');
      const svg = frame.locator('svg[role="group"]');
      const heading = frame.locator('aside.detail-panel [data-panel-title]');
      const close = frame.getByRole('button', { name: 'Close details' });
      await expect(svg.locator('g[data-mark][data-event-id]').first()).toBeVisible();

      if (withEvent) {
        // Opened in a usable state: the timeline on screen, the panel beside it, not over it.
        await expect(heading).toHaveText(eventTitle('normalisation'));
        const [drawing, panel] = [
          await svg.boundingBox(),
          await frame.locator('aside.detail-panel').boundingBox(),
        ];
        expect(await inVisiblePart(page, drawing)).toBe(true);
        expect(panel && drawing && panel.y >= drawing.y + drawing.height).toBe(true);
      } else {
        await expect(heading).toHaveCount(0);
      }

      const id = await markOnScreen(page, 'normalisation');
      const mark = svg.locator(`g[data-mark][data-event-id="${id}"]`);
      await mark.click();
      await expect(heading).toHaveText(eventTitle(id));
      await expect.poll(async () => inVisiblePart(page, await heading.boundingBox())).toBe(true);
      await expect.poll(async () => inVisiblePart(page, await close.boundingBox())).toBe(true);

      // Close gives the timeline back, with the event's mark on screen.
      await close.click();
      await expect(heading).toHaveCount(0);
      await expect.poll(async () => inVisiblePart(page, await mark.boundingBox())).toBe(true);
    });
  }
});
