/**
 * Search over titles, summaries, people, places and quotes: blind to case and Vietnamese
 * diacritics both ways ("To Lam" ↔ "Tô Lâm"), to British and American spelling and to plurals
 * ("normalization" finds "normalise", searchTerms.ts), aware of hand-written aliases ("Agent
 * Orange" finds "dioxin", searchAliases.ts), and tolerant of small typos ("Obamma"). Events that
 * contain the query, in any of those forms, come first and alone; only when none does, fuse.js
 * finds the near misses — otherwise "viet nam" would also fuzzily match every "Vietnam" and
 * narrow nothing. Folding keeps positions, so hits are highlighted in the original words.
 * The app imports this module only when the reader first searches (fuse.js is 9 KB gzip).
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
import { foldText } from './foldText.ts';
import { expandWithAliases, type SearchAliases } from './searchAliases.ts';
import { findStems, wordsOf, type Word } from './searchTerms.ts';
import type { SourceDocument, SourceRef, TimelineEvent } from './timelineSchema.ts';

export type SearchField = 'title' | 'people' | 'places' | 'summary' | 'quotes';

interface SearchRecord {
  id: string;
  /** The event's own title, then its title in the other language, if any. */
  title: string[];
  people: string[];
  places: string[];
  /** Likewise, the summary and its translation. */
  summary: string[];
  quotes: string[];
}

/** An event's title and summary in the page's other language, searched beside its own. */
export interface Translation {
  title: string;
  summary: string;
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

/** The text a match was found in: refIndex 1 of a title or summary is the translation's. */
function originalOf(
  event: TimelineEvent,
  field: SearchField,
  refIndex: number | undefined,
  translation?: Translation,
): string {
  const text =
    field === 'title' || field === 'summary'
      ? refIndex === 1
        ? (translation?.[field] ?? '')
        : event[field]
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

/** Page furniture and endnotes (publisher lines, dates of access) are not what a reader seeks. */
const ASIDE_WEIGHT = 0.2;

/** One searchable text of an event, folded, with its words. */
interface FieldText {
  folded: string;
  words: Word[];
  weight: number;
}

export interface SearchOptions {
  /** To tell body text from page furniture and endnotes, where quotes come from. */
  documents?: readonly SourceDocument[];
  /** Groups of terms that mean the same (data/search-aliases.yaml). */
  aliases?: SearchAliases;
  /**
   * Each event's title and summary in the other language, by id: a query in either language
   * finds the event ("bình thường hóa" and "normalisation" alike).
   */
  translations?: ReadonlyMap<string, Translation>;
}

interface FieldHit {
  field: SearchField;
  refIndex: number;
  ranges: [number, number][];
  weight: number;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function isAside(ref: SourceRef, documents: ReadonlyMap<string, SourceDocument>): boolean {
  const asides = documents.get(ref.document)?.asides ?? [];
  return asides.some(
    (aside) => aside.kind !== 'caption' && ref.start >= aside.start && ref.end <= aside.end,
  );
}

export class EventSearch {
  private readonly fuse: Fuse<SearchRecord>;
  private readonly byId: Map<string, TimelineEvent>;
  private readonly texts: Map<string, Record<SearchField, FieldText[]>>;
  private readonly aliases: SearchAliases;
  private readonly translations: ReadonlyMap<string, Translation>;

  constructor(events: readonly TimelineEvent[], options: SearchOptions = {}) {
    this.byId = new Map(events.map((event) => [event.id, event]));
    this.aliases = options.aliases ?? [];
    this.translations = options.translations ?? new Map();
    const documents = new Map((options.documents ?? []).map((doc) => [doc.id, doc]));
    const records = events.map((event): SearchRecord => {
      const translation = this.translations.get(event.id);
      const ownAndTranslated = (field: 'title' | 'summary') =>
        [0, ...(translation ? [1] : [])].map((index) =>
          foldText(originalOf(event, field, index, translation)),
        );
      return {
        id: event.id,
        title: ownAndTranslated('title'),
        people: event.people.map((_, index) => foldText(originalOf(event, 'people', index))),
        places: event.places.map((_, index) => foldText(originalOf(event, 'places', index))),
        summary: ownAndTranslated('summary'),
        quotes: event.sources.map((_, index) => foldText(originalOf(event, 'quotes', index))),
      };
    });
    this.fuse = new Fuse(records, {
      keys: Object.entries(FIELD_WEIGHTS).map(([name, weight]) => ({ name, weight })),
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.34,
      minMatchCharLength: 2,
    });
    this.texts = new Map(
      records.map((record) => {
        const event = this.byId.get(record.id);
        const fieldTexts = (field: SearchField): FieldText[] => {
          return record[field].map((folded, index) => {
            const ref = field === 'quotes' ? event?.sources[index] : undefined;
            return {
              folded,
              words: wordsOf(folded),
              weight: ref && isAside(ref, documents) ? ASIDE_WEIGHT : FIELD_WEIGHTS[field],
            };
          });
        };
        return [
          record.id,
          {
            title: fieldTexts('title'),
            people: fieldTexts('people'),
            places: fieldTexts('places'),
            summary: fieldTexts('summary'),
            quotes: fieldTexts('quotes'),
          },
        ];
      }),
    );
  }

  /**
   * Every event that contains the query as typed (after folding), or its words in another
   * spelling, number or alias: in its own texts, or also in the other language's. Ranked: title
   * matches first, then milestones found in body text, then by the best field; furniture and
   * endnotes last.
   */
  private exactHits(folded: string, withTranslations: boolean): SearchHit[] {
    const variants = expandWithAliases(
      wordsOf(folded).map((word) => word.stem),
      this.aliases,
    );
    const ranked: { hit: SearchHit; rank: number }[] = [];
    for (const [id, fields] of this.texts) {
      const event = this.byId.get(id);
      if (!event) continue;
      const found: FieldHit[] = FIELDS.flatMap((field) =>
        fields[field].flatMap((text, refIndex) => {
          if (!withTranslations && refIndex > 0 && (field === 'title' || field === 'summary')) {
            return [];
          }
          const ranges: [number, number][] = [];
          for (
            let at = text.folded.indexOf(folded);
            at !== -1;
            at = text.folded.indexOf(folded, at + 1)
          ) {
            ranges.push([at, at + folded.length]);
          }
          for (const stems of variants) ranges.push(...findStems(text.words, stems));
          return ranges.length > 0
            ? [{ field, refIndex, ranges: mergeRanges(ranges), weight: text.weight }]
            : [];
        }),
      );
      if (found.length === 0) continue;
      const isOwnTitle = (item: FieldHit) => item.field === 'title' && item.refIndex === 0;
      // A title in either language ranks as a title; the own title is the one highlighted.
      const inTitle = found.find((item) => item.field === 'title');
      const inOwnTitle = found.find(isOwnTitle);
      const best = Math.max(...found.map((item) => item.weight));
      const elsewhere = found
        .filter((item) => !isOwnTitle(item))
        .sort((a, b) => b.weight - a.weight)[0];
      const milestone = event.importance === 3 && best > ASIDE_WEIGHT;
      // Title and milestone are worth more than any field's weight (at most 4).
      const rank = (inTitle ? 20 : 0) + (milestone ? 10 : 0) + best;
      ranked.push({
        rank,
        hit: {
          id,
          score: 1 - rank / (20 + 10 + FIELD_WEIGHTS.title),
          title: { text: originalOf(event, 'title', undefined), ranges: inOwnTitle?.ranges ?? [] },
          context: elsewhere
            ? {
                field: elsewhere.field,
                excerpt: excerpt(
                  originalOf(event, elsewhere.field, elsewhere.refIndex, this.translations.get(id)),
                  elsewhere.ranges,
                ),
              }
            : null,
        },
      });
    }
    // Within one rank, the data's chronological order stands (sort is stable).
    return ranked.sort((a, b) => b.rank - a.rank).map((item) => item.hit);
  }

  search(query: string, limit = 50): SearchHit[] {
    const folded = foldText(query.trim().replace(/\s+/g, ' '));
    if (folded.length < 2) return [];
    // The page's own language first and alone, as for near misses below: "viet nam" on the
    // English page finds the events that write "Việt Nam", not every event's Vietnamese summary.
    // Only a query its own language does not contain is looked for in the other language.
    const exact = this.exactHits(folded, false);
    if (exact.length > 0) return exact.slice(0, limit);
    const translated = this.translations.size > 0 ? this.exactHits(folded, true) : [];
    if (translated.length > 0) return translated.slice(0, limit);
    return this.fuse
      .search(folded, { limit })
      .filter((result) => (result.score ?? 1) <= MAX_SCORE)
      .flatMap((result) => {
        const event = this.byId.get(result.item.id);
        if (!event) return [];
        const matches = result.matches ?? [];
        const isOwnTitle = (match: FuseResultMatch) =>
          match.key === 'title' && (match.refIndex ?? 0) === 0;
        const titleMatch = matches.find(isOwnTitle);
        const other = [...matches]
          .filter((match) => !isOwnTitle(match) && rangesOf(match, folded.length).length > 0)
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
                      originalOf(event, field, other.refIndex, this.translations.get(event.id)),
                      rangesOf(other, folded.length),
                    ),
                  }
                : null,
          },
        ];
      });
  }
}
