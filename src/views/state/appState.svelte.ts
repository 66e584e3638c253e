/**
 * The one owner of what the page knows and what the reader has chosen: the timeline's outline
 * (enough to draw it), the full data once fetched, the view, the selected event. Components read
 * it and call its methods; nothing else keeps a copy.
 */
import type { TimelineOutline } from '../../model/loadTimeline.ts';
import type { TimelineData, TimelineEvent } from '../../model/timelineSchema.ts';

export type ViewName = 'timeline' | 'list';

export class AppState {
  outline = $state.raw<TimelineOutline | null>(null);
  /** Summaries, quotes, figures and disputes: fetched when a reader first needs them. */
  data = $state.raw<TimelineData | null>(null);
  view = $state<ViewName>('timeline');
  selectedId = $state<string | null>(null);

  readonly eventIds = $derived(new Set((this.outline?.events ?? []).map((event) => event.id)));

  readonly eventById = $derived(
    new Map<string, TimelineEvent>((this.data?.events ?? []).map((event) => [event.id, event])),
  );

  readonly selectedEvent = $derived(
    this.selectedId === null ? null : (this.eventById.get(this.selectedId) ?? null),
  );

  select(id: string | null): void {
    this.selectedId = id !== null && this.eventIds.has(id) ? id : null;
  }
}
