import { describe, expect, it } from 'vitest';
import {
  fitLabelsToView,
  type EdgeForm,
  type EdgeMark,
  type LabelPlacement,
} from '../../src/model/edgeLabels.ts';
import { type LabelChoice, type LayoutItem, layoutLane } from '../../src/model/laneLayout.ts';
import { createRandom as random } from '../bench/syntheticTimeline.ts';

const GEOMETRY = { labelOffset: 8, markRadius: 4, labelSpacing: 6 };
const WIDTH = 400;

type Form = EdgeForm;
/** A mark as the tests write it: its forms as a list (EdgeMark asks for them lazily). */
type TestMark = Omit<EdgeMark, 'forms' | 'current'> & { forms: Form[] };
const toEdgeMark = ({ forms, ...rest }: TestMark): EdgeMark => ({
  ...rest,
  forms: () => forms,
  current: forms[rest.form] ?? (forms[0] as Form),
});
const whole = (width: number, text = `whole ${width}`): Form => ({
  width,
  rows: 1,
  short: false,
  distinct: true,
  lines: [text],
});
const wrapped = (width: number, text = `wrapped ${width}`): Form => ({
  width,
  rows: 2,
  short: false,
  distinct: true,
  lines: [text],
});
const short = (width: number, text = `short ${width}…`, distinct = true): Form => ({
  width,
  rows: 1,
  short: true,
  distinct,
  lines: [text],
});

/** A moment labelled on the right in row 0 of a one-row lane, unless told otherwise. */
function mark(id: string, x: number, details: Partial<TestMark> = {}): TestMark {
  return {
    id,
    x,
    startX: x,
    endX: x,
    lane: 0,
    row: 0,
    form: 0,
    side: 'right',
    laneRows: 1,
    forms: [whole(60)],
    mustLabel: false,
    ...details,
  };
}

const fit = (marks: TestMark[], width = WIDTH) =>
  fitLabelsToView(marks.map(toEdgeMark), width, GEOMETRY);

/** Where each mark's label ends up: moved by fitLabelsToView, or where the layout put it. */
function finalPlacements(marks: readonly TestMark[], moved: Map<string, LabelPlacement>) {
  return marks
    .filter((item) => item.row !== null)
    .map((item) => {
      const placement = moved.get(item.id) ?? {
        form: item.form,
        side: item.side,
        row: item.row as number,
      };
      const width = item.forms[placement.form]?.width ?? 0;
      const labelX =
        placement.side === 'right'
          ? item.x + GEOMETRY.labelOffset
          : item.x - GEOMETRY.labelOffset - width;
      return { item, placement, labelX, labelEnd: labelX + width };
    });
}

describe('labels at the edges of the view', () => {
  it('leaves labels that fit in the view where the layout put them', () => {
    expect(fit([mark('a', 20), mark('b', 200, { side: 'left' })])).toEqual(new Map());
  });

  it('moves a label beyond the right edge to the left of its mark where that is free', () => {
    expect(fit([mark('late', 380)])).toEqual(
      new Map([['late', { form: 0, side: 'left', row: 0 }]]),
    );
  });

  it('moves a label beyond the left edge to the right of its mark', () => {
    expect(fit([mark('early', 20, { side: 'left' })])).toEqual(
      new Map([['early', { form: 0, side: 'right', row: 0 }]]),
    );
  });

  it('moves the mark and its label to another row where its own is taken', () => {
    const marks = [mark('before', 290), mark('late', 380, { laneRows: 2 })];
    expect(fit(marks).get('late')).toEqual({ form: 0, side: 'left', row: 1 });
  });

  it('wraps a label over two rows where that is what fits', () => {
    // Whole, on the left, it would run into the labels before it in both rows; wrapped it fits.
    const marks = [
      mark('before', 200, { forms: [whole(100)] }),
      mark('below', 200, { forms: [whole(100)], row: 1 }),
      mark('late', 390, { forms: [whole(120), wrapped(60)] }),
    ];
    expect(fit(marks.map((item) => ({ ...item, laneRows: 2 }))).get('late')).toEqual({
      form: 1,
      side: 'left',
      row: 0,
    });
  });

  it('never wraps a label into a row the lane does not have', () => {
    const marks = [
      mark('before', 200, { forms: [whole(100)] }),
      mark('late', 390, { forms: [whole(120), wrapped(60)] }),
    ];
    expect(fit(marks).get('late')).toEqual({ form: -1, side: 'right', row: 0 });
  });

  describe('when both sides of a mark are taken', () => {
    // Right of the milestone is the view's edge; left of it, the label of the event at 200.
    const before = (mustLabel: boolean) => mark('before', 200, { forms: [whole(100)], mustLabel });
    const late = (details: Partial<TestMark>) =>
      mark('late', 390, { forms: [whole(120), short(50, 'Late…')], ...details });

    it("shortens a milestone's label to the room there is", () => {
      const moved = fit([before(false), late({ mustLabel: true })]);
      expect(moved).toEqual(new Map([['late', { form: 1, side: 'left', row: 0 }]]));
    });

    it('hides a label that need not be shown, never shortening it (the mark stays)', () => {
      const moved = fit([before(false), late({ mustLabel: false })]);
      expect(moved).toEqual(new Map([['late', { form: -1, side: 'right', row: 0 }]]));
    });

    it("takes another event's label away for a milestone's that fits in no other way", () => {
      const moved = fit([before(false), late({ mustLabel: true, forms: [whole(120)] })]);
      expect(moved).toEqual(
        new Map([
          ['before', { form: -1, side: 'right', row: 0 }],
          ['late', { form: 0, side: 'left', row: 0 }],
        ]),
      );
    });

    it("never takes a milestone's label away for another's", () => {
      const moved = fit([before(true), late({ mustLabel: true, forms: [whole(120)] })]);
      expect(moved).toEqual(new Map([['late', { form: -1, side: 'right', row: 0 }]]));
    });

    it('draws a form that may read like another label only where none on screen does', () => {
      const forms = [whole(120), short(50, 'Trade…', false)];
      const alone = fit([before(false), late({ mustLabel: true, forms })]);
      expect(alone.get('late')).toEqual({ form: 1, side: 'left', row: 0 });
      const twin = mark('twin', 20, { forms: [short(50, 'Trade…', false)], mustLabel: true });
      const beside = fit([twin, before(false), late({ mustLabel: true, forms })]);
      // Not "Trade…" twice: the milestone takes the other event's label for its whole title.
      expect(beside.get('late')).toEqual({ form: 0, side: 'left', row: 0 });
      expect(beside.get('before')?.form).toBe(-1);
    });
  });

  it('only looks at the marks of the same lane', () => {
    const marks = [mark('other lane', 290, { lane: 1 }), mark('late', 380)];
    expect(fit(marks).get('late')).toEqual({ form: 0, side: 'left', row: 0 });
  });
});

describe('labels at the edges of a real layout, panned anywhere', () => {
  const rows = 3;
  const worldWidth = 4000;

  const scenes = new Map<number, ReturnType<typeof makeScene>>();
  const scene = (seed: number) => scenes.get(seed) ?? scenes.set(seed, makeScene(seed)).get(seed)!;

  /** A lane of random events laid out for the whole world, with their label forms. */
  function makeScene(seed: number) {
    const next = random(seed);
    const forms = new Map<string, Form[]>();
    const items: LayoutItem[] = Array.from({ length: 300 }, (_, index) => {
      const id = `event-${index}`;
      const width = 30 + Math.floor(next() * 120);
      const labels: Form[] = [whole(width, `title ${index}`)];
      if (next() < 0.6) labels.push(wrapped(Math.ceil(width * 0.6), `title ${index} wrapped`));
      if (next() < 0.6) labels.push(short(Math.ceil(width * 0.4), `title ${index}…`));
      if (next() < 0.3) labels.push(short(24, `Same…`, false));
      forms.set(id, labels);
      const anchorX = next() * worldWidth;
      const endX = next() < 0.1 ? anchorX + next() * 300 : anchorX;
      const importance = next() < 0.1 ? 3 : next() < 0.3 ? 2 : 1;
      return {
        id,
        anchorX,
        startX: anchorX,
        endX,
        importance,
        labels: labels
          .filter((form) => form.distinct)
          .map((form): LabelChoice => ({ ...form, rows: form.rows === 2 ? 2 : 1 })),
        mustLabel: importance === 3,
        isPeriod: endX > anchorX,
      };
    });
    const layout = layoutLane(items, {
      rows,
      markRadius: GEOMETRY.markRadius,
      labelGap: GEOMETRY.labelOffset - GEOMETRY.markRadius,
      labelSpacing: GEOMETRY.labelSpacing,
      clusterWidth: 36,
      worldWidth,
    });
    const byId = new Map(items.map((item) => [item.id, item]));
    return { layout, byId, forms };
  }

  /** The labelled marks in view at pan `offset` (world x at the view's left edge). */
  function inView(seed: number, offset: number): TestMark[] {
    const { layout, byId, forms } = scene(seed);
    return layout.marks
      .filter((placed) => placed.row !== null)
      .filter((placed) => placed.x - offset >= -4 && placed.x - offset <= WIDTH + 4)
      .map((placed) => {
        const item = byId.get(placed.id) as LayoutItem;
        return {
          id: placed.id,
          x: placed.x - offset,
          startX: item.startX - offset,
          endX: item.endX - offset,
          lane: 0,
          row: placed.row,
          form: placed.form,
          side: placed.side,
          laneRows: rows,
          forms: forms.get(placed.id) as Form[],
          mustLabel: item.mustLabel,
        };
      });
  }

  const pans = Array.from({ length: 40 }, (_, index) => [index % 4, index * 97] as const);

  it('never leaves a label beyond the edges of the view', () => {
    const outside: string[] = [];
    let moved = 0;
    for (const [seed, offset] of pans) {
      const marks = inView(seed, offset);
      const placements = fit(marks);
      moved += placements.size;
      for (const { item, placement, labelX, labelEnd } of finalPlacements(marks, placements)) {
        if (placement.form >= 0 && (labelX < 0 || labelEnd > WIDTH)) {
          outside.push(`${seed}@${offset}: ${item.id}`);
        }
      }
    }
    expect(outside).toEqual([]);
    expect(moved).toBeGreaterThan(20);
  });

  it('moves no label onto another label, mark or period bar of its rows, nor below the lane', () => {
    const overlaps: string[] = [];
    for (const [seed, offset] of pans) {
      const marks = inView(seed, offset);
      const byRow = new Map<number, { id: string; left: number; right: number }[]>();
      for (const { item, placement, labelX, labelEnd } of finalPlacements(marks, fit(marks))) {
        const labelled = placement.form >= 0;
        const box = {
          id: item.id,
          left: Math.min(item.startX, item.x - GEOMETRY.markRadius, labelled ? labelX : Infinity),
          right: Math.max(item.endX, item.x + GEOMETRY.markRadius, labelled ? labelEnd : -Infinity),
        };
        const span = labelled ? (item.forms[placement.form]?.rows ?? 1) : 1;
        if (placement.row + span > item.laneRows) overlaps.push(`${item.id} below the lane`);
        for (let row = placement.row; row < placement.row + span; row++) {
          byRow.set(row, [...(byRow.get(row) ?? []), box]);
        }
      }
      for (const [row, boxes] of byRow) {
        boxes.sort((a, b) => a.left - b.left);
        for (let index = 1; index < boxes.length; index++) {
          const [before, after] = [boxes[index - 1]!, boxes[index]!];
          if (before.right > after.left) {
            overlaps.push(`${seed}@${offset} row ${row}: ${before.id}/${after.id}`);
          }
        }
      }
    }
    expect(overlaps).toEqual([]);
  });
});
