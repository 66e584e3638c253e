/**
 * The date coverage: the exclusions' quotes found in their documents, then every date mention in
 * the documents judged against what the events, figures, disputes, document dates and exclusions
 * cite (src/compiler/coverage.ts). Run last: it needs every quote resolved.
 */
import type { CoverageReport } from '../model/coverageSchema.ts';
import { ErrorList } from './compileError.ts';
import type { CompileContext } from './compileContext.ts';
import { accountForMentions, type CoverageDocument } from './coverage.ts';
import type { SourceText } from './sourceText.ts';

export function compileCoverage(
  context: CompileContext,
  texts: ReadonlyMap<string, SourceText>,
): CoverageReport {
  const { inputs, errors, resolver, mentionsByDocument } = context;
  inputs.exclusions.forEach((item, index) => {
    resolver.resolve(item, [], item.value, {
      type: 'exclusion',
      id: `exclusions[${index}]`,
      reason: item.value.reason,
      line: item.file.lineOf(item.path),
    });
  });

  const coverageDocuments: CoverageDocument[] = inputs.documents.flatMap((item) => {
    const text = texts.get(item.value.id);
    const mentions = mentionsByDocument.get(item.value.id);
    return text && mentions ? [{ id: item.value.id, file: item.value.file, text, mentions }] : [];
  });
  // Entries already rejected never had their quotes resolved, so a list of "unaccounted" date
  // mentions would only echo those errors: coverage is judged once the rest is right.
  const coverageErrors = errors.isEmpty ? errors : new ErrorList();
  const coverage = accountForMentions(
    coverageDocuments,
    resolver.spans,
    resolver.verifiedCount,
    coverageErrors,
  );
  if (coverageErrors !== errors && !coverageErrors.isEmpty) {
    errors.add({
      file: 'seeds/',
      message: `date coverage not checked yet (${coverageErrors.errors.length} finding(s) held back); fix the errors above and run again`,
    });
  }
  return coverage;
}
