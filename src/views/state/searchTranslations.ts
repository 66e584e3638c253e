/**
 * The titles and summaries of the timeline in its other language, so that a query in either
 * language finds events: loaded on the first search only, never on the first visit. Without
 * them (a failed request), search goes on in the page's language.
 */
import type { Translation } from '../../model/eventSearch.ts';
import type { LoadResult } from '../../model/loadTimeline.ts';

/** Each event's title and summary, by id, from the other language's timeline file. */
export async function translationsOf(
  loading: Promise<LoadResult>,
): Promise<Map<string, Translation>> {
  const translations = new Map<string, Translation>();
  const other = await loading;
  const full = other.ok ? await other.loadFull() : null;
  for (const event of full?.ok ? full.data.events : []) {
    translations.set(event.id, { title: event.title, summary: event.summary });
  }
  return translations;
}
