/**
 * The whole timeline's layout, as pure functions: events → lanes with measured labels (once per
 * data, filter and width class), then → marks and clusters at one quantised zoom level, in world
 * pixels (cached per level), then → the slice on screen for one pan position (per frame, cheap).
 */
import { eventSpan, type EventSpan } from './eventTime.ts';
import { layoutLane, type LaneLayoutOptions, type LayoutItem } from './laneLayout.ts';
import type { Theme, EventHead } from './timelineSchema.ts';
import { finishNow, type Steps } from './steps.ts';
import { visibleRange } from './visibleSlice.ts';

export interface TimelineGeometry {
  /** Rows of labelled marks; below them a thin row of unlabelled marks, then one of clusters. */
  rows: number;
  rowHeight: number;
  dotRowHeight: number;
  lanePadding: number;
  /** Kept clear after a label, so neighbouring labels never touch. */
  labelSpacing: number;
  markRadius: number;
  labelGap: number;
  clusterWidth: number;
  maxLabelWidth: number;
}

/**
 * The widest a cluster bubble is drawn ("+999"); the layout keeps bubble centres further apart
 * than that, so no two bubbles can touch.
 */
export const CLUSTER_BUBBLE_MAX_WIDTH = 34;

export const WIDE_GEOMETRY: TimelineGeometry = {
  rows: 2,
  rowHeight: 17,
  dotRowHeight: 12,
  lanePadding: 3,
  labelSpacing: 10,
  markRadius: 5,
  labelGap: 5,
  clusterWidth: CLUSTER_BUBBLE_MAX_WIDTH + 2,
  maxLabelWidth: 190,
};

export const COMPACT_GEOMETRY: TimelineGeometry = {
  ...WIDE_GEOMETRY,
  rows: 8,
  maxLabelWidth: 150,
};

/** Vertical centre, within its lane, of a label row, the unlabelled-mark row or the cluster row. */
export function rowCentre(geometry: TimelineGeometry, row: number | 'dots' | 'clusters'): number {
  const labelRows = geometry.rows * geometry.rowHeight;
  if (row === 'dots') return geometry.lanePadding + labelRows + geometry.dotRowHeight / 2;
  if (row === 'clusters') {
    return geometry.lanePadding + labelRows + geometry.dotRowHeight + geometry.rowHeight / 2;
  }
  return geometry.lanePadding + row * geometry.rowHeight + geometry.rowHeight / 2;
}

export interface PreparedEvent {
  id: string;
  event: EventHead;
  span: EventSpan;
  laneIndex: number;
  /** The primary theme: colour of the mark. */
  theme: Theme | undefined;
  label: string;
  labelWidth: number;
}

export interface Lane {
  key: string;
  theme: Theme | null;
  top: number;
  height: number;
}

export interface PreparedTimeline {
  /** Chronological by anchor. */
  events: PreparedEvent[];
  lanes: Lane[];
  height: number;
  geometry: TimelineGeometry;
}

/**
 * Shortens a label to fit `maxWidth`, measuring with the page's own font. It cuts between whole
 * words (then adds an ellipsis), so what a reader sees is always words of the mark's accessible
 * name (WCAG 2.5.3, label in name); a first word too long for the space is kept whole.
 */
export function fitLabel(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): { label: string; width: number } {
  const full = measure(text);
  if (full <= maxWidth) return { label: text, width: full };
  // One pass over the words, each measured once: with thousands of long titles, measuring every
  // candidate prefix again (as a binary search does) was the largest cost of a first render.
  const words = text.split(/\s+/);
  const ellipsis = measure('…');
  const space = measure(' ');
  let width = 0;
  let low = 1;
  for (let index = 0; index < words.length - 1; index++) {
    const next = width + (index > 0 ? space : 0) + measure(words[index] as string);
    if (index > 0 && next + ellipsis > maxWidth) break;
    width = next;
    low = index + 1;
  }
  const label = `${words
    .slice(0, low)
    .join(' ')
    .replace(/[\s,;:–-]+$/, '')}…`;
  return { label, width: measure(label) };
}

/**
 * The theme whose lane an event goes in: its primary theme, or while the reader shows only some
 * themes, the first of its themes that is shown (so "only Economy" is one Economy lane, not the
 * lanes of every primary theme an economic event also has).
 */
export function laneThemeOf(event: EventHead, shownThemes: ReadonlySet<string> | null): string {
  const primary = event.themes[0] ?? '';
  if (!shownThemes || shownThemes.has(primary)) return primary;
  return event.themes.find((theme) => shownThemes.has(theme)) ?? primary;
}

/**
 * Lanes by theme (laneThemeOf), in the themes' order, only for themes that have events; or one
 * lane for everything in compact mode (small screens), where the colour still tells the theme.
 */
export function prepareTimeline(
  events: readonly EventHead[],
  themes: readonly Theme[],
  options: {
    compact: boolean;
    measure: (text: string) => number;
    /** The themes the reader chose to show; null: all. */
    shownThemes?: ReadonlySet<string> | null;
  },
): PreparedTimeline {
  const geometry = options.compact ? COMPACT_GEOMETRY : WIDE_GEOMETRY;
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const laneTheme = (event: EventHead) => laneThemeOf(event, options.shownThemes ?? null);
  const usedThemes = new Set(events.map(laneTheme));
  const laneThemes = options.compact ? [null] : themes.filter((theme) => usedThemes.has(theme.id));
  const laneHeight =
    (geometry.rows + 1) * geometry.rowHeight + geometry.dotRowHeight + geometry.lanePadding * 2;
  const lanes: Lane[] = laneThemes.map((theme, index) => ({
    key: theme?.id ?? 'all',
    theme,
    top: index * laneHeight,
    height: laneHeight,
  }));
  const laneIndexByTheme = new Map(lanes.map((lane, index) => [lane.key, index]));
  const labelCache = new Map<string, { label: string; width: number }>();
  const prepared = events.map((event): PreparedEvent => {
    const primary = laneTheme(event);
    let fitted = labelCache.get(event.title);
    if (!fitted) {
      fitted = fitLabel(event.title, geometry.maxLabelWidth, options.measure);
      labelCache.set(event.title, fitted);
    }
    return {
      id: event.id,
      event,
      span: eventSpan(event.date),
      laneIndex: options.compact ? 0 : (laneIndexByTheme.get(primary) ?? 0),
      theme: themeById.get(primary),
      label: fitted.label,
      labelWidth: fitted.width,
    };
  });
  prepared.sort((a, b) => a.span.anchorMs - b.span.anchorMs || (a.id < b.id ? -1 : 1));
  return { events: prepared, lanes, height: lanes.length * laneHeight, geometry };
}

export interface RenderMark {
  kind: 'mark';
  id: string;
  prepared: PreparedEvent;
  /** World x of the anchor, and of the span/uncertainty band, at the layout's zoom level. */
  x: number;
  startX: number;
  endX: number;
  uncertainStartX: number;
  uncertainEndX: number;
  row: number | null;
}

export interface RenderCluster {
  kind: 'cluster';
  key: string;
  ids: string[];
  x: number;
  x0: number;
  x1: number;
  laneIndex: number;
  maxImportance: number;
}

export interface ZoomLayout {
  zoom: number;
  /** Sorted by x. */
  marks: RenderMark[];
  clusters: RenderCluster[];
  /** Marks whose span starts left of their anchor (periods), checked apart when slicing. */
  periods: RenderMark[];
  clusterOf: Map<string, RenderCluster>;
  markOf: Map<string, RenderMark>;
}

/** Marks and clusters of every lane at zoom level `zoom`; `toX` is the unzoomed scale. */
export function layoutAtZoom(
  timeline: PreparedTimeline,
  toX: (ms: number) => number,
  zoom: number,
): ZoomLayout {
  return finishNow(layoutAtZoomSteps(timeline, toX, zoom));
}

/**
 * The same layout as steps, one lane at a time, so that tens of thousands of events can be laid
 * out in slices between frames (finishInSlices) instead of in one long task.
 */
export function* layoutAtZoomSteps(
  timeline: PreparedTimeline,
  toX: (ms: number) => number,
  zoom: number,
): Steps<ZoomLayout> {
  const { geometry } = timeline;
  const options: LaneLayoutOptions = {
    rows: geometry.rows,
    markRadius: geometry.markRadius,
    labelGap: geometry.labelGap,
    clusterWidth: geometry.clusterWidth,
  };
  const byLane: LayoutItem[][] = timeline.lanes.map(() => []);
  const preparedById = new Map<string, PreparedEvent>();
  for (const prepared of timeline.events) {
    preparedById.set(prepared.id, prepared);
    byLane[prepared.laneIndex]?.push({
      id: prepared.id,
      anchorX: toX(prepared.span.anchorMs) * zoom,
      startX: toX(prepared.span.startMs) * zoom,
      endX: toX(prepared.span.endMs) * zoom,
      importance: prepared.event.importance,
      labelWidth: prepared.labelWidth + geometry.labelSpacing,
      isPeriod: prepared.span.isPeriod,
    });
  }
  const marks: RenderMark[] = [];
  const clusters: RenderCluster[] = [];
  for (const [laneIndex, items] of byLane.entries()) {
    yield;
    const lane = layoutLane(items, options);
    for (const placed of lane.marks) {
      const prepared = preparedById.get(placed.id);
      if (!prepared) continue;
      const { span } = prepared;
      marks.push({
        kind: 'mark',
        id: placed.id,
        prepared,
        x: placed.x,
        startX: toX(span.startMs) * zoom,
        endX: toX(span.endMs) * zoom,
        uncertainStartX: toX(span.uncertainStartMs) * zoom,
        uncertainEndX: toX(span.uncertainEndMs) * zoom,
        row: placed.row,
      });
    }
    for (const cluster of lane.clusters) {
      clusters.push({
        kind: 'cluster',
        key: `${laneIndex}:${cluster.ids[0] ?? ''}`,
        ids: cluster.ids,
        x: cluster.x,
        x0: cluster.x0,
        x1: cluster.x1,
        laneIndex,
        maxImportance: cluster.maxImportance,
      });
    }
  }
  marks.sort((a, b) => a.x - b.x);
  clusters.sort((a, b) => a.x - b.x);
  const clusterOf = new Map<string, RenderCluster>();
  for (const cluster of clusters) for (const id of cluster.ids) clusterOf.set(id, cluster);
  return {
    zoom,
    marks,
    clusters,
    periods: marks.filter((mark) => mark.startX < mark.x - 1),
    clusterOf,
    markOf: new Map(marks.map((mark) => [mark.id, mark])),
  };
}

const byX = (item: { x: number }) => item.x;

export interface VisibleSlice {
  /** In chronological (x) order, marks and clusters interleaved: the tab order. */
  items: (RenderMark | RenderCluster)[];
}

/**
 * What is on screen for the zoom transform (k, tx) over a `width`-pixel view: the layout's world
 * x range, widened on the left by the longest label (labels run rightwards from their mark).
 */
export function visibleSlice(
  layout: ZoomLayout,
  transform: { k: number; x: number },
  width: number,
  maxLabelWidth: number,
): VisibleSlice {
  const ratio = layout.zoom / transform.k;
  const worldLeft = -transform.x * ratio;
  const worldRight = (width - transform.x) * ratio;
  const [markFrom, markTo] = visibleRange(
    layout.marks,
    byX,
    worldLeft - (maxLabelWidth + 20) * ratio,
    worldRight + 20 * ratio,
  );
  const [clusterFrom, clusterTo] = visibleRange(
    layout.clusters,
    byX,
    worldLeft - 40 * ratio,
    worldRight + 40 * ratio,
  );
  const items: (RenderMark | RenderCluster)[] = [];
  const seen = new Set<string>();
  for (let index = markFrom; index < markTo; index++) {
    const mark = layout.marks[index] as RenderMark;
    seen.add(mark.id);
    items.push(mark);
  }
  for (const period of layout.periods) {
    if (!seen.has(period.id) && period.startX <= worldRight && period.endX >= worldLeft)
      items.push(period);
  }
  for (let index = clusterFrom; index < clusterTo; index++)
    items.push(layout.clusters[index] as RenderCluster);
  items.sort((a, b) => a.x - b.x);
  return { items };
}
