/**
 * Present mode's sequence: a teacher's own tour (`tour=id,id,…`) in the order given, else the
 * events shown under the filters in force, else, with no filter set, the milestones — in time
 * order. Steps count from 1, as the address and the reader do.
 */
import { eventSpan } from './eventTime.ts';
import type { EventHead } from './timelineSchema.ts';

export interface StepOptions {
  /** Event ids in the teacher's order; null: no tour. */
  tour: readonly string[] | null;
  /** Whether the reader has narrowed the events (themes, importance, search). */
  filtersActive: boolean;
}

export function presentationSteps<Event extends EventHead>(
  shown: readonly Event[],
  all: readonly Event[],
  options: StepOptions,
): Event[] {
  if (options.tour) {
    const byId = new Map(all.map((event) => [event.id, event]));
    return options.tour.flatMap((id) => byId.get(id) ?? []);
  }
  const chosen = options.filtersActive ? shown : shown.filter((event) => event.importance === 3);
  return chosen
    .map((event) => ({ event, anchor: eventSpan(event.date).anchorMs }))
    .sort((a, b) => a.anchor - b.anchor || (a.event.id < b.event.id ? -1 : 1))
    .map(({ event }) => event);
}

/** A step within 1..count (1 when there are none). */
export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step) || count < 1) return 1;
  return Math.min(Math.max(1, Math.round(step)), count);
}

/** Where an instant sits between the two ends of a span, from 0 to 1. */
export function positionInSpan(ms: number, span: readonly [number, number]): number {
  const [from, to] = span;
  if (!(to > from)) return 0.5;
  return Math.min(1, Math.max(0, (ms - from) / (to - from)));
}
