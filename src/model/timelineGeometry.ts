/**
 * The timeline's vertical geometry: how high a lane's rows are, where a row's centre lies in its
 * lane, and how lanes stack, for the wide layout and the compact one (small screens).
 */
import type { Theme } from './timelineSchema.ts';

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

export function stackLanes(
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

export const totalHeight = (lanes: readonly Lane[]) =>
  lanes.reduce((sum, lane) => sum + lane.height, 0);
