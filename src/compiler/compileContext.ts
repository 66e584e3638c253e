/**
 * What every step of the compiler reads and reports to, made once by `compileTimeline`: the
 * inputs, the date mentions found in each document, the resolver that finds quotes in the texts,
 * and the error list and claims report every step adds to.
 */
import type { SourceRef } from '../model/timelineSchema.ts';
import type { ErrorList } from './compileError.ts';
import type { ClaimsReport } from './checkClaims.ts';
import type { DateMention } from './extractDates.ts';
import type { Inputs, Located } from './loadInputs.ts';
import type { QuoteResolver } from './quoteResolver.ts';

export interface CompileContext {
  readonly inputs: Inputs;
  readonly errors: ErrorList;
  readonly resolver: QuoteResolver;
  readonly claims: ClaimsReport;
  readonly mentionsByDocument: ReadonlyMap<string, readonly DateMention[]>;
  /** The years the documents these quotes cite were written: a text may name one by its year. */
  readonly documentYears: (quotes: readonly { doc: string }[]) => string[];
}

/** An item's quotes found in their documents; a quote that is not found is an error instead. */
export function resolveSources(
  item: Located<{ sources: Inputs['events'][number]['value']['sources'] }>,
  resolver: QuoteResolver,
  by: { type: 'event' | 'figure'; id: string },
): SourceRef[] {
  return item.value.sources.flatMap(
    (source, index) => resolver.resolve(item, ['sources', index], source, by) ?? [],
  );
}
