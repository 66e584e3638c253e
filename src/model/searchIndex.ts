/**
 * What the search looks in, built once per data set: each event's title, people, places, summary
 * and quotes (and the other language's title and summary), folded (foldText.ts) with their words
 * (searchTerms.ts), and each text's weight in the ranking.
 */
import { foldText } from './foldText.ts';
import type { SearchAliases } from './searchAliases.ts';
import { wordsOf, type Word } from './searchTerms.ts';
import type { SourceDocument, SourceRef, TimelineEvent } from './timelineSchema.ts';

export type SearchField = 'title' | 'people' | 'places' | 'summary' | 'quotes';

export interface SearchRecord {
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

export const FIELD_WEIGHTS: Record<SearchField, number> = {
  title: 4,
  people: 3,
  places: 2,
  summary: 1,
  quotes: 0.6,
};

export const FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];
export /** Page furniture and endnotes (publisher lines, dates of access) are not what a reader seeks. */
const ASIDE_WEIGHT = 0.2;

/** One searchable text of an event, folded, with its words. */
export interface FieldText {
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

export interface SearchIndex {
  byId: ReadonlyMap<string, TimelineEvent>;
  /** Every event's texts, folded, as fuse.js searches them. */
  records: SearchRecord[];
  /** The same texts with their words and weights, for the exact search. */
  texts: ReadonlyMap<string, Record<SearchField, FieldText[]>>;
  aliases: SearchAliases;
  translations: ReadonlyMap<string, Translation>;
}

export /** The text a match was found in: refIndex 1 of a title or summary is the translation's. */
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

function isAside(ref: SourceRef, documents: ReadonlyMap<string, SourceDocument>): boolean {
  const asides = documents.get(ref.document)?.asides ?? [];
  return asides.some(
    (aside) => aside.kind !== 'caption' && ref.start >= aside.start && ref.end <= aside.end,
  );
}

/** The texts of every event, folded once, for the exact search and fuse.js alike. */
export function buildSearchIndex(
  events: readonly TimelineEvent[],
  options: SearchOptions = {},
): SearchIndex {
  const byId = new Map(events.map((event) => [event.id, event]));
  const translations = options.translations ?? new Map<string, Translation>();
  const documents = new Map((options.documents ?? []).map((doc) => [doc.id, doc]));
  const records = events.map((event): SearchRecord => {
    const translation = translations.get(event.id);
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
  const texts = new Map(
    records.map((record) => {
      const event = byId.get(record.id);
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
  return { byId, records, texts, aliases: options.aliases ?? [], translations };
}
