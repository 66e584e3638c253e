import type { TimelineEvent } from './timelineSchema.ts';

/** The events either side of one, in time and within its primary theme. */
export interface EventNeighbours {
  previous?: TimelineEvent;
  next?: TimelineEvent;
  /** The nearest earlier event with the same primary theme (`themes[0]`). */
  previousInTheme?: TimelineEvent;
  /** The nearest later event with the same primary theme (`themes[0]`). */
  nextInTheme?: TimelineEvent;
}

/**
 * The neighbours of the event `id` in `events`, which are taken to be in chronological order (the
 * build writes them so). An unknown id has no neighbours; at either end the missing ones are
 * simply absent.
 */
export function eventNeighbours(events: readonly TimelineEvent[], id: string): EventNeighbours {
  const index = events.findIndex((event) => event.id === id);
  const event = events[index];
  if (event === undefined) return {};
  const theme = event.themes[0];
  const sameTheme = (other: TimelineEvent) => other.themes[0] === theme;

  const neighbours: EventNeighbours = {};
  const previous = events[index - 1];
  const next = events[index + 1];
  if (previous !== undefined) neighbours.previous = previous;
  if (next !== undefined) neighbours.next = next;
  const previousInTheme = events.slice(0, index).findLast(sameTheme);
  const nextInTheme = events.slice(index + 1).find(sameTheme);
  if (previousInTheme !== undefined) neighbours.previousInTheme = previousInTheme;
  if (nextInTheme !== undefined) neighbours.nextInTheme = nextInTheme;
  return neighbours;
}
