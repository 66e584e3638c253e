/**
 * What the reader can do to the page, in one place: open a view, select an event, show figures,
 * open a document, filter, present, open a dialog, print, import a timeline, follow a link. Each
 * action loads what it needs first (the details, a view's component, the search index, the
 * coverage report) through the DataSource and the LazyViews, stores what they return in the
 * AppState, and only then changes what the page shows. App.svelte composes the page around it.
 */
import { toggleTheme } from '../../model/filterEvents.ts';
import { readTour, readUrlState, type UrlState } from '../../model/urlState.ts';
import type { LazyViewName } from '../lazyViews.svelte.ts';
import type { AppState, ViewName } from './appState.svelte.ts';
import type { DataSource } from './dataSource.svelte.ts';

/** What the actions ask of the DataSource: it loads and returns, and never writes the state. */
export type TimelineLoader = Pick<
  DataSource,
  'start' | 'loadDetails' | 'loadSearch' | 'loadCoverage' | 'importTimelineJs'
>;

/** The views loaded on demand: `load` fetches one (once). */
export interface ViewLoader {
  load(name: LazyViewName): Promise<void>;
}

/** What the actions ask of the workspace (the timeline and its panel), once it is drawn. */
export interface WorkspaceHandle {
  /** Moves the timeline to a range at once; null: the first view. */
  showRange(range: readonly [number, number] | null): void;
  /** Frames the events shown. */
  fitToShown(): void;
}

/** What the actions ask of the page around them: kept apart so they can be tested without one. */
export interface PageHooks {
  /** The address's query string now (`?…`). */
  query(): string;
  /** Puts focus back on the Present button, once the page shows it again. */
  focusPresentButton(): Promise<void>;
  /** Renders what is pending now: the browser takes its print snapshot right after. */
  renderNow(): void;
  /** Opens the browser's print dialog. */
  print(): void;
}

export type DialogName = 'embed' | 'dataDialog' | 'share';

/** Views that show summaries, quotes or documents need the details, and their component. */
const VIEW_NEEDS: Partial<Record<ViewName, 'list' | 'reader' | 'disputes' | 'coverage'>> = {
  list: 'list',
  sources: 'reader',
  disputes: 'disputes',
  coverage: 'coverage',
};

/**
 * The actions over the app's state. A factory of closures rather than a class: the page's first
 * visit carries it, and closures minify to less than `this.` property access.
 */
export function createAppActions(
  app: AppState,
  dataSource: TimelineLoader,
  lazy: ViewLoader,
  workspace: () => WorkspaceHandle | undefined,
  page: PageHooks,
) {
  /** The dialog open over the page; null: none. */
  let dialog = $state<DialogName | null>(null);
  /**
   * True while the browser prints: only then is the handout, or before it has loaded the list
   * of events, rendered (each lists every event shown, too many nodes to keep on screen).
   */
  let printing = $state(false);

  /** The details, fetched the first time something needs them; false when they cannot be. */
  async function ensureDetails(): Promise<boolean> {
    if (app.data) return true;
    const data = await dataSource.loadDetails();
    if (data && !app.data) app.data = data;
    return data !== null;
  }

  /** Loads the search index (and the details it searches), the first time it is wanted. */
  async function ensureSearch(): Promise<void> {
    if (app.search) return;
    const [ready, loaded] = await Promise.all([ensureDetails(), dataSource.loadSearch()]);
    // An import may have replaced the timeline meanwhile: an index of the old one is dropped.
    if (ready && loaded && loaded.data === app.data && !app.search) app.search = loaded.search;
  }

  async function ensureCoverage(): Promise<boolean> {
    if (app.coverage) return true;
    const coverage = await dataSource.loadCoverage(app.data?.documents ?? []);
    if (coverage) app.coverage = coverage;
    return coverage !== null;
  }

  async function showView(view: ViewName): Promise<void> {
    const component = VIEW_NEEDS[view];
    if (component) {
      const [ready] = await Promise.all([ensureDetails(), lazy.load(component)]);
      if (!ready || (view === 'coverage' && !(await ensureCoverage()))) return;
    }
    app.view = view;
  }

  /** Selects an event once its details and the panel are there; null closes the panel. */
  async function select(id: string | null): Promise<void> {
    if (id === null) return app.select(null);
    const [ready] = await Promise.all([ensureDetails(), lazy.load('panel')]);
    if (ready) app.select(id);
  }

  /** Shows a figure series above the timeline (the first for 'first', every one for 'all'), or hides the chart. */
  async function showFigures(seriesId: string | 'first' | null): Promise<void> {
    if (seriesId === null) {
      app.figures = null;
      return;
    }
    const [ready] = await Promise.all([ensureDetails(), lazy.load('figures')]);
    const series = ready ? (app.data?.figures ?? []) : [];
    // 'all': every series, one panel per unit.
    app.figures =
      seriesId === 'all' && series.length > 0
        ? 'all'
        : ((series.find((item) => item.id === seriesId) ?? series[0])?.id ?? null);
  }

  /** Opens a document in the source reader, at a passage if given; null: the list of documents. */
  async function openDocument(documentId: string | null, start?: number, end?: number) {
    app.reader = documentId === null ? null : { document: documentId, start, end };
    await showView('sources');
  }

  /** Shows what a link (the address on arrival, or Back and Forward) says. */
  async function applyUrlState(state: UrlState): Promise<void> {
    app.themes = state.themes ? new Set(state.themes) : null;
    app.minImportance = state.minImportance;
    app.query = state.query;
    if (state.query) void ensureSearch();
    app.visibleRange = state.range;
    workspace()?.showRange(state.range);
    app.reader = state.doc
      ? { document: state.doc, start: state.at?.[0], end: state.at?.[1] }
      : null;
    app.tour = state.tour;
    app.tourIgnored = readTour(new URLSearchParams(page.query()).get('tour'), {
      eventIds: app.eventIds,
    }).unknown;
    await showView(state.view);
    await showFigures(state.figures);
    await select(state.event);
    if (state.present) await startPresenting(state.step);
    else app.present = false;
    // A link that filters or searches, without a range or an event of its own to show, opens
    // framed on what it matches (once the search has loaded), as a change by the reader would.
    const filtered = state.themes !== null || state.minImportance !== 1 || state.query !== '';
    if (filtered && !state.range && !state.event && !state.present) {
      if (state.query) await ensureSearch();
      workspace()?.fitToShown();
    }
  }

  /** Present mode, at a step (from 1): it needs the summaries and quotes, and its component. */
  async function startPresenting(step: number): Promise<void> {
    const [ready] = await Promise.all([ensureDetails(), lazy.load('present')]);
    if (!ready) return;
    app.present = true;
    app.goToStep(step);
  }

  function renderHandout(): void {
    printing = true;
    // The browser takes its print snapshot right after this handler: render now, not later.
    page.renderNow();
  }

  /** A change of filters or search by the reader: the timeline then frames what matches. */
  function filter(change: () => void): void {
    change();
    workspace()?.fitToShown();
  }

  function clearFilters(): void {
    app.themes = null;
    app.minImportance = 1;
    app.query = '';
  }

  return {
    get dialog() {
      return dialog;
    },
    get printing() {
      return printing;
    },
    ensureSearch,
    showView,
    select,
    showFigures,
    openDocument,
    applyUrlState,
    startPresenting,

    /** Loads the timeline the address names and shows what the address says; false on a problem. */
    async start(pageUrl: URL): Promise<boolean> {
      const timeline = await dataSource.start(pageUrl);
      if (!timeline) return false;
      app.useTimeline(timeline);
      const known = { eventIds: app.eventIds, themeIds: app.themeIds };
      await applyUrlState(readUrlState(page.query(), known));
      return true;
    },

    async stopPresenting(): Promise<void> {
      // The timeline comes back where the reader left it (it starts at app.visibleRange).
      app.present = false;
      await page.focusPresentButton();
    },

    async openDialog(name: DialogName): Promise<void> {
      await Promise.all([lazy.load(name), name === 'dataDialog' ? ensureDetails() : null]);
      dialog = name;
    },

    closeDialog(): void {
      dialog = null;
    },

    /** Renders the handout (or, before it has loaded, the list of events) for the printer. */
    renderHandout,

    donePrinting(): void {
      printing = false;
    },

    async printHandout(): Promise<void> {
      await Promise.all([ensureDetails(), lazy.load('print')]);
      renderHandout();
      page.print();
    },

    toggleTheme: (id: string) =>
      filter(() => (app.themes = toggleTheme(app.themes, id, app.themeIds))),
    showOnlyTheme: (id: string) => filter(() => (app.themes = new Set([id]))),
    showAllThemes: () => filter(() => (app.themes = null)),
    setMinImportance: (value: 1 | 2 | 3) => filter(() => (app.minImportance = value)),
    setQuery: (query: string) => filter(() => (app.query = query)),
    resetFilters: () => filter(clearFilters),

    /** Replaces the timeline with a TimelineJS file's, shown whole from its first view. */
    async importTimelineJs(
      text: string,
      fileName: string,
    ): Promise<{ ok: boolean; notes: string[]; count: number }> {
      const result = await dataSource.importTimelineJs(text, fileName);
      if (result.ok) {
        app.useTimeline(result.timeline);
        clearFilters();
        app.select(null);
        app.view = 'timeline';
        app.visibleRange = null;
        workspace()?.showRange(null);
      }
      // The dialog reports the notes and the count; the timeline itself is the state's.
      return { ok: result.ok, notes: result.notes, count: result.count };
    },
  };
}

export type AppActions = ReturnType<typeof createAppActions>;
