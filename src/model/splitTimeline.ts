/**
 * The canonical timeline split into an index (enough to draw it) and details (the rest), and
 * joined back. The build writes both forms; the app fetches details only when first needed.
 */
import type {
  EventDetail,
  EventHead,
  TimelineData,
  TimelineDetails,
  TimelineEvent,
  TimelineIndex,
} from './timelineSchema.ts';

export const DETAILS_FILE = 'timeline-details.json';

export function eventHead(event: TimelineEvent): EventHead {
  const { id, title, date, themes, importance, disputes } = event;
  return { id, title, date, themes, importance, disputes };
}

export function splitTimeline(
  data: TimelineData,
  detailsPath = DETAILS_FILE,
): { index: TimelineIndex; details: TimelineDetails } {
  const { events, figures, disputes, ...shared } = data;
  const detailsById: Record<string, EventDetail> = {};
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
    };
  }
  return {
    index: { ...shared, events: events.map(eventHead), detailsPath },
    details: { schemaVersion: data.schemaVersion, events: detailsById, figures, disputes },
  };
}

/** Joins index and details; names the events the details lack, if any. */
export function joinTimeline(
  index: TimelineIndex,
  details: TimelineDetails,
): { ok: true; data: TimelineData } | { ok: false; missing: string[] } {
  const missing = index.events.filter((head) => !details.events[head.id]).map((head) => head.id);
  if (missing.length > 0) return { ok: false, missing };
  const { detailsPath: _detailsPath, events, ...shared } = index;
  return {
    ok: true,
    data: {
      ...shared,
      events: events.map((head) => ({ ...head, ...(details.events[head.id] as EventDetail) })),
      figures: details.figures,
      disputes: details.disputes,
    },
  };
}
