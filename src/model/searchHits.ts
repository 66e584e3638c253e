/**
 * What a search returns: each event found, its title highlighted where the query matched, and
 * an excerpt of where else it matched.
 */
import type { FuseResultMatch } from 'fuse.js';
import type { SearchField } from './searchIndex.ts';

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

const EXCERPT_RADIUS = 48;

/** [start, end) ranges of a fuse.js match, leaving out its stray short runs. */
export function rangesOf(match: FuseResultMatch, queryLength: number): [number, number][] {
  // Fuse also reports stray one- or two-letter runs; only runs near the query's length mark a hit.
  const least = Math.max(2, Math.floor(queryLength * 0.6));
  return match.indices
    .filter(([start, end]) => end - start + 1 >= Math.min(least, 4))
    .map(([start, end]): [number, number] => [start, end + 1]);
}

/** Up to EXCERPT_RADIUS characters either side of the first range, which stays highlighted. */
export function excerpt(text: string, ranges: [number, number][]): Highlighted {
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

/** Overlapping ranges joined, in order. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
