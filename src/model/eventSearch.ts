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
import type Fuse from 'fuse.js';
import { exactHits, type FoldedQuery } from './exactMatches.ts';
import { foldText } from './foldText.ts';
import { expandWithAliases } from './searchAliases.ts';
import { wordsOf } from './searchTerms.ts';
import { createFuzzySearch, nearMisses } from './nearMisses.ts';
import type { SearchHit } from './searchHits.ts';
import {
  buildSearchIndex,
  type SearchIndex,
  type SearchOptions,
  type SearchRecord,
} from './searchIndex.ts';
import type { TimelineEvent } from './timelineSchema.ts';

export type { Highlighted, SearchHit } from './searchHits.ts';
export type { SearchField, SearchOptions, Translation } from './searchIndex.ts';

export class EventSearch {
  private readonly index: SearchIndex;
  private readonly fuse: Fuse<SearchRecord>;

  constructor(events: readonly TimelineEvent[], options: SearchOptions = {}) {
    this.index = buildSearchIndex(events, options);
    this.fuse = createFuzzySearch(this.index.records);
  }

  search(query: string, limit = 50): SearchHit[] {
    const folded = foldText(query.trim().replace(/\s+/g, ' '));
    if (folded.length < 2) return [];
    const foldedQuery: FoldedQuery = {
      folded,
      variants: expandWithAliases(
        wordsOf(folded).map((word) => word.stem),
        this.index.aliases,
      ),
    };
    // The page's own language first and alone, as for near misses below: "viet nam" on the
    // English page finds the events that write "Việt Nam", not every event's Vietnamese summary.
    // Only a query its own language does not contain is looked for in the other language.
    const exact = exactHits(this.index, foldedQuery, false);
    if (exact.length > 0) return exact.slice(0, limit);
    const translated =
      this.index.translations.size > 0 ? exactHits(this.index, foldedQuery, true) : [];
    if (translated.length > 0) return translated.slice(0, limit);
    return nearMisses(this.fuse, this.index, folded, limit);
  }
}
