/**
 * Loads the timeline JSON the page names, and says plainly what is wrong when it cannot.
 * A page can name another data file with `?data=FILE` (the benchmark and teachers' own timelines
 * use this); only files on the page's own origin are accepted.
 */
import * as v from 'valibot';
import { TimelineDataSchema, type TimelineData } from './timelineSchema.ts';

export const DEFAULT_DATA_PATH = 'data/timeline.json';

export type LoadResult =
  { ok: true; data: TimelineData; dataUrl: URL } | { ok: false; message: string; detail: string[] };

/** Resolves the `data` option against the page; null when it points off the page's origin. */
export function resolveDataUrl(option: string | null, pageUrl: URL): URL | null {
  let url: URL;
  try {
    url = new URL(option ?? DEFAULT_DATA_PATH, pageUrl);
  } catch {
    return null;
  }
  const sameOrigin = url.origin === pageUrl.origin && url.protocol === pageUrl.protocol;
  return sameOrigin ? url : null;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || '(top level)'}: ${issue.message}`;
}

/** Checks parsed JSON against the schema; at most `limit` problems are listed. */
export function validateTimeline(json: unknown, source: string, limit = 5): LoadResult {
  const result = v.safeParse(TimelineDataSchema, json);
  if (result.success) return { ok: true, data: result.output, dataUrl: new URL(source) };
  const detail = result.issues.slice(0, limit).map(describeIssue);
  if (result.issues.length > limit)
    detail.push(`… and ${result.issues.length - limit} more problem(s)`);
  return {
    ok: false,
    message: `The timeline data in ${source} does not have the expected shape.`,
    detail,
  };
}

export async function loadTimeline(
  option: string | null,
  pageUrl: URL,
  fetchText: (url: URL) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>,
): Promise<LoadResult> {
  const dataUrl = resolveDataUrl(option, pageUrl);
  if (!dataUrl) {
    return {
      ok: false,
      message: 'The data option names a file this page cannot load.',
      detail: [
        'Only timeline files on this site can be loaded (for example ?data=data/timeline.json).',
      ],
    };
  }
  let response;
  try {
    response = await fetchText(dataUrl);
  } catch {
    return {
      ok: false,
      message: `The timeline data could not be fetched from ${dataUrl.pathname}.`,
      detail: [],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      message: `The timeline data could not be fetched from ${dataUrl.pathname} (HTTP ${response.status}).`,
      detail: [],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return {
      ok: false,
      message: `The timeline data in ${dataUrl.pathname} is not valid JSON.`,
      detail: [(error as Error).message],
    };
  }
  const validated = validateTimeline(json, dataUrl.href);
  return validated.ok
    ? { ...validated, dataUrl }
    : { ...validated, message: validated.message.replace(dataUrl.href, dataUrl.pathname) };
}
