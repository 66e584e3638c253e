/**
 * Labels at the edges of the view. The zoom layout places labels for every pan position at once,
 * so a label may run past the plot's left or right edge at this one. Such a label moves to the
 * other side of its mark, or (a milestone's) shortens to the room there is, wherever that meets no
 * other label, mark or period bar of its rows; failing that it is not drawn (the mark keeps its
 * full title as its accessible name). Pure and cheap: it looks only at the marks in view.
 */

export interface EdgeMark {
  id: string;
  /** Screen x of the mark, and of its period bar's ends (equal to x for a moment). */
  x: number;
  startX: number;
  endX: number;
  lane: number;
  /** The label's first row; null: unlabelled. */
  row: number | null;
  form: number;
  side: 'right' | 'left';
  /** How many label rows the mark's lane has: a label that must move may change row. */
  laneRows: number;
  /**
   * The label's forms in order of preference (labelText.ts), asked for only when the label must
   * move: most labels in view stay where the layout put them.
   */
  forms: () => readonly EdgeForm[];
  /** The form the layout gave it. */
  current: EdgeForm;
  mustLabel: boolean;
}

export interface EdgeForm {
  width: number;
  rows: number;
  short: boolean;
  distinct: boolean;
  /** Read only to compare a form that may read like another's. */
  lines: readonly string[];
}

export interface LabelPlacement {
  /** An index into the mark's forms; -1: no label. */
  form: number;
  side: 'right' | 'left';
  /** The row the mark and its label move to. */
  row: number;
}

interface Box {
  id: string;
  /** The label's lines, if it has one. */
  lines: readonly string[] | undefined;
  /** A label that may give way to a milestone's (drawn as a bare mark instead). */
  yields: boolean;
  lane: number;
  row: number;
  rows: number;
  left: number;
  right: number;
}

/** A mark's form: the one it has without asking for the others. */
const formOf = (mark: EdgeMark, form: number): EdgeForm | undefined =>
  form === mark.form ? mark.current : mark.forms()[form];

export function fitLabelsToView(
  marks: readonly EdgeMark[],
  width: number,
  geometry: { labelOffset: number; markRadius: number; labelSpacing: number },
): Map<string, LabelPlacement> {
  const { labelOffset, markRadius, labelSpacing } = geometry;
  const labelBox = (mark: EdgeMark, form: number, side: 'right' | 'left') => {
    const labelWidth = formOf(mark, form)?.width ?? 0;
    const left = side === 'right' ? mark.x + labelOffset : mark.x - labelOffset - labelWidth;
    return { left, right: left + labelWidth };
  };
  const footprint = (mark: EdgeMark, form: number, side: 'right' | 'left', row: number): Box => {
    const label = form >= 0 ? labelBox(mark, form, side) : { left: mark.x, right: mark.x };
    return {
      id: mark.id,
      lines: form >= 0 ? formOf(mark, form)?.lines : undefined,
      yields: form >= 0 && !mark.mustLabel,
      lane: mark.lane,
      row,
      rows: form >= 0 ? (formOf(mark, form)?.rows ?? 1) : 1,
      left: Math.min(label.left, mark.x - markRadius, mark.startX),
      right: Math.max(label.right, mark.x + markRadius, mark.endX),
    };
  };
  const inside = (mark: EdgeMark, form: number, side: 'right' | 'left') => {
    const box = labelBox(mark, form, side);
    return box.left >= 0 && box.right <= width;
  };

  const placements = new Map<string, LabelPlacement>();
  const kept: Box[] = [];
  const misfits: EdgeMark[] = [];
  for (const mark of marks) {
    if (mark.row === null) continue;
    if (inside(mark, mark.form, mark.side)) {
      kept.push(footprint(mark, mark.form, mark.side, mark.row));
    } else {
      misfits.push(mark);
      // Its mark (and bar) stays where it is whatever its label does.
      kept.push(footprint(mark, -1, mark.side, mark.row));
    }
  }
  const overlapping = (box: Box) =>
    kept.filter(
      (other) =>
        other.id !== box.id &&
        other.lane === box.lane &&
        other.row < box.row + box.rows &&
        box.row < other.row + other.rows &&
        other.left < box.right + labelSpacing &&
        box.left < other.right + labelSpacing,
    );
  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  /**
   * Takes the labels of `others` away (their marks stay) if that clears `box`: a milestone's
   * label comes before any other's.
   */
  const evict = (box: Box, others: Box[]): boolean => {
    if (!others.every((other) => other.yields)) return false;
    const bare = others.map((other) => {
      const mark = byId.get(other.id) as EdgeMark;
      return footprint(mark, -1, mark.side, other.row);
    });
    const stillInTheWay = bare.some(
      (other) =>
        other.row < box.row + box.rows &&
        box.row < other.row + other.rows &&
        other.left < box.right + labelSpacing &&
        box.left < other.right + labelSpacing,
    );
    if (stillInTheWay) return false;
    for (const [index, other] of others.entries()) {
      kept.splice(kept.indexOf(other), 1, bare[index] as Box);
      const mark = byId.get(other.id) as EdgeMark;
      placements.set(other.id, { form: -1, side: mark.side, row: other.row });
    }
    return true;
  };
  for (const mark of misfits) {
    const row = mark.row as number;
    let placed: LabelPlacement = { form: -1, side: mark.side, row };
    const tryForm = (form: number, mayEvict: boolean): boolean => {
      const candidate = mark.forms()[form];
      if (!candidate || (candidate.short && !mark.mustLabel)) return false;
      // A form that may read like another's is drawn only where no label on screen does.
      if (!candidate.distinct) {
        const text = candidate.lines.join(' ');
        if (kept.some((other) => other.lines?.join(' ') === text)) return false;
      }
      // The mark's own row first, so it moves only when it must.
      const rows = [row, ...Array.from({ length: mark.laneRows }, (_, index) => index)];
      for (const side of [mark.side === 'right' ? 'left' : 'right', mark.side] as const) {
        if (!inside(mark, form, side)) continue;
        for (const candidateRow of rows) {
          if (candidateRow + candidate.rows > mark.laneRows) continue;
          const box = footprint(mark, form, side, candidateRow);
          const others = overlapping(box);
          if (others.length > 0 && !(mayEvict && evict(box, others))) continue;
          kept.splice(
            kept.findIndex((other) => other.id === mark.id),
            1,
            box,
          );
          placed = { form, side, row: candidateRow };
          return true;
        }
      }
      return false;
    };
    let found = false;
    const count = mark.forms().length;
    for (let form = 0; form < count && !found; form++) found = tryForm(form, false);
    for (let form = 0; mark.mustLabel && form < count && !found; form++)
      found = tryForm(form, true);
    placements.set(mark.id, placed);
  }
  return placements;
}
