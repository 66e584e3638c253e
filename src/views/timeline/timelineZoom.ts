/**
 * The timeline's zoom: it owns the transform (k, x) and turns gestures into new transforms, which
 * the component mirrors into its state. It only listens on the SVG; it never adds nodes to it.
 *
 * Wheel policy, as good embedded maps do: a plain wheel scrolls the page past the timeline (and a
 * hint says how to zoom); ctrl/⌘ + wheel (also a trackpad pinch) zooms, and so does a plain wheel
 * once the reader has clicked the timeline, until the pointer leaves it. A sideways trackpad
 * swipe pans. Touch: a sideways drag pans, two fingers pinch and pan, a vertical swipe scrolls the
 * page (the SVG has `touch-action: pan-y`).
 */
import {
  interpolateView,
  transformShowing,
  ZoomTransform,
  zoomIdentity,
} from '../../model/zoomTransform.ts';

/** `byReader`: the reader moved the view (not a resize or a restored link). */
export type TransformListener = (transform: ZoomTransform, byReader: boolean) => void;

const ANIMATION_MS = 450;
/** A pointer that moves less than this between down and up still makes a click. */
const CLICK_DISTANCE_PX = 4;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How far one wheel event zooms; the same curve as d3-zoom's default wheelDelta. */
function wheelZoomFactor(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return 2 ** (-event.deltaY * unit * (event.ctrlKey ? 10 : 1));
}

interface Gesture {
  start: ZoomTransform;
  /** Pointer positions (screen x, y) when the gesture or its current finger count began. */
  origin: Map<number, { x: number; y: number }>;
  moved: boolean;
}

export class TimelineZoom {
  private transform = zoomIdentity;
  private width = 1;
  private node: SVGSVGElement | null = null;
  private wheelArmed = false;
  private animation = 0;
  /** Where the running animation will end: the next step starts from there, not mid-flight. */
  private destination: ZoomTransform | null = null;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private gesture: Gesture | null = null;
  /** Set when a drag ends: the click the browser fires next is part of the drag. */
  private suppressClick = false;

  constructor(
    private readonly onTransform: TransformListener,
    private readonly onWheelHint: () => void,
    readonly maxZoom: number,
  ) {}

  current(): ZoomTransform {
    return this.transform;
  }

  private set(next: ZoomTransform, byReader = true): void {
    const constrained = next.constrain(this.width, this.maxZoom);
    if (constrained.equals(this.transform)) return;
    this.transform = constrained;
    this.onTransform(constrained, byReader);
  }

  private localX(event: MouseEvent): number {
    const box = this.node?.getBoundingClientRect();
    return event.clientX - (box?.left ?? 0);
  }

  attach(node: SVGSVGElement): () => void {
    this.node = node;
    const listeners: [string, EventListener, AddEventListenerOptions?][] = [
      ['wheel', (event) => this.onWheel(event as WheelEvent), { passive: false }],
      ['pointerdown', (event) => this.onPointerDown(event as PointerEvent)],
      ['pointermove', (event) => this.onPointerMove(event as PointerEvent)],
      ['pointerup', (event) => this.onPointerUp(event as PointerEvent)],
      ['pointercancel', (event) => this.onPointerUp(event as PointerEvent)],
      ['pointerleave', () => (this.wheelArmed = false)],
      ['dblclick', (event) => this.onDoubleClick(event as MouseEvent)],
      ['click', (event) => this.onClickCapture(event), { capture: true }],
    ];
    for (const [type, listener, options] of listeners)
      node.addEventListener(type, listener, options);
    return () => {
      for (const [type, listener, options] of listeners) {
        node.removeEventListener(type, listener, options);
      }
      cancelAnimationFrame(this.animation);
      this.node = null;
    };
  }

  private onWheel(event: WheelEvent): void {
    if (Math.abs(event.deltaX) > Math.abs(event.deltaY) && !event.ctrlKey) {
      event.preventDefault();
      this.stopAnimation();
      this.set(this.transform.translateBy(-event.deltaX));
      return;
    }
    if (!(event.ctrlKey || event.metaKey || this.wheelArmed)) {
      this.onWheelHint();
      return;
    }
    event.preventDefault();
    this.stopAnimation();
    this.set(this.transform.scaleAt(wheelZoomFactor(event), this.localX(event)));
  }

  private onPointerDown(event: PointerEvent): void {
    this.wheelArmed = true;
    this.suppressClick = false;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.stopAnimation();
    this.pointers.set(event.pointerId, { x: this.localX(event), y: event.clientY });
    this.restartGesture();
  }

  /** A finger added or lifted: the gesture goes on from where it is, with the new fingers. */
  private restartGesture(): void {
    const moved = this.gesture?.moved ?? false;
    this.gesture =
      this.pointers.size === 0
        ? null
        : { start: this.transform, origin: new Map(this.pointers), moved };
  }

  private onPointerMove(event: PointerEvent): void {
    const gesture = this.gesture;
    if (!gesture || !this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, { x: this.localX(event), y: event.clientY });
    const [first, second] = [...this.pointers.keys()];
    const now0 = this.pointers.get(first as number);
    const was0 = gesture.origin.get(first as number);
    if (!now0 || !was0) return;
    if (!gesture.moved && Math.hypot(now0.x - was0.x, now0.y - was0.y) > CLICK_DISTANCE_PX) {
      gesture.moved = true;
      // Captured only once it is a drag: capturing on press would send the click to the SVG
      // instead of the event mark under the pointer.
      for (const id of this.pointers.keys()) this.node?.setPointerCapture?.(id);
    }
    const now1 = second === undefined ? undefined : this.pointers.get(second);
    const was1 = second === undefined ? undefined : gesture.origin.get(second);
    if (!now1 || !was1) {
      this.set(gesture.start.translateBy(now0.x - was0.x));
      return;
    }
    // Pinch: the span between the fingers scales the view; their midpoint drags it.
    const factor = Math.abs(now1.x - now0.x) / Math.max(1, Math.abs(was1.x - was0.x));
    const wasMiddle = (was0.x + was1.x) / 2;
    const nowMiddle = (now0.x + now1.x) / 2;
    gesture.moved = true;
    this.set(gesture.start.scaleAt(factor, wasMiddle).translateBy(nowMiddle - wasMiddle));
  }

  private onPointerUp(event: PointerEvent): void {
    if (!this.pointers.delete(event.pointerId)) return;
    const moved = this.gesture?.moved ?? false;
    this.restartGesture();
    if (this.gesture === null) this.suppressClick = moved;
  }

  /** A drag that ends over an event must not also open it. */
  private onClickCapture(event: Event): void {
    if (!this.suppressClick) return;
    this.suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
  }

  private onDoubleClick(event: MouseEvent): void {
    // Double-clicking an event or a cluster means "open it", not "zoom here".
    if ((event.target as Element | null)?.closest?.('[data-mark]')) return;
    this.animateTo(this.transform.scaleAt(2, this.localX(event)), true);
  }

  /** New width: the same time range stays in view. */
  resize(width: number, height: number): void {
    void height;
    const previous = this.width;
    this.width = Math.max(1, width);
    const scaled = new ZoomTransform(this.transform.k, (this.transform.x * this.width) / previous);
    this.transform = scaled.constrain(this.width, this.maxZoom);
    this.onTransform(this.transform, false);
  }

  private stopAnimation(): void {
    cancelAnimationFrame(this.animation);
    this.animation = 0;
    this.destination = null;
  }

  /** The view the reader is heading to: the animation's end while one runs. */
  private heading(): ZoomTransform {
    return this.destination ?? this.transform;
  }

  private animateTo(target: ZoomTransform, animate: boolean, byReader = true): void {
    this.stopAnimation();
    const end = target.constrain(this.width, this.maxZoom);
    if (!animate || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
      this.set(end, byReader);
      return;
    }
    const start = this.transform;
    const startedAt = performance.now();
    this.destination = end;
    // performance.now(), not the frame's timestamp: some environments (jsdom) time frames by
    // another clock, and the animation would never reach its end.
    const step = () => {
      const t = Math.min(1, Math.max(0, (performance.now() - startedAt) / ANIMATION_MS));
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      this.set(interpolateView(start, end, this.width, eased));
      if (t < 1) this.animation = requestAnimationFrame(step);
      else this.stopAnimation();
    };
    this.animation = requestAnimationFrame(step);
  }

  zoomBy(factor: number, animate = true): void {
    this.animateTo(this.heading().scaleAt(factor, this.width / 2), animate);
  }

  panBy(pixels: number, animate = true): void {
    this.animateTo(this.heading().translateBy(pixels), animate);
  }

  /** Whether zooming in further is possible (the limit is about a month across the view). */
  canZoomIn(): boolean {
    return this.heading().k < this.maxZoom * 0.999;
  }

  fit(animate = true): void {
    this.animateTo(zoomIdentity, animate);
  }

  /** Shows the base-pixel range [x0, x1], with a margin, as large as the zoom limit allows. */
  showRange(x0: number, x1: number, animate = true, margin = 0.08): void {
    const pad = (x1 - x0) * margin;
    const target = transformShowing(x0 - pad, x1 + pad, this.width);
    const k = Math.min(this.maxZoom, target.k);
    const centre = (x0 + x1) / 2;
    this.animateTo(new ZoomTransform(k, this.width / 2 - centre * k), animate);
  }

  /** Puts base-pixel x at `at` (a fraction of the width), at zoom k (default: the current). */
  centreOn(baseX: number, k = this.heading().k, animate = true, at = 0.5): void {
    const level = Math.min(this.maxZoom, Math.max(1, k));
    this.animateTo(new ZoomTransform(level, this.width * at - baseX * level), animate);
  }

  /** Restores a view given as a base-pixel range (e.g. from the URL), without animation. */
  setRange(x0: number, x1: number): void {
    this.animateTo(transformShowing(x0, x1, this.width), false, false);
  }
}
