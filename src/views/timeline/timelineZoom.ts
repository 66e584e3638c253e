/**
 * The timeline's one zoom behaviour: d3-zoom, attached to the SVG with d3-selection, turns wheel,
 * drag, pinch and double-click into transforms, and the buttons and keys go through the same
 * behaviour (`transform` on it, animated a frame at a time by zoomAnimation.ts; d3-transition is
 * not bundled). The component mirrors each transform
 * into its state; d3 never adds or changes a node here.
 *
 * Wheel policy, as good embedded maps do: a plain wheel scrolls the page past the timeline (and a
 * hint says how to zoom); ctrl/⌘ + wheel (also a trackpad pinch) zooms, and so does a plain wheel
 * once the reader has clicked the timeline, until the pointer leaves it. A sideways trackpad
 * swipe pans. Touch: a sideways drag pans, two fingers pinch, a vertical swipe scrolls the page
 * (the SVG has `touch-action: pan-y`, and touchAxisLock keeps d3 from cancelling that scroll).
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { transformShowing } from '../../model/timeScale.ts';
import { constrainToTimeline, wheelZoomExponent, zoomedAt } from '../../model/zoomRules.ts';
import { lockTouchAxis } from './touchAxisLock.ts';
import { animateZoom } from './zoomAnimation.ts';

/** `byReader`: the reader moved the view (not a resize, a new domain or a restored link). */
export type TransformListener = (transform: ZoomTransform, byReader: boolean) => void;

export interface MoveOptions {
  /** Animate the move (unless the reader prefers reduced motion). Default: true. */
  animate?: boolean;
  /** The reader asked for it, so the address follows. Default: true. */
  byReader?: boolean;
}

const ANIMATION_MS = 450;
/** A pointer that moves less than this between down and up still makes a click. */
const CLICK_DISTANCE_PX = 4;
/** Passed to d3 as the source event of moves the reader made with a button or key. */
const READER_MOVE = { type: 'reader-move' };

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const isSideways = (event: WheelEvent) =>
  Math.abs(event.deltaX) > Math.abs(event.deltaY) && !event.ctrlKey;

export class TimelineZoom {
  private readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  private selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  private transform: ZoomTransform = zoomIdentity;
  /** The drawing's size; the base scale maps the whole domain onto [0, width]. */
  width = 1;
  private height = 1;
  private wheelArmed = false;
  /** Where the running animation will end: the next step starts from there, not mid-flight. */
  private destination: ZoomTransform | null = null;
  /** Stops the running animation where it is; null when none runs. */
  private stopAnimation: (() => void) | null = null;

  constructor(
    private readonly onTransform: TransformListener,
    private readonly onWheelHint: () => void,
  ) {
    this.behaviour = zoom<SVGSVGElement, unknown>()
      .extent(() => this.extent())
      .translateExtent(this.extent())
      .scaleExtent([1, 1])
      .constrain(constrainToTimeline)
      .wheelDelta(wheelZoomExponent)
      .clickDistance(CLICK_DISTANCE_PX)
      .filter((event: Event) => this.accepts(event))
      // Instant in d3: a double-click is animated by this class (onDoubleClick), like the buttons.
      .duration(0)
      // A gesture of the reader's takes over from a running animation.
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent && event.sourceEvent !== READER_MOVE) this.stopAnimation?.();
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const next = event.transform;
        if (next.k === this.transform.k && next.x === this.transform.x) return;
        this.transform = next;
        this.onTransform(next, event.sourceEvent != null);
      });
  }

  current(): ZoomTransform {
    return this.transform;
  }

  /** The zoom limits: [1, the closest zoom]. Set again whenever the domain changes. */
  scaleExtent(): [number, number] {
    return this.behaviour.scaleExtent();
  }

  private extent(): [[number, number], [number, number]] {
    return [
      [0, 0],
      [this.width, this.height],
    ];
  }

  private constrain = (transform: ZoomTransform): ZoomTransform =>
    this.behaviour.constrain()(transform, this.extent(), this.behaviour.translateExtent());

  /** Which gestures d3-zoom handles; the wheel listener below covers the rest of the policy. */
  private accepts(event: Event): boolean {
    if (event instanceof WheelEvent) {
      return (event.ctrlKey || event.metaKey || this.wheelArmed) && !isSideways(event);
    }
    // Double-clicks are this class's own (onDoubleClick), so they animate like the buttons.
    if (event.type === 'dblclick') return false;
    const button = (event as MouseEvent).button;
    return !(event as MouseEvent).ctrlKey && !button;
  }

  attach(node: SVGSVGElement): () => void {
    const selection = select(node);
    this.selection = selection;
    (node as SVGSVGElement & { __zoom?: ZoomTransform }).__zoom = this.transform;
    selection.call(this.behaviour);
    const unlockTouch = lockTouchAxis(node);
    const listeners: [string, EventListener, AddEventListenerOptions?][] = [
      ['wheel', (event) => this.onWheel(event as WheelEvent), { passive: false }],
      ['dblclick', (event) => this.onDoubleClick(event as MouseEvent)],
      ['pointerdown', () => (this.wheelArmed = true)],
      ['pointerleave', () => (this.wheelArmed = false)],
    ];
    for (const [type, listener, options] of listeners)
      node.addEventListener(type, listener, options);
    return () => {
      for (const [type, listener, options] of listeners) {
        node.removeEventListener(type, listener, options);
      }
      unlockTouch();
      this.stopAnimation?.();
      selection.on('.zoom', null);
      this.selection = null;
    };
  }

  /** What d3-zoom's wheel handling leaves: the hint, sideways panning, no browser page zoom. */
  private onWheel(event: WheelEvent): void {
    if (isSideways(event)) {
      event.preventDefault();
      this.moveTo(this.transform.translate(-event.deltaX / this.transform.k, 0), {
        animate: false,
      });
      return;
    }
    // Ctrl + wheel at the zoom limit is ignored by d3; the browser must not zoom the page instead.
    if (event.ctrlKey || event.metaKey) event.preventDefault();
    else if (!this.wheelArmed) this.onWheelHint();
  }

  /**
   * Double-click zooms in twice as close where it was clicked (with shift, out), as d3-zoom
   * would, but animated like the buttons. On an event or a cluster it means "open it" instead.
   */
  private onDoubleClick(event: MouseEvent): void {
    if ((event.target as Element | null)?.closest?.('[data-mark]')) return;
    const svg = event.currentTarget as SVGSVGElement;
    const x = event.clientX - svg.getBoundingClientRect().left;
    const extent = this.behaviour.scaleExtent();
    const factor = event.shiftKey ? 0.5 : 2;
    this.moveTo(zoomedAt(this.heading(), factor, x, extent, this.constrain), {});
  }

  /** New size: the same time range stays in view. */
  resize(width: number, height: number): void {
    const previous = this.width;
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    this.behaviour.translateExtent(this.extent());
    const { k, x } = this.transform;
    this.moveTo(new ZoomTransform(k, (x * this.width) / previous, 0), {
      animate: false,
      byReader: false,
    });
  }

  /** New zoom limits (a new domain): the view is capped and constrained to them at once. */
  setScaleExtent(extent: readonly [number, number]): void {
    const [min, max] = this.behaviour.scaleExtent();
    if (min === extent[0] && max === extent[1]) return;
    this.behaviour.scaleExtent([extent[0], extent[1]]);
    this.moveTo(zoomedAt(this.transform, 1, this.width / 2, extent, this.constrain), {
      animate: false,
      byReader: false,
    });
  }

  /** The view the reader is heading to: the animation's end while one runs. */
  private heading(): ZoomTransform {
    return this.destination ?? this.transform;
  }

  private moveTo(target: ZoomTransform, { animate = true, byReader = true }: MoveOptions): void {
    const end = this.constrain(target);
    const heading = this.heading();
    if (end.k === heading.k && end.x === heading.x) return;
    const source = byReader ? READER_MOVE : null;
    const selection = this.selection;
    if (!selection) {
      this.transform = end;
      this.onTransform(end, byReader);
      return;
    }
    this.stopAnimation?.();
    if (!animate || prefersReducedMotion()) {
      this.applyNow(selection, end, source);
      return;
    }
    this.destination = end;
    const stop = animateZoom(
      this.transform,
      end,
      this.width,
      ANIMATION_MS,
      (frame) => this.applyNow(selection, frame, source),
      () => {
        if (this.stopAnimation === stop) [this.stopAnimation, this.destination] = [null, null];
      },
    );
    this.stopAnimation = stop;
  }

  /**
   * d3-zoom's `transform`, with the source event as its fourth argument (d3-zoom 3 takes it; the
   * type declarations stop at three): READER_MOVE marks moves the reader asked for.
   */
  private applyNow = (
    target: Selection<SVGSVGElement, unknown, null, undefined>,
    transform: ZoomTransform,
    source: object | null,
  ): void => {
    const apply = this.behaviour.transform as (
      on: typeof target,
      transform: ZoomTransform,
      point: undefined,
      event: object | null,
    ) => void;
    apply(target, transform, undefined, source);
  };

  zoomBy(factor: number, options: MoveOptions = {}): void {
    const extent = this.behaviour.scaleExtent();
    this.moveTo(zoomedAt(this.heading(), factor, this.width / 2, extent, this.constrain), options);
  }

  panBy(pixels: number, options: MoveOptions = {}): void {
    const heading = this.heading();
    this.moveTo(heading.translate(pixels / heading.k, 0), options);
  }

  /** Whether zooming in further is possible (the limit is about a month across the view). */
  canZoomIn(): boolean {
    return this.heading().k < this.behaviour.scaleExtent()[1] * 0.999;
  }

  fit(options: MoveOptions = {}): void {
    this.moveTo(zoomIdentity, options);
  }

  /**
   * Shows the base-pixel range [x0, x1] with a margin (a fraction of the range), as large as the
   * zoom limit allows, centred.
   */
  showRange(x0: number, x1: number, options: MoveOptions & { margin?: number } = {}): void {
    const pad = (x1 - x0) * (options.margin ?? 0);
    const wanted = transformShowing(x0 - pad, x1 + pad, this.width);
    const k = Math.min(this.behaviour.scaleExtent()[1], wanted.k);
    const centre = (x0 + x1) / 2;
    this.moveTo(new ZoomTransform(k, this.width / 2 - centre * k, 0), options);
  }

  /** Puts base-pixel x at `at` (a fraction of the width) at zoom `k` (default: the current). */
  centreOn(baseX: number, options: MoveOptions & { k?: number; at?: number } = {}): void {
    const [min, max] = this.behaviour.scaleExtent();
    const k = Math.min(max, Math.max(min, options.k ?? this.heading().k));
    this.moveTo(new ZoomTransform(k, this.width * (options.at ?? 0.5) - baseX * k, 0), options);
  }
}
