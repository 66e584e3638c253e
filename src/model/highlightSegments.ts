/**
 * A document's text cut into what the source reader draws: paragraphs (one per non-blank line,
 * as the seeds are written), each cut into segments at every edge of a cited passage or an aside,
 * so that a segment is covered by the same citations from end to end. Offsets are JavaScript
 * string indices into the text, as everywhere in the data; nothing is ever dropped but the line
 * ends and the white space around a line, so the segments and those separators give back the text.
 */
import type { SourceDocument, TimelineData } from './timelineSchema.ts';

export type Aside = SourceDocument['asides'][number];
export type AsideKind = Aside['kind'];

/** A passage of the text that the data quotes: one source of an event, figure point or claim. */
export interface Citation {
  start: number;
  end: number;
  /** The events the passage leads to: the event itself, or those a figure point or dispute names. */
  eventIds: string[];
  kind: 'event' | 'figure' | 'dispute';
  /** The event, figure point or dispute that quotes the passage. */
  id: string;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Every citation covering the whole segment, in the order they were given. */
  citations: Citation[];
  /** Set when the segment lies in an aside (page furniture, a caption, endnotes). */
  aside?: AsideKind;
}

export interface Paragraph {
  /** The line without the white space around it. */
  text: string;
  start: number;
  end: number;
  segments: Segment[];
  /** The aside that covers the whole paragraph, if any (the same object as given). */
  aside?: Aside;
}

/** A run of cited segments that hang together: each shares a citation with the one before. */
export interface Passage {
  start: number;
  end: number;
  segments: Segment[];
  /** Every citation touching the passage, each once, in the order first met. */
  citations: Citation[];
  /** The events those citations lead to, each once, in the order first met. */
  eventIds: string[];
}

export type ParagraphPart =
  { type: 'text'; segment: Segment } | { type: 'passage'; passage: Passage };

const LINE_END = /\r\n|\r|\n|\u2028|\u2029/g;
const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;

/** The non-blank lines of a text, each as its range without surrounding white space. */
function lineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const push = (from: number, to: number) => {
    const line = text.slice(from, to);
    const lead = LEADING_SPACE.exec(line)?.[0].length ?? 0;
    if (lead === line.length) return;
    const trail = TRAILING_SPACE.exec(line)?.[0].length ?? 0;
    ranges.push([from + lead, to - trail]);
  };
  let at = 0;
  for (const match of text.matchAll(LINE_END)) {
    push(at, match.index);
    at = match.index + match[0].length;
  }
  push(at, text.length);
  return ranges;
}

function overlaps(range: { start: number; end: number }, from: number, to: number): boolean {
  return range.start < to && range.end > from;
}

/**
 * Cuts `text` into paragraphs and segments. Citations and asides outside the text are clipped to
 * it, and empty ones are ignored. A citation that runs over a line end is split between the two
 * paragraphs; a paragraph entirely inside an aside carries that aside.
 */
export function segmentText(
  text: string,
  citations: readonly Citation[],
  asides: readonly Aside[],
): Paragraph[] {
  const length = text.length;
  const usable = <T extends { start: number; end: number }>(range: T) =>
    Math.max(0, range.start) < Math.min(length, range.end);
  const liveCitations = citations.filter(usable);
  const liveAsides = asides.filter(usable);

  return lineRanges(text).map(([from, to]) => {
    const covering = liveCitations.filter((citation) => overlaps(citation, from, to));
    const touching = liveAsides.filter((aside) => overlaps(aside, from, to));
    const cuts = new Set([from, to]);
    for (const range of [...covering, ...touching]) {
      if (range.start > from && range.start < to) cuts.add(range.start);
      if (range.end > from && range.end < to) cuts.add(range.end);
    }
    const edges = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let index = 1; index < edges.length; index += 1) {
      const start = edges[index - 1] as number;
      const end = edges[index] as number;
      const segment: Segment = {
        text: text.slice(start, end),
        start,
        end,
        citations: covering.filter((citation) => citation.start <= start && citation.end >= end),
      };
      const aside = touching.find((candidate) => candidate.start <= start && candidate.end >= end);
      if (aside) segment.aside = aside.kind;
      segments.push(segment);
    }
    const paragraph: Paragraph = { text: text.slice(from, to), start: from, end: to, segments };
    const whole = touching.find((aside) => aside.start <= from && aside.end >= to);
    if (whole) paragraph.aside = whole;
    return paragraph;
  });
}

/**
 * A paragraph as plain text and passages: consecutive cited segments form one passage while each
 * shares a citation with the one before, so nested and overlapping quotes read as one passage,
 * while two quotes that merely touch stay two.
 */
export function paragraphParts(paragraph: Paragraph): ParagraphPart[] {
  const parts: ParagraphPart[] = [];
  let current: Passage | null = null;
  let previous: Segment | null = null;
  for (const segment of paragraph.segments) {
    if (segment.citations.length === 0) {
      parts.push({ type: 'text', segment });
      current = null;
    } else {
      const continues =
        current !== null &&
        previous !== null &&
        segment.citations.some((citation) => previous?.citations.includes(citation));
      if (current !== null && continues) {
        current.end = segment.end;
        current.segments.push(segment);
      } else {
        current = {
          start: segment.start,
          end: segment.end,
          segments: [segment],
          citations: [],
          eventIds: [],
        };
        parts.push({ type: 'passage', passage: current });
      }
      for (const citation of segment.citations) {
        if (!current.citations.includes(citation)) current.citations.push(citation);
        for (const eventId of citation.eventIds) {
          if (!current.eventIds.includes(eventId)) current.eventIds.push(eventId);
        }
      }
    }
    previous = segment;
  }
  return parts;
}

/** Consecutive paragraphs that share an aside (or none), for the reader to set apart together. */
export interface ParagraphGroup {
  aside: Aside | undefined;
  paragraphs: Paragraph[];
}

export function groupByAside(paragraphs: readonly Paragraph[]): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [];
  for (const paragraph of paragraphs) {
    const last = groups[groups.length - 1];
    if (last && last.aside === paragraph.aside) last.paragraphs.push(paragraph);
    else groups.push({ aside: paragraph.aside, paragraphs: [paragraph] });
  }
  return groups;
}

/**
 * Every passage of one document that the data quotes: the sources of events, of figure points
 * (leading to the events the point names) and the claims of disputes (leading to theirs).
 */
export function documentCitations(data: TimelineData, documentId: string): Citation[] {
  const citations: Citation[] = [];
  const cite = (
    passage: { document: string; start: number; end: number },
    kind: Citation['kind'],
    id: string,
    eventIds: readonly string[],
  ) => {
    if (passage.document !== documentId) return;
    citations.push({ start: passage.start, end: passage.end, eventIds: [...eventIds], kind, id });
  };
  for (const event of data.events) {
    for (const source of event.sources) cite(source, 'event', event.id, [event.id]);
  }
  for (const series of data.figures) {
    for (const point of series.points) {
      for (const source of point.sources) cite(source, 'figure', point.id, point.events);
    }
  }
  for (const dispute of data.disputes) {
    for (const claim of dispute.claims) cite(claim, 'dispute', dispute.id, dispute.events);
  }
  return citations;
}

/** How many distinct passages of a document are quoted, and by how many events. */
export function citationCounts(
  data: TimelineData,
  documentId: string,
): { passages: number; events: number } {
  const citations = documentCitations(data, documentId);
  const spans = new Set(citations.map((citation) => `${citation.start}:${citation.end}`));
  const events = new Set(
    citations.filter((citation) => citation.kind === 'event').map((citation) => citation.id),
  );
  return { passages: spans.size, events: events.size };
}
