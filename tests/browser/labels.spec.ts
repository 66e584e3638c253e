/**
 * A timeline that reads (issue 10): at both widths, light and dark, in the views a class sees
 * first, no text runs beyond the plot or over other text, no period bar crosses text, every
 * milestone in view has a label, and labels show whole titles wherever there is room.
 */
import { expect, test, type Page } from '@playwright/test';
import { TimelinePage, timelineData } from './timelinePage.ts';

interface DrawnText {
  text: string;
  /** The event whose label it is, if any. */
  eventId: string | null;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every text drawn in the plot, every period bar, the plot's box, and the milestones in view. */
async function readDrawing(page: Page) {
  return page.locator('.drawing svg').evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
    };
    const texts = [...svg.querySelectorAll('text')]
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((text) => ({
        text:
          [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' ') ||
          (text.textContent ?? ''),
        eventId: text.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null,
        ...box(text),
      }));
    const periods = [...svg.querySelectorAll('rect.period')].map(box);
    const milestones = [...svg.querySelectorAll('g.event-mark.milestone')].map((mark) => {
      const dot = box(mark.querySelector('circle.dot') as Element);
      const centre = (dot.left + dot.right) / 2;
      return {
        id: mark.getAttribute('data-event-id') ?? '',
        inView: centre >= frame.left && centre <= frame.right,
        labelled: (mark.querySelector('text')?.textContent ?? '').trim() !== '',
      };
    });
    return { frame: box(svg), texts, periods, milestones };
  });
}

const intersects = (
  a: { left: number; right: number; top: number; bottom: number },
  b: { left: number; right: number; top: number; bottom: number },
) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** Checks the drawing as it is now; `where` names the state in failure messages. */
async function expectReadable(page: Page, where: string) {
  const { frame, texts, periods, milestones } = await readDrawing(page);
  expect(texts.length, `${where}: texts drawn`).toBeGreaterThan(3);
  const beyond = texts.filter(
    (text) =>
      text.left < frame.left - 0.5 ||
      text.right > frame.right + 0.5 ||
      text.top < frame.top - 0.5 ||
      text.bottom > frame.bottom + 0.5,
  );
  expect(
    beyond.map((text) => text.text),
    `${where}: text beyond the plot`,
  ).toEqual([]);
  const overlapping: string[] = [];
  for (const [index, a] of texts.entries()) {
    for (const b of texts.slice(index + 1)) {
      if (intersects(a, b)) overlapping.push(`"${a.text}" × "${b.text}"`);
    }
  }
  expect(overlapping, `${where}: texts that overlap`).toEqual([]);
  const crossed = periods.flatMap((bar) =>
    texts.filter((text) => intersects(bar, text)).map((text) => text.text),
  );
  expect(crossed, `${where}: texts crossed by a period bar`).toEqual([]);
  const unlabelled = milestones.filter((mark) => mark.inView && !mark.labelled);
  expect(
    unlabelled.map((mark) => mark.id),
    `${where}: milestones without a label`,
  ).toEqual([]);
  return { texts, milestones };
}

const titleOf = new Map(timelineData.events.map((event) => [event.id, event.title]));

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`at ${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: width === 375 ? 740 : 800 }, colorScheme });

      test('the first view, "Show all", 2013–2016 and "only Economy" all read cleanly', async ({
        page,
      }) => {
        const timeline = await new TimelinePage(page).open();
        const first = await expectReadable(page, 'first view');
        expect(first.milestones.filter((mark) => mark.inView).length).toBeGreaterThan(2);

        await page.getByRole('button', { name: 'Show all' }).click();
        await timeline.waitUntilStill();
        await expectReadable(page, 'after "Show all"');

        await timeline.open('./?from=2013-01-01&to=2016-12-31');
        const closer = await expectReadable(page, '2013–2016');
        expect(closer.texts.some((text) => text.text.includes('Comprehensive Partnership'))).toBe(
          true,
        );

        await timeline.open('./?themes=economy');
        await expectReadable(page, 'only Economy');
      });
    });
  }
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the first view shows most titles whole, and no two labels read the same', async ({
    page,
  }) => {
    await new TimelinePage(page).open();
    const { texts } = await readDrawing(page);
    const labels = texts.filter((text) => text.eventId !== null);
    expect(labels.length).toBeGreaterThan(15);
    const whole = labels.filter((label) => label.text === titleOf.get(label.eventId ?? ''));
    expect(whole.length / labels.length).toBeGreaterThanOrEqual(0.8);
    const byText = new Map<string, string>();
    for (const label of labels) {
      const other = byText.get(label.text);
      expect(other, `"${label.text}" labels ${other} and ${label.eventId}`).toBeUndefined();
      byText.set(label.text, label.eventId ?? '');
    }
  });

  test('"only Economy" draws only the lanes that have events, each as high as it needs', async ({
    page,
  }) => {
    const timeline = await new TimelinePage(page).open('./?themes=economy&min=3');
    const lanes = page.locator('.lane-gutter .lane-name');
    await expect(lanes).toHaveCount(1);
    const laneHeight = (await lanes.first().boundingBox())?.height ?? 0;
    // Three milestones: a row each at most, not the full height of a crowded lane.
    expect(laneHeight).toBeLessThan(80);
    await expectReadable(page, 'economy milestones');
    // Each of the three milestones is labelled (expectReadable), and no two labels read alike.
    const ids = ['embargo-lifted', 'bilateral-trade-agreement', 'permanent-normal-trade-relations'];
    const labels = await Promise.all(
      ids.map((id) => timeline.mark(id).locator('text').textContent()),
    );
    expect(new Set(labels).size).toBe(3);
  });
});
