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

export class AppActions {
  /** The dialog open over the page; null: none. */
  dialog = $state<DialogName | null>(null);
  /**
   * True while the browser prints: only then is the handout, or before it has loaded the list
   * of events, rendered (each lists every event shown, too many nodes to keep on screen).
   */
  printing = $state(false);

  constructor(
    private readonly app: AppState,
    private readonly dataSource: TimelineLoader,
    private readonly lazy: ViewLoader,
    private readonly workspace: () => WorkspaceHandle | undefined,
    private readonly page: PageHooks,
  ) {}

  /** Loads the timeline the address names and shows what the address says; false on a problem. */
  async start(pageUrl: URL): Promise<boolean> {
    const timeline = await this.dataSource.start(pageUrl);
    if (!timeline) return false;
    this.app.useTimeline(timeline);
    const known = { eventIds: this.app.eventIds, themeIds: this.app.themeIds };
    await this.applyUrlState(readUrlState(this.page.query(), known));
    return true;
  }

  /** The details, fetched the first time something needs them; false when they cannot be. */
  private async ensureDetails(): Promise<boolean> {
    if (this.app.data) return true;
    const data = await this.dataSource.loadDetails();
    if (data && !this.app.data) this.app.data = data;
    return data !== null;
  }

  /** Loads the search index (and the details it searches), the first time it is wanted. */
  async ensureSearch(): Promise<void> {
    if (this.app.search) return;
    const [ready, loaded] = await Promise.all([this.ensureDetails(), this.dataSource.loadSearch()]);
    // An import may have replaced the timeline meanwhile: an index of the old one is dropped.
    if (ready && loaded && loaded.data === this.app.data && !this.app.search) {
      this.app.search = loaded.search;
    }
  }

  private async ensureCoverage(): Promise<boolean> {
    if (this.app.coverage) return true;
    const report = await this.dataSource.loadCoverage();
    if (report) this.app.coverage = report;
    return report !== null;
  }

  async showView(view: ViewName): Promise<void> {
    const component = VIEW_NEEDS[view];
    if (component) {
      const [ready] = await Promise.all([this.ensureDetails(), this.lazy.load(component)]);
      if (!ready || (view === 'coverage' && !(await this.ensureCoverage()))) return;
    }
    this.app.view = view;
  }

  /** Selects an event once its details and the panel are there; null closes the panel. */
  async select(id: string | null): Promise<void> {
    if (id === null) return this.app.select(null);
    const [ready] = await Promise.all([this.ensureDetails(), this.lazy.load('panel')]);
    if (ready) this.app.select(id);
  }

  /** Shows a figure series above the timeline (the first for 'first', every one for 'all'), or hides the chart. */
  async showFigures(seriesId: string | 'first' | null): Promise<void> {
    if (seriesId === null) {
      this.app.figures = null;
      return;
    }
    const [ready] = await Promise.all([this.ensureDetails(), this.lazy.load('figures')]);
    const series = ready ? (this.app.data?.figures ?? []) : [];
    // 'all': every series, one panel per unit.
    this.app.figures =
      seriesId === 'all' && series.length > 0
        ? 'all'
        : ((series.find((item) => item.id === seriesId) ?? series[0])?.id ?? null);
  }

  /** Opens a document in the source reader, at a passage if given; null: the list of documents. */
  async openDocument(documentId: string | null, start?: number, end?: number): Promise<void> {
    this.app.reader = documentId === null ? null : { document: documentId, start, end };
    await this.showView('sources');
  }

  /** Shows what a link (the address on arrival, or Back and Forward) says. */
  async applyUrlState(state: UrlState): Promise<void> {
    const { app } = this;
    app.themes = state.themes ? new Set(state.themes) : null;
    app.minImportance = state.minImportance;
    app.query = state.query;
    if (state.query) void this.ensureSearch();
    app.visibleRange = state.range;
    this.workspace()?.showRange(state.range);
    app.reader = state.doc
      ? { document: state.doc, start: state.at?.[0], end: state.at?.[1] }
      : null;
    app.tour = state.tour;
    app.tourIgnored = readTour(new URLSearchParams(this.page.query()).get('tour'), {
      eventIds: app.eventIds,
    }).unknown;
    await this.showView(state.view);
    await this.showFigures(state.figures);
    await this.select(state.event);
    if (state.present) await this.startPresenting(state.step);
    else app.present = false;
    // A link that filters or searches, without a range or an event of its own to show, opens
    // framed on what it matches (once the search has loaded), as a change by the reader would.
    const filtered = state.themes !== null || state.minImportance !== 1 || state.query !== '';
    if (filtered && !state.range && !state.event && !state.present) {
      if (state.query) await this.ensureSearch();
      this.workspace()?.fitToShown();
    }
  }

  /** Present mode, at a step (from 1): it needs the summaries and quotes, and its component. */
  async startPresenting(step: number): Promise<void> {
    const [ready] = await Promise.all([this.ensureDetails(), this.lazy.load('present')]);
    if (!ready) return;
    this.app.present = true;
    this.app.goToStep(step);
  }

  async stopPresenting(): Promise<void> {
    // The timeline comes back where the reader left it (it starts at app.visibleRange).
    this.app.present = false;
    await this.page.focusPresentButton();
  }

  async openDialog(name: DialogName): Promise<void> {
    await Promise.all([this.lazy.load(name), name === 'dataDialog' ? this.ensureDetails() : null]);
    this.dialog = name;
  }

  closeDialog(): void {
    this.dialog = null;
  }

  /** Renders the handout (or, before it has loaded, the list of events) for the printer. */
  renderHandout(): void {
    this.printing = true;
    // The browser takes its print snapshot right after this handler: render now, not later.
    this.page.renderNow();
  }

  donePrinting(): void {
    this.printing = false;
  }

  async printHandout(): Promise<void> {
    await Promise.all([this.ensureDetails(), this.lazy.load('print')]);
    this.renderHandout();
    this.page.print();
  }

  /** A change of filters or search by the reader: the timeline then frames what matches. */
  private filter(change: () => void): void {
    change();
    this.workspace()?.fitToShown();
  }

  toggleTheme(id: string): void {
    this.filter(() => (this.app.themes = toggleTheme(this.app.themes, id, this.app.themeIds)));
  }

  showOnlyTheme(id: string): void {
    this.filter(() => (this.app.themes = new Set([id])));
  }

  showAllThemes(): void {
    this.filter(() => (this.app.themes = null));
  }

  setMinImportance(value: 1 | 2 | 3): void {
    this.filter(() => (this.app.minImportance = value));
  }

  setQuery(query: string): void {
    this.filter(() => (this.app.query = query));
  }

  resetFilters(): void {
    this.filter(() => this.clearFilters());
  }

  private clearFilters(): void {
    this.app.themes = null;
    this.app.minImportance = 1;
    this.app.query = '';
  }

  /** Replaces the timeline with a TimelineJS file's, shown whole from its first view. */
  async importTimelineJs(
    text: string,
    fileName: string,
  ): Promise<{ ok: boolean; notes: string[]; count: number }> {
    const result = await this.dataSource.importTimelineJs(text, fileName);
    if (result.ok) {
      this.app.useTimeline(result.timeline);
      this.clearFilters();
      this.app.select(null);
      this.app.view = 'timeline';
      this.app.visibleRange = null;
      this.workspace()?.showRange(null);
    }
    // The dialog reports the notes and the count; the timeline itself is the state's.
    return { ok: result.ok, notes: result.notes, count: result.count };
  }
}
