/**
 * The canonical timeline split into an index (enough to draw it) and details (the rest), and
 * joined back. The build writes both forms; the app fetches details only when first needed.
 */
import type {
  ContentLanguage,
  EventHead,
  TimelineData,
  TimelineDetails,
  TimelineEvent,
  TimelineIndex,
} from './timelineSchema.ts';

/**
 * The file names the build writes for each language, and the only place they are spelled out:
 * English keeps the plain names (`timeline-index.json`), another language adds its code before
 * the extension (`timeline-index.vi.json`). The three forms hold the same schema.
 */
function fileFor(base: string, language: ContentLanguage): string {
  return language === 'en' ? `${base}.json` : `${base}.${language}.json`;
}

/** The whole timeline in one file: `timeline.json`, `timeline.vi.json`. */
export function timelineFileFor(language: ContentLanguage): string {
  return fileFor('timeline', language);
}

/** The index the page loads first: `timeline-index.json`, `timeline-index.vi.json`. */
export function indexFileFor(language: ContentLanguage): string {
  return fileFor('timeline-index', language);
}

/** The details an index names in `detailsPath`: `timeline-details.json`, `timeline-details.vi.json`. */
export function detailsFileFor(language: ContentLanguage): string {
  return fileFor('timeline-details', language);
}

export const DETAILS_FILE = detailsFileFor('en');

/** What drawing an event needs; the date's note stays with the details. */
export function eventHead(event: TimelineEvent): EventHead {
  const { id, title, date, themes, importance, disputes, contradicted } = event;
  const { note: _note, ...dateWithoutNote } = date;
  return {
    id,
    title,
    date: dateWithoutNote,
    themes,
    importance,
    disputes,
    ...(contradicted ? { contradicted } : {}),
  };
}

export function splitTimeline(
  data: TimelineData,
  detailsPath = DETAILS_FILE,
): { index: TimelineIndex; details: TimelineDetails } {
  const { events, figures, disputes, documents, schemaVersion, language, title, themes, eras } =
    data;
  // Only a translated file says its language, so the English files stay as they were.
  const languageEntry = language !== undefined ? { language } : {};
  const detailsById: TimelineDetails['events'] = {};
  for (const event of events) {
    const { summary, people, places, sources, related, note, figures: points } = event;
    detailsById[event.id] = {
      summary,
      people,
      places,
      sources,
      related,
      ...(note !== undefined ? { note } : {}),
      figures: points,
      ...(event.date.note !== undefined ? { dateNote: event.date.note } : {}),
    };
  }
  return {
    index: {
      schemaVersion,
      ...languageEntry,
      title,
      themes,
      eras,
      events: events.map(eventHead),
      detailsPath,
    },
    details: { schemaVersion, ...languageEntry, documents, events: detailsById, figures, disputes },
  };
}

/** Joins index and details; names the events the details lack, if any. */
export function joinTimeline(
  index: TimelineIndex,
  details: TimelineDetails,
): { ok: true; data: TimelineData } | { ok: false; missing: string[] } {
  const missing = index.events.filter((head) => !details.events[head.id]).map((head) => head.id);
  if (missing.length > 0) return { ok: false, missing };
  const { schemaVersion, language, title, themes, eras } = index;
  return {
    ok: true,
    data: {
      schemaVersion,
      ...(language !== undefined ? { language } : {}),
      title,
      documents: details.documents,
      themes,
      eras,
      events: index.events.map((head) => {
        const { dateNote, ...detail } = details.events[
          head.id
        ] as TimelineDetails['events'][string];
        const date = dateNote === undefined ? head.date : { ...head.date, note: dateNote };
        return { ...head, date, ...detail };
      }),
      figures: details.figures,
      disputes: details.disputes,
    },
  };
}
