/**
 * One TimelineJS event read as a draft: its text made safe and plain, its dates, media and our
 * extension; ids, themes and sources are settled later, across the whole file
 * (timelineJsImport.ts).
 */
import * as v from 'valibot';
import type { DateParts } from '../partialDate.ts';
import { isPlainMarkup } from './plainMarkup.ts';
import { flattenText, htmlToText, isSafeHttpUrl, type Sanitize } from './sanitizeHtml.ts';
import {
  compareKeys,
  cutTo,
  firstKey,
  lastKey,
  readDate,
  type DateKey,
} from './timelineJsDates.ts';
import type { ImportWords, Tally } from './timelineJsNotes.ts';
import { VnusEventSchema, type RawEvent, type VnusEvent } from './timelineJsSchema.ts';

/** Text from the file, made safe: on one line (`plain`) or with its paragraphs (`paragraphs`). */
export interface TextReader {
  /** The HTML made safe; text without a "<" has no markup and is returned as it is. */
  safe: (html: string) => string;
  plain: (html: string | null | undefined) => string;
  paragraphs: (html: string | null | undefined) => string;
}

/**
 * Only markup goes through the sanitiser, and only markup beyond the plainest (plainMarkup.ts):
 * for the rest sanitising changes nothing that `htmlToText` reads, and it costs a parse into a new
 * document and a walk over it for each piece of text.
 */
export function createTextReader(sanitize: Sanitize): TextReader {
  const safe = (html: string) => (html.includes('<') ? sanitize(html) : html);
  const textOf = (html: string) =>
    htmlToText(html.includes('<') && !isPlainMarkup(html) ? sanitize(html) : html);
  return {
    safe,
    plain: (html) => (html ? flattenText(textOf(html)) : ''),
    paragraphs: (html) => (html ? textOf(html) : ''),
  };
}

function firstWords(text: string, max = 80): string {
  const flat = flattenText(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A usable URL from TimelineJS `media`, or null; protocol-relative URLs are read as https. */
function mediaUrl(url: string): string | null {
  const trimmed = url.trim();
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  return isSafeHttpUrl(absolute) ? absolute : null;
}

/** An event as read, before ids, themes and sources are settled across the whole file. */
export interface Draft {
  position: number;
  originalId: string | null;
  id: string;
  title: string;
  summary: string;
  /** The plain text, paragraphs kept: the event's passage of the synthetic document. */
  body: string;
  start: DateParts;
  /** The first day of `start`, for sorting and finding events by date. */
  startKey: DateKey;
  end: DateParts | undefined;
  basis: 'stated' | 'inferred';
  dateNote: string | undefined;
  /** The original's own wording of the date, if it gives one. */
  display: string | undefined;
  groupLabel: string;
  vnus: VnusEvent | null;
  noteLines: string[];
}

export function readExtension<T>(
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
function readMedia(
  raw: RawEvent,
  body: string,
  reader: TextReader,
  tally: Tally,
  words: ImportWords,
) {
  const media = raw.media;
  const mediaObject = typeof media === 'object' && media !== null ? media : null;
  const caption = reader.plain(mediaObject?.caption);
  const rawUrl = (typeof media === 'string' ? media : (mediaObject?.url ?? '')).trim();
  if (rawUrl === '') return { caption, body, noteLines: [] };
  const url = mediaUrl(rawUrl);
  if (url !== null) {
    tally.mediaKept++;
    return { caption, body, noteLines: [words.mediaNote(caption, url)] };
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
export function readEvent(
  raw: RawEvent,
  index: number,
  reader: TextReader,
  tally: Tally,
  words: ImportWords,
): Draft | null {
  const { plain } = reader;
  const headline = plain(raw.text?.headline);
  const name = headline || words.eventWithoutHeadline(index + 1);
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
  // Our own export: its first paragraph is the summary, so the sanitised HTML itself is needed.
  const safeHtml = vnus !== null ? reader.safe(html) : '';
  const text = vnus !== null ? (safeHtml ? htmlToText(safeHtml) : '') : reader.paragraphs(html);
  const media = readMedia(raw, text, reader, tally, words);
  const body = media.body;
  let title = headline;
  if (title === '') {
    title = firstWords(body) || media.caption || words.untitledEvent(index + 1);
    tally.untitled.push(title);
  }
  let summary = flattenText(body);
  if (vnus !== null) {
    // Our own export: the summary is the first paragraph, the quotations follow.
    const firstParagraph = /<p>([\s\S]*?)<\/p>/.exec(safeHtml);
    if (firstParagraph) summary = plain(firstParagraph[1]);
  }

  const noteLines: string[] = [];
  if (vnus?.note) noteLines.push(plain(vnus.note));
  const disputes = (vnus?.disputes ?? []).map((dispute) => plain(dispute.title ?? dispute.id));
  if (disputes.length > 0) {
    noteLines.push(words.disputedNote(disputes.join('; ')));
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
    startKey: firstKey(startParts),
    end: endParts,
    basis: vnus?.basis ?? 'stated',
    dateNote: vnus?.dateNote ? plain(vnus.dateNote) : undefined,
    display,
    groupLabel: plain(raw.group === undefined || raw.group === null ? '' : String(raw.group)),
    vnus,
    noteLines,
  };
}
