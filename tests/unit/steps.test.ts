import { describe, expect, it } from 'vitest';
import { finishInSlices, finishNow, type Steps } from '../../src/model/steps.ts';

/** Sums 1..count, one step per number, noting the order it worked in. */
function* sum(count: number, log: string[], onStep = () => {}): Steps<number> {
  let total = 0;
  for (let number = 1; number <= count; number += 1) {
    total += number;
    log.push(`add ${number}`);
    onStep();
    yield;
  }
  return total;
}

describe('work in steps', () => {
  it('finishes at once with finishNow', () => {
    const log: string[] = [];
    expect(finishNow(sum(4, log))).toBe(10);
    expect(log).toEqual(['add 1', 'add 2', 'add 3', 'add 4']);
  });

  it('pauses whenever a slice has run its time, and gives the same result', async () => {
    let clock = 0;
    const log: string[] = [];
    // Each step takes 20 ms: a pause after every third step (60 ms ≥ 50).
    const steps = sum(10, log, () => (clock += 20));
    const result = await finishInSlices(steps, {
      sliceMs: 50,
      stepsPerLook: 1,
      now: () => clock,
      pause: async () => {
        log.push('pause');
      },
    });
    expect(result).toBe(55);
    expect(log.filter((entry) => entry === 'pause')).toHaveLength(3);
    expect(log.slice(0, 4)).toEqual(['add 1', 'add 2', 'add 3', 'pause']);
  });

  it('looks at the clock only every few steps', async () => {
    let looks = 0;
    await finishInSlices(sum(64, []), {
      stepsPerLook: 16,
      now: () => {
        looks += 1;
        return 0;
      },
    });
    expect(looks).toBe(1 + 4);
  });

  it('does not pause when the work fits in one slice', async () => {
    let pauses = 0;
    const result = await finishInSlices(sum(100, []), {
      now: () => 0,
      pause: async () => {
        pauses += 1;
      },
    });
    expect(result).toBe(5050);
    expect(pauses).toBe(0);
  });

  it('lets other tasks run during a pause, with the real pause', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('other task'), 0);
    let clock = 0;
    await finishInSlices(sum(3, log), { sliceMs: 1, stepsPerLook: 1, now: () => (clock += 1) });
    expect(log.indexOf('other task')).toBeGreaterThan(0);
    expect(log.indexOf('other task')).toBeLessThan(log.length - 1);
  });
});
