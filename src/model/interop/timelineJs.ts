/**
 * Knight Lab TimelineJS3 JSON, both ways: our events out to a file TimelineJS can show, and any
 * TimelineJS file in, as a timeline this app can show.
 *
 * ## Export (`toTimelineJs`)
 *
 * - `title.text`: the timeline's title (and optional description), HTML-escaped.
 * - Each event: `unique_id` = our id; `start_date`/`end_date` = `{ year, month?, day? }` down to
 *   the event's precision and no further, each with its own `display_date`; the event's
 *   `display_date` = our label for the whole date ("11 July 1995", "4–11 July 1995"), so
 *   TimelineJS shows the precision we vouch for; `group` = the label of the primary theme
 *   (TimelineJS reads headlines, groups and display dates as HTML, so they are escaped too);
 *   `text.headline` = the title; `text.text` = `<p>summary</p>`, then each source as
 *   `<blockquote>quote<br><cite>document title</cite></blockquote>`, then `<p>Note: …</p>` when
 *   the event has a note. Everything from the data is escaped: we emit no HTML of our own making
 *   from data. No `media`.
 * - Eras: `start_date`, `end_date`, `text: { headline: label, text: description }`.
 * - `scale`: "human", or "cosmological" when a year lies beyond ±200,000.
 * - Extension (TimelineJS ignores fields it does not know): every event carries
 *   `vnus: { version: 1, themes: [themeId, …] (primary first), importance, precision,
 *   endPrecision?, basis, dateNote?, note?, people, places, related, disputes: [{ id, title }] }`;
 *   every era `vnus: { id, startEvent, endEvent }`; the file
 *   `vnus: { version: 1, themes: [Theme] }` with the themes' ids, labels, descriptions and colours. With these a round trip keeps ids,
 *   all themes and their colours, importance, date basis and notes, people, places and links.
 *
 * ## Import (`fromTimelineJs`)
 *
 * - Shape: checked loosely with valibot (numbers may be strings, "" means absent, unknown fields
 *   are ignored: `background`, `type`, `location`, `autolink`…). A wrong shape gives `ok: false`
 *   naming the path ("events[3].start_date.year: must be a number or a string of digits").
 * - Every piece of text is HTML: it goes through the caller's sanitiser, then `htmlToText`.
 * - Events without a start date or year are skipped; so are those whose year is not a whole
 *   number. Each skip is listed in `notes`.
 * - Dates: `year` (negative = BCE, as in TimelineJS; any size, so cosmological years work),
 *   `month`, `day` → "YYYY", "YYYY-MM" or "YYYY-MM-DD" at that precision; `hour`, `minute`,
 *   `second`, `millisecond` are dropped (the date stays at day precision) and noted. Negative
 *   years are written with at least four digits ("-0044-03-15", see `isoOf`). A month or day
 *   that is not a real calendar value is dropped (coarser precision), and noted. `end_date` →
 *   `end` and `endPrecision` (as the build writes them); an end before the start is dropped, and
 *   noted. `basis` is "stated" (the file states the dates). A `display_date` (on the event, else
 *   on the start/end date objects) that reads differently from our own label for the date is kept
 *   as the date note "Shown in the original as: …"; the events are sorted by date.
 * - The timeline's title: `title.text.headline`, else the file name, else "TimelineJS timeline".
 * - `text.headline` → `title` (plain text; when empty: the start of the text, else the media
 *   caption, else "Untitled event n"); `text.text` → `summary` (plain text, on one line; links
 *   keep their http(s) address in brackets, other addresses are dropped). When the event carries
 *   our `vnus` extension, the summary is the first paragraph only (the rest is our quotations).
 * - `group` → themes: one theme per distinct group text, `id` a unique kebab-case slug, `label`
 *   the plain text, colours from `THEME_PALETTE` (12 light/dark pairs that pass WCAG AA on the
 *   page backgrounds; reused in turn past 12). Events without a group share the theme "Events"
 *   (id "events"). A `vnus` file extension restores theme ids, labels, descriptions and colours
 *   (colours that fail the contrast check fall back to the palette) and the events' other themes.
 * - `unique_id` → `id` (slugified, made unique with -2, -3…); none → "event-n" (n = position in
 *   the file, from 1). `importance` is 2 (notable) unless the `vnus` extension says otherwise.
 * - `media`: only an absolute http(s) URL is kept (a protocol-relative "//host/…" is read as
 *   https), as "Media: <caption> <url>" in the event's `note` (our schema has no media field).
 *   Media given as HTML (a quotation, an embedded post) adds its sanitised text to the summary;
 *   anything else (embed code with no text, relative paths, javascript:, data:, vbscript: URLs)
 *   is dropped. Each kind is counted in `notes`.
 * - Sources: our schema needs at least one passage per event, from a document. Each import makes
 *   one synthetic document, id "timelinejs", titled with the timeline's title (else the file
 *   name), kind "TimelineJS timeline", url null, textPath "" (no file: its text is returned in
 *   `texts`, keyed by the document id). Its text is every imported event's plain text (or its
 *   title, when it has none), in date order, separated by blank lines; each event's one source is
 *   its own passage, with its offsets. `written` is the day of the import, marked inferred.
 * - `eras` → eras with the TimelineJS start and end (what the app draws); eras without both
 *   years, or ending before they start, are skipped and noted; they are sorted by start. Our Era
 *   also names a first and last event: `startEvent` = the first event starting inside the era
 *   (an era with none gets the first event after its start, else the latest event, and is
 *   noted), `endEvent` = the last event starting inside it, or null when there is none. The
 *   `vnus` era extension restores our ids and bounds when those events were imported.
 * - `disputes`, `figures`: none (a TimelineJS file has no claims to compare). Disputes named by
 *   the `vnus` extension become a line of the event's note.
 */
import { formatPartialDate, type DateParts, type Precision } from '../partialDate.ts';
import type { Era, SourceDocument, Theme, TimelineEvent } from '../timelineSchema.ts';

export const VNUS_EXTENSION_VERSION = 1;

/** Years beyond this are "deep time": TimelineJS needs its cosmological scale for them. */
export const HUMAN_SCALE_LIMIT = 200_000;

// ---------------------------------------------------------------------------------------------
// The file we write
// ---------------------------------------------------------------------------------------------

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsText {
  headline: string;
  text: string;
}

/** Our extension on each event: what TimelineJS has no field for. */
export interface VnusEventExtension {
  version: typeof VNUS_EXTENSION_VERSION;
  /** Theme ids, the primary one first; labels and colours are in the file's `vnus.themes`. */
  themes: string[];
  importance: 1 | 2 | 3;
  precision: Precision;
  endPrecision?: Precision;
  basis: 'stated' | 'inferred';
  /** How the date was worked out, or what the reader should know about it. */
  dateNote?: string;
  /** The editor's note for readers. */
  note?: string;
  people: string[];
  places: string[];
  related: string[];
  disputes: { id: string; title: string }[];
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: TimelineJsText;
  group: string;
  vnus: VnusEventExtension;
}

export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text: TimelineJsText;
  vnus: { id: string; startEvent: string; endEvent: string | null };
}

export interface TimelineJsFile {
  title: { text: TimelineJsText };
  events: TimelineJsEvent[];
  eras: TimelineJsEra[];
  scale: 'human' | 'cosmological';
  vnus: { version: typeof VNUS_EXTENSION_VERSION; themes: Theme[] };
  /**
   * The language of the texts ("en", "vi"), for TimelineJS's `language` option when the file is
   * shown there (TimelineJS reads it from the embed's options, not the file).
   */
  language?: string;
}

export interface TimelineJsExportInput {
  title: string;
  /** The language of the titles, summaries and date labels ("en", "vi"). */
  language?: string;
  /** Plain text shown under the title on TimelineJS's title slide. */
  description?: string;
  events: readonly TimelineEvent[];
  themes: readonly Theme[];
  eras: readonly Era[];
  documents: readonly Pick<SourceDocument, 'id' | 'title'>[];
  /** To name an event's disputes in the extension; without it they are named by id. */
  disputes?: readonly { id: string; title: string }[];
}

/** Our label for a date; undefined when the date cannot be formatted (e.g. beyond the calendar). */

export function safeLabel(format: () => string): string | undefined {
  try {
    return format();
  } catch {
    return undefined;
  }
}

/**
 * A partial date as our ISO form. Negative years are written "-" and at least four digits
 * ("-0044-03-15"), which `parsePartialDate` reads back as year -44.
 */
export function isoOf(parts: DateParts): string {
  if (parts.year >= 0) return formatPartialDate(parts);
  const iso = formatPartialDate({ ...parts, year: -parts.year });
  return `-${iso}`;
}
