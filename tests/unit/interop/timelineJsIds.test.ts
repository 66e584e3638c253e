import { describe, expect, it } from 'vitest';
import { UniqueIds } from '../../../src/model/interop/timelineJsIds.ts';
import { createRandom } from '../../bench/syntheticTimeline.ts';

/** The plain search the importer used before: base, base-2, base-3… from the start each time. */
function naiveClaim(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

describe('unique ids', () => {
  it('gives the base, then base-2, base-3… as each is taken', () => {
    const ids = new UniqueIds();
    expect(['a', 'a', 'a', 'b', 'a'].map((base) => ids.claim(base))).toEqual([
      'a',
      'a-2',
      'a-3',
      'b',
      'a-4',
    ]);
  });

  it('skips suffixes taken as bases of their own', () => {
    const ids = new UniqueIds();
    ids.add('x-2');
    expect(ids.claim('x')).toBe('x');
    expect(ids.claim('x')).toBe('x-3');
    expect(ids.claim('x-3')).toBe('x-3-2');
    expect(ids.claim('x-4')).toBe('x-4');
    expect(ids.claim('x')).toBe('x-5');
  });

  it('hands out exactly what the plain search would, for any order of claims', () => {
    const random = createRandom(9);
    const bases = ['a', 'a-2', 'a-3', 'a-2-2', 'b', 'event-1', 'event'];
    const ids = new UniqueIds();
    const used = new Set<string>();
    for (let claim = 0; claim < 2000; claim += 1) {
      const base = bases[Math.floor(random() * bases.length)]!;
      expect(ids.claim(base)).toBe(naiveClaim(base, used));
    }
  });
});
