/**
 * The accessible names of marks and clusters ("Title, 11 July 1995, milestone"; "5 more events,
 * 1995 – 2000"), made when a mark is first drawn rather than for every event up front.
 */
import { formatEventDate, formatPartial } from '../../model/formatDate.ts';
import type { PreparedEvent } from '../../model/prepareTimeline.ts';
import type { RenderCluster } from '../../model/zoomLayout.ts';
import { messages } from '../messages.ts';

/** From the first member's start to the last member's start, each at its own precision. */
export function formatClusterRange(
  ids: readonly string[],
  preparedById: ReadonlyMap<string, PreparedEvent>,
): string {
  const first = preparedById.get(ids[0] ?? '');
  const last = preparedById.get(ids.at(-1) ?? '');
  if (!first || !last) return '';
  const from = formatPartial(first.event.date.start);
  const to = formatPartial(last.event.date.start);
  return from === to ? from : `${from} – ${to}`;
}

export class MarkNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly preparedById: ReadonlyMap<string, PreparedEvent>) {}

  mark(id: string): string {
    let name = this.names.get(id);
    if (name === undefined) {
      const event = this.preparedById.get(id)?.event;
      if (!event) return id;
      const extra =
        (event.importance === 3 ? messages.markMilestone : '') +
        (event.disputes.length > 0 ? messages.markDisputed : '');
      name = messages.markName(event.title, formatEventDate(event.date), extra);
      this.names.set(id, name);
    }
    return name;
  }

  cluster(cluster: Pick<RenderCluster, 'ids'>): string {
    const key = `cluster:${cluster.ids.length}:${cluster.ids[0]}:${cluster.ids.at(-1)}`;
    let name = this.names.get(key);
    if (name === undefined) {
      const range = formatClusterRange(cluster.ids, this.preparedById);
      name = messages.clusterName(cluster.ids.length, range);
      this.names.set(key, name);
    }
    return name;
  }
}
