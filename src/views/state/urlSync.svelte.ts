/**
 * Keeps the address in step with the app state, so a link shows exactly what the teacher showed
 * and Back/Forward behave: selecting an event, changing a filter or the view adds a history
 * entry; moving the timeline or typing a search only replaces the current one.
 */
import {
  isHistoryWorthy,
  readUrlState,
  writeUrlState,
  type UrlState,
} from '../../model/urlState.ts';
import type { AppState } from './appState.svelte.ts';

export function startUrlSync(app: AppState, apply: (state: UrlState) => Promise<void>): () => void {
  let last: UrlState = app.toUrlState();
  /**
   * While Back/Forward's state is applied (in several steps: loading the panel, the data), the
   * address already says where we are going: writing it then would push entries and wipe Forward.
   */
  let applying = 0;

  const read = () =>
    readUrlState(window.location.search, { eventIds: app.eventIds, themeIds: app.themeIds });

  const onPopState = async () => {
    const state = read();
    last = state;
    applying++;
    try {
      await apply(state);
    } finally {
      applying--;
      last = app.toUrlState();
    }
  };
  const onPopStateEvent = () => void onPopState();
  window.addEventListener('popstate', onPopStateEvent);

  const stopEffect = $effect.root(() => {
    $effect(() => {
      const next = app.toUrlState();
      if (applying > 0) return;
      const search = writeUrlState(next, window.location.search);
      if (search === window.location.search) {
        last = next;
        return;
      }
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      try {
        if (isHistoryWorthy(last, next)) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      } catch {
        // Some pages may not rewrite their address (a file opened from disk in some browsers,
        // some sandboxed frames): the timeline works on, without shareable addresses.
      }
      last = next;
    });
  });

  return () => {
    window.removeEventListener('popstate', onPopStateEvent);
    stopEffect();
  };
}
