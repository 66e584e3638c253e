import { expect, test, type Page } from '@playwright/test';
import { axeViolations, describeViolations } from './axe.ts';
import { eventById, TimelinePage } from './timelinePage.ts';

/** A milestone in the first view at both widths, to open in the panel. */
const milestone = eventById('normalisation');

async function openTheTimeline(page: Page): Promise<TimelinePage> {
  return new TimelinePage(page).open();
}

async function openThePanel(timeline: TimelinePage): Promise<void> {
  // With the keyboard: at 375 px the mark may be small or partly covered.
  await timeline.mark(milestone.id).focus();
  await timeline.page.keyboard.press('Enter');
  await expect(timeline.panelTitle).toHaveText(milestone.title);
  await timeline.waitUntilStill();
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test.describe(`the timeline view, ${colorScheme}, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 800 } });

      test('has no axe-core violations with the panel closed, then open', async ({ page }) => {
        const timeline = await openTheTimeline(page);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          colorScheme === 'dark',
        );
        const closed = await axeViolations(page);
        expect.soft(closed, `panel closed:\n${describeViolations(closed)}`).toEqual([]);

        await openThePanel(timeline);
        const open = await axeViolations(page);
        expect(open, `panel open:\n${describeViolations(open)}`).toEqual([]);
      });
    });
  }
}
