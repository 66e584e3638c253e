/**
 * The events of a lane that found no row for their label, gathered into numbered cluster bubbles
 * (semantic zoom) where they crowd together; a lone one stays an unlabelled mark.
 */
import { compareIds } from './compareIds.ts';
import type { LayoutItem } from './laneLayout.ts';

export interface Cluster {
  x: number;
  x0: number;
  x1: number;
  row: number;
  /** In chronological order. */
  ids: string[];
  count: number;
  maxImportance: number;
}

export /**
 * Sweeps the events that found no row from left to right and gathers those within `clusterWidth`
 * of a group's first event. A lone event stays a mark (via `keepAsMark`): a bubble saying "1" hides
 * more than it saves. A group whose bubble would come closer than `clusterWidth` to the previous
 * bubble joins it instead, so bubbles never overlap; the joined bubble lies between the two, so it
 * stays clear of the one before.
 */
function clusterUnplaced(
  unplaced: LayoutItem[],
  clusterWidth: number,
  row: number,
  keepAsMark: (item: LayoutItem) => void,
): Cluster[] {
  unplaced.sort((a, b) => a.anchorX - b.anchorX || compareIds(a.id, b.id));
  const clusters: Cluster[] = [];
  let lastAnchorSum = 0;

  const closeGroup = (from: number, to: number): void => {
    if (to - from === 1) {
      keepAsMark(unplaced[from] as LayoutItem);
      return;
    }
    let anchorSum = 0;
    for (let index = from; index < to; index += 1)
      anchorSum += (unplaced[index] as LayoutItem).anchorX;
    const previous = clusters[clusters.length - 1];
    let cluster: Cluster;
    if (previous !== undefined && anchorSum / (to - from) - previous.x < clusterWidth) {
      cluster = previous;
      lastAnchorSum += anchorSum;
    } else {
      cluster = { x: 0, x0: Infinity, x1: -Infinity, row, ids: [], count: 0, maxImportance: 0 };
      clusters.push(cluster);
      lastAnchorSum = anchorSum;
    }
    for (let index = from; index < to; index += 1) {
      const item = unplaced[index] as LayoutItem;
      cluster.x0 = Math.min(cluster.x0, item.startX);
      cluster.x1 = Math.max(cluster.x1, item.endX);
      cluster.ids.push(item.id);
      cluster.maxImportance = Math.max(cluster.maxImportance, item.importance);
    }
    cluster.count = cluster.ids.length;
    cluster.x = lastAnchorSum / cluster.count;
  };

  let groupStart = 0;
  for (let index = 1; index <= unplaced.length; index += 1) {
    const item = unplaced[index];
    const groupAnchor = (unplaced[groupStart] as LayoutItem).anchorX;
    if (item !== undefined && item.anchorX - groupAnchor <= clusterWidth) continue;
    closeGroup(groupStart, index);
    groupStart = index;
  }
  return clusters;
}
