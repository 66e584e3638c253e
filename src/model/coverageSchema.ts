/** The build's date-coverage report (public/data/coverage.json), rendered for editors in the app. */
import * as v from 'valibot';

export const CoverageMentionSchema = v.object({
  document: v.string(),
  start: v.number(),
  end: v.number(),
  line: v.number(),
  text: v.string(),
  kind: v.string(),
  status: v.picklist(['cited', 'excluded', 'unaccounted']),
  citedBy: v.array(
    v.object({ type: v.picklist(['event', 'figure', 'dispute', 'document']), id: v.string() }),
  ),
  reason: v.optional(v.string()),
});

export const CoverageReportSchema = v.object({
  schemaVersion: v.literal(1),
  totals: v.object({
    mentions: v.number(),
    cited: v.number(),
    excluded: v.number(),
    unaccounted: v.number(),
    quotes: v.number(),
  }),
  mentions: v.array(CoverageMentionSchema),
});

export type CoverageMention = v.InferOutput<typeof CoverageMentionSchema>;
export type CoverageReport = v.InferOutput<typeof CoverageReportSchema>;
