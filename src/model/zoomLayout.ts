/**
 * Marks and clusters of every lane at one quantised zoom level, in world pixels (the unzoomed
 * scale times the level, without the pan), so one layout serves every pan position at that level
 * (cached per level by zoomLayoutCache.ts).
 */
import { type LayoutItem, layoutLane } from './laneLayout.ts';
import { laneLayoutItem, laneLayoutOptions } from './labelFitting.ts';
import type { PreparedEvent, PreparedTimeline } from './prepareTimeline.ts';
import { finishNow, type Steps } from './steps.ts';

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
    byLane[prepared.laneIndex]?.push(laneLayoutItem(prepared, toX, zoom, timeline.lanes));
  }
  const marks: RenderMark[] = [];
  const clusters: RenderCluster[] = [];
  for (const [laneIndex, items] of byLane.entries()) {
    yield;
    const rows = timeline.lanes[laneIndex]?.rows ?? geometry.rows;
    const lane = layoutLane(items, laneLayoutOptions(geometry, rows, baseWidth * zoom));
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
