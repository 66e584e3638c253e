/**
 * The disputes grouped by how their claims differ, in the order the disputes page shows them:
 * contradictions first, then the differences that can all be right. Disputes from a file written
 * before they were classified come last, as "unclassified".
 */
import { DISPUTE_KINDS, type Dispute, type DisputeKind } from '../../model/timelineSchema.ts';

export type DisputeGroupKind = DisputeKind | 'unclassified';

export interface DisputeGroup {
  kind: DisputeGroupKind;
  disputes: Dispute[];
}

export function groupDisputesByKind(disputes: readonly Dispute[]): DisputeGroup[] {
  const order: DisputeGroupKind[] = [...DISPUTE_KINDS, 'unclassified'];
  return order.flatMap((kind) => {
    const inGroup = disputes.filter((dispute) => (dispute.kind ?? 'unclassified') === kind);
    return inGroup.length > 0 ? [{ kind, disputes: inGroup }] : [];
  });
}
