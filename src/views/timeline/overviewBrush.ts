/**
 * The overview strip's window as a d3-brush, loaded the first time a reader reaches for the strip
 * (pointer, touch or focus): until then the strip draws the window itself, and the first visit
 * does not carry d3-brush. The brush reports a selection; the timeline turns it into a zoom.
 * d3-brush owns the nodes it appends to `group`, and nothing else touches them.
 */
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';

export interface OverviewBrushHandlers {
  /** The reader dragged the brush (or a new one) to [x0, x1]. */
  onBrush: (x0: number, x1: number) => void;
  /** A click outside the brush: centre the view there. */
  onMoveTo: (x: number) => void;
}

export class OverviewBrush {
  private readonly behaviour: BrushBehavior<unknown>;
  /** True while the reader drags: the view follows the brush, not the other way round. */
  private brushing = false;
  private window: readonly [number, number] = [0, 1];
  private width = 1;

  constructor(
    private readonly group: SVGGElement,
    private readonly top: number,
    private readonly bottom: number,
    handlers: OverviewBrushHandlers,
  ) {
    this.behaviour = brushX<unknown>()
      .on('start', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) this.brushing = true;
      })
      .on('brush', (event: D3BrushEvent<unknown>) => {
        const selection = event.selection as [number, number] | null;
        if (event.sourceEvent && selection) handlers.onBrush(selection[0], selection[1]);
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        const byReader = this.brushing && event.sourceEvent;
        this.brushing = false;
        if (!byReader) return;
        const selection = event.selection as [number, number] | null;
        // A click without a drag clears d3's selection: it means "go there".
        if (!selection) handlers.onMoveTo(pointer(event.sourceEvent, this.group)[0]);
        else handlers.onBrush(selection[0], selection[1]);
        this.sync();
      });
  }

  /** The strip's width: the brush covers it, below the era row. */
  resize(width: number): void {
    this.width = Math.max(1, width);
    this.behaviour.extent([
      [0, this.top],
      [this.width, this.bottom],
    ]);
    select(this.group).call(this.behaviour);
    this.sync();
  }

  /** The part of the timeline in view, in strip pixels. */
  show(window: readonly [number, number]): void {
    this.window = window;
    this.sync();
  }

  private sync(): void {
    if (this.brushing) return;
    const left = Math.max(0, Math.min(this.width, this.window[0]));
    const right = Math.max(left + 1, Math.min(this.width, this.window[1]));
    select(this.group).call(this.behaviour.move, [left, right]);
  }

  detach(): void {
    select(this.group).on('.brush', null).selectAll('*').remove();
  }
}
