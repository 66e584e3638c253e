import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { formatEventDate } from '../../src/model/formatDate.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';
import { axeViolations, describeViolations } from './axe.ts';

const data = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as TimelineData;

test('the list view shows every event with its formatted date, from the built JSON', async ({
  page,
}) => {
  await page.goto('./?view=list');
  const items = page.locator('[data-event-id]');
  await expect(items).toHaveCount(data.events.length);
  for (const [index, event] of data.events.entries()) {
    const item = items.nth(index);
    await expect(item).toHaveAttribute('data-event-id', event.id);
    await expect(item.locator('time')).toHaveText(formatEventDate(event.date));
    await expect(item.getByRole('heading', { level: 4 })).toContainText(event.title);
  }
});

test('a hostile data option is refused with a clear message and no script runs', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(
    `./?data=${encodeURIComponent('https://evil.example/x.json"><img src=x onerror=alert(1)>')}`,
  );
  await expect(page.getByRole('alert')).toContainText('cannot load');
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a data file of the wrong shape is reported by path, and the page keeps working', async ({
  page,
}) => {
  await page.route('**/broken.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...data, events: [{ id: 'x' }] }),
    }),
  );
  await page.goto('./?data=broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not have the expected shape');
  await expect(alert).toContainText('events[0]');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the list view has no axe-core violations', async ({ page }) => {
  await page.goto('./?view=list');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});
