/**
 * What the timeline shows at this moment, derived from the zoom's transform: the base and visible
 * scales, the zoom limits (from the domain), the layout at the current zoom level (cached per
 * level), the slice on screen, the axis ticks and era bands, and the polite announcement of the
 * range in view. Timeline.svelte renders it; the zoom behaviour (d3-zoom) is the only writer of
 * the transform.
 */
import { untrack } from 'svelte';
import { zoomIdentity, ZoomTransform } from 'd3-zoom';
import { quantiseZoom } from '../../model/zoomLayoutCache.ts';
import { axisTicks } from '../../model/timeTicks.ts';
import { fitLabelsToView, type LabelPlacement } from '../../model/edgeLabels.ts';
import type { LabelForm } from '../../model/labelText.ts';
import { fitLaneRows, mustBeLabelled } from '../../model/labelFitting.ts';
import { type PreparedEvent, prepareTimeline } from '../../model/prepareTimeline.ts';
import { LABEL_OFFSET, rowCentre } from '../../model/timelineGeometry.ts';
import { visibleSlice } from '../../model/visibleSlice.ts';
import type { RenderMark } from '../../model/zoomLayout.ts';
import type { Era, EventHead, Theme } from '../../model/timelineSchema.ts';
import { countInRange, describeRange, eraBandsOf } from '../../model/timelineView.ts';
import { createBaseScale, domainMs } from '../../model/timeScale.ts';
import { scaleExtentFor } from '../../model/zoomRules.ts';
import { ZoomLayoutCache } from '../../model/zoomLayoutCache.ts';
import { messages } from '../messages.ts';
import { MarkNames } from './markNames.ts';
import { TimelineZoom } from './timelineZoom.ts';

export const ERA_ROW_HEIGHT = 18;
const AXIS_HEIGHT = 24;
export const LANES_TOP = ERA_ROW_HEIGHT + AXIS_HEIGHT;
export const GUTTER_WIDTH = 136;
const COMPACT_BELOW_PX = 640;
const ANNOUNCE_DELAY_MS = 700;
/** While zooming, the nearest cached level below serves; the exact one is laid out after this. */
const SETTLE_MS = 120;

export interface ViewportInput {
  /** The events to draw (already filtered), in chronological order. */
  events: readonly EventHead[];
  themes: readonly Theme[];
  eras: readonly Era[];
  /** The full time range in UTC ms; it stays the same whatever the filters. */
  domain: readonly [number, number];
  /** The themes the reader chose to show (null: all): events go in the lane of a shown theme. */
  shownThemes?: ReadonlySet<string> | null | undefined;
  /** Called, after the view settles, when the reader has moved it. */
  onVisibleRangeChange?: ((range: [number, number]) => void) | undefined;
}

const NO_INPUT: ViewportInput = { events: [], themes: [], eras: [], domain: [0, 1] };

export class TimelineViewport {
  // Set by the constructor; the derivations below read them lazily, after it has run.
  private input: () => ViewportInput = () => NO_INPUT;
  private measure: (text: string) => number = (text) => text.length;
  /** The whole viewport's width decides compact mode; the drawing gets what the gutter leaves. */
  viewportWidth = $state(0);
  /** The zoom's latest transform, and the drawing width it was made for. */
  private zoomTransform = $state.raw<ZoomTransform>(zoomIdentity);
  private zoomWidth = $state(1);
  announcement = $state('');
  /** The range in view in words, once the view has settled (for accessible names). */
  rangeText = $state<{ from: string; to: string } | null>(null);
  hintVisible = $state(false);
  /** Marks are drawn only once the first view is in place, so they are not drawn twice. */
  initialViewShown = $state(false);
  private settledLevel = $state(1);
  private movedByReader = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  readonly zoom = new TimelineZoom(
    (next, byReader) => {
      this.zoomTransform = next;
      this.zoomWidth = this.zoom.width;
      this.movedByReader ||= byReader;
      this.scheduleAnnouncement();
    },
    () => this.showWheelHint(),
  );

  readonly compact = $derived(this.viewportWidth > 0 && this.viewportWidth < COMPACT_BELOW_PX);
  readonly width = $derived(Math.max(0, this.viewportWidth - (this.compact ? 0 : GUTTER_WIDTH)));
  /** The events with their labels measured, in lanes; independent of the width. */
  private readonly measured = $derived(
    prepareTimeline(this.input().events, this.input().themes, {
      compact: this.compact,
      measure: this.measure,
      shownThemes: this.input().shownThemes ?? null,
    }),
  );
  readonly domain = $derived(this.input().domain);
  /**
   * The transform for the current width. When the width changes (a panel opens or closes) the
   * drawing is laid out for it in the same update, before the zoom hears of the new size: the
   * same time range stays in view meanwhile, so no mark is dropped and redrawn (losing focus).
   */
  readonly transform = $derived.by(() => {
    const transform = this.zoomTransform;
    const width = Math.max(1, this.width);
    if (this.zoomWidth === width) return transform;
    return new ZoomTransform(transform.k, (transform.x * width) / this.zoomWidth, 0);
  });
  readonly scaleExtent = $derived(scaleExtentFor(this.domain));
  readonly baseScale = $derived(createBaseScale(this.domain, this.width));
  /** The same, with lanes grown where their milestones need more rows at this width. */
  readonly prepared = $derived.by(() => {
    const scale = this.baseScale;
    return fitLaneRows(this.measured, (ms) => scale(ms), Math.max(1, this.width));
  });
  readonly geometry = $derived(this.prepared.geometry);
  readonly height = $derived(LANES_TOP + this.prepared.height);
  readonly visibleScale = $derived(this.transform.rescaleX(this.baseScale));
  readonly visibleRange = $derived(domainMs(this.visibleScale));
  readonly preparedById = $derived(new Map(this.prepared.events.map((item) => [item.id, item])));
  readonly names = $derived(new MarkNames(this.preparedById));
  readonly layouts = $derived.by(() => {
    // Read here, not only inside the arrow: a new width must make a new cache.
    const scale = this.baseScale;
    return new ZoomLayoutCache(this.prepared, (ms) => scale(ms), Math.max(1, this.width));
  });
  readonly wantedLevel = $derived(quantiseZoom(this.transform.k));
  readonly layout = $derived(
    this.wantedLevel === this.settledLevel || this.layouts.has(this.wantedLevel)
      ? this.layouts.at(this.wantedLevel)
      : this.layouts.nearestBelow(this.wantedLevel),
  );
  /** True while the exact zoom level is still being laid out (a nearby level stands in). */
  readonly settling = $derived(this.wantedLevel !== this.settledLevel);
  /** From the layout's world pixels to screen pixels at the current zoom. */
  readonly ratio = $derived(this.transform.k / this.layout.zoom);
  readonly slice = $derived(
    this.initialViewShown
      ? visibleSlice(this.layout, this.transform, this.width, this.geometry.markRadius)
      : { items: [] },
  );
  /** Where labels at the view's edges go instead of their layout's place (edgeLabels.ts). */
  readonly edgePlacements = $derived.by((): Map<string, LabelPlacement> => {
    const ratio = this.ratio;
    const offset = this.transform.x;
    const marks = [];
    for (const item of this.slice.items) {
      if (item.kind !== 'mark' || item.row === null) continue;
      const mark = item as RenderMark;
      const label = mark.prepared.label;
      marks.push({
        id: mark.id,
        x: mark.x * ratio + offset,
        startX: mark.startX * ratio + offset,
        endX: mark.endX * ratio + offset,
        lane: mark.prepared.laneIndex,
        row: mark.row,
        form: mark.form,
        side: mark.side,
        laneRows: this.prepared.lanes[mark.prepared.laneIndex]?.rows ?? 1,
        forms: () => label.forms,
        current: label.formAt(mark.form) as LabelForm,
        mustLabel: mustBeLabelled(mark.prepared, this.prepared.lanes),
      });
    }
    return fitLabelsToView(marks, this.width, {
      labelOffset: LABEL_OFFSET,
      markRadius: this.geometry.markRadius,
      labelSpacing: this.geometry.labelSpacing,
    });
  });
  readonly ticks = $derived(
    this.width > 0
      ? axisTicks(this.visibleRange, this.width).map((tick) => ({
          ...tick,
          x: this.visibleScale(tick.ms),
        }))
      : [],
  );
  readonly bands = $derived(
    eraBandsOf(this.input().eras, (ms) => this.visibleScale(ms), this.domain[1]),
  );

  constructor(input: () => ViewportInput, measure: (text: string) => number) {
    this.input = input;
    this.measure = measure;
    $effect(() => {
      const level = this.wantedLevel;
      const layouts = this.layouts;
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => {
        // Laid out between frames, then shown: zooming stays smooth with 50,000 events.
        void layouts.prepare(level).then(() => {
          if (untrack(() => this.layouts === layouts && this.wantedLevel === level)) {
            this.settledLevel = level;
          }
        });
      }, SETTLE_MS);
    });
    // Level 1 is what zooming out falls back on until the exact level is laid out: prepared in
    // the background as soon as there is a view, so a zoom-out never waits for it.
    $effect(() => {
      const layouts = this.layouts;
      if (this.initialViewShown) void layouts.prepare(1);
    });
    // The limits follow the domain: a new data set or an imported file zooms to its own.
    $effect(() => {
      const extent = this.scaleExtent;
      untrack(() => this.zoom.setScaleExtent(extent));
    });
  }

  /** Screen y of a lane's label row, unlabelled-mark row or cluster row. */
  rowY(laneIndex: number, row: number | 'dots' | 'clusters'): number {
    const lane = this.prepared.lanes[laneIndex];
    if (!lane) return LANES_TOP;
    return LANES_TOP + lane.top + rowCentre(this.geometry, lane, row);
  }

  /** The first view: shown at once, and laid out at its own level, not via level 1 first. */
  showFirstView(range: readonly [number, number] | null | undefined): void {
    this.showRange(range, { animate: false, byReader: false });
    this.settledLevel = quantiseZoom(this.zoom.current().k);
    this.initialViewShown = true;
  }

  /** Shows a time range (UTC ms); null shows everything. */
  showRange(
    range: readonly [number, number] | null | undefined,
    options: { animate?: boolean; byReader?: boolean; margin?: number } = {},
  ): void {
    if (!range) return this.zoom.fit(options);
    this.zoom.showRange(this.baseScale(range[0]), this.baseScale(range[1]), options);
  }

  /**
   * Frames the events drawn now (the matches of a search or filter), animated; a lone event gets
   * a couple of years around it. Nothing to frame: the first view.
   */
  fitToEvents(fallback: readonly [number, number] | null | undefined): void {
    const events = this.prepared.events;
    const first = events[0];
    const last = events.at(-1);
    if (!first || !last) return this.showRange(fallback, { margin: 0 });
    let from = Infinity;
    let to = -Infinity;
    for (const { span } of events) {
      from = Math.min(from, span.startMs);
      to = Math.max(to, span.isPeriod ? span.endMs : span.anchorMs);
    }
    const minimum = 2 * 365.2425 * 86_400_000;
    if (to - from < minimum) {
      const centre = (from + to) / 2;
      [from, to] = [centre - minimum / 2, centre + minimum / 2];
    }
    // A little air on the left, and on the right room for the last event's label.
    const span = to - from;
    this.showRange([from - span * 0.05, to + span * 0.2], { margin: 0 });
  }

  /** Zooms in until the event is a mark of its own (not in a cluster), then puts it in view. */
  bringIntoView(id: string, { animate }: { animate: boolean }): void {
    const item = this.preparedById.get(id);
    if (!item || this.width === 0) return;
    const current = this.zoom.current();
    const maxZoom = this.scaleExtent[1];
    let k = current.k;
    while (k < maxZoom && this.layouts.at(quantiseZoom(k)).clusterOf.has(id))
      k = Math.min(maxZoom, k * 2);
    const baseX = this.baseScale(item.span.anchorMs);
    const screenX = baseX * current.k + current.x;
    if (k !== current.k || screenX < this.width * 0.06 || screenX > this.width * 0.8) {
      this.zoom.centreOn(baseX, { k, animate, at: 0.4 });
    }
  }

  private showWheelHint(): void {
    this.hintVisible = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this.hintVisible = false), 1600);
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const [from, to] = this.visibleRange;
      const { from: fromText, to: toText } = describeRange(from, to);
      this.rangeText = { from: fromText, to: toText };
      this.announcement = messages.visibleRange(
        fromText,
        toText,
        countInRange(this.prepared.events as PreparedEvent[], from, to),
      );
      if (this.movedByReader) this.input().onVisibleRangeChange?.([from, to]);
      this.movedByReader = false;
    }, ANNOUNCE_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.announceTimer);
    clearTimeout(this.hintTimer);
    clearTimeout(this.settleTimer);
  }
}
