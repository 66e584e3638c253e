/**
 * Tabs, history and bookmarks name what the page shows: the selected event, then the view (or,
 * presenting, the step's event). Called once while the app is set up; the title follows.
 */
import { messages } from './messages.ts';
import type { AppState, ViewName } from './state/appState.svelte.ts';

const VIEW_TITLES: Record<ViewName, string | null> = {
  timeline: null,
  list: messages.viewList,
  sources: messages.viewSources,
  disputes: messages.viewDisputes,
  coverage: messages.viewCoverage,
};

const titleOf = (parts: (string | null | undefined)[]) =>
  messages.pageTitle(parts.filter((part): part is string => Boolean(part)));

export function keepPageTitle(app: AppState): void {
  $effect(() => {
    if (app.present) {
      const stepTitle = app.presentSteps[app.presentStep - 1]?.title;
      document.title = titleOf([stepTitle, messages.presentTitle]);
      return;
    }
    const eventTitle = app.selectedId
      ? app.outlineIndex.headById.get(app.selectedId)?.title
      : undefined;
    document.title = titleOf([eventTitle, VIEW_TITLES[app.view]]);
  });
}
