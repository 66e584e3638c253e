/**
 * What the page asks of the timeline's view: a time range to show (a restored link, Back or
 * Forward, a new data set) and a fit to the events shown (after a search or a filter). Until the
 * timeline knows its width there is no first view yet: a range asked for meanwhile becomes the
 * first view, and a fit leaves it alone.
 */
import type { TimelineViewport } from './timelineViewport.svelte.ts';

type Range = readonly [number, number];

/** A search is typed a key at a time: the view is framed once typing pauses this long. */
const FIT_DELAY_MS = 250;

export class ViewRequests {
  /** A fit is about to move the view: the drawing is busy until it has. */
  fitPending = $state(false);
  private firstViewPending = true;
  private initialOverride: Range | null = null;
  private fitTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly view: Pick<TimelineViewport, 'showRange' | 'fitToEvents' | 'showFirstView'>;
  /** The range shown first; "Show all" still shows the whole domain. */
  private readonly initialRange: () => Range | undefined;

  constructor(view: ViewRequests['view'], initialRange: () => Range | undefined) {
    this.view = view;
    this.initialRange = initialRange;
  }

  /** Moves the view to a time range (UTC ms); null: the first view. Animated unless restoring. */
  showRange(range: Range | null, options: { animate?: boolean; byReader?: boolean } = {}): void {
    if (this.firstViewPending) {
      this.initialOverride = range;
      return;
    }
    this.view.showRange(range ?? this.initialRange(), options);
  }

  /**
   * Frames the events shown (after a search or a filter changed them), animated, and leaves focus
   * where it is. Called again within a moment (typing), it waits for the last call.
   */
  fitToShown(): void {
    clearTimeout(this.fitTimer);
    this.fitPending = true;
    this.fitTimer = setTimeout(() => {
      this.fitPending = false;
      if (!this.firstViewPending) this.view.fitToEvents(this.initialRange());
    }, FIT_DELAY_MS);
  }

  /**
   * Once, when the width is known: the range asked for meanwhile, else `startRange`, else the
   * range shown first.
   */
  showFirstView(startRange: Range | null | undefined): void {
    if (!this.firstViewPending) return;
    this.firstViewPending = false;
    this.view.showFirstView(this.initialOverride ?? startRange ?? this.initialRange());
  }

  dispose(): void {
    clearTimeout(this.fitTimer);
  }
}
