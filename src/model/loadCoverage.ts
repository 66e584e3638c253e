/**
 * Loads the build's date-coverage report (public/data/coverage.json, beside the timeline data) for
 * the editors' coverage page, and says plainly what is wrong when it cannot: the same kinds of
 * message as the timeline loader (src/model/loadTimeline.ts).
 */
import * as v from 'valibot';
import { CoverageReportSchema, type CoverageReport } from './coverageSchema.ts';
import type { Problem } from './loadTimeline.ts';

/** The report's name, next to the timeline data file the page loaded. */
export const COVERAGE_FILE = 'coverage.json';

export type CoverageResult = { ok: true; report: CoverageReport } | Problem;

/** The same shape as the timeline loader's: `fetch` fits, and so does a stub in tests. */
export type FetchText = (
  url: URL,
) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

/** Where the coverage report lives: beside the timeline data file (`data/coverage.json`). */
export function coverageUrlBeside(dataUrl: URL): URL {
  return new URL(COVERAGE_FILE, dataUrl);
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || '(top level)'}: ${issue.message}`;
}

function limited(lines: readonly string[], limit = 5): string[] {
  const shown = lines.slice(0, limit);
  if (lines.length > limit) shown.push(`… and ${lines.length - limit} more problem(s)`);
  return shown;
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
  if (!parsed.success) {
    return {
      ok: false,
      message: `The coverage report in ${where} does not have the expected shape.`,
      detail: limited(parsed.issues.map(describeIssue)),
    };
  }
  const mismatches = totalsMismatches(parsed.output);
  if (mismatches.length > 0) {
    return {
      ok: false,
      message: `The coverage report in ${where} contradicts itself: its totals do not match its mentions.`,
      detail: limited(mismatches),
    };
  }
  return { ok: true, report: parsed.output };
}

export async function loadCoverage(url: URL, fetchText: FetchText): Promise<CoverageResult> {
  let response;
  try {
    response = await fetchText(url);
  } catch {
    return {
      ok: false,
      message: `The coverage report could not be fetched from ${url.pathname}.`,
      detail: [],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      message: `The coverage report could not be fetched from ${url.pathname} (HTTP ${response.status}).`,
      detail: response.status === 404 ? ['Run `npm run data` to build it.'] : [],
    };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return {
      ok: false,
      message: `The coverage report could not be read from ${url.pathname}.`,
      detail: [],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `The coverage report in ${url.pathname} is not valid JSON.`,
      detail: [(error as Error).message],
    };
  }
  return readCoverage(json, url.pathname);
}
