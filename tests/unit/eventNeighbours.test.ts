import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventNeighbours } from '../../src/model/eventNeighbours.ts';
import type { TimelineData, TimelineEvent } from '../../src/model/timelineSchema.ts';

function event(id: string, start: string, themes: string[]): TimelineEvent {
  return {
    id,
    title: id,
    summary: '',
    date: { start, precision: 'year', basis: 'stated' },
    themes,
    importance: 2,
    people: [],
    places: [],
    sources: [{ document: 'doc', quote: 'q', start: 0, end: 1 }],
    related: [],
    disputes: [],
    figures: [],
  };
}

// In time order, as the build writes them.
const events = [
  event('a', '1990', ['politics']),
  event('b', '1991', ['economy', 'politics']),
  event('c', '1992', ['politics', 'economy']),
  event('d', '1993', ['economy']),
  event('e', '1994', ['health']),
  event('f', '1995', ['politics']),
];

const ids = (neighbours: ReturnType<typeof eventNeighbours>) => ({
  previous: neighbours.previous?.id,
  next: neighbours.next?.id,
  previousInTheme: neighbours.previousInTheme?.id,
  nextInTheme: neighbours.nextInTheme?.id,
});

describe('eventNeighbours', () => {
  it('finds the events either side in time and within the primary theme', () => {
    expect(ids(eventNeighbours(events, 'c'))).toEqual({
      previous: 'b',
      next: 'd',
      previousInTheme: 'a',
      nextInTheme: 'f',
    });
  });

  it('counts only the primary theme, not secondary ones', () => {
    // "b" is economy first; "c" lists economy only second, so "d" skips back to "b".
    expect(ids(eventNeighbours(events, 'd'))).toEqual({
      previous: 'c',
      next: 'e',
      previousInTheme: 'b',
      nextInTheme: undefined,
    });
  });

  it('leaves out what lies beyond either end', () => {
    const first = eventNeighbours(events, 'a');
    expect(first.previous).toBeUndefined();
    expect(first.previousInTheme).toBeUndefined();
    expect(first.next?.id).toBe('b');
    expect(first.nextInTheme?.id).toBe('c');
    const last = eventNeighbours(events, 'f');
    expect(last.next).toBeUndefined();
    expect(last.nextInTheme).toBeUndefined();
    expect(last.previous?.id).toBe('e');
    expect(last.previousInTheme?.id).toBe('c');
  });

  it('gives an event alone in its theme no theme neighbours', () => {
    expect(ids(eventNeighbours(events, 'e'))).toEqual({
      previous: 'd',
      next: 'f',
      previousInTheme: undefined,
      nextInTheme: undefined,
    });
  });

  it('gives an unknown id, or an empty list, no neighbours at all', () => {
    expect(eventNeighbours(events, 'nowhere')).toEqual({});
    expect(eventNeighbours([], 'a')).toEqual({});
  });

  it('walks the real data one step at a time, in time and within each theme', () => {
    const data = JSON.parse(
      readFileSync(join(process.cwd(), 'public/data/timeline.json'), 'utf8'),
    ) as TimelineData;
    const all = data.events;
    expect(all.length).toBeGreaterThan(1);
    all.forEach((current, index) => {
      const neighbours = eventNeighbours(all, current.id);
      expect(neighbours.previous).toBe(all[index - 1]);
      expect(neighbours.next).toBe(all[index + 1]);
      const theme = current.themes[0];
      const sameTheme = all.filter((other) => other.themes[0] === theme);
      const position = sameTheme.indexOf(current);
      expect(neighbours.previousInTheme).toBe(sameTheme[position - 1]);
      expect(neighbours.nextInTheme).toBe(sameTheme[position + 1]);
    });
  });
});
