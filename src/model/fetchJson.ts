/**
 * Fetching a JSON file and saying plainly what went wrong, for every file the app loads (the
 * timeline, its details, the coverage report): which file, and whether it was missing,
 * unreadable, not JSON, or of the wrong shape (by path: "events[3].date.start: …").
 */
import type * as v from 'valibot';

/** The files the app loads that can go wrong, for the message to name. */
export type LoadedFile = 'timeline' | 'details' | 'coverage';

/**
 * What went wrong, for the views to put in words (messages.loadProblem): the model says what and
 * where, never in a reader's language. `detail` lists diagnostic lines for whoever keeps the file
 * (field paths and what is wrong there), shown as code.
 */
export type ProblemKind =
  | 'unreachable'
  | 'http'
  | 'unreadable'
  | 'not-json'
  | 'shape'
  | 'inconsistent'
  | 'off-site'
  | 'incomplete';

export interface Problem {
  ok: false;
  kind: ProblemKind;
  file: LoadedFile;
  /** The file's path, as the reader can look it up. */
  where: string;
  /** The HTTP status, for 'http'. */
  status?: number;
  detail: string[];
}

/** `fetch` fits, and so does a stub in tests. */
export type FetchText = (
  url: URL,
) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || '(top level)'}: ${issue.message}`;
}

/** At most `limit` lines, and how many more there were. */
export function limited(lines: readonly string[], limit = 5): string[] {
  const shown = lines.slice(0, limit);
  if (lines.length > limit) shown.push(`… and ${lines.length - limit} more problem(s)`);
  return shown;
}

export function shapeProblem(
  issues: readonly v.BaseIssue<unknown>[],
  file: LoadedFile,
  where: string,
): Problem {
  return { ok: false, kind: 'shape', file, where, detail: limited(issues.map(describeIssue)) };
}

export async function fetchJson(
  url: URL,
  fetchText: FetchText,
  file: LoadedFile,
): Promise<{ ok: true; json: unknown } | Problem> {
  const where = url.pathname;
  let response;
  try {
    response = await fetchText(url);
  } catch {
    return { ok: false, kind: 'unreachable', file, where, detail: [] };
  }
  if (!response.ok) {
    return { ok: false, kind: 'http', file, where, status: response.status, detail: [] };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, kind: 'unreadable', file, where, detail: [] };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, kind: 'not-json', file, where, detail: [(error as Error).message] };
  }
}
