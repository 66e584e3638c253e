/**
 * The footprints already placed in one row. They never overlap, so sorting by start also sorts by
 * end and one binary search finds both the conflict and the insertion point. Inserting shifts the
 * tail (a memmove), linear in theory but cheap next to the sort for thousands of items.
 */
export class RowOccupancy {
  private starts = new Float64Array(16);
  private ends = new Float64Array(16);
  private count = 0;

  /** The index where [start, end) would go, or -1 if it overlaps a placed footprint. */
  slotFor(start: number, end: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.ends[mid] ?? 0) <= start) low = mid + 1;
      else high = mid;
    }
    return low < this.count && (this.starts[low] ?? 0) < end ? -1 : low;
  }

  /** Takes out a footprint placed before (the same start and end). */
  remove(start: number, end: number): void {
    for (let index = 0; index < this.count; index++) {
      if (this.starts[index] === start && this.ends[index] === end) {
        this.starts.copyWithin(index, index + 1, this.count);
        this.ends.copyWithin(index, index + 1, this.count);
        this.count -= 1;
        return;
      }
    }
  }

  insertAt(slot: number, start: number, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts.copyWithin(slot + 1, slot, this.count);
    this.ends.copyWithin(slot + 1, slot, this.count);
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.count += 1;
  }
}

function grow(values: Float64Array): Float64Array<ArrayBuffer> {
  const larger = new Float64Array(values.length * 2);
  larger.set(values);
  return larger;
}
