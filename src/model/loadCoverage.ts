/**
 * Loads the build's date-coverage report (public/data/coverage.json, beside the timeline data) for
 * the editors' coverage page, and says plainly what is wrong when it cannot: the same kinds of
 * message as the timeline loader (src/model/loadTimeline.ts).
 */
import * as v from 'valibot';
import { CoverageReportSchema, type CoverageReport } from './coverageSchema.ts';
import { fetchJson, limited, shapeProblem, type FetchText, type Problem } from './fetchJson.ts';

export type { FetchText };

/** The report's name, next to the timeline data file the page loaded. */
export const COVERAGE_FILE = 'coverage.json';

export type CoverageResult = { ok: true; report: CoverageReport } | Problem;

/** Where the coverage report lives: beside the timeline data file (`data/coverage.json`). */
export function coverageUrlBeside(dataUrl: URL): URL {
  return new URL(COVERAGE_FILE, dataUrl);
}

/**
 * The page shows the totals and the rows side by side, so they must agree: a report whose totals
 * do not count its own mentions was edited or cut short, and the page would contradict itself.
 */
function totalsMismatches(report: CoverageReport): string[] {
  const count = (status: CoverageReport['mentions'][number]['status']) =>
    report.mentions.filter((mention) => mention.status === status).length;
  const expected = {
    mentions: report.mentions.length,
    cited: count('cited'),
    excluded: count('excluded'),
    unaccounted: count('unaccounted'),
  };
  return (Object.keys(expected) as (keyof typeof expected)[])
    .filter((key) => report.totals[key] !== expected[key])
    .map(
      (key) =>
        `totals.${key}: says ${report.totals[key]}, but the report lists ${expected[key]} such mention(s)`,
    );
}

/** Checks parsed JSON: the expected shape, and totals that match the mentions listed. */
export function readCoverage(json: unknown, where: string): CoverageResult {
  const parsed = v.safeParse(CoverageReportSchema, json);
  if (!parsed.success) return shapeProblem(parsed.issues, 'coverage', where);
  const mismatches = totalsMismatches(parsed.output);
  if (mismatches.length > 0) {
    return {
      ok: false,
      kind: 'inconsistent',
      file: 'coverage',
      where,
      detail: limited(mismatches),
    };
  }
  return { ok: true, report: parsed.output };
}

export async function loadCoverage(url: URL, fetchText: FetchText): Promise<CoverageResult> {
  const fetched = await fetchJson(url, fetchText, 'coverage');
  return fetched.ok ? readCoverage(fetched.json, url.pathname) : fetched;
}
