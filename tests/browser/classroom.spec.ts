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
