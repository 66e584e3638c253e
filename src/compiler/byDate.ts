import { parsePartialDate, startMs } from '../model/partialDate.ts';

/** Chronological: on the same start the coarser date first ("1995" before "1995-01"), then by id. */
export function byDate(
  a: { date: { start: string }; id: string },
  b: { date: { start: string }; id: string },
): number {
  const aMs = startMs(parsePartialDate(a.date.start) ?? { year: 0 });
  const bMs = startMs(parsePartialDate(b.date.start) ?? { year: 0 });
  // Code-unit order, not localeCompare: the output must not depend on the machine's locale.
  return (
    aMs - bMs ||
    a.date.start.length - b.date.start.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
