/**
 * The events: each date checked (and, when stated, found in its quotes), each quote found in its
 * document, themes and related events that exist, and a title and summary that say nothing their
 * quotes do not (the claims check).
 */
import type { TimelineEvent } from '../model/timelineSchema.ts';
import { checkDate, checkStatedDate } from './checkDates.ts';
import { ClaimSupport } from './claimSupport.ts';
import { resolveSources, type CompileContext } from './compileContext.ts';
import { reportDuplicates } from './duplicateIds.ts';
import { errorAt } from './loadInputs.ts';

/**
 * The events for the steps that refer to them. `ids` holds every id the input names, compiled or
 * not (a reference to an event that failed its own checks is not "unknown"); `byId` the compiled
 * events, whose derived fields (`figures`, `disputes`, `contradicted`) those steps fill in.
 */
export interface EventLookup {
  ids: ReadonlySet<string>;
  byId: ReadonlyMap<string, TimelineEvent>;
}

/** The compiled events in input order, and the lookup over them; an event with errors is left out. */
export function compileEvents(
  context: CompileContext,
  themeIds: ReadonlySet<string>,
): { events: TimelineEvent[]; lookup: EventLookup } {
  const { inputs, errors, resolver, claims, mentionsByDocument, documentYears } = context;
  reportDuplicates(inputs.events, 'event', errors);
  const eventIds = new Set(inputs.events.map((item) => item.value.id));
  const events: TimelineEvent[] = inputs.events.flatMap((item) => {
    const { value } = item;
    const date = checkDate(item, [], value, errors);
    const sources = resolveSources(item, resolver, { type: 'event', id: value.id });
    value.themes.forEach((theme, index) => {
      if (!themeIds.has(theme))
        errors.add(
          errorAt(
            item,
            ['themes', index],
            `unknown theme "${theme}" (known: ${[...themeIds].join(', ')})`,
          ),
        );
    });
    value.related.forEach((related, index) => {
      if (!eventIds.has(related))
        errors.add(errorAt(item, ['related', index], `unknown event "${related}"`));
      if (related === value.id)
        errors.add(errorAt(item, ['related', index], 'an event cannot be related to itself'));
    });
    if (!date || sources.length !== value.sources.length) return [];
    checkStatedDate(item, date, sources, mentionsByDocument, errors);
    claims.checkItem(
      item,
      new ClaimSupport(
        [...sources.map((source) => source.quote), value.dateNote ?? ''],
        documentYears(value.sources),
      ),
      [
        ['title', value.title],
        ['summary', value.summary],
      ],
      errors,
      [
        ['people', value.people, 'warning'],
        ['places', value.places, 'error'],
      ],
    );
    return [
      {
        id: value.id,
        title: value.title,
        summary: value.summary,
        date,
        themes: value.themes,
        importance: value.importance,
        people: value.people,
        places: value.places,
        sources,
        related: value.related,
        ...(value.note ? { note: value.note } : {}),
        disputes: [],
        figures: [],
      },
    ];
  });
  return {
    events,
    lookup: { ids: eventIds, byId: new Map(events.map((event) => [event.id, event])) },
  };
}
