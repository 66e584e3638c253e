/**
 * `npx tsx tests/bench/profile.ts [N]`: where the time goes for N synthetic events (default
 * 10,000). Builds an unminified copy of the app (so functions keep their names) into a temporary
 * directory, serves it, and records V8 CPU profiles (CDP Profiler) of the first load and of the
 * bench's zoom/pan sequence. Prints, for each, the functions with the most self time and the
 * inclusive time of the app's main suspects. Also: the JS heap at each stage, and how much of it
 * the layout cache holds (by forcing the same zoom levels in a fresh page).
 * A diagnostic for people, not part of `npm run bench`; it changes nothing in dist/ or src/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';
import {
  firstRenderTiming,
  INSTRUMENT_SCRIPT,
  runInteraction,
  stopRecording,
} from './interaction.ts';
import { SYNTHETIC_DOCUMENT_TEXT, syntheticTimeline } from './syntheticTimeline.ts';

const SIZE = Number(process.argv[2] ?? 10_000);
const outDir = mkdtempSync(join(tmpdir(), 'timeline-profile-'));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Function names whose inclusive time is worth seeing (source names; the build keeps them). */
const SUSPECTS = [
  'loadTimeline',
  'safeParse',
  'readTimeline',
  'prepareTimeline',
  'fitLabel',
  'createLabelMeasurer',
  'formatEventDate',
  'measureText',
  'eventSpan',
  'timelineDomain',
  'layoutAtZoom',
  'layoutLane',
  'validate',
  'clusterUnplaced',
  'visibleSlice',
  'axisTicks',
  'eraBandsOf',
  'flush_queued_effects',
  'update_reactivity',
  'reconcile',
  'each',
  'EventMark',
  'ClusterMark',
  'set_attribute',
  'onWheel',
  'onPointerMove',
  '(garbage collector)',
  '(program)',
  '(idle)',
];

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

function summarise(profile: CpuProfile, title: string): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const totalMs = (profile.endTime - profile.startTime) / 1000;

  const selfByLabel = new Map<string, number>();
  for (const [id, time] of selfMs) {
    const node = byId.get(id);
    if (node) selfByLabel.set(label(node), (selfByLabel.get(label(node)) ?? 0) + time);
  }
  // Inclusive time per function name: every sample whose stack holds the name, counted once.
  const inclusive = new Map<string, number>();
  for (const [id, time] of selfMs) {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) names.add(node.callFrame.functionName);
    }
    for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + time);
  }

  console.log(`\n${title}: ${totalMs.toFixed(0)} ms profiled`);
  console.log('  most self time:');
  for (const [name, time] of [...selfByLabel].sort((a, b) => b[1] - a[1]).slice(0, 18))
    console.log(`    ${time.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('  inclusive time of suspects (a function and all it calls):');
  for (const name of SUSPECTS) {
    const time = inclusive.get(name);
    if (time && time >= 1) console.log(`    ${time.toFixed(1).padStart(8)} ms  ${name}`);
  }
}

const COUNTED = [
  'readTimeline',
  'prepareTimeline',
  'fitLabel',
  'formatEventDate',
  'layoutAtZoom',
  'layoutLane',
  'visibleSlice',
  'axisTicks',
  'EventMark',
  'ClusterMark',
];

/** Calls per function name in the app's bundle since the last take (which resets them). */
async function callCounts(cdp: CDPSession): Promise<Map<string, number>> {
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const counts = new Map<string, number>();
  for (const script of result) {
    if (!/\/assets\/index-[^/]*\.js$/.test(script.url)) continue;
    for (const fn of script.functions) {
      if (!COUNTED.includes(fn.functionName)) continue;
      counts.set(fn.functionName, (counts.get(fn.functionName) ?? 0) + (fn.ranges[0]?.count ?? 0));
    }
  }
  return counts;
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

await build({
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, minify: false },
});
mkdirSync(join(outDir, 'bench/documents'), { recursive: true });
writeFileSync(join(outDir, 'bench/documents/synthetic-source.txt'), SYNTHETIC_DOCUMENT_TEXT);
const dataPath = `bench/timeline-${SIZE}.json`;
const json = JSON.stringify(syntheticTimeline(SIZE, 20250711));
writeFileSync(join(outDir, dataPath), json);

const server = await preview({
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const address = server.httpServer.address();
if (address === null || typeof address === 'string') throw new Error('preview server has no port');
const baseUrl = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  console.log(
    `Profiling ${SIZE} events (${(json.length / 1024).toFixed(0)} KB JSON), unminified build`,
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: INSTRUMENT_SCRIPT });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

  await cdp.send('Profiler.start');
  await page.goto(`${baseUrl}?data=${dataPath}`);
  const timing = await firstRenderTiming(page, dataPath);
  const load = (await cdp.send('Profiler.stop')).profile as CpuProfile;
  console.log(
    `first render ${timing.firstRender.toFixed(0)} ms after navigation start; the data arrived at ` +
      `${timing.dataResponseEnd.toFixed(0)} ms; mark ${timing.afterData.toFixed(0)} ms later; ` +
      `painted at ${timing.painted.toFixed(0)} ms (profiler on: slower than the bench)`,
  );
  // JSON.parse alone, in the page, for scale.
  const parseMs = await page.evaluate(async (path) => {
    const text = await (await fetch(path)).text();
    const started = performance.now();
    JSON.parse(text);
    return performance.now() - started;
  }, dataPath);
  console.log(`JSON.parse of the data file alone, in the page: ${parseMs.toFixed(1)} ms`);
  summarise(load, 'First load (navigation → first paint)');

  const heapAfterLoad = await usedHeap(cdp);
  await cdp.send('Profiler.start');
  const steps: { step: string; ms: number }[] = [];
  await runInteraction(page, (step, ms) => steps.push({ step, ms }));
  const interaction = (await cdp.send('Profiler.stop')).profile as CpuProfile;
  const { frames, longFrames } = await stopRecording(page);
  const heapAfterInteraction = await usedHeap(cdp);
  summarise(interaction, 'Zoom/pan sequence');
  console.log(
    `  ${frames.length} frames; ${frames.filter((frame) => frame > 17).length} over 17 ms; ` +
      `${longFrames.length} long animation frames`,
  );
  const phase = (prefix: string) => {
    const times = steps.filter(({ step }) => step.startsWith(prefix)).map(({ ms }) => ms);
    const total = times.reduce((sum, ms) => sum + ms, 0);
    return `${prefix}: ${times.length} steps, ${total.toFixed(0)} ms (${(total / times.length).toFixed(0)} ms each)`;
  };
  console.log(
    `  wall time per step (input, then the next frame, incl. ~CDP round trips): ` +
      `${phase('zoom in')}; ${phase('pan')}; ${phase('zoom out')}`,
  );
  console.log(
    '  slowest steps: ' +
      [...steps]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 10)
        .map(({ step, ms }) => `${step} ${ms.toFixed(0)} ms`)
        .join(', '),
  );
  console.log(
    `\nJS heap after GC: after first render ${mb(heapAfterLoad)}, after the zoom/pan sequence ` +
      `${mb(heapAfterInteraction)}`,
  );
  await context.close();

  // Call counts (CDP precise coverage), in a page of its own: counting slows the code down.
  const counted = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const countedPage = await counted.newPage();
  await countedPage.addInitScript({ content: INSTRUMENT_SCRIPT });
  const countCdp = await counted.newCDPSession(countedPage);
  await countCdp.send('Profiler.enable');
  await countCdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await countedPage.goto(`${baseUrl}?data=${dataPath}`);
  await firstRenderTiming(countedPage, dataPath);
  const atLoad = await callCounts(countCdp);
  await runInteraction(countedPage);
  const duringInteraction = await callCounts(countCdp);
  console.log('\nCalls (CDP precise coverage): at first load / during the zoom-pan sequence');
  for (const name of COUNTED) {
    console.log(
      `  ${String(atLoad.get(name) ?? 0).padStart(8)} / ${String(duringInteraction.get(name) ?? 0).padEnd(8)} ${name}`,
    );
  }
  // What one label measurement costs here: the titles, measured as fitLabel does.
  const measured = await countedPage.evaluate(
    ({ titles }) => {
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return null;
      const svg = document.querySelector('svg[role="group"]') as Element;
      context.font = `500 12px ${getComputedStyle(svg).fontFamily}`;
      const started = performance.now();
      let total = 0;
      for (const title of titles) total += context.measureText(title).width;
      return { ms: performance.now() - started, calls: titles.length, total };
    },
    { titles: syntheticTimeline(SIZE, 20250711).events.map((event) => event.title) },
  );
  if (measured) {
    console.log(
      `  canvas measureText in the page: ${measured.calls} titles in ${measured.ms.toFixed(0)} ms ` +
        `(${((measured.ms / measured.calls) * 1000).toFixed(1)} µs per call, fresh strings)`,
    );
  }
  await counted.close();
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(outDir, { recursive: true, force: true });
}
