/**
 * Lets a vertical one-finger swipe over the timeline scroll the page. d3-zoom cancels every
 * touchmove of a gesture it tracks, which would trap a phone's reader on a timeline that fills the
 * screen; the SVG's `touch-action: pan-y` only helps if nobody cancels the first move. So the
 * first moves of a one-finger touch are held back from d3 until they show a direction: vertical,
 * and d3 never sees this touch (the browser scrolls); sideways, and d3 pans from where the finger
 * went down. Two fingers always go to d3 (a pinch).
 */

/** Movement (px) after which a swipe has a direction. */
const DECIDE_AFTER_PX = 6;

export function lockTouchAxis(node: Element): () => void {
  let start: { x: number; y: number } | null = null;
  let axis: 'undecided' | 'x' | 'y' = 'undecided';

  const onStart = (event: Event) => {
    const { touches } = event as TouchEvent;
    const first = touches[0];
    if (touches.length === 1 && first) {
      start = { x: first.clientX, y: first.clientY };
      axis = 'undecided';
    } else {
      axis = 'x';
    }
  };
  const onMove = (event: Event) => {
    const { touches } = event as TouchEvent;
    const first = touches[0];
    if (touches.length > 1 || axis === 'x' || !start || !first) return;
    if (axis === 'undecided') {
      const dx = Math.abs(first.clientX - start.x);
      const dy = Math.abs(first.clientY - start.y);
      if (Math.max(dx, dy) >= DECIDE_AFTER_PX) axis = dx >= dy ? 'x' : 'y';
    }
    if (axis !== 'x') event.stopImmediatePropagation();
  };
  // Capturing, so these run before d3-zoom's own listeners on the same node.
  const options = { capture: true, passive: true };
  node.addEventListener('touchstart', onStart, options);
  node.addEventListener('touchmove', onMove, options);
  return () => {
    node.removeEventListener('touchstart', onStart, options);
    node.removeEventListener('touchmove', onMove, options);
  };
}
