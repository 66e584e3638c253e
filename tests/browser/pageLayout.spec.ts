/**
 * How the page is laid out and holds together: it prints a clean list at any time, it holds
 * still while it loads, a phone sees the timeline on its first screen, and an embed on a phone
 * shows the detail panel where the reader can see it.
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
