/**
 * What `npm run bench` (bench.ts) and the profiler (profile.ts) do inside the page: the frame
 * recorder installed before the app's scripts, and the scripted zoom/pan sequence.
 */
import type { Page } from 'playwright-core';

export interface LongFrame {
  duration: number;
  /** Time in scripts (sum of the frame's script entries). */
  scriptMs: number;
  /** From the start of the rendering step (rAF callbacks, style, layout) to the frame's end. */
  renderMs: number;
  /** From the start of style and layout to the frame's end. */
  styleLayoutMs: number;
  scripts: string[];
}

export interface BenchWindowState {
  recording: boolean;
  frames: number[];
  longFrames: LongFrame[];
  paintedAt: number | null;
  loafSupported: boolean;
}

declare global {
  interface Window {
    __bench: BenchWindowState;
  }
}

/**
 * Runs before the app's own scripts. A rAF loop records frame-to-frame deltas while recording;
 * until then it watches for the first-render mark and notes when the frame that shows it is done
 * (a message posted from that frame's rAF callback is delivered after its paint).
 */
function instrumentPage() {
  const bench: BenchWindowState = {
    recording: false,
    frames: [],
    longFrames: [],
    paintedAt: null,
    loafSupported: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'),
  };
  window.__bench = bench;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    bench.paintedAt ??= performance.now();
  };
  let markSeen = false;
  let last = 0;
  const loop = (now: number) => {
    if (!markSeen && performance.getEntriesByName('timeline:first-render').length > 0) {
      markSeen = true;
      channel.port2.postMessage(null);
    }
    if (bench.recording && last > 0) bench.frames.push(now - last);
    last = now;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  if (bench.loafSupported) {
    new PerformanceObserver((list) => {
      if (!bench.recording) return;
      for (const entry of list.getEntries()) {
        const loaf = entry as PerformanceEntry & {
          renderStart: number;
          styleAndLayoutStart: number;
          scripts: { invoker: string; duration: number }[];
        };
        const end = loaf.startTime + loaf.duration;
        bench.longFrames.push({
          duration: loaf.duration,
          scriptMs: loaf.scripts.reduce((sum, script) => sum + script.duration, 0),
          renderMs: loaf.renderStart > 0 ? end - loaf.renderStart : 0,
          styleLayoutMs: loaf.styleAndLayoutStart > 0 ? end - loaf.styleAndLayoutStart : 0,
          scripts: loaf.scripts.map(
            (script) => `${script.invoker} ${script.duration.toFixed(0)}ms`,
          ),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  }
}

/**
 * The instrument as an init script. tsx keeps function names with a `__name` helper that the page
 * lacks, so the script brings its own.
 */
export const INSTRUMENT_SCRIPT = `(() => { const __name = (fn) => fn; (${instrumentPage.toString()})(); })();`;

export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/** Resolves once the frame showing the first marks is painted; returns the timing figures. */
export async function firstRenderTiming(page: Page, dataPath: string) {
  await page.waitForFunction(
    () => window.__bench?.paintedAt != null || document.querySelector('[role="alert"]') !== null,
    undefined,
    { timeout: 60_000 },
  );
  const problem = await page.evaluate(() =>
    window.__bench.paintedAt == null ? document.querySelector('[role="alert"]')?.textContent : null,
  );
  if (problem) throw new Error(`${page.url()} shows no timeline: ${problem.trim()}`);
  return page.evaluate((path) => {
    const markEntry = performance.getEntriesByName('timeline:first-render')[0] as PerformanceMark;
    const data = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes(path)) as PerformanceResourceTiming | undefined;
    return {
      firstRender: markEntry.startTime,
      dataResponseEnd: data?.responseEnd ?? Number.NaN,
      afterData: data ? markEntry.startTime - data.responseEnd : Number.NaN,
      painted: window.__bench.paintedAt ?? Number.NaN,
      items: (markEntry.detail as { items: number } | null)?.items ?? 0,
    };
  }, dataPath);
}

export const ZOOM_STEPS = 20;
/** deltaY 25 with ctrl: 2^(25 × 0.002 × 10) = √2 per step, so 20 steps zoom 1024×. */
const WHEEL_DELTA = 25;

/**
 * Moves the pointer over the timeline, then: 20 ctrl+wheel steps in at spread positions, 10 drag
 * pans back and forth (10 moves of 30 px each), 20 ctrl+wheel steps out, waiting for a frame after
 * every input. Frames are recorded from the first input to the last.
 */
export async function runInteraction(
  page: Page,
  /** Called after each step (input and the frame after it) with its wall time, for diagnosis. */
  onStep?: (step: string, ms: number) => void,
): Promise<{ elapsedMs: number }> {
  const box = await page.locator('svg[role="group"]').boundingBox();
  if (!box) throw new Error('the timeline SVG has no box');
  const y = box.y + Math.min(box.height / 2, 120);
  const xAt = (fraction: number) => box.x + box.width * fraction;
  // A ctrl+wheel at (x, y) in one CDP call, as Playwright's keyboard.down('Control'),
  // mouse.move and mouse.wheel would do in three; the renderer has handled it when it returns.
  const cdp = await page.context().newCDPSession(page);
  const ctrlWheel = (x: number, wheelY: number, deltaY: number) =>
    cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseWheel',
      x,
      y: wheelY,
      deltaX: 0,
      deltaY,
      modifiers: 2, // Ctrl
    });
  await page.mouse.move(xAt(0.5), y);
  await nextFrame(page);
  await page.evaluate(() => {
    window.__bench.recording = true;
  });
  const started = performance.now();
  let stepStarted = started;
  const stepDone = (step: string) => {
    const now = performance.now();
    onStep?.(step, now - stepStarted);
    stepStarted = now;
  };

  for (let step = 0; step < ZOOM_STEPS; step += 1) {
    await ctrlWheel(xAt(0.2 + 0.6 * ((step * 0.618) % 1)), y, -WHEEL_DELTA);
    await nextFrame(page);
    stepDone(`zoom in ${step + 1}`);
  }

  for (let drag = 0; drag < 10; drag += 1) {
    const direction = drag % 2 === 0 ? 1 : -1;
    const from = xAt(direction > 0 ? 0.3 : 0.7);
    await page.mouse.move(from, y);
    await page.mouse.down();
    for (let move = 1; move <= 10; move += 1) {
      await page.mouse.move(from + direction * move * 30, y);
      await nextFrame(page);
      stepDone(`pan ${drag + 1}.${move}`);
    }
    await page.mouse.up();
  }

  for (let step = 0; step < ZOOM_STEPS; step += 1) {
    await ctrlWheel(xAt(0.8 - 0.6 * ((step * 0.618) % 1)), y, WHEEL_DELTA);
    await nextFrame(page);
    stepDone(`zoom out ${step + 1}`);
  }
  await nextFrame(page);
  await nextFrame(page);
  const elapsedMs = performance.now() - started;
  await cdp.detach();
  return { elapsedMs };
}

/** Stops recording and returns what was recorded (long frames arrive a little late). */
export async function stopRecording(page: Page) {
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    window.__bench.recording = false;
    const { frames, longFrames, loafSupported } = window.__bench;
    return { frames, longFrames, loafSupported };
  });
}
