/**
 * Which labels the timeline must show and how it makes room for them: the events that must be
 * labelled, what the lane packer is offered for each (laneLayout.ts), how many rows a lane needs
 * so that its milestones are readable at every zoom level, and where a placed label lies.
 */
import { type LaneLayoutOptions, type LayoutItem, layoutLane } from './laneLayout.ts';
import type { PreparedEvent, PreparedTimeline } from './prepareTimeline.ts';
import {
  LABEL_OFFSET,
  stackLanes,
  totalHeight,
  type Lane,
  type TimelineGeometry,
} from './timelineGeometry.ts';
import type { RenderMark } from './zoomLayout.ts';

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
      laneMustLabel.map((prepared) => laneLayoutItem(prepared, toX, level, timeline.lanes)),
    );
    const unlabelled = (rowCount: number) =>
      levels.some((items, level) =>
        layoutLane(
          items,
          laneLayoutOptions(geometry, rowCount, worldWidth * (MILESTONE_CHECK_LEVELS[level] ?? 1)),
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

export function laneLayoutOptions(
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

export function laneLayoutItem(
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

/** Where a labelled mark's label starts and ends, in the layout's world x. */
export function labelExtent(mark: RenderMark): { start: number; end: number } {
  const width = mark.prepared.label.formAt(mark.form)?.width ?? 0;
  const start = mark.side === 'right' ? mark.x + LABEL_OFFSET : mark.x - LABEL_OFFSET - width;
  return { start, end: start + width };
}
