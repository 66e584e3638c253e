import { describe, expect, it } from 'vitest';
import {
  filterEvents,
  NO_FILTERS,
  themeCounts,
  toggleTheme,
} from '../../src/model/filterEvents.ts';
import type { EventHead } from '../../src/model/timelineSchema.ts';

function event(id: string, themes: string[], importance: 1 | 2 | 3): EventHead {
  return {
    id,
    title: id,
    date: { start: '2000', precision: 'year', basis: 'stated' },
    themes,
    importance,
    disputes: [],
  };
}

const events = [
  event('bta', ['economy'], 3),
  event('visit', ['politics', 'economy'], 2),
  event('students', ['education'], 1),
  event('summit', ['politics'], 1),
];
const all = ['politics', 'economy', 'education', 'health'];

describe('filtering events', () => {
  it('filtering by education hides the BTA', () => {
    const shown = filterEvents(events, { ...NO_FILTERS, themes: new Set(['education']) });
    expect(shown.map((item) => item.id)).toEqual(['students']);
  });

  it('an event shows when any of its themes is active', () => {
    const shown = filterEvents(events, { ...NO_FILTERS, themes: new Set(['economy']) });
    expect(shown.map((item) => item.id)).toEqual(['bta', 'visit']);
  });

  it('milestones only keeps importance 3; a search keeps only its matches', () => {
    expect(
      filterEvents(events, { ...NO_FILTERS, minImportance: 3 }).map((item) => item.id),
    ).toEqual(['bta']);
    expect(
      filterEvents(events, { ...NO_FILTERS, matches: new Set(['summit']) }).map((item) => item.id),
    ).toEqual(['summit']);
  });

  it('counts what each theme would show given the other filters', () => {
    const counts = themeCounts(events, all, {
      ...NO_FILTERS,
      minImportance: 2,
      themes: new Set(['education']),
    });
    expect(Object.fromEntries(counts)).toEqual({
      politics: 1,
      economy: 2,
      education: 0,
      health: 0,
    });
  });

  it('toggling from "all" leaves all but one; toggling it back returns to "all"', () => {
    const allButPolitics = toggleTheme(null, 'politics', all);
    expect(allButPolitics && [...allButPolitics].sort()).toEqual([
      'economy',
      'education',
      'health',
    ]);
    expect(toggleTheme(allButPolitics, 'politics', all)).toBeNull();
  });
});
