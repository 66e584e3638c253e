export interface YearGroup<T> {
  year: string;
  events: T[];
}

/** Chronological events under the year they start in (the list's and the handout's headings). */
export function groupByYear<T extends { date: { start: string } }>(
  events: readonly T[],
): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const event of events) {
    const year = event.date.start.replace(/^(-?\d+).*$/, '$1');
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
