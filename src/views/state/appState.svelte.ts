/**
 * The one owner of what the page knows and what the reader has chosen: the timeline's outline
 * (enough to draw it), the full data once fetched, their index, the view, the selected event,
 * the filters, the search and its hits, and the visible range. What the DataSource loads is
 * stored here (by the app's actions); components read it and call its methods; the URL sync
 * reads and writes only here.
 */
import type { CoverageIndex } from '../../model/coverageIndex.ts';
import type { EventSearch, SearchHit } from '../../model/eventSearch.ts';
import { filterEvents, themeCounts, type EventFilters } from '../../model/filterEvents.ts';
import { clampStep, presentationSteps } from '../../model/presentation.ts';
import type { TimelineOutline } from '../../model/loadTimeline.ts';
import { indexDetails, indexOutline } from '../../model/timelineIndex.ts';
import type { EventHead, TimelineData, TimelineEvent } from '../../model/timelineSchema.ts';
import type { UrlState, ViewName } from '../../model/urlState.ts';

export type { ViewName };

/** Enough results to narrow the timeline with; the drop-down shows only the first few. */
export const SEARCH_LIMIT = 500;
/** The search box's drop-down lists at most this many results; its status line says how many there are. */
export const SUGGESTION_COUNT = 8;

/** A timeline as loaded: its outline, and its details when they came with it (an import). */
export interface LoadedTimeline {
  outline: TimelineOutline;
  data: TimelineData | null;
}

/** The source reader's document, and the passage in it. */
export interface ReaderTarget {
  document: string;
  start?: number;
  end?: number;
}

/** What the search box shows for the query: the first few hits, and how many there are. */
export interface SearchSuggestions {
  hits: readonly SearchHit[];
  count: number;
}

export class AppState {
  outline = $state.raw<TimelineOutline | null>(null);
  /** Summaries, quotes, figures and disputes: fetched when a reader first needs them. */
  data = $state.raw<TimelineData | null>(null);
  view = $state<ViewName>('timeline');
  selectedId = $state<string | null>(null);
  /** Active theme ids; null: all themes. */
  themes = $state.raw<ReadonlySet<string> | null>(null);
  minImportance = $state<1 | 2 | 3>(1);
  query = $state('');
  /** The figure series drawn above the timeline; null: none. */
  figures = $state<string | null>(null);
  /** The source reader's document and passage; null: the list of documents. */
  reader = $state.raw<ReaderTarget | null>(null);
  /** Loaded on the first search. */
  search = $state.raw<EventSearch | null>(null);
  /** The build's date-coverage report and its mentions by document, loaded for the coverage page. */
  coverage = $state.raw<CoverageIndex | null>(null);
  /** Present mode: one event per step, full window. */
  present = $state(false);
  /** The step present mode shows, from 1. */
  presentStep = $state(1);
  /** A teacher's own sequence for present mode; null: the events shown. */
  tour = $state.raw<string[] | null>(null);
  /** Ids a tour named that the data does not hold, left out (the page says so). */
  tourIgnored = $state.raw<string[]>([]);
  /** What the timeline shows, reported by it when the reader moves it; null: the default view. */
  visibleRange = $state.raw<[number, number] | null>(null);

  readonly themeIds = $derived((this.outline?.themes ?? []).map((theme) => theme.id));

  /** The outline's lookups by id, built once per data set. */
  readonly outlineIndex = $derived(indexOutline(this.outline));
  /** The ids of the timeline's events (its index's keys). */
  get eventIds(): Pick<ReadonlySet<string>, 'has'> {
    return this.outlineIndex.headById;
  }
  /** The details' lookups by id, once the details have loaded. */
  readonly detailIndex = $derived(this.data ? indexDetails(this.data) : null);

  /** Every hit for the query, best first: run once per query, for the timeline and the search box. */
  readonly searchHits = $derived.by((): readonly SearchHit[] => {
    if (!this.search || this.query.trim() === '') return [];
    return this.search.search(this.query, SEARCH_LIMIT);
  });

  readonly searchMatches = $derived.by((): ReadonlySet<string> | null => {
    if (this.query.trim().length < 2 || !this.search) return null;
    return new Set(this.searchHits.map((hit) => hit.id));
  });

  /** Null until the search index has loaded. */
  readonly searchSuggestions = $derived<SearchSuggestions | null>(
    this.search
      ? { hits: this.searchHits.slice(0, SUGGESTION_COUNT), count: this.searchHits.length }
      : null,
  );

  readonly filters = $derived<EventFilters>({
    themes: this.themes,
    minImportance: this.minImportance,
    matches: this.searchMatches,
  });

  readonly visibleEvents = $derived<EventHead[]>(
    filterEvents(this.outline?.events ?? [], this.filters),
  );

  readonly visibleFullEvents = $derived<TimelineEvent[]>(
    filterEvents(this.data?.events ?? [], this.filters),
  );

  readonly themeCounts = $derived(
    themeCounts(this.outline?.events ?? [], this.themeIds, this.filters),
  );

  readonly filtersActive = $derived(
    this.themes !== null || this.minImportance !== 1 || this.query.trim().length >= 2,
  );

  /** The events present mode steps through. */
  readonly presentSteps = $derived<EventHead[]>(
    presentationSteps(this.visibleEvents, this.outline?.events ?? [], {
      tour: this.tour,
      filtersActive: this.filtersActive,
    }),
  );

  /** A new timeline (the page's, or an import): what was loaded for the last one goes. */
  useTimeline({ outline, data }: LoadedTimeline): void {
    this.outline = outline;
    this.data = data;
    this.search = null;
    this.coverage = null;
  }

  goToStep(step: number): void {
    this.presentStep = clampStep(step, this.presentSteps.length);
  }

  select(id: string | null): void {
    this.selectedId = id !== null && this.eventIds.has(id) ? id : null;
  }

  /** The state a shared link carries. */
  toUrlState(): UrlState {
    return {
      view: this.view,
      event: this.selectedId,
      range: this.visibleRange,
      themes: this.themes ? this.themeIds.filter((id) => this.themes?.has(id)) : null,
      minImportance: this.minImportance,
      query: this.query,
      figures: this.figures,
      doc: this.reader?.document ?? null,
      at:
        this.reader?.start !== undefined && this.reader.end !== undefined
          ? [this.reader.start, this.reader.end]
          : null,
      present: this.present,
      step: this.presentStep,
      tour: this.tour,
    };
  }
}
