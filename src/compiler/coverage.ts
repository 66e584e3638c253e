import type { CoverageMention, CoverageReport } from '../model/coverageSchema.ts';
import type { ErrorList } from './compileError.ts';
import type { DateMention } from './extractDates.ts';
import type { CitedSpan, Citer } from './quoteResolver.ts';
import type { SourceText } from './sourceText.ts';

export interface CoverageDocument {
  id: string;
  file: string;
  text: SourceText;
  mentions: readonly DateMention[];
}

function contains(span: CitedSpan, mention: DateMention): boolean {
  return span.start <= mention.start && mention.end <= span.end;
}

function citerKey(citer: Citer): string {
  return `${citer.type}:${citer.id}`;
}

/**
 * Every date mention the extractor found must be cited by an event, figure, dispute or document
 * date, or excluded with a reason. An unaccounted mention is a date the timeline may be missing.
 */
export function accountForMentions(
  documents: readonly CoverageDocument[],
  spans: readonly CitedSpan[],
  quoteCount: number,
  errors: ErrorList,
): CoverageReport {
  const mentions: CoverageMention[] = [];
  const usedExclusions = new Set<CitedSpan>();
  for (const document of documents) {
    const documentSpans = spans.filter((span) => span.document === document.id);
    for (const mention of document.mentions) {
      const covering = documentSpans.filter((span) => contains(span, mention));
      const exclusions = covering.filter((span) => span.by.type === 'exclusion');
      const citers = covering.filter((span) => span.by.type !== 'exclusion').map((span) => span.by);
      const uniqueCiters = [...new Map(citers.map((citer) => [citerKey(citer), citer])).values()];
      exclusions.forEach((span) => usedExclusions.add(span));
      const line = document.text.lineOf(mention.start);
      const place = `seeds/${document.file}`;
      if (uniqueCiters.length > 0 && exclusions.length > 0) {
        const exclusion = exclusions[0]?.by;
        errors.add({
          file: 'data/exclusions.yaml',
          line: exclusion?.line,
          field: exclusion?.id,
          message: `excludes the date mention "${mention.text}" (${place} line ${line}), which is also cited by ${uniqueCiters.map(citerKey).join(', ')}; keep one`,
        });
      } else if (uniqueCiters.length === 0 && exclusions.length === 0) {
        const context = document.text.text
          .slice(Math.max(0, mention.start - 40), mention.end + 40)
          .replace(/\s+/g, ' ');
        errors.add({
          file: place,
          line,
          message: `date mention "${mention.text}" is not accounted for: cite it in an event or figure, or exclude it with a reason in data/exclusions.yaml (context: "…${context}…")`,
        });
      }
      mentions.push({
        document: document.id,
        start: mention.start,
        end: mention.end,
        line,
        text: mention.text,
        kind: mention.kind,
        status:
          uniqueCiters.length > 0 ? 'cited' : exclusions.length > 0 ? 'excluded' : 'unaccounted',
        citedBy: uniqueCiters.map(({ type, id }) => ({ type, id })) as CoverageMention['citedBy'],
        ...(exclusions[0]?.by.reason ? { reason: exclusions[0].by.reason } : {}),
      });
    }
  }
  for (const span of spans) {
    if (span.by.type === 'exclusion' && !usedExclusions.has(span)) {
      const document = documents.find((candidate) => candidate.id === span.document);
      const line = document ? document.text.lineOf(span.start) : undefined;
      errors.add({
        file: 'data/exclusions.yaml',
        line: span.by.line,
        field: span.by.id,
        message: `covers no date mention (its passage is in ${span.document}${line ? ` line ${line}` : ''}); remove it`,
      });
    }
  }
  const count = (status: CoverageMention['status']) =>
    mentions.filter((mention) => mention.status === status).length;
  return {
    schemaVersion: 1,
    totals: {
      mentions: mentions.length,
      cited: count('cited'),
      excluded: count('excluded'),
      unaccounted: count('unaccounted'),
      quotes: quoteCount,
    },
    mentions,
  };
}
