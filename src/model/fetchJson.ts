/**
 * Fetching a JSON file and saying plainly what went wrong, for every file the app loads (the
 * timeline, its details, the coverage report): which file, and whether it was missing,
 * unreadable, not JSON, or of the wrong shape (by path: "events[3].date.start: …").
 */
import type * as v from 'valibot';

export interface Problem {
  ok: false;
  message: string;
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

/** `what` names the file for the reader, e.g. "The timeline data". */
export function shapeProblem(
  issues: readonly v.BaseIssue<unknown>[],
  what: string,
  where: string,
): Problem {
  return {
    ok: false,
    message: `${what} in ${where} does not have the expected shape.`,
    detail: limited(issues.map(describeIssue)),
  };
}

export async function fetchJson(
  url: URL,
  fetchText: FetchText,
  what: string,
  notFoundHint?: string,
): Promise<{ ok: true; json: unknown } | Problem> {
  let response;
  try {
    response = await fetchText(url);
  } catch {
    return { ok: false, message: `${what} could not be fetched from ${url.pathname}.`, detail: [] };
  }
  if (!response.ok) {
    return {
      ok: false,
      message: `${what} could not be fetched from ${url.pathname} (HTTP ${response.status}).`,
      detail: response.status === 404 && notFoundHint ? [notFoundHint] : [],
    };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, message: `${what} could not be read from ${url.pathname}.`, detail: [] };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      message: `${what} in ${url.pathname} is not valid JSON.`,
      detail: [(error as Error).message],
    };
  }
}
