/**
 * The events that contain the query: as typed (after folding), or its words in another spelling,
 * number or alias (searchTerms.ts, searchAliases.ts), ranked.
 */
import { findStems } from './searchTerms.ts';
import { excerpt, mergeRanges, type SearchHit } from './searchHits.ts';
import {
  ASIDE_WEIGHT,
  FIELD_WEIGHTS,
  FIELDS,
  originalOf,
  type SearchField,
  type SearchIndex,
} from './searchIndex.ts';

/** A query folded, and its words' stems in every spelling and alias (expandWithAliases). */
export interface FoldedQuery {
  folded: string;
  variants: string[][];
}

interface FieldHit {
  field: SearchField;
  refIndex: number;
  ranges: [number, number][];
  weight: number;
}

/**
 * Every event that contains the query as typed (after folding), or its words in another
 * spelling, number or alias: in its own texts, or also in the other language's. Ranked: title
 * matches first, then milestones found in body text, then by the best field; furniture and
 * endnotes last.
 */
export function exactHits(
  index: SearchIndex,
  query: FoldedQuery,
  withTranslations: boolean,
): SearchHit[] {
  const { folded, variants } = query;
  const ranked: { hit: SearchHit; rank: number }[] = [];
  for (const [id, fields] of index.texts) {
    const event = index.byId.get(id);
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
                originalOf(event, elsewhere.field, elsewhere.refIndex, index.translations.get(id)),
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
