/**
 * Loads the timeline the page names, and says plainly what is wrong when it cannot.
 *
 * A page can name another data file with `?data=FILE` (the benchmark and teachers' own timelines
 * use this); only files on the page's own origin are accepted. A file is either the whole
 * timeline in one (`timeline.json`) or an index whose `detailsPath` names the rest, which is
 * fetched only when a reader first needs it (the default, for a light first visit).
 */
import * as v from 'valibot';
import { fetchJson, shapeProblem, type FetchText, type Problem } from './fetchJson.ts';
import { joinTimeline } from './splitTimeline.ts';
import {
  TimelineDataSchema,
  TimelineDetailsSchema,
  TimelineIndexSchema,
  type TimelineData,
  type TimelineIndex,
} from './timelineSchema.ts';

export const DEFAULT_DATA_PATH = 'data/timeline-index.json';

/** What drawing the timeline needs; the same for both forms of file. */
export type TimelineOutline = Omit<TimelineIndex, 'detailsPath'>;

export type { Problem };

export type FullResult = { ok: true; data: TimelineData } | Problem;

export interface LoadedTimeline {
  ok: true;
  outline: TimelineOutline;
  dataUrl: URL;
  /** The whole timeline: at once for a one-file timeline, fetched once for a split one. */
  loadFull: () => Promise<FullResult>;
}

export type LoadResult = LoadedTimeline | Problem;

/** Resolves a path against a base URL; null when it leads off the base's origin. */
export function resolveSameOrigin(path: string, base: URL): URL | null {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return null;
  }
  return url.origin === base.origin && url.protocol === base.protocol ? url : null;
}

/** Resolves the `data` option against the page; null when it points off the page's origin. */
export function resolveDataUrl(option: string | null, pageUrl: URL): URL | null {
  return resolveSameOrigin(option ?? DEFAULT_DATA_PATH, pageUrl);
}

/** Checks parsed JSON in either form and returns what the page needs to go on. */
export function readTimeline(json: unknown, dataUrl: URL, fetchText: FetchText): LoadResult {
  const where = dataUrl.pathname;
  const isSplit = typeof json === 'object' && json !== null && 'detailsPath' in json;
  if (!isSplit) {
    const full = v.safeParse(TimelineDataSchema, json);
    if (!full.success) return shapeProblem(full.issues, 'timeline', where);
    const data = full.output;
    const result: FullResult = { ok: true, data };
    return { ok: true, outline: data, dataUrl, loadFull: () => Promise.resolve(result) };
  }
  const index = v.safeParse(TimelineIndexSchema, json);
  if (!index.success) return shapeProblem(index.issues, 'timeline', where);
  const { detailsPath, ...outline } = index.output;
  const detailsUrl = resolveSameOrigin(detailsPath, dataUrl);
  let pending: Promise<FullResult> | null = null;
  const loadFull = (): Promise<FullResult> => {
    pending ??= (async (): Promise<FullResult> => {
      if (!detailsUrl) {
        return { ok: false, kind: 'off-site', file: 'details', where: detailsPath, detail: [] };
      }
      const fetched = await fetchJson(detailsUrl, fetchText, 'details');
      if (!fetched.ok) return fetched;
      const details = v.safeParse(TimelineDetailsSchema, fetched.json);
      if (!details.success) return shapeProblem(details.issues, 'details', detailsUrl.pathname);
      const joined = joinTimeline(index.output, details.output);
      if (!joined.ok) {
        return {
          ok: false,
          kind: 'incomplete',
          file: 'details',
          where: detailsUrl.pathname,
          detail: joined.missing.slice(0, 5),
        };
      }
      return { ok: true, data: joined.data };
    })();
    return pending;
  };
  return { ok: true, outline, dataUrl, loadFull };
}

export async function loadTimeline(
  option: string | null,
  pageUrl: URL,
  fetchText: FetchText,
): Promise<LoadResult> {
  const dataUrl = resolveDataUrl(option, pageUrl);
  if (!dataUrl) {
    return { ok: false, kind: 'off-site', file: 'timeline', where: option ?? '', detail: [] };
  }
  const fetched = await fetchJson(dataUrl, fetchText, 'timeline');
  if (!fetched.ok) return fetched;
  return readTimeline(fetched.json, dataUrl, fetchText);
}
