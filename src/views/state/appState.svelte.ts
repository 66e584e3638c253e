/**
 * The one owner of what the page knows and what the reader has chosen: the timeline's outline
 * (enough to draw it), the full data once fetched, the view, the selected event, the filters,
 * the search and the visible range. Components read it and call its methods; the URL sync reads
 * and writes only here.
 */
import type { EventSearch } from '../../model/eventSearch.ts';
import { filterEvents, themeCounts, type EventFilters } from '../../model/filterEvents.ts';
import { clampStep, presentationSteps } from '../../model/presentation.ts';
import type { TimelineOutline } from '../../model/loadTimeline.ts';
import type { EventHead, TimelineData, TimelineEvent } from '../../model/timelineSchema.ts';
import type { UrlState, ViewName } from '../../model/urlState.ts';

export type { ViewName };

/** Enough results to narrow the timeline with; the drop-down shows only the first few. */
const SEARCH_LIMIT = 500;

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
  reader = $state.raw<{ document: string; start?: number; end?: number } | null>(null);
  /** Loaded on the first search. */
  search = $state.raw<EventSearch | null>(null);
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
  readonly eventIds = $derived(new Set((this.outline?.events ?? []).map((event) => event.id)));

  readonly eventById = $derived(
    new Map<string, TimelineEvent>((this.data?.events ?? []).map((event) => [event.id, event])),
  );

  readonly selectedEvent = $derived(
    this.selectedId === null ? null : (this.eventById.get(this.selectedId) ?? null),
  );

  readonly searchMatches = $derived.by((): ReadonlySet<string> | null => {
    const query = this.query.trim();
    if (query.length < 2 || !this.search) return null;
    return new Set(this.search.search(query, SEARCH_LIMIT).map((hit) => hit.id));
  });

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
