/**
 * The build's date-coverage report, indexed once where it arrives: its mentions by document, for
 * the coverage page. Loaded with the report (only editors open that page), not on the first visit.
 */
import type { CoverageMention, CoverageReport } from './coverageSchema.ts';
import type { SourceDocument } from './timelineSchema.ts';

/** A document and the coverage report's mentions in it, in the order of the text. */
export interface DocumentMentions {
  id: string;
  /** Undefined for a document the report names and the timeline lacks. */
  document: SourceDocument | undefined;
  mentions: CoverageMention[];
}

/** The report, and its mentions by document. */
export interface CoverageIndex {
  report: CoverageReport;
  byDocument: DocumentMentions[];
}

/** Every document of the timeline, in its order, then any the report names that it lacks. */
export function mentionsByDocument(
  report: CoverageReport,
  documents: readonly SourceDocument[],
): DocumentMentions[] {
  const byDocument = new Map<string, CoverageMention[]>();
  for (const mention of report.mentions) {
    const list = byDocument.get(mention.document) ?? [];
    list.push(mention);
    byDocument.set(mention.document, list);
  }
  const documentById = new Map(documents.map((document) => [document.id, document]));
  const ids = [
    ...documents.map((document) => document.id),
    ...[...byDocument.keys()].filter((id) => !documentById.has(id)),
  ];
  return ids.map((id) => ({
    id,
    document: documentById.get(id),
    mentions: [...(byDocument.get(id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end),
  }));
}

export function indexCoverage(
  report: CoverageReport,
  documents: readonly SourceDocument[],
): CoverageIndex {
  return { report, byDocument: mentionsByDocument(report, documents) };
}
