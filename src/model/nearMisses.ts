/**
 * Near misses, for a query no event contains: fuse.js's fuzzy match, tolerant of small typos
 * ("Obamma"). Only searched when the exact search finds nothing, or "viet nam" would also match
 * every "Vietnam" and narrow nothing.
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
import { excerpt, rangesOf, type SearchHit } from './searchHits.ts';
import {
  FIELD_WEIGHTS,
  originalOf,
  type SearchField,
  type SearchIndex,
  type SearchRecord,
} from './searchIndex.ts';

/** Near misses scoring above this are too loose to show (fuse: 0 exact, 1 anything). */
const MAX_SCORE = 0.35;

/** fuse.js over the folded texts, weighted as the exact search weighs its fields. */
export function createFuzzySearch(records: readonly SearchRecord[]): Fuse<SearchRecord> {
  return new Fuse(records, {
    keys: Object.entries(FIELD_WEIGHTS).map(([name, weight]) => ({ name, weight })),
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });
}

export function nearMisses(
  fuse: Fuse<SearchRecord>,
  index: SearchIndex,
  folded: string,
  limit: number,
): SearchHit[] {
  return fuse
    .search(folded, { limit })
    .filter((result) => (result.score ?? 1) <= MAX_SCORE)
    .flatMap((result) => {
      const event = index.byId.get(result.item.id);
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
                    originalOf(event, field, other.refIndex, index.translations.get(event.id)),
                    rangesOf(other, folded.length),
                  ),
                }
              : null,
        },
      ];
    });
}
