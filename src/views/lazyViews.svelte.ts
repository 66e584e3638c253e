/**
 * The views fetched when first wanted rather than on the first visit (README, "Performance"):
 * each loads once and then stays. Components read the fields; `load` fetches one.
 */
import type CoverageView from './coverage/CoverageView.svelte';
import type DisputesView from './disputes/DisputesView.svelte';
import type EmbedDialog from './embed/EmbedDialog.svelte';
import type FiguresChart from './figures/FiguresChart.svelte';
import type DataDialog from './interop/DataDialog.svelte';
import type EventList from './list/EventList.svelte';
import type DetailPanel from './panel/DetailPanel.svelte';
import type PresentMode from './present/PresentMode.svelte';
import type PrintHandout from './print/PrintHandout.svelte';
import type SourceReader from './reader/SourceReader.svelte';
import type ShareDialog from './share/ShareDialog.svelte';

import { withWords } from './language.ts';

/** Each with the words of the views loaded later (language.ts). */
const loaders = {
  panel: () => withWords(() => import('./panel/DetailPanel.svelte')),
  list: () => withWords(() => import('./list/EventList.svelte')),
  figures: () => withWords(() => import('./figures/FiguresChart.svelte')),
  reader: () => withWords(() => import('./reader/SourceReader.svelte')),
  disputes: () => withWords(() => import('./disputes/DisputesView.svelte')),
  coverage: () => withWords(() => import('./coverage/CoverageView.svelte')),
  embed: () => withWords(() => import('./embed/EmbedDialog.svelte')),
  dataDialog: () => withWords(() => import('./interop/DataDialog.svelte')),
  print: () => withWords(() => import('./print/PrintHandout.svelte')),
  present: () => withWords(() => import('./present/PresentMode.svelte')),
  share: () => withWords(() => import('./share/ShareDialog.svelte')),
};

export type LazyViewName = keyof typeof loaders;

export class LazyViews {
  panel = $state.raw<typeof DetailPanel | null>(null);
  list = $state.raw<typeof EventList | null>(null);
  figures = $state.raw<typeof FiguresChart | null>(null);
  reader = $state.raw<typeof SourceReader | null>(null);
  disputes = $state.raw<typeof DisputesView | null>(null);
  coverage = $state.raw<typeof CoverageView | null>(null);
  embed = $state.raw<typeof EmbedDialog | null>(null);
  dataDialog = $state.raw<typeof DataDialog | null>(null);
  print = $state.raw<typeof PrintHandout | null>(null);
  present = $state.raw<typeof PresentMode | null>(null);
  share = $state.raw<typeof ShareDialog | null>(null);

  async load(name: LazyViewName): Promise<void> {
    if (this[name]) return;
    const module = await loaders[name]();
    // Each loader's default export is the component its field holds.
    (this as Record<keyof typeof loaders, unknown>)[name] = module.default;
  }
}
