import { describe, expect, it } from 'vitest';
import { clampStep, positionInSpan, presentationSteps } from '../../src/model/presentation.ts';
import type { EventHead } from '../../src/model/timelineSchema.ts';

function head(id: string, date: string, importance: 1 | 2 | 3): EventHead {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id,
    title: id,
    date: { start: date, precision, basis: 'stated' },
    themes: ['politics'],
    importance,
    disputes: [],
  } as EventHead;
}

const events = [
  head('wto', '2007-01-11', 3),
  head('normalisation', '1995-07-11', 3),
  head('visit', '2000-11', 2),
  head('minor', '1997', 1),
];

describe('the steps of present mode', () => {
  it('are the milestones in time order when no filter is set', () => {
    const steps = presentationSteps(events, events, { tour: null, filtersActive: false });
    expect(steps.map((event) => event.id)).toEqual(['normalisation', 'wto']);
  });

  it('are the events shown, in time order, when filters are set', () => {
    const shown = events.filter((event) => event.importance >= 2);
    const steps = presentationSteps(shown, events, { tour: null, filtersActive: true });
    expect(steps.map((event) => event.id)).toEqual(['normalisation', 'visit', 'wto']);
  });

  it("follow a tour in the teacher's order, whatever the filters", () => {
    const steps = presentationSteps([], events, {
      tour: ['wto', 'minor', 'normalisation'],
      filtersActive: true,
    });
    expect(steps.map((event) => event.id)).toEqual(['wto', 'minor', 'normalisation']);
  });
});

describe('a step number', () => {
  it('stays within the steps there are', () => {
    expect(clampStep(0, 5)).toBe(1);
    expect(clampStep(9, 5)).toBe(5);
    expect(clampStep(3, 5)).toBe(3);
    expect(clampStep(3, 0)).toBe(1);
    expect(clampStep(Number.NaN, 5)).toBe(1);
  });
});

describe('the position on the small timeline', () => {
  it('runs from 0 at the first event to 1 at the last', () => {
    expect(positionInSpan(5, [0, 10])).toBe(0.5);
    expect(positionInSpan(-5, [0, 10])).toBe(0);
    expect(positionInSpan(15, [0, 10])).toBe(1);
    expect(positionInSpan(5, [5, 5])).toBe(0.5);
  });
});
