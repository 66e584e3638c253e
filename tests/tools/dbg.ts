import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '/work/main/playwright.config.ts';
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const a = server.httpServer.address() as any;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(process.argv[3] ?? 375), height: 740 } });
await page.goto(`http://127.0.0.1:${a.port}/${process.argv[2] ?? ''}`);
await page.waitForLoadState('networkidle'); await page.waitForTimeout(500);
const out = await page.evaluate(() => [...document.querySelectorAll('svg [data-event-id]')].map((g) => {
  const t = g.querySelector('text'); const b = (g as SVGGElement).getBoundingClientRect();
  return `${g.getAttribute('data-event-id')} ${g.getAttribute('transform')} label=${t ? t.textContent : '-'} `;
}));
console.log(out.join('\n'));
await browser.close(); server.httpServer.close();
