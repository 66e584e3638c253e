/**
 * Long work written once as a generator that yields between small steps, then either finished at
 * once (`finishNow`, for Node and tests) or in slices of about 50 ms that give the browser back
 * its main thread in between (`finishInSlices`), so a long import never freezes the page. The
 * result is the same either way: only when the work pauses differs. (Not a Web Worker: the
 * offline single-file build must keep working from file://.)
 */
export type Steps<T> = Generator<void, T, void>;

export function finishNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Lets the browser handle input and paint: `scheduler.yield()` where there is one. */
export function pauseForBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  /** How long to work before pausing, in ms (default 50). */
  sliceMs?: number;
  /** How many steps between looks at the clock (default 16: steps are small, clocks not free). */
  stepsPerLook?: number;
  pause?: () => Promise<void>;
  now?: () => number;
}

export async function finishInSlices<T>(
  steps: Steps<T>,
  {
    sliceMs = 50,
    stepsPerLook = 16,
    pause = pauseForBrowser,
    now = () => performance.now(),
  }: SliceOptions = {},
): Promise<T> {
  let sliceStart = now();
  for (let step = 1; ; step += 1) {
    const next = steps.next();
    if (next.done) return next.value;
    if (step % stepsPerLook === 0 && now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = now();
    }
  }
}
