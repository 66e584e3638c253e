/**
 * The eras: each runs from one event to another (or, with `to: null`, to the latest event), so
 * its dates are always the dates of the events that bound it.
 */
import type { Era, TimelineEvent } from '../model/timelineSchema.ts';
import type { ErrorList } from './compileError.ts';
import { byDate } from './byDate.ts';
import type { EventLookup } from './compileEvents.ts';
import { reportDuplicates } from './duplicateIds.ts';
import { errorAt, type Inputs } from './loadInputs.ts';

/** The eras in input order; an era whose bounds are unknown or reversed is left out. */
export function compileEras(
  inputs: Inputs,
  events: readonly TimelineEvent[],
  lookup: EventLookup,
  errors: ErrorList,
): Era[] {
  reportDuplicates(inputs.eras, 'era', errors);
  const latestEvent = [...events].sort(byDate).at(-1);
  return inputs.eras.flatMap((item) => {
    const from = lookup.byId.get(item.value.from);
    const to = item.value.to === null ? latestEvent : lookup.byId.get(item.value.to);
    if (!lookup.ids.has(item.value.from)) {
      errors.add(errorAt(item, ['from'], `unknown event "${item.value.from}"`));
    }
    if (item.value.to !== null && !lookup.ids.has(item.value.to)) {
      errors.add(errorAt(item, ['to'], `unknown event "${item.value.to}"`));
    }
    if (!from || !to) return [];
    const end = to.date.end ?? to.date.start;
    if (byDate({ date: { start: end }, id: '' }, from) < 0) {
      errors.add(errorAt(item, ['to'], `ends (${end}) before it starts (${from.date.start})`));
      return [];
    }
    return [
      {
        id: item.value.id,
        label: item.value.label,
        ...(item.value.short !== undefined ? { short: item.value.short } : {}),
        description: item.value.description,
        startEvent: from.id,
        endEvent: item.value.to,
        start: from.date.start,
        end,
      },
    ];
  });
}
