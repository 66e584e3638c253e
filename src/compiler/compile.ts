/**
 * seeds/ + data/ → the timeline JSON and the coverage report, or every error found on the way.
 * Pure apart from reading the input files: writing is the CLI's job (src/compiler/writeOutput.ts).
 *
 * Each kind of item has its own step (compileThemes, compileDocuments, compileEvents,
 * compileFigures, compileDisputes, compileEras, compileCoverage); this file runs them in order,
 * since figures and disputes refer to events, and coverage needs every quote resolved.
 */
import type { CoverageReport } from '../model/coverageSchema.ts';
import {
  SCHEMA_VERSION,
  type ContentLanguage,
  type TimelineData,
} from '../model/timelineSchema.ts';
import { ErrorList, type CompileError } from './compileError.ts';
import { byDate } from './byDate.ts';
import { ClaimsReport } from './checkClaims.ts';
import { checkDiscussionQuestions } from './checkQuestions.ts';
import type { CompileContext } from './compileContext.ts';
import { compileCoverage } from './compileCoverage.ts';
import { compileDisputes } from './compileDisputes.ts';
import { compileDocuments, loadDocumentTexts } from './compileDocuments.ts';
import { compileEras } from './compileEras.ts';
import { compileEvents } from './compileEvents.ts';
import { compileFigures } from './compileFigures.ts';
import { compileThemes } from './compileThemes.ts';
import { reportDuplicates } from './duplicateIds.ts';
import { extractDateMentions, type DateMention } from './extractDates.ts';
import { loadInputs } from './loadInputs.ts';
import { QuoteResolver } from './quoteResolver.ts';
import { translateTimeline } from './translate.ts';

export const TIMELINE_TITLE = 'Vietnam–US relations: a timeline from the sources';

export interface CompiledTimeline {
  /** The timeline in English, the language of the documents. */
  data: TimelineData;
  /** The same timeline in each other language, with the editors' texts translated. */
  translations: ReadonlyMap<Exclude<ContentLanguage, 'en'>, TimelineData>;
  coverage: CoverageReport;
  /** Document id → full text, published beside the JSON for the source reader. */
  texts: Map<string, string>;
  /** The claims check: how many facts and names were checked, and the names no quote carries. */
  claims: ClaimsReport;
}

export type CompileResult =
  | { ok: true; output: CompiledTimeline }
  | { ok: false; errors: CompileError[]; claims: ClaimsReport };

export function compileTimeline(root: string): CompileResult {
  const errors = new ErrorList();
  const inputs = loadInputs(root, errors);
  reportDuplicates(inputs.documents, 'document', errors);
  const texts = loadDocumentTexts(root, inputs, errors);
  // Documents named in the metadata that failed to load: their own error is enough.
  const unusable = new Set(
    inputs.documents.map((item) => item.value.id).filter((id) => !texts.has(id)),
  );
  const writtenYear = new Map(
    inputs.documents.map((item) => [item.value.id, item.value.written.date.slice(0, 4)]),
  );
  const context: CompileContext = {
    inputs,
    errors,
    resolver: new QuoteResolver(texts, errors, unusable),
    claims: new ClaimsReport(),
    mentionsByDocument: new Map<string, DateMention[]>(
      [...texts].map(([id, text]) => [id, extractDateMentions(text.text)]),
    ),
    documentYears: (quotes) => quotes.flatMap((quote) => writtenYear.get(quote.doc) ?? []),
  };

  const themes = compileThemes(inputs, errors);
  const themeIds = new Set(themes.map((theme) => theme.id));
  const documents = compileDocuments(
    inputs,
    texts,
    context.resolver,
    context.mentionsByDocument,
    errors,
  );
  const { events, lookup: eventLookup } = compileEvents(context, themeIds);
  const { figures, lookup: pointLookup } = compileFigures(context, themeIds, eventLookup);
  const disputes = compileDisputes(context, eventLookup, pointLookup);
  checkDiscussionQuestions(root, new Set(disputes.map((dispute) => dispute.id)), errors);
  const eras = compileEras(inputs, events, eventLookup, errors);
  const coverage = compileCoverage(context, texts);

  const data: TimelineData = {
    schemaVersion: SCHEMA_VERSION,
    title: TIMELINE_TITLE,
    documents,
    themes,
    eras: eras.sort((a, b) =>
      byDate({ date: { start: a.start }, id: a.id }, { date: { start: b.start }, id: b.id }),
    ),
    events: events.sort(byDate),
    figures,
    disputes,
  };
  const vietnamese = translateTimeline(
    'vi',
    inputs,
    data,
    context.documentYears,
    errors,
    context.claims,
  );
  if (!errors.isEmpty) return { ok: false, errors: errors.errors, claims: context.claims };
  const published = new Map([...texts].map(([id, text]) => [id, text.text]));
  return {
    ok: true,
    output: {
      data,
      translations: new Map([['vi', vietnamese]]),
      coverage,
      texts: published,
      claims: context.claims,
    },
  };
}
