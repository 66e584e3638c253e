/**
 * The whole timeline's layout, as pure functions: events → lanes with measured labels (once per
 * data, filter and width class), then → marks and clusters at one quantised zoom level, in world
 * pixels (cached per level), then → the slice on screen for one pan position (per frame, cheap).
 */
import { eventSpan, type EventSpan } from './eventTime.ts';
import { distinctWordCounts, labelMetrics, type LabelMetrics } from './labelText.ts';
import { layoutLane, type LaneLayoutOptions, type LayoutItem } from './laneLayout.ts';
import type { Theme, EventHead } from './timelineSchema.ts';
import { finishNow, type Steps } from './steps.ts';
import { visibleRange } from './visibleSlice.ts';

export interface TimelineGeometry {
  /** Rows of labels a lane with enough events gets; more where milestones need them. */
  rows: number;
  /** The most rows of labels a lane may grow to so that all its milestones are labelled. */
  maxRows: number;
  rowHeight: number;
  dotRowHeight: number;
  lanePadding: number;
  /** A lane is never lower than this, so its name in the gutter fits beside it. */
  minLaneHeight: number;
  /** Kept clear beyond a label, so neighbouring labels never touch. */
  labelSpacing: number;
  markRadius: number;
  labelGap: number;
  clusterWidth: number;
}

/**
 * The widest a cluster bubble is drawn ("+999"); the layout keeps bubble centres further apart
 * than that, so no two bubbles can touch.
 */
export const CLUSTER_BUBBLE_MAX_WIDTH = 34;

export const WIDE_GEOMETRY: TimelineGeometry = {
  rows: 2,
  maxRows: 4,
  // A 12 px label's box is about 14 px high: 18 px rows leave room for a period bar under it.
  rowHeight: 18,
  dotRowHeight: 12,
  lanePadding: 3,
  minLaneHeight: 48,
  labelSpacing: 10,
  // The largest dot's radius (a milestone's 6.5 px), so labels clear every dot.
  markRadius: 6.5,
  labelGap: 5,
  clusterWidth: CLUSTER_BUBBLE_MAX_WIDTH + 2,
};

/** From a mark's centre to its label: the largest dot (a milestone's) and a gap. */
export const LABEL_OFFSET = WIDE_GEOMETRY.markRadius + WIDE_GEOMETRY.labelGap;

export const COMPACT_GEOMETRY: TimelineGeometry = {
  ...WIDE_GEOMETRY,
  rows: 8,
  maxRows: 10,
  minLaneHeight: 0,
};

/**
 * Vertical centre, within its lane, of a label row, the unlabelled-mark row or the cluster row.
 * A lane without overflow rows (every event has a label row) draws a stray unlabelled mark on
 * its last label row.
 */
export function rowCentre(
  geometry: TimelineGeometry,
  lane: Pick<Lane, 'rows' | 'overflow'>,
  row: number | 'dots' | 'clusters',
): number {
  const labelRows = lane.rows * geometry.rowHeight;
  if (row === 'dots' && !lane.overflow) row = Math.max(0, lane.rows - 1);
  if (row === 'dots') return geometry.lanePadding + labelRows + geometry.dotRowHeight / 2;
  if (row === 'clusters') {
    return geometry.lanePadding + labelRows + geometry.dotRowHeight + geometry.rowHeight / 2;
  }
  return geometry.lanePadding + row * geometry.rowHeight + geometry.rowHeight / 2;
}

function laneHeight(geometry: TimelineGeometry, rows: number, overflow: boolean): number {
  const content =
    rows * geometry.rowHeight +
    (overflow ? geometry.dotRowHeight + geometry.rowHeight : 0) +
    geometry.lanePadding * 2;
  return Math.max(geometry.minLaneHeight, content);
}

export interface PreparedEvent {
  id: string;
  event: EventHead;
  span: EventSpan;
  laneIndex: number;
  /** The primary theme: colour of the mark. */
  theme: Theme | undefined;
  /** The label's forms (whole, wrapped, shortened), measured. */
  label: LabelMetrics;
}

export interface Lane {
  key: string;
  theme: Theme | null;
  top: number;
  height: number;
  /** Rows of labels. */
  rows: number;
  /**
   * Whether the lane has rows for unlabelled marks and cluster bubbles below its labels: not
   * when it has no more events than label rows, so each can have a row of its own.
   */
  overflow: boolean;
}

export interface PreparedTimeline {
  /** Chronological by anchor. */
  events: PreparedEvent[];
  lanes: Lane[];
  height: number;
  geometry: TimelineGeometry;
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
  const counts = new Map<string, number>();
  for (const event of events) {
    const key = options.compact ? 'all' : laneTheme(event);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const laneThemes = options.compact ? [null] : themes.filter((theme) => counts.has(theme.id));
  const lanes = stackLanes(
    geometry,
    laneThemes.map((theme) => {
      const count = counts.get(theme?.id ?? 'all') ?? 0;
      const rows = Math.max(1, Math.min(geometry.rows, count));
      return { key: theme?.id ?? 'all', theme, rows, overflow: count > rows };
    }),
  );
  const laneIndexByTheme = new Map(lanes.map((lane, index) => [lane.key, index]));
  // Needed only once a label must be shortened: worked out then, for every title at once.
  let keepWords: Map<string, number> | undefined;
  const keepWordsOf = (title: string) => {
    keepWords ??= distinctWordCounts(events.map((event) => event.title));
    return keepWords.get(title) ?? 1;
  };
  const labelCache = new Map<string, LabelMetrics>();
  const prepared = events.map((event): PreparedEvent => {
    const primary = laneTheme(event);
    let label = labelCache.get(event.title);
    if (!label) {
      label = labelMetrics(event.title, keepWordsOf, options.measure);
      labelCache.set(event.title, label);
    }
    return {
      id: event.id,
      event,
      span: eventSpan(event.date),
      laneIndex: options.compact ? 0 : (laneIndexByTheme.get(primary) ?? 0),
      theme: themeById.get(primary),
      label,
    };
  });
  prepared.sort((a, b) => a.span.anchorMs - b.span.anchorMs || (a.id < b.id ? -1 : 1));
  return { events: prepared, lanes, height: totalHeight(lanes), geometry };
}

function stackLanes(
  geometry: TimelineGeometry,
  lanes: readonly Omit<Lane, 'top' | 'height'>[],
): Lane[] {
  let top = 0;
  return lanes.map((lane) => {
    const height = laneHeight(geometry, lane.rows, lane.overflow);
    const stacked = { ...lane, top, height };
    top += height;
    return stacked;
  });
}

const totalHeight = (lanes: readonly Lane[]) => lanes.reduce((sum, lane) => sum + lane.height, 0);

/** The zoom levels at which a lane's milestones must all be labelled: everything in view, and
 * the closer views a class starts from (the first view is about 4× for the seeds). */
const MILESTONE_CHECK_LEVELS = [1, 2, 4, 8];
/**
 * Above this many milestones a lane could not label them all at level 1 with any number of rows
 * (a large imported timeline): it keeps its rows rather than spend the first render trying.
 */
const MOST_MILESTONES_TO_FIT = 60;

/**
 * Gives a lane more rows of labels, up to `maxRows`, while some of its milestones would go
 * unlabelled at one of MILESTONE_CHECK_LEVELS: a milestone must be readable at every zoom level,
 * and a lane only grows where its milestones need it. In a lane without overflow rows every
 * event counts (a title wrapped over two rows can leave the next one no row); if some still go
 * unlabelled, the lane gets overflow rows for them.
 */
export function fitLaneRows(
  timeline: PreparedTimeline,
  toX: (ms: number) => number,
  worldWidth: number,
): PreparedTimeline {
  const { geometry } = timeline;
  // The events each lane must label: its milestones, and in a lane without overflow rows (where
  // an unlabelled mark would sit on a label row) every event.
  const mustLabel: PreparedEvent[][] = timeline.lanes.map(() => []);
  for (const prepared of timeline.events) {
    if (mustBeLabelled(prepared, timeline.lanes)) mustLabel[prepared.laneIndex]?.push(prepared);
  }
  let grown = false;
  const lanes = timeline.lanes.map((lane, index) => {
    const laneMustLabel = mustLabel[index] ?? [];
    const levels = MILESTONE_CHECK_LEVELS.map((level) =>
      laneMustLabel.map((prepared) => layoutItem(prepared, toX, level, timeline.lanes)),
    );
    const unlabelled = (rowCount: number) =>
      levels.some((items, level) =>
        layoutLane(
          items,
          laneOptions(geometry, rowCount, worldWidth * (MILESTONE_CHECK_LEVELS[level] ?? 1)),
        ).marks.some((mark) => mark.row === null),
      );
    let rows = lane.rows;
    if (laneMustLabel.length > MOST_MILESTONES_TO_FIT) return lane;
    // A milestone needs a row of its own at worst (its shortest form is one row high); another
    // event's label may be wrapped over two.
    const rowsEach = lane.overflow ? 1 : 2;
    const most = Math.min(geometry.maxRows, Math.max(lane.rows, rowsEach * laneMustLabel.length));
    while (rows < most && unlabelled(rows)) rows += 1;
    // A lane without overflow rows whose events still cannot all be labelled gets them after all.
    const overflow = lane.overflow || unlabelled(rows);
    if (rows === lane.rows && overflow === lane.overflow) return lane;
    grown = true;
    return { ...lane, rows, overflow };
  });
  if (!grown) return timeline;
  const stacked = stackLanes(geometry, lanes);
  return { ...timeline, lanes: stacked, height: totalHeight(stacked) };
}

function laneOptions(
  geometry: TimelineGeometry,
  rows: number,
  worldWidth: number,
): LaneLayoutOptions {
  return {
    rows,
    markRadius: geometry.markRadius,
    labelGap: geometry.labelGap,
    labelSpacing: geometry.labelSpacing,
    clusterWidth: geometry.clusterWidth,
    worldWidth,
  };
}

/**
 * Whether an event must be labelled if at all possible (so it may be shortened): a milestone, or
 * any event of a lane without overflow rows, where an unlabelled mark would sit on a label row.
 */
export function mustBeLabelled(prepared: PreparedEvent, lanes: readonly Lane[]): boolean {
  return prepared.event.importance === 3 || lanes[prepared.laneIndex]?.overflow === false;
}

function layoutItem(
  prepared: PreparedEvent,
  toX: (ms: number) => number,
  zoom: number,
  lanes: readonly Lane[],
): LayoutItem {
  const mustLabel = mustBeLabelled(prepared, lanes);
  return {
    id: prepared.id,
    anchorX: toX(prepared.span.anchorMs) * zoom,
    startX: toX(prepared.span.startMs) * zoom,
    endX: toX(prepared.span.endMs) * zoom,
    importance: prepared.event.importance,
    // Only the forms that tell the event apart: the others are for the view's edge alone.
    labels: mustLabel ? prepared.label.layoutForms : prepared.label.plainForms,
    mustLabel,
    isPeriod: prepared.span.isPeriod,
  };
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
  /** The label's first row; null: an unlabelled mark. */
  row: number | null;
  /** The label's form (an index into `prepared.label.forms`) and side of the mark. */
  form: number;
  side: 'right' | 'left';
}

/** Where a labelled mark's label starts and ends, in the layout's world x. */
export function labelExtent(mark: RenderMark): { start: number; end: number } {
  const width = mark.prepared.label.formAt(mark.form)?.width ?? 0;
  const start = mark.side === 'right' ? mark.x + LABEL_OFFSET : mark.x - LABEL_OFFSET - width;
  return { start, end: start + width };
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
  /**
   * Marks whose span reaches beyond their anchor (periods, anchored where they begin), checked
   * apart when slicing: their bar can be in view while their dot is not.
   */
  periods: RenderMark[];
  clusterOf: Map<string, RenderCluster>;
  markOf: Map<string, RenderMark>;
}

/**
 * Marks and clusters of every lane at zoom level `zoom`; `toX` is the unzoomed scale and
 * `baseWidth` its width (the end of the time domain at zoom 1).
 */
export function layoutAtZoom(
  timeline: PreparedTimeline,
  toX: (ms: number) => number,
  zoom: number,
  baseWidth = Infinity,
): ZoomLayout {
  return finishNow(layoutAtZoomSteps(timeline, toX, zoom, baseWidth));
}

/**
 * The same layout as steps, one lane at a time, so that tens of thousands of events can be laid
 * out in slices between frames (finishInSlices) instead of in one long task.
 */
export function* layoutAtZoomSteps(
  timeline: PreparedTimeline,
  toX: (ms: number) => number,
  zoom: number,
  baseWidth = Infinity,
): Steps<ZoomLayout> {
  const { geometry } = timeline;
  const byLane: LayoutItem[][] = timeline.lanes.map(() => []);
  const preparedById = new Map<string, PreparedEvent>();
  for (const prepared of timeline.events) {
    preparedById.set(prepared.id, prepared);
    byLane[prepared.laneIndex]?.push(layoutItem(prepared, toX, zoom, timeline.lanes));
  }
  const marks: RenderMark[] = [];
  const clusters: RenderCluster[] = [];
  for (const [laneIndex, items] of byLane.entries()) {
    yield;
    const rows = timeline.lanes[laneIndex]?.rows ?? geometry.rows;
    const lane = layoutLane(items, laneOptions(geometry, rows, baseWidth * zoom));
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
        form: placed.form,
        side: placed.side,
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
    periods: marks.filter((mark) => mark.startX < mark.x - 1 || mark.endX > mark.x + 1),
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
 * What is on screen for the zoom transform (k, tx) over a `width`-pixel view: the marks whose dot
 * is in view, the periods whose bar is, and the clusters. A label whose mark is out of view is not
 * drawn (it would run from beyond the plot's edge), so labels need not widen the range.
 */
export function visibleSlice(
  layout: ZoomLayout,
  transform: { k: number; x: number },
  width: number,
  markRadius: number,
): VisibleSlice {
  const ratio = layout.zoom / transform.k;
  const worldLeft = -transform.x * ratio;
  const worldRight = (width - transform.x) * ratio;
  const [markFrom, markTo] = visibleRange(
    layout.marks,
    byX,
    worldLeft - markRadius * ratio,
    worldRight + markRadius * ratio,
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
