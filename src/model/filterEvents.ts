/**
 * Which events the reader's filters let through, and how many each theme control would show.
 * An event passes the theme filter when any of its themes is active.
 */
import type { EventHead } from './timelineSchema.ts';

export interface EventFilters {
  /** Active theme ids; null means every theme (the default, kept out of the URL). */
  themes: ReadonlySet<string> | null;
  minImportance: 1 | 2 | 3;
  /** Ids matching the search, or null when there is no search. */
  matches: ReadonlySet<string> | null;
}

export const NO_FILTERS: EventFilters = { themes: null, minImportance: 1, matches: null };

function passesOthers(event: EventHead, filters: EventFilters): boolean {
  return (
    event.importance >= filters.minImportance &&
    (filters.matches === null || filters.matches.has(event.id))
  );
}

function passesThemes(event: EventHead, themes: ReadonlySet<string> | null): boolean {
  return themes === null || event.themes.some((theme) => themes.has(theme));
}

export function filterEvents<T extends EventHead>(
  events: readonly T[],
  filters: EventFilters,
): T[] {
  return events.filter(
    (event) => passesOthers(event, filters) && passesThemes(event, filters.themes),
  );
}

/**
 * For each theme, how many events its control would show on its own, given the other filters
 * (importance and search): the number a reader sees before choosing it.
 */
export function themeCounts(
  events: readonly EventHead[],
  themeIds: readonly string[],
  filters: EventFilters,
): Map<string, number> {
  const counts = new Map(themeIds.map((id) => [id, 0]));
  for (const event of events) {
    if (!passesOthers(event, filters)) continue;
    for (const theme of new Set(event.themes)) {
      const count = counts.get(theme);
      if (count !== undefined) counts.set(theme, count + 1);
    }
  }
  return counts;
}

/** Toggling one theme: from "all" it means "all but this one"; back to all becomes null again. */
export function toggleTheme(
  active: ReadonlySet<string> | null,
  theme: string,
  allThemes: readonly string[],
): ReadonlySet<string> | null {
  const next = new Set(active ?? allThemes);
  if (next.has(theme)) next.delete(theme);
  else next.add(theme);
  return next.size === allThemes.length && allThemes.every((id) => next.has(id)) ? null : next;
}
