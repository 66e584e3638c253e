import type { TimelineEvent } from './timelineSchema.ts';

export interface YearGroup {
  year: string;
  events: TimelineEvent[];
}

/** Chronological events under the year they start in (the list view's headings). */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const year = event.date.start.replace(/^(-?\d+).*$/, '$1');
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
