/**
 * For the classroom: search in a student's words, a page title that follows the view, filters
 * only where they apply, present mode, sharing a link by QR code, the handout.
 */
import { expect, test } from '@playwright/test';
import { FindingYourWayPage } from './findingYourWayPage.ts';
import { eventById } from './timelinePage.ts';

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
