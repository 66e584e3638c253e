/**
 * The product in Vietnamese (`?lang=vi`): no English interface word on any view, dates the
 * Vietnamese way at each precision, `<html lang="vi">`, Vietnamese searches that find their
 * events, no axe-core violations, nothing wider than a phone, and a switch of language that keeps
 * the view, the filters and the selected event. Quotes and document titles stay English, marked
 * `lang="en"`, and are left out of the check.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { TimelineData } from '../../src/model/timelineSchema.ts';
import { en } from '../../src/views/messages.ts';
import { enOnDemand } from '../../src/views/messagesOnDemand.ts';
import { vi } from '../../src/views/messages.vi.ts';
import { viOnDemand } from '../../src/views/messagesOnDemand.vi.ts';
import { axeViolations, describeViolations } from './axe.ts';

const vietnameseData = JSON.parse(
  readFileSync('public/data/timeline.vi.json', 'utf8'),
) as TimelineData;

function titleOf(id: string): string {
  const event = vietnameseData.events.find((item) => item.id === id);
  if (!event) throw new Error(`No event "${id}" in public/data/timeline.vi.json`);
  return event.title;
}

/** Every fixed string of a table (functions are left out: they carry data). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function' || value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

const vietnameseStrings = new Set([...strings(vi), ...strings(viOnDemand)]);
/** The English interface's own words; the names of the languages are the same in both. */
const englishStrings = [...new Set([...strings(en), ...strings(enOnDemand)])].filter(
  (text) => text.trim().length >= 4 && !vietnameseStrings.has(text),
);

/**
 * What a reader sees or hears on the page: every text shown (visually hidden text included),
 * and the accessible names and hints in attributes, leaving out what is marked as English.
 */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isEnglish = (element: Element | null) =>
      element?.closest('[lang]')?.getAttribute('lang') === 'en';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || isEnglish(parent) || ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
      if (!parent.checkVisibility()) continue;
      const text = (node.textContent ?? '').trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [aria-valuetext]',
    )) {
      if (isEnglish(element) || !element.checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The documents' titles are English data, quoted inside Vietnamese phrases ("Nguồn: …"). */
const documentTitles = vietnameseData.documents.map((document) => document.title);

/** The English interface strings the page shows: whole texts, or long phrases inside them. */
async function englishOnPage(page: Page): Promise<string[]> {
  const texts = (await pageTexts(page)).map((text) =>
    documentTitles.reduce((rest, title) => rest.split(title).join('…'), text),
  );
  return englishStrings.filter((english) =>
    texts.some((text) => text === english || (english.length >= 12 && text.includes(english))),
  );
}

async function expectVietnameseOnly(page: Page, where: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  expect(await englishOnPage(page), `English interface words on ${where}`).toEqual([]);
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Nothing wider than the window, and no button or link whose text is cut off. */
async function expectNothingClipped(page: Page, where: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page ${root.scrollWidth} px wide`);
    for (const element of document.querySelectorAll<HTMLElement>(
      'button, a, label, legend, h1, h2, h3, th, select',
    )) {
      if (!element.checkVisibility() || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      const clips = style.overflow !== 'visible' || style.overflowX !== 'visible';
      if (clips && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName} "${element.textContent?.trim()}" is cut off`);
      }
      const box = element.getBoundingClientRect();
      if (box.right > root.clientWidth + 1 && !element.closest('[data-scrolls]')) {
        const scroller = element.closest('svg, table, pre, textarea, .timeline, .overview');
        if (!scroller) found.push(`${element.tagName} "${element.textContent?.trim()}" overflows`);
      }
    }
    return found;
  });
  expect(problems, where).toEqual([]);
}

const VIEWS: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'the timeline with an event open',
    path: './?lang=vi&event=normalisation',
    ready: async (page) => {
      await expect(page.locator('[data-panel-title]')).toHaveText(titleOf('normalisation'));
    },
  },
  {
    name: 'the list',
    path: './?lang=vi&view=list',
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: /^Mọi sự kiện, theo thứ tự/ })).toBeVisible();
    },
  },
  {
    name: 'the sources',
    path: './?lang=vi&view=sources',
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Các tư liệu nguồn' })).toBeVisible();
    },
  },
  {
    name: 'a document in the reader',
    path: `./?lang=vi&view=sources&doc=${vietnameseData.documents[0]?.id}`,
    ready: async (page) => {
      await expect(page.locator('.document-text p').first()).toBeVisible();
    },
  },
  {
    name: 'the disputes',
    path: './?lang=vi&view=disputes',
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Chỗ các nguồn khác nhau' })).toBeVisible();
    },
  },
  {
    name: 'the coverage report',
    path: './?lang=vi&view=coverage',
    ready: async (page) => {
      await expect(
        page.getByRole('heading', { name: 'Độ bao phủ ngày tháng của các tư liệu' }),
      ).toBeVisible();
    },
  },
];

for (const width of [375, 1280]) {
  test.describe(`in Vietnamese at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const view of VIEWS) {
      test(`${view.name}: Vietnamese only, no axe violations, nothing cut off`, async ({
        page,
      }) => {
        await page.goto(view.path);
        await view.ready(page);
        await page.waitForLoadState('networkidle');
        await expectVietnameseOnly(page, view.name);
        await expectNothingClipped(page, view.name);
      });
    }

    test('the dialogs and the phone’s filters speak Vietnamese too', async ({ page }) => {
      await page.goto('./?lang=vi');
      await expect(page.locator('svg[role="group"] g[data-mark]').first()).toBeVisible();
      if (width === 375) {
        await page.getByRole('button', { name: /^Bộ lọc/ }).click();
        await expect(page.getByRole('button', { name: 'Mọi chủ đề' })).toBeVisible();
        await expectVietnameseOnly(page, 'the filters');
        await expectNothingClipped(page, 'the filters');
      }
      for (const [button, heading] of [
        ['Chia sẻ', 'Chia sẻ cách xem này'],
        ['Nhúng', 'Nhúng dòng thời gian này vào trang dạy học'],
        ['Xuất / nhập', 'Xuất hoặc nhập sự kiện'],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).click();
        const dialog = page.getByRole('dialog', { name: heading });
        await expect(dialog).toBeVisible();
        await expectVietnameseOnly(page, `the dialog "${heading}"`);
        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
      }
    });
  });
}

test('a Vietnamese page asks for its index while its words download, and only once', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('./?lang=vi');
  await expect(page.locator('g.event-mark').first()).toBeVisible();
  const index = requests.filter((path) => path.endsWith('/data/timeline-index.vi.json'));
  const words = requests.findIndex((path) => /\/messages\.vi-[^/]+\.js$/.test(path));
  expect(index, requests.join('\n')).toHaveLength(1);
  expect(words, requests.join('\n')).toBeGreaterThanOrEqual(0);
  // The preload is asked for before the words' chunk, not after it has arrived.
  expect(requests.indexOf(index[0] as string), requests.join('\n')).toBeLessThan(words);
});

test.describe('dates in Vietnamese', () => {
  const cases = [
    { id: 'ho-chi-minh-born', date: 'ngày 19 tháng 5 năm 1890' },
    { id: 'normalisation', date: 'tháng 7 năm 1995' },
    { id: 'vietnam-us-committee-founded', date: 'năm 1968' },
    { id: 'pow-mia-first-years', date: 'từ năm 1995 đến năm 2000' },
    { id: 'exports-first-quarter-2021', date: 'từ tháng 1 đến tháng 3 năm 2021' },
    { id: 'us-universities-visit', date: 'từ ngày 31 tháng 3 đến ngày 4 tháng 4 năm 2025' },
  ];

  for (const { id, date } of cases) {
    test(`${id} reads "${date}" in the panel`, async ({ page }) => {
      await page.goto(`./?lang=vi&event=${id}`);
      await expect(page.locator('[data-panel-title]')).toHaveText(titleOf(id));
      await expect(page.locator('aside.detail-panel .date-line time').first()).toHaveText(date);
    });
  }

  test('the axis counts in Vietnamese: years, then "thg 7", then days as "11/7"', async ({
    page,
  }) => {
    const labels = page.locator('svg[role="group"] .time-axis text.label');
    await page.goto('./?lang=vi&from=1990-01-01&to=2020-01-01');
    await expect(labels.first()).toHaveText(/^\d{4}$/);
    await page.goto('./?lang=vi&from=1995-01-01&to=1995-12-31');
    await expect(labels.filter({ hasText: /^thg 7$/ })).toHaveCount(1);
    await page.goto('./?lang=vi&from=1995-07-01&to=1995-07-25');
    await expect(labels.filter({ hasText: /^11\/7$/ })).toHaveCount(1);
  });
});

test.describe('searching in Vietnamese', () => {
  const searches = [
    { query: 'binh thuong hoa', id: 'normalisation' },
    { query: 'bình thường hóa', id: 'normalisation' },
    { query: 'Hiệp định Thương mại song phương', id: 'bilateral-trade-agreement' },
    // English still finds its events on the Vietnamese page.
    { query: 'normalisation', id: 'normalisation' },
    { query: 'Bilateral Trade Agreement', id: 'bilateral-trade-agreement' },
  ];

  for (const { query, id } of searches) {
    test(`"${query}" finds ${id}`, async ({ page }) => {
      await page.goto('./?lang=vi');
      const search = page.getByRole('combobox', { name: 'Tìm sự kiện' });
      await search.fill(query);
      await expect(page.getByRole('option', { name: titleOf(id) })).toBeVisible();
    });
  }

  test('a Vietnamese query finds its event on the English page too', async ({ page }) => {
    await page.goto('./?lang=en');
    const search = page.getByRole('combobox', { name: 'Search events' });
    await search.fill('binh thuong hoa');
    await expect(page.getByRole('option', { name: /normalise relations/i })).toBeVisible();
  });
});

test.describe('switching language', () => {
  test('keeps the view, the filters, the selected event and the visible range', async ({
    page,
  }) => {
    const query =
      'themes=economy&min=2&event=bilateral-trade-agreement&from=1990-01-01&to=2010-01-01';
    await page.goto(`./?${query}`);
    await expect(page.locator('[data-panel-title]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('[data-panel-title]')).toHaveText(
      titleOf('bilateral-trade-agreement'),
    );
    const url = new URL(page.url());
    expect(url.searchParams.get('lang')).toBe('vi');
    for (const [name, value] of new URLSearchParams(query)) {
      expect(url.searchParams.get(name), name).toBe(value);
    }
    await expect(page.getByRole('button', { name: 'Dòng thời gian' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('combobox', { name: 'Hiện' })).toHaveValue('2');

    // A change made on the Vietnamese page stays Vietnamese, and the way back keeps it too.
    await page.getByRole('button', { name: 'Danh sách' }).click();
    await expect(page).toHaveURL(/[?&]view=list/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('vi');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('heading', { name: /^All events, in order/ })).toBeVisible();
  });

  test('without lang, a Vietnamese browser gets the Vietnamese page, and links carry it', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto('./?event=normalisation');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('[data-panel-title]')).toHaveText(titleOf('normalisation'));
    expect(new URL(page.url()).searchParams.get('lang')).toBe('vi');
    await context.close();
  });

  test('an embed shows the switch when its controls ask for it', async ({ page }) => {
    await page.goto('./?embed=1&controls=title,language&lang=vi');
    await expect(page.getByRole('heading', { name: 'Quan hệ Việt Nam – Hoa Kỳ' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
    await page.goto('./?embed=1&controls=title&lang=vi');
    await expect(page.getByRole('heading', { name: 'Quan hệ Việt Nam – Hoa Kỳ' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'English' })).toHaveCount(0);
  });
});
