/**
 * A TimelineJS3 file in, as a timeline this app can show (the mapping: timelineJs.ts). The file's
 * shape is in timelineJsSchema.ts, its dates in timelineJsDates.ts, one event in
 * timelineJsEvents.ts, groups as themes in timelineJsThemes.ts, eras in timelineJsEras.ts, ids in
 * timelineJsIds.ts, the notes for the reader in timelineJsNotes.ts; here the whole file is put
 * together.
 *
 * The work is written once, as steps (../steps.ts): `fromTimelineJs` does it at once,
 * `fromTimelineJsInSlices` pauses every ~50 ms so that a file of 50,000 events never freezes the
 * page. Both give the same result.
 */
import * as v from 'valibot';
import { formatEventDate } from '../formatDate.ts';
import { finishInSlices, finishNow, type SliceOptions, type Steps } from '../steps.ts';
import {
  EventSchema,
  SCHEMA_VERSION,
  TimelineDataSchema,
  type EventDate,
  type SourceDocument,
  type TimelineData,
  type TimelineEvent,
} from '../timelineSchema.ts';
import type { Sanitize } from './sanitizeHtml.ts';
import { safeLabel, isoOf } from './timelineJs.ts';
import { compareKeys, precisionOfParts } from './timelineJsDates.ts';
import { createTextReader, readEvent, type Draft, type TextReader } from './timelineJsEvents.ts';
import { buildEras } from './timelineJsEras.ts';
import { slugify, UniqueIds } from './timelineJsIds.ts';
import { createTally, notesOf, type ImportWords, type Tally } from './timelineJsNotes.ts';
import { checkTimelineJsFile, problem, type Checked } from './timelineJsSchema.ts';
import { resolveThemes } from './timelineJsThemes.ts';

export { slugify } from './timelineJsIds.ts';
export { THEME_PALETTE, UNGROUPED_THEME_ID } from './timelineJsThemes.ts';

export const IMPORTED_DOCUMENT_ID = 'timelinejs';

export interface TimelineJsImportOptions {
  /** Makes HTML from the file safe: `createSanitizer()` from ./sanitizeHtml.ts. */
  sanitize: Sanitize;
  /** The file's name, for the document's `file` and as the title when the file has none. */
  fileName?: string;
  /** The day of the import, "YYYY-MM-DD" (default: today, UTC): the document's `written`. */
  importedOn?: string;
  /** What the import says to the reader, in the page's language (src/views/importWords.ts). */
  words: ImportWords;
}

export type TimelineJsImportResult =
  | {
      ok: true;
      data: TimelineData;
      /** What was skipped, dropped or changed on the way, in words for the reader. */
      notes: string[];
      /** The synthetic document's text (document id → text), since it has no file. */
      texts: Map<string, string>;
    }
  | { ok: false; message: string; detail: string[] };

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Gives every draft its id, in the file's order (the first of two clashing ids keeps it). */
function assignIds(drafts: readonly Draft[]): Map<string, string> {
  const ids = new UniqueIds();
  const idByOriginal = new Map<string, string>();
  for (const draft of drafts) {
    const base =
      (draft.originalId !== null ? slugify(draft.originalId) : '') || `event-${draft.position + 1}`;
    draft.id = ids.claim(base);
    if (draft.originalId !== null && !idByOriginal.has(draft.originalId)) {
      idByOriginal.set(draft.originalId, draft.id);
    }
  }
  return idByOriginal;
}
/** The events, in date order, each quoting its passage of the synthetic document. */
function* buildEvents(
  ordered: readonly Draft[],
  themesOf: ReadonlyMap<Draft, string[]>,
  idByOriginal: ReadonlyMap<string, string>,
  reader: TextReader,
  tally: Tally,
  words: ImportWords,
): Steps<{ events: TimelineEvent[]; documentText: string }> {
  // The document's text in pieces, joined once: adding to one long string event by event left
  // the engine a string of 100,000 pieces, costly to read back.
  const pieces: string[] = [];
  let length = 0;
  const events: TimelineEvent[] = [];
  for (const draft of ordered) {
    const quote = draft.body || draft.title;
    if (length > 0) {
      pieces.push('\n\n');
      length += 2;
    }
    const start = length;
    pieces.push(quote);
    length += quote.length;

    const date: EventDate = {
      start: isoOf(draft.start),
      precision: precisionOfParts(draft.start),
      basis: draft.basis,
    };
    if (draft.end !== undefined) {
      date.end = isoOf(draft.end);
      date.endPrecision = precisionOfParts(draft.end);
    }
    const dateNotes = draft.dateNote ? [draft.dateNote] : [];
    if (draft.display !== undefined && draft.display !== safeLabel(() => formatEventDate(date))) {
      dateNotes.push(words.shownInOriginal(draft.display));
      tally.displayKept++;
    }
    if (dateNotes.length > 0) date.note = dateNotes.join(' ');

    const related = (draft.vnus?.related ?? [])
      .map((id) => idByOriginal.get(id))
      .filter((id): id is string => id !== undefined && id !== draft.id);
    const event: TimelineEvent = {
      id: draft.id,
      title: draft.title,
      summary: draft.summary,
      date,
      themes: themesOf.get(draft)!,
      importance: draft.vnus?.importance ?? 2,
      people: (draft.vnus?.people ?? []).map(reader.plain).filter(Boolean),
      places: (draft.vnus?.places ?? []).map(reader.plain).filter(Boolean),
      sources: [{ document: IMPORTED_DOCUMENT_ID, quote, start, end: length }],
      related: [...new Set(related)],
      disputes: [],
      figures: [],
    };
    if (draft.noteLines.length > 0) event.note = draft.noteLines.join('\n');
    events.push(event);
    yield;
  }
  return { events, documentText: pieces.join('') };
}

/** Checks the timeline made, against the schema the app reads: the events one step each. */
function* checkTimelineData(data: TimelineData): Steps<Checked<TimelineData>> {
  const outer = v.safeParse(DataWithoutEventsSchema, data);
  let fine = outer.success;
  for (const event of outer.success ? data.events : []) {
    if (!v.safeParse(EventSchema, event).success) {
      fine = false;
      break;
    }
    yield;
  }
  // As in checkTimelineJsFile: the issues of a single check when anything is wrong.
  return fine ? { success: true, output: data } : v.safeParse(TimelineDataSchema, data);
}
const DataWithoutEventsSchema = v.object({
  ...TimelineDataSchema.entries,
  events: v.array(v.unknown()),
});

/** The whole import, in steps of about one event each. */
function* importSteps(
  json: unknown,
  options: TimelineJsImportOptions,
): Steps<TimelineJsImportResult> {
  const { words } = options;
  let input = json;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as unknown;
    } catch (error) {
      return {
        ok: false,
        message: words.notJson,
        detail: [error instanceof Error ? error.message : String(error)],
      };
    }
    yield;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      message: words.notAnObject,
      detail: [`(top level): is ${Array.isArray(input) ? 'a list' : typeof input}`],
    };
  }
  const parsed = yield* checkTimelineJsFile(input);
  if (!parsed.success) {
    return problem(words.unreadable, parsed.issues);
  }
  const file = parsed.output;
  const reader = createTextReader(options.sanitize);
  const tally = createTally();

  const drafts: Draft[] = [];
  for (const [index, raw] of file.events.entries()) {
    const draft = readEvent(raw, index, reader, tally, words);
    if (draft !== null) drafts.push(draft);
    yield;
  }
  if (drafts.length === 0) {
    return {
      ok: false,
      message: words.nothingToShow(file.events.length === 0 ? 'no-events' : 'no-start-dates'),
      detail: [...tally.withoutStart, ...tally.badYear].map((name) => `skipped: ${name}`),
    };
  }
  const idByOriginal = assignIds(drafts);
  const { themes, themesOf } = resolveThemes(file.vnus, drafts, reader, tally, words);
  // Date order; a stable sort keeps the file's order for events on the same date.
  const ordered = [...drafts].sort((a, b) => compareKeys(a.startKey, b.startKey));
  yield;
  const { events, documentText } = yield* buildEvents(
    ordered,
    themesOf,
    idByOriginal,
    reader,
    tally,
    words,
  );
  const eras = buildEras(file.eras ?? [], ordered, idByOriginal, reader, tally, words);
  const stated = reader.plain(file.title?.text?.headline);
  const title =
    stated ||
    (options.fileName ? options.fileName.replace(/\.[^.]*$/, '') : '') ||
    words.untitledTimeline;
  const document: SourceDocument = {
    id: IMPORTED_DOCUMENT_ID,
    file: options.fileName ?? 'timeline.json',
    title,
    titleBasis: stated ? 'stated' : 'descriptive',
    kind: words.documentKind,
    author: null,
    publisher: null,
    written: {
      start: options.importedOn ?? todayUtc(),
      precision: 'day',
      basis: 'inferred',
      note: words.importedOnNote,
    },
    url: null,
    textPath: '',
    length: documentText.length,
    asides: [],
  };

  const data: TimelineData = {
    schemaVersion: SCHEMA_VERSION,
    title,
    documents: [document],
    themes,
    eras,
    events,
    figures: [],
    disputes: [],
  };
  const checked = yield* checkTimelineData(data);
  if (!checked.success) {
    return problem(words.doesNotFit, checked.issues);
  }
  return {
    ok: true,
    data,
    notes: notesOf(tally, words),
    texts: new Map([[IMPORTED_DOCUMENT_ID, documentText]]),
  };
}

/** Reads a TimelineJS3 file (parsed JSON, or its text) as a timeline this app can show. */
export function fromTimelineJs(
  json: unknown,
  options: TimelineJsImportOptions,
): TimelineJsImportResult {
  return finishNow(importSteps(json, options));
}

/**
 * The same as `fromTimelineJs`, pausing about every 50 ms (`slices`) so that the page stays
 * responsive while a large file is read.
 */
export function fromTimelineJsInSlices(
  json: unknown,
  options: TimelineJsImportOptions,
  slices?: SliceOptions,
): Promise<TimelineJsImportResult> {
  return finishInSlices(importSteps(json, options), slices);
}
