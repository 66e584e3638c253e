/** The actions' hooks into the browser's page (appActions.svelte.ts, `PageHooks`). */
import { flushSync, tick } from 'svelte';
import type { PageHooks } from './appActions.svelte.ts';

export const browserPage: PageHooks = {
  query: () => window.location.search,
  focusPresentButton: async () => {
    await tick();
    document.querySelector<HTMLElement>('[data-present-button]')?.focus();
  },
  renderNow: () => flushSync(),
  print: () => window.print(),
};
