/** Our events out to a TimelineJS3 file (the format: timelineJs.ts). */

import { eventDateParts } from '../eventTime.ts';
import { formatEventDate, formatPartial } from '../formatDate.ts';
import { formatPartialDate, parsePartialDate, type DateParts } from '../partialDate.ts';
import { type EventDate } from '../timelineSchema.ts';
import { escapeHtml } from './sanitizeHtml.ts';
import {
  safeLabel,
  isoOf,
  VNUS_EXTENSION_VERSION,
  HUMAN_SCALE_LIMIT,
  type TimelineJsDate,
  type VnusEventExtension,
  type TimelineJsEvent,
  type TimelineJsEra,
  type TimelineJsFile,
  type TimelineJsExportInput,
} from './timelineJs.ts';

function timelineJsDate(parts: DateParts): TimelineJsDate {
  const date: TimelineJsDate = { year: parts.year };
  if (parts.month !== undefined) date.month = parts.month;
  if (parts.day !== undefined) date.day = parts.day;
  const display = safeLabel(() => formatPartial(isoOf(parts)));
  if (display !== undefined) date.display_date = escapeHtml(display);
  return date;
}

function exportDates(date: EventDate): Pick<TimelineJsEvent, 'start_date' | 'end_date'> {
  const { start, end } = eventDateParts(date);
  return {
    start_date: timelineJsDate(start),
    ...(end === undefined ? {} : { end_date: timelineJsDate(end) }),
  };
}

function isDeepTime(iso: string): boolean {
  const parts = parsePartialDate(iso);
  return parts !== null && Math.abs(parts.year) > HUMAN_SCALE_LIMIT;
}

export function toTimelineJs(input: TimelineJsExportInput): TimelineJsFile {
  const themeById = new Map(input.themes.map((theme) => [theme.id, theme]));
  const documentTitle = new Map(input.documents.map((doc) => [doc.id, doc.title]));
  const disputeTitle = new Map(
    (input.disputes ?? []).map((dispute) => [dispute.id, dispute.title]),
  );

  const events = input.events.map((event): TimelineJsEvent => {
    const primary = event.themes[0]!;
    const paragraphs = [`<p>${escapeHtml(event.summary)}</p>`];
    for (const source of event.sources) {
      const cite = documentTitle.get(source.document) ?? source.document;
      paragraphs.push(
        `<blockquote>${escapeHtml(source.quote)}<br><cite>${escapeHtml(cite)}</cite></blockquote>`,
      );
    }
    if (event.note !== undefined) paragraphs.push(`<p>Note: ${escapeHtml(event.note)}</p>`);

    const vnus: VnusEventExtension = {
      version: VNUS_EXTENSION_VERSION,
      themes: [...event.themes],
      importance: event.importance,
      precision: event.date.precision,
      ...(event.date.endPrecision === undefined ? {} : { endPrecision: event.date.endPrecision }),
      basis: event.date.basis,
      ...(event.date.note === undefined ? {} : { dateNote: event.date.note }),
      ...(event.note === undefined ? {} : { note: event.note }),
      people: [...event.people],
      places: [...event.places],
      related: [...event.related],
      disputes: event.disputes.map((id) => ({ id, title: disputeTitle.get(id) ?? id })),
    };
    const display = safeLabel(() => formatEventDate(event.date));
    return {
      unique_id: event.id,
      ...exportDates(event.date),
      ...(display === undefined ? {} : { display_date: escapeHtml(display) }),
      text: { headline: escapeHtml(event.title), text: paragraphs.join('') },
      group: escapeHtml(themeById.get(primary)?.label ?? primary),
      vnus,
    };
  });

  const eras = input.eras.map((era): TimelineJsEra => ({
    start_date: timelineJsDate(parsePartialDate(era.start) ?? { year: 0 }),
    end_date: timelineJsDate(parsePartialDate(era.end) ?? { year: 0 }),
    text: { headline: escapeHtml(era.label), text: escapeHtml(era.description) },
    vnus: { id: era.id, startEvent: era.startEvent, endEvent: era.endEvent },
  }));

  const usedThemes = new Set(input.events.flatMap((event) => event.themes));
  const deep =
    input.events.some((event) =>
      [event.date.start, event.date.end].some((iso) => iso !== undefined && isDeepTime(iso)),
    ) || input.eras.some((era) => isDeepTime(era.start) || isDeepTime(era.end));

  return {
    title: {
      text: {
        headline: escapeHtml(input.title),
        text: input.description ? `<p>${escapeHtml(input.description)}</p>` : '',
      },
    },
    events,
    eras,
    scale: deep ? 'cosmological' : 'human',
    vnus: {
      version: VNUS_EXTENSION_VERSION,
      themes: input.themes
        .filter((theme) => usedThemes.has(theme.id))
        .map((theme) => ({ ...theme, colour: { ...theme.colour } })),
    },
    ...(input.language ? { language: input.language } : {}),
  };
}
