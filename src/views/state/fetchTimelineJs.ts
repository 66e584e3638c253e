/**
 * ?timelinejs=URL: a TimelineJS3 file on this site, or on one that allows it (CORS). Only the
 * reader's own choice in the address makes the page ask another site for anything.
 */
import { messages } from '../messagesOnDemand.ts';

export type FetchedTimelineJs =
  | { ok: true; text: string; name: string; failedMessage: string }
  | { ok: false; message: string; detail: string[] };

export async function fetchTimelineJs(option: string, pageUrl: URL): Promise<FetchedTimelineJs> {
  let url: URL | null;
  try {
    url = new URL(option, pageUrl);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:', pageUrl.protocol].includes(url.protocol)) {
    return { ok: false, message: messages.timelineJsBadUrl, detail: [] };
  }
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const name = decodeURIComponent(url.pathname.split('/').pop() || url.hostname);
    return {
      ok: true,
      text: await response.text(),
      name,
      failedMessage: messages.timelineJsFailed(name),
    };
  } catch (error) {
    return {
      ok: false,
      message: messages.timelineJsFetchFailed(url.href),
      detail: [(error as Error).message],
    };
  }
}
