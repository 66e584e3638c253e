/**
 * The built app where teachers put it: in an iframe on their own site (another origin), in a
 * sandboxed iframe, under a strict Content-Security-Policy, as the offline single file opened
 * from disk; and the data it takes in and gives out: TimelineJS files (Knight Lab's examples and
 * our own awkward fixtures) and the CSV / TimelineJS exports.
 *
 * These tests serve dist/ themselves (tests/browser/staticServer.ts) rather than through
 * `vite preview`, because they need a second origin, response headers of their own and extra
 * folders beside the app. They need `npm run build` first (the offline file is built here, into a
 * temporary folder, when dist/ lacks it: `vite build` alone deletes it).
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  expect,
  test as base,
  type FrameLocator,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';
import { EMBED_CONTROLS, RESIZE_MESSAGE_TYPE } from '../../src/model/embedOptions.ts';
import { embedSnippet } from '../../src/model/embedSnippet.ts';
import { FindingYourWayPage } from './findingYourWayPage.ts';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './staticServer.ts';
import { eventById, TimelinePage, timelineData } from './timelinePage.ts';

const repoRoot = resolve('.');
const DIST = join(repoRoot, 'dist');
const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'timelinejs');
const EXAMPLES = join(repoRoot, '..', 'shared', 'interop', 'timelinejs');
const TOTAL = timelineData.events.length;

/** The policy the app must run under: no inline script, no eval, nothing from elsewhere. */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Tried first, and kept: the app needs no 'unsafe-inline' for styles either. Its stylesheets are
  // files; the per-event colours (Svelte `style:` directives) are set through the CSSOM
  // (element.style), which CSP does not govern. The test below checks one took effect.
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  'frame-ancestors *',
].join('; ');

/**
 * A copy of dist/ taken when the worker starts: other work may rebuild dist/ while these tests
 * run (a rebuild renames every chunk), and the copy keeps the app each test loads whole. It
 * waits out a build in progress: the copy is used once index.html's own files are all in it.
 */
function snapshotDist(into: string): string {
  const copy = join(into, 'dist');
  for (let attempt = 0; attempt < 20; attempt += 1) {
    rmSync(copy, { recursive: true, force: true });
    if (existsSync(join(DIST, 'index.html'))) {
      cpSync(DIST, copy, { recursive: true });
      const html = existsSync(join(copy, 'index.html'))
        ? readFileSync(join(copy, 'index.html'), 'utf8')
        : '';
      const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map(
        (match) => match[1] ?? '',
      );
      const whole =
        assets.length > 0 &&
        existsSync(join(copy, 'embed.js')) &&
        assets.every((asset) => existsSync(join(copy, asset)));
      if (whole) return copy;
    }
    execFileSync('sleep', ['0.5']);
  }
  throw new Error('dist/ has no complete build of the app: run `npm run build` first');
}

/**
 * `appRoot`: the worker's copy of dist/. `serve`: starts a static server (by default of the app);
 * `tempDir`: a fresh folder. Every server is closed and every folder removed after its test.
 */
const test = base.extend<
  {
    serve: (options?: Partial<StaticServerOptions>) => Promise<StaticServer>;
    tempDir: string;
  },
  { appRoot: string }
>({
  appRoot: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'vnus-app-'));
      await use(snapshotDist(dir));
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  serve: async ({ appRoot }, use) => {
    const servers: StaticServer[] = [];
    await use(async (options = {}) => {
      const server = await startStaticServer({ root: appRoot, ...options });
      servers.push(server);
      return server;
    });
    await Promise.all(servers.map((server) => server.close()));
  },
  tempDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'vnus-embed-interop-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

// ---------------------------------------------------------------------------------------------
// Helpers and page objects
// ---------------------------------------------------------------------------------------------

/** A teacher's page: a heading, a paragraph, the snippet the Embed dialog writes, more text. */
function writeHostPage(dir: string, snippet: string): string {
  const root = join(dir, 'host');
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Lesson 4: Vietnam and the United States</title></head>
  <body>
    <h1>Lesson 4: Vietnam and the United States</h1>
    <p>Read the timeline, then answer the questions below it.</p>
    ${snippet}
    <p>Questions for discussion.</p>
  </body>
</html>
`,
  );
  return root;
}

const INITIAL_HEIGHT = 300;

/** The Embed dialog's snippet for the app at `app`, showing an event, with every control. */
function snippetFor(app: StaticServer, query: string, sandbox?: string): string {
  const snippet = embedSnippet({
    pageHref: `${app.url}?${query}`,
    height: INITIAL_HEIGHT,
    controls: new Set(EMBED_CONTROLS),
    keepState: true,
    title: 'Vietnam–US relations: a timeline from the sources',
  });
  expect(snippet).toContain(`height="${INITIAL_HEIGHT}"`);
  expect(snippet).toContain(`<script src="${app.url}embed.js" async></script>`);
  return sandbox === undefined
    ? snippet
    : snippet.replace('<iframe ', `<iframe sandbox="${sandbox}" `);
}

/** The timeline as a host page shows it: its iframe, and what is inside. */
class EmbeddedTimeline {
  readonly iframe: Locator;
  readonly frame: FrameLocator;
  readonly svg: Locator;
  readonly marks: Locator;
  readonly panelTitle: Locator;
  readonly openFull: Locator;
  readonly search: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.iframe = page.locator('iframe[data-vietnam-us-timeline]');
    this.frame = page.frameLocator('iframe[data-vietnam-us-timeline]');
    this.svg = this.frame.locator('svg[role="group"][aria-label^="Timeline"]');
    this.marks = this.svg.locator('g[data-mark][data-event-id]');
    this.panelTitle = this.frame.locator('aside.detail-panel [data-panel-title]');
    this.openFull = this.frame.getByRole('link', { name: /Open the full timeline/ });
    this.search = this.frame.getByRole('combobox', { name: 'Search events' });
    this.results = this.frame.getByRole('listbox', { name: 'Search events' }).getByRole('option');
  }

  async height(): Promise<number> {
    const box = await this.iframe.boundingBox();
    if (!box) throw new Error('The iframe is not on the page');
    return box.height;
  }

  /** How tall the embedded document is, as the app measures it for the host. */
  async contentHeight(): Promise<number> {
    const frame = await (await this.iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error('The iframe has no document');
    return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  }

  /** Waits until the iframe has grown past `initial` and stopped changing; returns its height. */
  async waitForGrownHeight(initial: number): Promise<number> {
    let previous = -1;
    await expect
      .poll(
        async () => {
          const now = await this.height();
          const steady = now === previous && now > initial;
          previous = now;
          return steady;
        },
        {
          intervals: [250],
          timeout: 15_000,
          message: `the iframe should grow past ${initial}px and then keep its height`,
        },
      )
      .toBe(true);
    return previous;
  }
}

/** The "Export / import" dialog. */
class DataDialog {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly status: Locator;
  readonly csvButton: Locator;
  readonly timelineJsButton: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Export / import' });
    this.dialog = page.getByRole('dialog', { name: 'Export or import events' });
    this.fileInput = this.dialog.getByLabel('TimelineJS JSON file');
    this.status = this.dialog.getByRole('status');
    this.csvButton = this.dialog.getByRole('button', { name: 'Download CSV (spreadsheet)' });
    this.timelineJsButton = this.dialog.getByRole('button', { name: 'Download TimelineJS JSON' });
    this.closeButton = this.dialog.getByRole('button', { name: 'Close', exact: true });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Clicks a download button and saves the file in `dir`; returns its path. */
  async download(button: Locator, dir: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  }

  async importFile(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
  }
}

/** The page after a TimelineJS import: its banner and notes, status, timeline. */
class ImportedTimeline extends FindingYourWayPage {
  readonly banner: Locator;
  readonly notes: Locator;
  readonly alert: Locator;

  constructor(page: Page) {
    super(page);
    this.banner = page.getByRole('status').filter({ hasText: 'Showing a timeline you opened:' });
    this.notes = page.locator('main ul.import-notes li');
    this.alert = page.getByRole('alert');
  }

  /** Opens `?timelinejs=<url>` (plus other parameters) on `app`. */
  async openTimelineJs(app: StaticServer, fileUrl: string, more = ''): Promise<this> {
    await this.page.goto(`${app.url}?timelinejs=${encodeURIComponent(fileUrl)}${more}`);
    return this;
  }

  /** After "Show all": how many events the timeline draws, as marks plus cluster members. */
  async eventsDrawn(): Promise<number> {
    // Disabled when the whole timeline is already in view.
    await this.timeline.waitUntilStill();
    if (await this.timeline.showAllButton.isEnabled()) await this.timeline.showAll();
    const drawn = await this.drawnEvents();
    return drawn.markIds.length + drawn.clustered;
  }
}

/** What the status line says first (a "Clear all filters" button may follow it). */
function shownText(shown: number, total = shown): RegExp {
  return new RegExp(`^${shown === total ? `All ${total}` : `${shown} of ${total}`} events\\b`);
}

/** TimelineJS `year` as the importer reads it: an integer (or digits), else not a year. */
function hasWholeYear(event: { start_date?: { year?: unknown } | null }): boolean {
  const year = event.start_date?.year;
  if (typeof year === 'number') return Number.isSafeInteger(year);
  return typeof year === 'string' && /^[+-]?\d+$/.test(year.trim());
}

/** An event's TimelineJS year is there at all (not missing, null or empty). */
function hasAnyYear(event: { start_date?: { year?: unknown } | null }): boolean {
  const year = event.start_date?.year;
  return year !== undefined && year !== null && String(year).trim() !== '';
}

interface TimelineJsFileShape {
  events: { start_date?: { year?: unknown } | null; text?: { headline?: string } }[];
}

function readTimelineJs(path: string): TimelineJsFileShape {
  return JSON.parse(readFileSync(path, 'utf8')) as TimelineJsFileShape;
}

/** RFC 4180: records of fields, quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Any trace in the DOM of markup that could run: handlers, script URLs, live embeds. */
async function scriptableTraces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(`<${tag}>`);
      if (tag === 'script' && !element.hasAttribute('src')) found.push('inline <script>');
      if (tag === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>');
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
        // Browsers skip control characters and spaces before a scheme (" JaVaScRiPt:").
        const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript:|vbscript:|data:text\/html)/.test(scheme)) {
          found.push(`<${tag} ${name}="${value}">`);
        }
      }
    }
    return found;
  });
}

/** The file dist/ should have; when `vite build` alone ran, it is built into `dir` instead. */
function offlineFile(appRoot: string, dir: string): string {
  const built = join(appRoot, 'timeline-offline.html');
  if (existsSync(built)) return built;
  const work = join(dir, 'offline-build');
  mkdirSync(work, { recursive: true });
  symlinkSync(join(repoRoot, 'public'), join(work, 'public'));
  const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
  execFileSync(
    bin('vite'),
    ['build', '--mode', 'offline', '--outDir', join(work, 'dist', '.offline'), '--emptyOutDir'],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  execFileSync(bin('tsx'), [join(repoRoot, 'src', 'offline', 'bundleOffline.ts')], {
    cwd: work,
    stdio: 'pipe',
  });
  return join(work, 'dist', 'timeline-offline.html');
}

// ---------------------------------------------------------------------------------------------
// Embedding
// ---------------------------------------------------------------------------------------------

test.describe('embedded in a page from another origin', () => {
  test('the iframe grows to its content, opens the linked event, and links to the full timeline', async ({
    page,
    serve,
    tempDir,
  }) => {
    const app = await serve();
    const host = await serve({
      root: writeHostPage(tempDir, snippetFor(app, 'event=normalisation')),
    });
    expect(host.origin).not.toBe(app.origin);
    await page.goto(host.url);
    const embed = new EmbeddedTimeline(page);
    const normalisation = eventById('normalisation');

    // The deep link: that event's panel, inside the frame.
    await expect(embed.panelTitle).toHaveText(normalisation.title);
    await expect(embed.marks.first()).toBeVisible();

    // embed.js has sized the iframe to the document inside it.
    const height = await embed.waitForGrownHeight(INITIAL_HEIGHT);
    expect(Math.abs(height - (await embed.contentHeight()))).toBeLessThanOrEqual(1);

    // A resize message that does not come from the iframe (here: the host page itself) is ignored.
    await page.evaluate(
      (type) =>
        new Promise<void>((done) => {
          window.postMessage({ type, height: 5000 }, '*');
          // Messages from one window arrive in order: once this one is in, so was the other.
          window.addEventListener('message', (event) => event.data === 'checked' && done());
          window.postMessage('checked', '*');
        }),
      RESIZE_MESSAGE_TYPE,
    );
    expect(await embed.height()).toBe(height);

    // "Open the full timeline": same view on the app's origin, without the embed options.
    await expect(embed.openFull).toHaveAttribute('target', '_blank');
    const href = new URL((await embed.openFull.getAttribute('href')) ?? '');
    expect(href.origin).toBe(app.origin);
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.has('controls')).toBe(false);
    expect(href.searchParams.get('event')).toBe('normalisation');

    const [full] = await Promise.all([page.context().waitForEvent('page'), embed.openFull.click()]);
    const fullTimeline = new TimelinePage(full);
    await expect(fullTimeline.panelTitle).toHaveText(normalisation.title);
    expect(new URL(full.url()).searchParams.has('embed')).toBe(false);
    await expect(full.getByRole('button', { name: 'Export / import' })).toBeVisible();
  });

  test('in a sandboxed iframe (allow-scripts allow-popups) it still loads, works and resizes', async ({
    page,
    serve,
    tempDir,
  }) => {
    // Without allow-same-origin the frame's origin is opaque ("null"): its module scripts (Vite
    // marks them crossorigin), dynamic imports and fetches of the data are all cross-origin
    // requests, which the browser refuses unless the app's server allows any origin (without the
    // header Chromium logs "blocked by CORS policy" for the script and the stylesheet, and the
    // frame stays blank). So the app is served with `Access-Control-Allow-Origin: *` here, as the
    // README tells teachers to.
    const app = await serve({ headers: { 'Access-Control-Allow-Origin': '*' } });
    const host = await serve({
      root: writeHostPage(
        tempDir,
        snippetFor(app, 'event=normalisation', 'allow-scripts allow-popups'),
      ),
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(host.url);
    const embed = new EmbeddedTimeline(page);
    await expect(embed.iframe).toHaveAttribute('sandbox', 'allow-scripts allow-popups');
    const opaque = await (
      await embed.iframe.elementHandle()
    )
      ?.contentFrame()
      .then((frame) => frame?.evaluate(() => window.origin));
    expect(opaque, 'the frame runs with an opaque origin').toBe('null');

    await expect(embed.panelTitle).toHaveText(eventById('normalisation').title);
    await expect(embed.marks.first()).toBeVisible();
    // It works: a search inside the frame finds and opens another event.
    const obama = eventById('obama-visit');
    await embed.search.fill('obamma');
    await expect(embed.results.first()).toContainText(obama.title);
    await embed.results.first().click();
    await expect(embed.panelTitle).toHaveText(obama.title);

    // embed.js accepts "null" as the origin of this sandboxed frame, and resizes it.
    const height = await embed.waitForGrownHeight(INITIAL_HEIGHT);
    expect(Math.abs(height - (await embed.contentHeight()))).toBeLessThanOrEqual(1);
    expect(new URL((await embed.openFull.getAttribute('href')) ?? '').origin).toBe(app.origin);
    expect(errors).toEqual([]);
  });

  test('it makes no request to any origin but the app’s and the host’s', async ({
    page,
    context,
    serve,
    tempDir,
  }) => {
    const app = await serve();
    const host = await serve({
      root: writeHostPage(tempDir, snippetFor(app, 'event=normalisation')),
    });
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    await page.goto(host.url);
    const embed = new EmbeddedTimeline(page);
    await expect(embed.panelTitle).toHaveText(eventById('normalisation').title);

    // Use what loads later: search, another event, the list, a source document's full text.
    const obama = eventById('obama-visit');
    await embed.search.fill('obamma');
    await embed.results.first().click();
    await expect(embed.panelTitle).toHaveText(obama.title);
    await embed.frame.getByRole('button', { name: 'List', exact: true }).click();
    await expect(embed.frame.locator('.event-list [data-event-id]').first()).toBeVisible();
    await embed.frame
      .getByRole('button', { name: /^Read in the source/ })
      .first()
      .click();
    const textOf = (path: string) => requests.some((request) => request.url() === app.url + path);
    const document = obama.sources[0]?.document ?? '(no source)';
    await expect.poll(() => textOf(`data/documents/${document}.txt`)).toBe(true);
    await embed.waitForGrownHeight(INITIAL_HEIGHT);

    const urls = requests.map((request) => request.url());
    expect(urls).toContain(host.url);
    expect(urls.some((url) => url.startsWith(`${app.url}data/`))).toBe(true);
    // data: and blob: addresses are not requests to anyone; every other one stays home.
    const offOrigin = urls.filter(
      (url) =>
        !/^(data|blob):/.test(url) && ![app.origin, host.origin].includes(new URL(url).origin),
    );
    expect(offOrigin).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy
// ---------------------------------------------------------------------------------------------

test('under a strict Content-Security-Policy the timeline draws, opens events and searches', async ({
  page,
  serve,
}) => {
  const app = await serve({ headers: { 'Content-Security-Policy': STRICT_CSP } });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const violations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  const response = await page.goto(app.url);
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  const timeline = new TimelinePage(page);
  await expect(timeline.marks.first()).toBeVisible();
  await timeline.waitUntilStill();

  // An event opens (the panel is a lazily loaded chunk), and takes its theme colour.
  const normalisation = eventById('normalisation');
  await timeline.mark(normalisation.id).locator('circle.dot').click();
  await expect(timeline.panelTitle).toHaveText(normalisation.title);
  expect(
    await timeline.panel.evaluate((node) =>
      getComputedStyle(node).getPropertyValue('--theme-light'),
    ),
    'the panel’s colour, set from script, applies without unsafe-inline',
  ).not.toBe('');
  expect(
    await page.locator('header.app-header').evaluate((node) => getComputedStyle(node).display),
    'the stylesheets apply',
  ).toBe('flex');

  // Search (fuse.js, loaded on demand) and the list view.
  const finder = new FindingYourWayPage(page);
  await finder.searchFor('obamma');
  await expect(finder.results.first()).toContainText(eventById('obama-visit').title);
  await finder.search.press('Escape');
  await finder.listView.click();
  await expect(finder.listItems.first()).toBeVisible();

  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // The listener does hear the policy: an inline script added now is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
});

// ---------------------------------------------------------------------------------------------
// The offline single file
// ---------------------------------------------------------------------------------------------

test('the offline single file works from file:// and requests nothing but itself', async ({
  page,
  context,
  appRoot,
  tempDir,
}) => {
  // Once, the data blocks were inserted before the first "</body>", which stood inside the
  // inlined script (DOMPurify's "</body></html>"), and cut the script in two.
  test.setTimeout(60_000); // building the file, when dist/ lacks it, takes a few seconds
  const copy = join(tempDir, 'timeline-offline.html');
  copyFileSync(offlineFile(appRoot, tempDir), copy);
  const fileUrl = pathToFileURL(copy).href;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  const timeline = await new TimelinePage(page).open(fileUrl);
  await expect(timeline.marks.first()).toBeVisible();

  // An event opens with its summary and quote, from the data inlined in the file.
  const normalisation = eventById('normalisation');
  await timeline.mark(normalisation.id).locator('circle.dot').click();
  await expect(timeline.panelTitle).toHaveText(normalisation.title);
  await expect(timeline.panel).toContainText(normalisation.summary);
  await expect(timeline.panel).toContainText(normalisation.sources[0]?.quote ?? '(no quote)');

  // Search, with a typo.
  const finder = new FindingYourWayPage(page);
  await finder.searchFor('obamma');
  await expect(finder.results.first()).toContainText(eventById('obama-visit').title);
  await finder.search.press('ArrowDown');
  await finder.search.press('Enter');
  await expect(timeline.panelTitle).toHaveText(eventById('obama-visit').title);

  expect(requests).toEqual([fileUrl]);
  expect(errors).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// TimelineJS in
// ---------------------------------------------------------------------------------------------

test.describe('Knight Lab’s TimelineJS examples load with every dated event', () => {
  const files = existsSync(EXAMPLES)
    ? readdirSync(EXAMPLES)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
  if (files.length === 0) {
    test('the examples', () => {
      test.skip(true, `${EXAMPLES} is absent: no TimelineJS examples to load`);
    });
  }
  for (const name of files) {
    const events = readTimelineJs(join(EXAMPLES, name)).events;
    const expected = events.filter(hasAnyYear).length;
    test(`${name}: ${expected} events`, async ({ page, serve }) => {
      // The importer skips an event only when its year is missing or not a whole number.
      expect(events.filter(hasWholeYear).length, 'every year in the file is a whole number').toBe(
        expected,
      );
      const app = await serve({ mounts: { '/examples/': EXAMPLES } });
      const imported = await new ImportedTimeline(page).openTimelineJs(
        app,
        `${app.url}examples/${name}`,
      );
      await expect(imported.banner).toContainText(`Showing a timeline you opened: ${name}`);
      await expect(imported.status).toHaveText(shownText(expected));
      await expect(imported.timeline.marks.first()).toBeVisible();
      expect(await imported.eventsDrawn()).toBe(expected);
    });
  }
});

test.describe('our own TimelineJS fixtures', () => {
  test('deep time: BCE years and the Big Bang load, and the axis reads them', async ({
    page,
    serve,
  }) => {
    const app = await serve({ mounts: { '/fixtures/': FIXTURES } });
    const file = `${app.url}fixtures/deep-time.json`;
    const expected = readTimelineJs(join(FIXTURES, 'deep-time.json')).events.length;
    const imported = await new ImportedTimeline(page).openTimelineJs(app, file);
    await expect(imported.status).toHaveText(shownText(expected));
    expect(await imported.eventsDrawn()).toBe(expected);
    await expect(
      imported.timeline.axisLabels.filter({ hasText: /billion years ago$/ }),
    ).not.toHaveCount(0);

    // From 800 BCE to 1 CE: the axis counts BCE years, and Caesar's death opens with its date.
    await imported.openTimelineJs(app, file, '&from=-0800-01-01&to=0001-01-01&event=ides-of-march');
    await expect(imported.timeline.panelTitle).toHaveText('Caesar is assassinated');
    await expect(imported.timeline.panel).toContainText('44 BCE');
    await expect(imported.timeline.axisLabels.filter({ hasText: /^\d{3} BCE$/ })).not.toHaveCount(
      0,
    );
    await expect(imported.timeline.axisLabels.filter({ hasText: /years ago/ })).toHaveCount(0);
  });

  test('a deep-time file zooms to its own limits: about a year across, not a month', async ({
    page,
    serve,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const app = await serve({ mounts: { '/fixtures/': FIXTURES } });
    const seeds = await new TimelinePage(page).open(app.url);
    const pressesToLimit = async (timeline: TimelinePage) => {
      await timeline.svg.focus();
      let presses = 0;
      while ((await timeline.zoomInButton.isEnabled()) && presses < 60) {
        await page.keyboard.press('+');
        presses += 1;
      }
      await expect(timeline.zoomInButton).toBeDisabled();
      return presses;
    };
    // The seeds span 1888–2028: twelve doublings or so reach a month across.
    await seeds.showAll();
    const seedPresses = await pressesToLimit(seeds);
    expect(seedPresses).toBeGreaterThanOrEqual(9);
    expect(seedPresses).toBeLessThanOrEqual(13);

    // Opened in the same page, the deep-time file brings its own limits: 13.8 billion years down
    // to about one is some 34 doublings.
    const dialog = new DataDialog(page);
    await dialog.open();
    await dialog.importFile(join(FIXTURES, 'deep-time.json'));
    await dialog.closeButton.click();
    const imported = new ImportedTimeline(page);
    await expect(imported.banner).toContainText('deep-time.json');
    await expect(imported.timeline.marks.first()).toBeVisible();
    await imported.eventsDrawn();
    const deepPresses = await pressesToLimit(imported.timeline);
    expect(deepPresses).toBeGreaterThanOrEqual(30);
    expect(deepPresses).toBeLessThanOrEqual(38);
    // At the limit the view is about a year of deep time, named so in the timeline's name.
    await expect(imported.timeline.axisLabels.first()).toBeVisible();
    const named = async () => {
      const name = (await imported.timeline.svg.getAttribute('aria-label')) ?? '';
      const [, from, to] = /^Timeline, ([\d,]+) BCE to ([\d,]+) BCE/.exec(name) ?? [];
      return from && to ? Number(from.replaceAll(',', '')) - Number(to.replaceAll(',', '')) : NaN;
    };
    await expect.poll(named).toBeGreaterThanOrEqual(0);
    expect(await named()).toBeLessThanOrEqual(2);
    await imported.timeline.showAll();
    await expect(
      imported.timeline.axisLabels.filter({ hasText: /billion years ago$/ }),
    ).not.toHaveCount(0);
  });

  test('events without a start date are skipped, and the page says so', async ({ page, serve }) => {
    const app = await serve({ mounts: { '/fixtures/': FIXTURES } });
    const events = readTimelineJs(join(FIXTURES, 'missing-dates.json')).events;
    const undated = events.filter((event) => !hasAnyYear(event));
    const notAYear = events.filter((event) => hasAnyYear(event) && !hasWholeYear(event));
    const imported = await new ImportedTimeline(page).openTimelineJs(
      app,
      `${app.url}fixtures/missing-dates.json`,
    );
    await expect(imported.banner).toContainText(
      'Showing a timeline you opened: missing-dates.json',
    );
    await expect(imported.status).toHaveText(shownText(events.filter(hasWholeYear).length));
    await expect(imported.notes.first()).toBeVisible();
    await expect(
      imported.notes.filter({ hasText: `Skipped ${undated.length} events without a start date` }),
    ).toContainText(undated.map((event) => `'${event.text?.headline}'`).join(', '));
    await expect(
      imported.notes.filter({
        hasText: `Skipped ${notAYear.length} event whose start year is not a whole number`,
      }),
    ).toBeVisible();
    expect(await imported.eventsDrawn()).toBe(events.filter(hasWholeYear).length);
  });

  test('hostile HTML runs no script and leaves no handler or script URL in the page', async ({
    page,
    serve,
    tempDir,
  }) => {
    // Our own payloads set window.__pwned if they ever run; the fixture's call alert().
    const pwn = 'window.__pwned';
    writeFileSync(
      join(tempDir, 'pwn.json'),
      JSON.stringify({
        title: {
          text: {
            headline: `<img src=x onerror="${pwn}=1">Pwned?`,
            text: `<script>${pwn}=2</script>`,
          },
        },
        events: [
          {
            start_date: { year: 1999 },
            display_date: `<img src=x onerror="${pwn}=3">1999`,
            text: {
              headline: `<img src=x onerror="${pwn}=4">Image headline`,
              text: `<p>Before <img src=x onerror="${pwn}=5"> after</p><script>${pwn}=6</script><a href="javascript:${pwn}=7">a link</a>`,
            },
            media: { url: `javascript:${pwn}=8`, caption: `<svg onload="${pwn}=9"></svg>Caption` },
            group: `<script>${pwn}=10</script>Group`,
            unique_id: 'pwn-1',
          },
          {
            start_date: { year: 2000 },
            text: { headline: 'Media as markup', text: 'Plain' },
            media: { url: `<iframe src="javascript:${pwn}=11" onload="${pwn}=12"></iframe>` },
            unique_id: 'pwn-2',
          },
        ],
      }),
    );
    const app = await serve({ mounts: { '/fixtures/': FIXTURES, '/own/': tempDir } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const imported = new ImportedTimeline(page);
    const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

    const hostile = readTimelineJs(join(FIXTURES, 'hostile.json')).events.length;
    for (const [file, count, text] of [
      [`${app.url}own/pwn.json`, 2, 'Image headline'],
      [`${app.url}fixtures/hostile.json`, hostile, 'Bold headline'],
    ] as const) {
      await imported.openTimelineJs(app, file, '&view=list');
      await expect(imported.status).toHaveText(shownText(count));
      await expect(imported.listItems).toHaveCount(count);
      // The words arrive, as text.
      await expect(imported.listItems.filter({ hasText: text })).toHaveCount(1);
      // Every event's details: summary, notes (media), date notes.
      for (let index = 0; index < count; index += 1) {
        const title = imported.listItems.nth(index).locator('button.title');
        await title.click();
        await expect(imported.timeline.panelTitle).toHaveText((await title.textContent()) ?? '');
      }
      await imported.search.fill('headline');
      await expect(imported.results.first()).toBeVisible();
      await imported.search.press('Escape');
      await imported.timelineView.click();
      await expect(imported.timeline.marks.first()).toBeVisible();
      expect(await scriptableTraces(page), file).toEqual([]);
      expect(await pwned(), file).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
  });

  test('a file of the wrong shape is refused, naming the field', async ({ page, serve }) => {
    const app = await serve({ mounts: { '/fixtures/': FIXTURES } });
    const imported = await new ImportedTimeline(page).openTimelineJs(
      app,
      `${app.url}fixtures/bad-shape.json`,
    );
    await expect(imported.alert).toContainText('events[1].start_date.year');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('opening a file in the Export / import dialog shows it, with its notes', async ({
    page,
    serve,
  }) => {
    const app = await serve();
    await new TimelinePage(page).open(app.url);
    const dialog = new DataDialog(page);
    await dialog.open();
    const events = readTimelineJs(join(FIXTURES, 'missing-dates.json')).events;
    const count = events.filter(hasWholeYear).length;
    await dialog.importFile(join(FIXTURES, 'missing-dates.json'));
    await expect(dialog.status).toContainText(`Opened: ${count} events.`);
    await expect(dialog.status.getByRole('listitem').first()).toContainText('without a start date');
    await dialog.closeButton.click();
    await expect(dialog.dialog).toBeHidden();

    const imported = new ImportedTimeline(page);
    await expect(imported.banner).toContainText(
      'Showing a timeline you opened: missing-dates.json',
    );
    await expect(imported.notes.filter({ hasText: 'without a start date' })).toBeVisible();
    await expect(imported.status).toHaveText(shownText(count));
    expect(await imported.eventsDrawn()).toBe(count);
  });
});

// ---------------------------------------------------------------------------------------------
// Out, and back in
// ---------------------------------------------------------------------------------------------

test.describe('export', () => {
  test('TimelineJS JSON out and back in: the same events with the same titles', async ({
    page,
    serve,
    tempDir,
  }) => {
    const app = await serve();
    await new TimelinePage(page).open(app.url);
    const dialog = new DataDialog(page);
    await dialog.open();
    const saved = await dialog.download(dialog.timelineJsButton, tempDir);
    const file = JSON.parse(readFileSync(saved, 'utf8')) as { events: { unique_id: string }[] };
    expect(file.events.map((event) => event.unique_id).sort()).toEqual(
      timelineData.events.map((event) => event.id).sort(),
    );

    await dialog.importFile(saved);
    await expect(dialog.status).toContainText(`Opened: ${TOTAL} events.`);
    await dialog.closeButton.click();
    const imported = new ImportedTimeline(page);
    await expect(imported.banner).toContainText('Showing a timeline you opened:');
    await expect(imported.status).toHaveText(shownText(TOTAL));

    await imported.listView.click();
    await expect(imported.listItems).toHaveCount(TOTAL);
    const listed = await imported.listItems.evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-event-id') ?? '',
        item.querySelector('button.title')?.textContent ?? '',
      ]),
    );
    expect(Object.fromEntries(listed)).toEqual(
      Object.fromEntries(timelineData.events.map((event) => [event.id, event.title])),
    );
  });

  test('CSV: a UTF-8 byte order mark, the documented columns, one row per event shown', async ({
    page,
    serve,
    tempDir,
  }) => {
    const app = await serve();
    await new TimelinePage(page).open(`${app.url}?themes=economy`);
    const shown = timelineData.events.filter((event) => event.themes.includes('economy'));
    const finder = new FindingYourWayPage(page);
    await expect(finder.status).toHaveText(shownText(shown.length, TOTAL));
    const dialog = new DataDialog(page);
    await dialog.open();
    const saved = await dialog.download(dialog.csvButton, tempDir);
    const bytes = readFileSync(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    // As the README documents them.
    expect(rows[0]).toEqual([
      'id',
      'title',
      'date',
      'start',
      'end',
      'precision',
      'date basis',
      'date note',
      'themes',
      'importance',
      'milestone',
      'disputed',
      'summary',
      'people',
      'places',
      'sources',
      'quotes',
    ]);
    const records = rows.slice(1);
    expect(records.map((row) => row[0])).toEqual(shown.map((event) => event.id));
    for (const row of records) expect(row).toHaveLength(17);
    expect(records.map((row) => row[1])).toEqual(shown.map((event) => event.title));
  });
});
