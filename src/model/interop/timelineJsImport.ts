/** A TimelineJS3 file in, as a timeline this app can show (the mapping: timelineJs.ts). */
import * as v from 'valibot';
import { contrastRatio, MIN_TEXT_CONTRAST, PAGE_BACKGROUND } from '../contrast.ts';
import { eventDateParts } from '../eventTime.ts';
import { ENGLISH_MONTHS, formatEventDate, formatPartial } from '../formatDate.ts';
import {
  formatPartialDate,
  parsePartialDate,
  type DateParts,
  type Precision,
} from '../partialDate.ts';
import {
  SCHEMA_VERSION,
  TimelineDataSchema,
  type Era,
  type EventDate,
  type SourceDocument,
  type Theme,
  type TimelineData,
  type TimelineEvent,
} from '../timelineSchema.ts';
import {
  escapeHtml,
  flattenText,
  htmlToText,
  isSafeHttpUrl,
  type Sanitize,
} from './sanitizeHtml.ts';
import { safeLabel, isoOf } from './timelineJs.ts';

// ---------------------------------------------------------------------------------------------
// Reading a file
// ---------------------------------------------------------------------------------------------

/**
 * Theme colours for imported groups: each light value reaches 4.5:1 on the light page, each dark
 * value on the dark page (tests/unit/interop/timelineJsImport.test.ts checks).
 */
export const THEME_PALETTE: readonly { light: string; dark: string }[] = [
  { light: '#1f5fbf', dark: '#8cb8ff' },
  { light: '#b04a00', dark: '#ffab5c' },
  { light: '#0f7363', dark: '#4fd1b9' },
  { light: '#b3261e', dark: '#ff938a' },
  { light: '#7140c8', dark: '#c9a8ff' },
  { light: '#3d7a1c', dark: '#94d86f' },
  { light: '#a3177a', dark: '#ff8fd8' },
  { light: '#4a5568', dark: '#b8c4d6' },
  { light: '#006f8f', dark: '#6fd0f0' },
  { light: '#836400', dark: '#e8c547' },
  { light: '#3f4fc0', dark: '#a5b0ff' },
  { light: '#8a4b2a', dark: '#e0a98a' },
];

export const IMPORTED_DOCUMENT_ID = 'timelinejs';
export const UNGROUPED_THEME = { id: 'events', label: 'Events' } as const;

const NumberLike = v.optional(
  v.nullable(v.union([v.number(), v.string()], 'must be a number or a string of digits')),
);
const Text = v.optional(v.nullable(v.string('must be text')));

const DateSchema = v.looseObject({
  year: NumberLike,
  month: NumberLike,
  day: NumberLike,
  hour: NumberLike,
  minute: NumberLike,
  second: NumberLike,
  millisecond: NumberLike,
  display_date: Text,
});
const OptionalDate = v.optional(v.nullable(DateSchema));
const TextSchema = v.optional(
  v.nullable(v.looseObject({ headline: Text, text: Text }, 'must be an object')),
);
const MediaSchema = v.optional(
  v.nullable(
    v.union(
      [v.string(), v.looseObject({ url: Text, caption: Text, credit: Text })],
      'must be a URL or an object with a url',
    ),
  ),
);

const TimelineJsEventSchema = v.looseObject(
  {
    start_date: OptionalDate,
    end_date: OptionalDate,
    text: TextSchema,
    media: MediaSchema,
    group: NumberLike,
    unique_id: NumberLike,
    display_date: Text,
    vnus: v.optional(v.unknown()),
  },
  'must be an object',
);

const TimelineJsEraSchema = v.looseObject(
  {
    start_date: OptionalDate,
    end_date: OptionalDate,
    text: TextSchema,
    vnus: v.optional(v.unknown()),
  },
  'must be an object',
);

const TimelineJsFileSchema = v.looseObject({
  title: v.optional(
    v.nullable(v.looseObject({ text: TextSchema, media: MediaSchema }, 'must be an object')),
  ),
  events: v.array(TimelineJsEventSchema, 'must be a list of events'),
  eras: v.optional(v.nullable(v.array(TimelineJsEraSchema, 'must be a list of eras'))),
  scale: Text,
  vnus: v.optional(v.unknown()),
});

type RawEvent = v.InferOutput<typeof TimelineJsEventSchema>;
type RawDate = v.InferOutput<typeof DateSchema>;
type RawEra = v.InferOutput<typeof TimelineJsEraSchema>;

const PrecisionPick = v.picklist(['year', 'month', 'day']);
const Strings = v.optional(v.array(v.string()));
const VnusEventSchema = v.looseObject({
  themes: Strings,
  importance: v.optional(v.picklist([1, 2, 3])),
  precision: v.optional(PrecisionPick),
  endPrecision: v.optional(PrecisionPick),
  basis: v.optional(v.picklist(['stated', 'inferred'])),
  dateNote: v.optional(v.string()),
  note: v.optional(v.string()),
  people: Strings,
  places: Strings,
  related: Strings,
  disputes: v.optional(
    v.array(v.looseObject({ id: v.string(), title: v.optional(v.nullable(v.string())) })),
  ),
});
const VnusFileSchema = v.looseObject({
  themes: v.optional(
    v.array(
      v.looseObject({
        id: v.string(),
        label: v.string(),
        description: v.optional(v.string()),
        colour: v.optional(v.looseObject({ light: v.string(), dark: v.string() })),
      }),
    ),
  ),
});
const VnusEraSchema = v.looseObject({
  id: v.optional(v.string()),
  startEvent: v.optional(v.string()),
  endEvent: v.optional(v.nullable(v.string())),
});
type VnusEvent = v.InferOutput<typeof VnusEventSchema>;

export interface TimelineJsImportOptions {
  /** Makes HTML from the file safe: `createSanitizer()` from ./sanitizeHtml.ts. */
  sanitize: Sanitize;
  /** The file's name, for the document's `file` and as the title when the file has none. */
  fileName?: string;
  /** The day of the import, "YYYY-MM-DD" (default: today, UTC): the document's `written`. */
  importedOn?: string;
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

const ISSUE_LIMIT = 8;

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  const message = issue.message.startsWith('Invalid key') ? 'is missing' : issue.message;
  return `${path || '(top level)'}: ${message}`;
}

/** An integer from a number or a string of digits; null when absent or empty; NaN when neither. */
function readInteger(value: number | string | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : Number.NaN;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!/^[+-]?\d+$/.test(trimmed)) return Number.NaN;
  const number = Number(trimmed);
  return Number.isSafeInteger(number) ? number : Number.NaN;
}

type DateRead =
  | { kind: 'none' }
  | { kind: 'bad-year'; value: string }
  | { kind: 'ok'; parts: DateParts; adjusted: string[]; hadTime: boolean };

/** Month names for the notes an import writes ("day 31 of February"). */
const MONTHS = ENGLISH_MONTHS.long;

function readDate(raw: RawDate | null | undefined): DateRead {
  if (raw === undefined || raw === null) return { kind: 'none' };
  const year = readInteger(raw.year);
  if (year === null) return { kind: 'none' };
  if (Number.isNaN(year)) return { kind: 'bad-year', value: String(raw.year) };
  const adjusted: string[] = [];
  const parts: DateParts = { year };
  const month = readInteger(raw.month);
  const day = readInteger(raw.day);
  if (month !== null) {
    if (Number.isNaN(month) || month < 1 || month > 12) {
      adjusted.push(`month "${String(raw.month)}"`);
    } else {
      parts.month = month;
      if (day !== null) {
        if (Number.isNaN(day) || day < 1 || day > 31) adjusted.push(`day "${String(raw.day)}"`);
        else parts.day = day;
      }
    }
  } else if (day !== null) {
    adjusted.push('a day without a month');
  }
  if (parts.day !== undefined && parsePartialDate(isoOf(parts)) === null) {
    adjusted.push(`day ${parts.day} of ${MONTHS[(parts.month ?? 1) - 1]}`);
    delete parts.day;
  }
  if (parts.month !== undefined && parsePartialDate(isoOf(parts)) === null) {
    delete parts.month;
  }
  if (parsePartialDate(isoOf(parts)) === null) {
    return { kind: 'bad-year', value: String(raw.year) };
  }
  const hadTime = [raw.hour, raw.minute, raw.second, raw.millisecond].some(
    (value) => readInteger(value) !== null,
  );
  return { kind: 'ok', parts, adjusted, hadTime };
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function precisionOfParts(parts: DateParts): Precision {
  return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

function cutTo(parts: DateParts, precision: Precision | undefined): DateParts {
  if (precision === undefined || RANK[precision] >= RANK[precisionOfParts(parts)]) return parts;
  if (precision === 'year') return { year: parts.year };
  return { year: parts.year, month: parts.month };
}

type Key = readonly [number, number, number];
const firstKey = (parts: DateParts): Key => [parts.year, parts.month ?? 1, parts.day ?? 1];
const lastKey = (parts: DateParts): Key => [parts.year, parts.month ?? 12, parts.day ?? 31];
function compareKeys(a: Key, b: Key): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function listNames(names: readonly string[], limit = 10): string {
  const shown = names.slice(0, limit).map((name) => `'${name}'`);
  if (names.length > limit) shown.push(`and ${names.length - limit} more`);
  return shown.join(', ');
}

function firstWords(text: string, max = 80): string {
  const flat = flattenText(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function passesContrast(colour: { light: string; dark: string }): boolean {
  const hex = /^#[0-9a-f]{6}$/i;
  return (
    hex.test(colour.light) &&
    hex.test(colour.dark) &&
    contrastRatio(colour.light, PAGE_BACKGROUND.light) >= MIN_TEXT_CONTRAST &&
    contrastRatio(colour.dark, PAGE_BACKGROUND.dark) >= MIN_TEXT_CONTRAST
  );
}

/** A usable URL from TimelineJS `media`, or null; protocol-relative URLs are read as https. */
function mediaUrl(url: string): string | null {
  const trimmed = url.trim();
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  return isSafeHttpUrl(absolute) ? absolute : null;
}

/** What was skipped, dropped or changed on the way, gathered for one note per kind. */
interface Tally {
  withoutStart: string[];
  badYear: string[];
  adjustedDates: string[];
  endDropped: string[];
  untitled: string[];
  skippedEras: string[];
  emptyEras: string[];
  timesDropped: number;
  mediaKept: number;
  mediaAsText: number;
  mediaDropped: number;
  displayKept: number;
  colourFallbacks: number;
  badExtensions: number;
}

/** Text from the file, made safe: on one line (`plain`) or with its paragraphs (`paragraphs`). */
interface TextReader {
  sanitize: Sanitize;
  plain: (html: string | null | undefined) => string;
  paragraphs: (html: string | null | undefined) => string;
}

/** An event as read, before ids, themes and sources are settled across the whole file. */
interface Draft {
  position: number;
  originalId: string | null;
  id: string;
  title: string;
  summary: string;
  /** The plain text, paragraphs kept: the event's passage of the synthetic document. */
  body: string;
  start: DateParts;
  end: DateParts | undefined;
  basis: 'stated' | 'inferred';
  dateNote: string | undefined;
  /** The original's own wording of the date, if it gives one. */
  display: string | undefined;
  groupLabel: string;
  vnus: VnusEvent | null;
  noteLines: string[];
}

function readExtension<T>(
  schema: v.GenericSchema<unknown, T>,
  value: unknown,
  tally: Tally,
): T | null {
  if (value === undefined) return null;
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return parsed.output;
  tally.badExtensions++;
  return null;
}

/** The event's note lines for its media, and its body with any text the media carries. */
function readMedia(raw: RawEvent, body: string, reader: TextReader, tally: Tally) {
  const media = raw.media;
  const mediaObject = typeof media === 'object' && media !== null ? media : null;
  const caption = reader.plain(mediaObject?.caption);
  const rawUrl = (typeof media === 'string' ? media : (mediaObject?.url ?? '')).trim();
  if (rawUrl === '') return { caption, body, noteLines: [] };
  const url = mediaUrl(rawUrl);
  if (url !== null) {
    tally.mediaKept++;
    return { caption, body, noteLines: [`Media: ${caption ? `${caption} ` : ''}${url}`] };
  }
  // Media given as HTML (a quotation, an embedded post) keeps its text, if any is left.
  const mediaText = rawUrl.startsWith('<') ? reader.paragraphs(rawUrl) : '';
  if (mediaText === '') {
    tally.mediaDropped++;
    return { caption, body, noteLines: [] };
  }
  tally.mediaAsText++;
  return { caption, body: body === '' ? mediaText : `${body}\n\n${mediaText}`, noteLines: [] };
}

/** One TimelineJS event as a draft, or null (and tallied) when it has no usable start date. */
function readEvent(raw: RawEvent, index: number, reader: TextReader, tally: Tally): Draft | null {
  const { plain, paragraphs } = reader;
  const name = plain(raw.text?.headline) || `event ${index + 1} (no headline)`;
  const start = readDate(raw.start_date);
  if (start.kind === 'none') {
    tally.withoutStart.push(name);
    return null;
  }
  if (start.kind === 'bad-year') {
    tally.badYear.push(`${name} ("${start.value}")`);
    return null;
  }
  const vnus = readExtension(VnusEventSchema, raw.vnus, tally);

  const startParts = cutTo(start.parts, vnus?.precision);
  const adjusted = [...start.adjusted];
  let hadTime = start.hadTime;
  let endParts: DateParts | undefined;
  const end = readDate(raw.end_date);
  if (end.kind === 'ok') {
    adjusted.push(...end.adjusted);
    hadTime ||= end.hadTime;
    endParts = cutTo(end.parts, vnus?.endPrecision ?? vnus?.precision);
    if (compareKeys(lastKey(endParts), firstKey(startParts)) < 0) {
      tally.endDropped.push(name);
      endParts = undefined;
    }
  } else if (end.kind === 'bad-year') {
    adjusted.push(`end year "${end.value}"`);
  }
  if (adjusted.length > 0) tally.adjustedDates.push(`${name} (${adjusted.join(', ')})`);
  if (hadTime) tally.timesDropped++;

  const html = raw.text?.text ?? '';
  const media = readMedia(raw, paragraphs(html), reader, tally);
  const body = media.body;
  let title = plain(raw.text?.headline);
  if (title === '') {
    title = firstWords(body) || media.caption || `Untitled event ${index + 1}`;
    tally.untitled.push(title);
  }
  let summary = flattenText(body);
  if (vnus !== null) {
    // Our own export: the summary is the first paragraph, the quotations follow.
    const firstParagraph = /<p>([\s\S]*?)<\/p>/.exec(reader.sanitize(html));
    if (firstParagraph) summary = plain(firstParagraph[1]);
  }

  const noteLines: string[] = [];
  if (vnus?.note) noteLines.push(plain(vnus.note));
  const disputes = (vnus?.disputes ?? []).map((dispute) => plain(dispute.title ?? dispute.id));
  if (disputes.length > 0) {
    noteLines.push(`Disputed in the original timeline: ${disputes.join('; ')}`);
  }
  noteLines.push(...media.noteLines);

  const startDisplay = plain(raw.start_date?.display_date);
  const endDisplay = plain(raw.end_date?.display_date);
  const display =
    plain(raw.display_date) ||
    (startDisplay && endParts !== undefined && endDisplay
      ? `${startDisplay} \u2013 ${endDisplay}`
      : startDisplay) ||
    undefined;

  const rawId = raw.unique_id === undefined || raw.unique_id === null ? '' : String(raw.unique_id);
  return {
    position: index,
    originalId: rawId.trim() === '' ? null : rawId.trim(),
    id: '',
    title,
    summary,
    body,
    start: startParts,
    end: endParts,
    basis: vnus?.basis ?? 'stated',
    dateNote: vnus?.dateNote ? plain(vnus.dateNote) : undefined,
    display,
    groupLabel: plain(raw.group === undefined || raw.group === null ? '' : String(raw.group)),
    vnus,
    noteLines,
  };
}

/** Gives every draft its id, in the file's order (the first of two clashing ids keeps it). */
function assignIds(drafts: readonly Draft[]): Map<string, string> {
  const used = new Set<string>();
  const idByOriginal = new Map<string, string>();
  for (const draft of drafts) {
    const base =
      (draft.originalId !== null ? slugify(draft.originalId) : '') || `event-${draft.position + 1}`;
    draft.id = uniqueId(base, used);
    if (draft.originalId !== null && !idByOriginal.has(draft.originalId)) {
      idByOriginal.set(draft.originalId, draft.id);
    }
  }
  return idByOriginal;
}

/**
 * The themes, and each draft's theme ids: those of the file's vnus extension first (ids, labels
 * and colours survive a round trip), then one per group, in order of first use.
 */
function resolveThemes(
  fileExtension: unknown,
  drafts: readonly Draft[],
  reader: TextReader,
  tally: Tally,
): { themes: Theme[]; themesOf: Map<Draft, string[]> } {
  const byLabel = new Map<string, Theme>();
  const byExtensionId = new Map<string, Theme>();
  const ids = new Set<string>();
  let paletteIndex = 0;
  const nextColour = () => ({ ...THEME_PALETTE[paletteIndex++ % THEME_PALETTE.length]! });

  const extension = readExtension(VnusFileSchema, fileExtension, tally);
  for (const raw of extension?.themes ?? []) {
    const label = reader.plain(raw.label);
    const id = slugify(raw.id);
    if (id === '' || label === '' || ids.has(id) || byLabel.has(label)) continue;
    ids.add(id);
    const colour = raw.colour !== undefined && passesContrast(raw.colour) ? raw.colour : null;
    if (colour === null) tally.colourFallbacks++;
    const theme: Theme = {
      id,
      label,
      description: reader.plain(raw.description),
      colour: colour === null ? nextColour() : { light: colour.light, dark: colour.dark },
    };
    byExtensionId.set(raw.id, theme);
    byLabel.set(label, theme);
  }

  const used = new Set<Theme>();
  const themesOf = new Map<Draft, string[]>();
  for (const draft of drafts) {
    const label = draft.groupLabel || UNGROUPED_THEME.label;
    let primary = byLabel.get(label);
    if (primary === undefined) {
      primary = {
        id: uniqueId(slugify(label) || 'group', ids),
        label,
        description: draft.groupLabel
          ? `Events in the group "${label}" of the TimelineJS timeline.`
          : 'Events that have no group in the TimelineJS timeline.',
        colour: nextColour(),
      };
      byLabel.set(label, primary);
    }
    const own = [primary];
    for (const id of draft.vnus?.themes ?? []) {
      const theme = byExtensionId.get(id);
      if (theme !== undefined && !own.includes(theme)) own.push(theme);
    }
    for (const theme of own) used.add(theme);
    themesOf.set(
      draft,
      own.map((theme) => theme.id),
    );
  }
  // The extension's themes in its order, then new ones in order of first use; only those used.
  const themes = [...new Set([...byExtensionId.values(), ...byLabel.values()])].filter((theme) =>
    used.has(theme),
  );
  return { themes, themesOf };
}

/** The events, in date order, each quoting its passage of the synthetic document. */
function buildEvents(
  ordered: readonly Draft[],
  themesOf: ReadonlyMap<Draft, string[]>,
  idByOriginal: ReadonlyMap<string, string>,
  reader: TextReader,
  tally: Tally,
): { events: TimelineEvent[]; documentText: string } {
  let documentText = '';
  const events = ordered.map((draft): TimelineEvent => {
    const quote = draft.body || draft.title;
    if (documentText !== '') documentText += '\n\n';
    const start = documentText.length;
    documentText += quote;

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
      dateNotes.push(`Shown in the original as: ${draft.display}`);
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
      sources: [{ document: IMPORTED_DOCUMENT_ID, quote, start, end: documentText.length }],
      related: [...new Set(related)],
      disputes: [],
      figures: [],
    };
    if (draft.noteLines.length > 0) event.note = draft.noteLines.join('\n');
    return event;
  });
  return { events, documentText };
}

/** The eras, sorted by start, each tied to the first and last events that start inside it. */
function buildEras(
  rawEras: readonly RawEra[],
  ordered: readonly Draft[],
  idByOriginal: ReadonlyMap<string, string>,
  reader: TextReader,
  tally: Tally,
): Era[] {
  const drafts = rawEras.flatMap((raw, index) => {
    const label = reader.plain(raw.text?.headline) || `Era ${index + 1}`;
    const start = readDate(raw.start_date);
    const end = readDate(raw.end_date);
    if (start.kind !== 'ok' || end.kind !== 'ok') {
      tally.skippedEras.push(`${label} (no ${start.kind !== 'ok' ? 'start' : 'end'} year)`);
      return [];
    }
    if (compareKeys(lastKey(end.parts), firstKey(start.parts)) < 0) {
      tally.skippedEras.push(`${label} (ends before it starts)`);
      return [];
    }
    const vnus = readExtension(VnusEraSchema, raw.vnus, tally);
    const description = flattenText(reader.paragraphs(raw.text?.text));
    return [{ label, description, start: start.parts, end: end.parts, vnus, index }];
  });
  drafts.sort((a, b) => compareKeys(firstKey(a.start), firstKey(b.start)));

  const ids = new Set<string>();
  const restored = (id: string | null | undefined) =>
    id === undefined || id === null ? undefined : idByOriginal.get(id);
  return drafts.map((draft): Era => {
    const from = firstKey(draft.start);
    const to = lastKey(draft.end);
    const inside = ordered.filter((event) => {
      const key = firstKey(event.start);
      return compareKeys(key, from) >= 0 && compareKeys(key, to) <= 0;
    });
    let startEvent = restored(draft.vnus?.startEvent) ?? inside[0]?.id;
    if (startEvent === undefined) {
      tally.emptyEras.push(draft.label);
      startEvent =
        ordered.find((event) => compareKeys(firstKey(event.start), from) >= 0)?.id ??
        ordered.at(-1)!.id;
    }
    const endEvent =
      draft.vnus?.endEvent === null
        ? null
        : (restored(draft.vnus?.endEvent) ?? inside.at(-1)?.id ?? null);
    const idBase = (draft.vnus?.id ? slugify(draft.vnus.id) : '') || slugify(draft.label);
    return {
      id: uniqueId(idBase || `era-${draft.index + 1}`, ids),
      label: draft.label,
      description: draft.description,
      startEvent,
      endEvent,
      start: isoOf(draft.start),
      end: isoOf(draft.end),
    };
  });
}

/** The tally in words for the reader, most important first. */
function notesOf(tally: Tally): string[] {
  const notes: string[] = [];
  const one = (count: number, singular: string, several: string) =>
    count === 1 ? singular : several;
  if (tally.withoutStart.length > 0) {
    notes.push(
      `Skipped ${plural(tally.withoutStart.length, 'event')} without a start date: ${listNames(tally.withoutStart)}`,
    );
  }
  if (tally.badYear.length > 0) {
    notes.push(
      `Skipped ${plural(tally.badYear.length, 'event')} whose start year is not a whole number: ${listNames(tally.badYear)}`,
    );
  }
  if (tally.adjustedDates.length > 0) {
    notes.push(
      `Ignored date parts that are not real calendar values in ${plural(tally.adjustedDates.length, 'event')}: ${listNames(tally.adjustedDates)}`,
    );
  }
  if (tally.endDropped.length > 0) {
    notes.push(
      `Dropped the end date of ${plural(tally.endDropped.length, 'event')} that ended before it began: ${listNames(tally.endDropped)}`,
    );
  }
  if (tally.timesDropped > 0) {
    notes.push(
      `Dropped the time of day from ${plural(tally.timesDropped, 'event')}: this timeline shows dates to the day.`,
    );
  }
  const untitled = tally.untitled.length;
  if (untitled > 0) {
    notes.push(
      `${plural(untitled, 'event has', 'events have')} no headline and ${one(untitled, 'was', 'were')} titled from ${one(untitled, 'its', 'their')} text or media caption: ${listNames(tally.untitled)}`,
    );
  }
  if (tally.displayKept > 0) {
    notes.push(
      `Kept the original wording of ${plural(tally.displayKept, 'date')} in the date note ("Shown in the original as: …").`,
    );
  }
  if (tally.mediaKept > 0) {
    notes.push(`Kept ${plural(tally.mediaKept, 'media link')} as "Media: …" in the event notes.`);
  }
  if (tally.mediaAsText > 0) {
    notes.push(
      `Kept the text of ${plural(tally.mediaAsText, 'media item')} given as HTML (a quotation or an embedded post) in the event's summary.`,
    );
  }
  if (tally.mediaDropped > 0) {
    notes.push(
      `Dropped ${plural(tally.mediaDropped, 'media item')} that ${one(tally.mediaDropped, 'is', 'are')} not a web (http or https) link: embed code, relative paths or unsafe addresses.`,
    );
  }
  if (tally.skippedEras.length > 0) {
    notes.push(
      `Skipped ${plural(tally.skippedEras.length, 'era')}: ${listNames(tally.skippedEras)}`,
    );
  }
  const empty = tally.emptyEras.length;
  if (empty > 0) {
    notes.push(
      `${plural(empty, 'era contains', 'eras contain')} no events and ${one(empty, 'is', 'are')} shown with ${one(empty, 'its', 'their')} own dates: ${listNames(tally.emptyEras)}`,
    );
  }
  if (tally.colourFallbacks > 0) {
    notes.push(
      `Gave ${plural(tally.colourFallbacks, 'theme')} a colour of our own: ${one(tally.colourFallbacks, 'its colour was', 'their colours were')} missing or too faint to read.`,
    );
  }
  if (tally.badExtensions > 0) {
    notes.push(`Ignored ${plural(tally.badExtensions, 'malformed "vnus" extension')}.`);
  }
  return notes;
}

function problem(message: string, issues: readonly v.BaseIssue<unknown>[]) {
  const detail = issues.slice(0, ISSUE_LIMIT).map(describeIssue);
  if (issues.length > ISSUE_LIMIT) {
    detail.push(`… and ${issues.length - ISSUE_LIMIT} more problem(s)`);
  }
  return { ok: false as const, message: `${message}${detail[0] ?? ''}`, detail };
}

/** Reads a TimelineJS3 file (parsed JSON, or its text) as a timeline this app can show. */
export function fromTimelineJs(
  json: unknown,
  options: TimelineJsImportOptions,
): TimelineJsImportResult {
  let input = json;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as unknown;
    } catch (error) {
      return {
        ok: false,
        message: 'The file is not valid JSON.',
        detail: [error instanceof Error ? error.message : String(error)],
      };
    }
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      message: 'This is not a TimelineJS timeline: the file must hold one JSON object.',
      detail: [`(top level): is ${Array.isArray(input) ? 'a list' : typeof input}`],
    };
  }
  const parsed = v.safeParse(TimelineJsFileSchema, input);
  if (!parsed.success) {
    return problem('This is not a TimelineJS timeline we can read: ', parsed.issues);
  }
  const file = parsed.output;
  const { sanitize } = options;
  const reader: TextReader = {
    sanitize,
    plain: (html) => (html ? flattenText(htmlToText(sanitize(html))) : ''),
    paragraphs: (html) => (html ? htmlToText(sanitize(html)) : ''),
  };
  const tally: Tally = {
    withoutStart: [],
    badYear: [],
    adjustedDates: [],
    endDropped: [],
    untitled: [],
    skippedEras: [],
    emptyEras: [],
    timesDropped: 0,
    mediaKept: 0,
    mediaAsText: 0,
    mediaDropped: 0,
    displayKept: 0,
    colourFallbacks: 0,
    badExtensions: 0,
  };

  const drafts = file.events.flatMap((raw, index) => readEvent(raw, index, reader, tally) ?? []);
  if (drafts.length === 0) {
    const why =
      file.events.length === 0 ? 'it has no events' : 'none of its events has a start date';
    return {
      ok: false,
      message: `This TimelineJS timeline has nothing to show: ${why}.`,
      detail: [...tally.withoutStart, ...tally.badYear].map((name) => `skipped: ${name}`),
    };
  }
  const idByOriginal = assignIds(drafts);
  const { themes, themesOf } = resolveThemes(file.vnus, drafts, reader, tally);
  // Date order; a stable sort keeps the file's order for events on the same date.
  const ordered = [...drafts].sort((a, b) => compareKeys(firstKey(a.start), firstKey(b.start)));
  const { events, documentText } = buildEvents(ordered, themesOf, idByOriginal, reader, tally);
  const eras = buildEras(file.eras ?? [], ordered, idByOriginal, reader, tally);

  const stated = reader.plain(file.title?.text?.headline);
  const title =
    stated ||
    (options.fileName ? options.fileName.replace(/\.[^.]*$/, '') : '') ||
    'TimelineJS timeline';
  const document: SourceDocument = {
    id: IMPORTED_DOCUMENT_ID,
    file: options.fileName ?? 'timeline.json',
    title,
    titleBasis: stated ? 'stated' : 'descriptive',
    kind: 'TimelineJS timeline',
    author: null,
    publisher: null,
    written: {
      start: options.importedOn ?? todayUtc(),
      precision: 'day',
      basis: 'inferred',
      note: 'A TimelineJS file does not say when it was written: this is the day it was imported.',
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
  const checked = v.safeParse(TimelineDataSchema, data);
  if (!checked.success) {
    return problem(
      'The imported timeline does not fit this app (a bug in the importer): ',
      checked.issues,
    );
  }
  return {
    ok: true,
    data,
    notes: notesOf(tally),
    texts: new Map([[IMPORTED_DOCUMENT_ID, documentText]]),
  };
}
