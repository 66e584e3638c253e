/**
 * `npm run screenshots [-- path?query [label]]`: serves the built app (dist/) and saves
 * screenshots at phone (375 px) and desktop (1280 px) widths, light and dark, to
 * test-results/screenshots/. `LANGS=en,vi` takes each in those languages too (`lang=vi` added to
 * the address, `-vi` to the file name); the default is English alone.
 * For looking at what the app shows a person; not a test. The README's pictures are copies of
 * some, kept in tests/screenshots/: anything in public/ is copied into dist/ and deployed.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';

const pagePath = process.argv[2] ?? './';
const label = (process.argv[3] ?? 'page').replace(/[^\w-]+/g, '-');
const languages = (process.env.LANGS ?? 'en').split(',').filter((language) => language !== '');
const outputDirectory = 'test-results/screenshots';
mkdirSync(outputDirectory, { recursive: true });

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const address = server.httpServer.address();
if (address === null || typeof address === 'string') throw new Error('preview server has no port');
const baseUrl = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const language of languages) {
    const url = new URL(pagePath, baseUrl);
    if (language !== 'en') url.searchParams.set('lang', language);
    const suffix = language === 'en' ? '' : `-${language}`;
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({
          viewport: { width, height: width === 375 ? 740 : 800 },
          colorScheme,
        });
        await page.goto(url.href);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const file = `${outputDirectory}/${label}${suffix}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
