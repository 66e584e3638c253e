/**
 * The hand-written aliases of `data/search-aliases.yaml`: groups of terms that mean the same
 * here ("Agent Orange" and "dioxin"), read once into stem sequences search can compare.
 */
import * as v from 'valibot';
import { foldText } from './foldText.ts';
import { wordsOf } from './searchTerms.ts';

const AliasFileSchema = v.array(
  v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(80))), v.minLength(2)),
);

/** Each group as the stems of each of its terms. */
export type SearchAliases = readonly (readonly (readonly string[])[])[];

export function stemsOf(text: string): string[] {
  return wordsOf(foldText(text)).map((word) => word.stem);
}

/** Checks the parsed file and reduces every term to its stems; throws on a malformed file. */
export function readSearchAliases(parsed: unknown): SearchAliases {
  const groups = v.parse(AliasFileSchema, parsed);
  return groups.map((group) => group.map(stemsOf).filter((stems) => stems.length > 0));
}

/**
 * What a query may also mean: itself, and, wherever it contains a term of a group, the query
 * with that term replaced by each other term of the group.
 */
export function expandWithAliases(stems: readonly string[], aliases: SearchAliases): string[][] {
  const variants: string[][] = [[...stems]];
  const seen = new Set([stems.join(' ')]);
  for (const group of aliases) {
    for (const term of group) {
      const at = indexOfSequence(stems, term);
      if (at === -1) continue;
      for (const other of group) {
        if (other === term) continue;
        const variant = [...stems.slice(0, at), ...other, ...stems.slice(at + term.length)];
        const key = variant.join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          variants.push(variant);
        }
      }
    }
  }
  return variants;
}

function indexOfSequence(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  for (let index = 0; index + needle.length <= haystack.length; index++) {
    if (needle.every((stem, offset) => haystack[index + offset] === stem)) return index;
  }
  return -1;
}
