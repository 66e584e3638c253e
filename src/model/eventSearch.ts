/**
 * Search over titles, summaries, people, places and quotes: blind to case and Vietnamese
 * diacritics both ways ("To Lam" ↔ "Tô Lâm"), and tolerant of small typos ("Obamma"). Events that
 * contain the query as typed (after folding) come first and alone; only when none does, fuse.js
 * finds the near misses — otherwise "viet nam" would also fuzzily match every "Vietnam" and
 * narrow nothing. Folding keeps positions, so hits are highlighted in the original words.
 * The app imports this module only when the reader first searches (fuse.js is 9 KB gzip).
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
import { foldText } from './foldText.ts';
import type { TimelineEvent } from './timelineSchema.ts';

export type SearchField = 'title' | 'people' | 'places' | 'summary' | 'quotes';

interface SearchRecord {
  id: string;
  title: string;
  people: string[];
  places: string[];
  summary: string;
  quotes: string[];
}

export interface Highlighted {
  text: string;
  /** [start, end) ranges of `text` to highlight. */
  ranges: [number, number][];
}

export interface SearchHit {
  id: string;
  score: number;
  /** The title, highlighted where the query matched it. */
  title: Highlighted;
  /** Where else it matched, when not (only) in the title: a short excerpt. */
  context: { field: SearchField; excerpt: Highlighted } | null;
}

const FIELD_WEIGHTS: Record<SearchField, number> = {
  title: 4,
  people: 3,
  places: 2,
  summary: 1,
  quotes: 0.6,
};

/** Near misses scoring above this are too loose to show (fuse: 0 exact, 1 anything). */
const MAX_SCORE = 0.35;
const FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];
const EXCERPT_RADIUS = 48;

function originalOf(
  event: TimelineEvent,
  field: SearchField,
  refIndex: number | undefined,
): string {
  const text =
    field === 'title' || field === 'summary'
      ? event[field]
      : field === 'quotes'
        ? (event.sources[refIndex ?? 0]?.quote ?? '')
        : (event[field][refIndex ?? 0] ?? '');
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

function rangesOf(match: FuseResultMatch, queryLength: number): [number, number][] {
  // Fuse also reports stray one- or two-letter runs; only runs near the query's length mark a hit.
  const least = Math.max(2, Math.floor(queryLength * 0.6));
  return match.indices
    .filter(([start, end]) => end - start + 1 >= Math.min(least, 4))
    .map(([start, end]): [number, number] => [start, end + 1]);
}

function excerpt(text: string, ranges: [number, number][]): Highlighted {
  const first = ranges[0];
  if (!first) return { text: text.slice(0, EXCERPT_RADIUS * 2), ranges: [] };
  const from = Math.max(0, first[0] - EXCERPT_RADIUS);
  const to = Math.min(text.length, first[1] + EXCERPT_RADIUS);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const shift = prefix.length - from;
  return {
    text: prefix + text.slice(from, to) + suffix,
    ranges: ranges
      .filter(([start, end]) => start >= from && end <= to)
      .map(([start, end]): [number, number] => [start + shift, end + shift]),
  };
}

export class EventSearch {
  private readonly fuse: Fuse<SearchRecord>;
  private readonly byId: Map<string, TimelineEvent>;

  constructor(events: readonly TimelineEvent[]) {
    this.byId = new Map(events.map((event) => [event.id, event]));
    const records = events.map((event): SearchRecord => ({
      id: event.id,
      title: foldText(originalOf(event, 'title', undefined)),
      people: event.people.map((_, index) => foldText(originalOf(event, 'people', index))),
      places: event.places.map((_, index) => foldText(originalOf(event, 'places', index))),
      summary: foldText(originalOf(event, 'summary', undefined)),
      quotes: event.sources.map((_, index) => foldText(originalOf(event, 'quotes', index))),
    }));
    this.fuse = new Fuse(records, {
      keys: Object.entries(FIELD_WEIGHTS).map(([name, weight]) => ({ name, weight })),
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.34,
      minMatchCharLength: 2,
    });
    this.records = records;
  }

  private readonly records: SearchRecord[];

  /** Every place the folded query occurs, per field, in the records that contain it. */
  private exactHits(folded: string): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const record of this.records) {
      const event = this.byId.get(record.id);
      if (!event) continue;
      const found = FIELDS.flatMap((field) => {
        const texts = typeof record[field] === 'string' ? [record[field]] : record[field];
        return texts.flatMap((text, refIndex) => {
          const ranges: [number, number][] = [];
          for (let at = text.indexOf(folded); at !== -1; at = text.indexOf(folded, at + 1)) {
            ranges.push([at, at + folded.length]);
          }
          return ranges.length > 0 ? [{ field, refIndex, ranges }] : [];
        });
      });
      if (found.length === 0) continue;
      const inTitle = found.find((item) => item.field === 'title');
      const elsewhere = found.find((item) => item.field !== 'title');
      const best = Math.max(...found.map((item) => FIELD_WEIGHTS[item.field]));
      hits.push({
        id: record.id,
        score: 1 - best / FIELD_WEIGHTS.title,
        title: { text: originalOf(event, 'title', undefined), ranges: inTitle?.ranges ?? [] },
        context: elsewhere
          ? {
              field: elsewhere.field,
              excerpt: excerpt(
                originalOf(event, elsewhere.field, elsewhere.refIndex),
                elsewhere.ranges,
              ),
            }
          : null,
      });
    }
    // Best field first; within one, the data's chronological order stands (sort is stable).
    return hits.sort((a, b) => a.score - b.score);
  }

  search(query: string, limit = 50): SearchHit[] {
    const folded = foldText(query.trim().replace(/\s+/g, ' '));
    if (folded.length < 2) return [];
    const exact = this.exactHits(folded);
    if (exact.length > 0) return exact.slice(0, limit);
    return this.fuse
      .search(folded, { limit })
      .filter((result) => (result.score ?? 1) <= MAX_SCORE)
      .flatMap((result) => {
        const event = this.byId.get(result.item.id);
        if (!event) return [];
        const matches = result.matches ?? [];
        const titleMatch = matches.find((match) => match.key === 'title');
        const other = [...matches]
          .filter((match) => match.key !== 'title' && rangesOf(match, folded.length).length > 0)
          .sort(
            (a, b) =>
              FIELD_WEIGHTS[(b.key ?? 'quotes') as SearchField] -
              FIELD_WEIGHTS[(a.key ?? 'quotes') as SearchField],
          )[0];
        const titleText = originalOf(event, 'title', undefined);
        const field = other?.key as SearchField | undefined;
        return [
          {
            id: event.id,
            score: result.score ?? 1,
            title: {
              text: titleText,
              ranges: titleMatch ? rangesOf(titleMatch, folded.length) : [],
            },
            context:
              other && field
                ? {
                    field,
                    excerpt: excerpt(
                      originalOf(event, field, other.refIndex),
                      rangesOf(other, folded.length),
                    ),
                  }
                : null,
          },
        ];
      });
  }
}
