/**
 * The timeline's keyboard: on the drawing, + / − zoom, arrows pan, Home / End go to the ends and
 * 0 shows everything; on an event or a cluster, arrows and Home / End step through the events in
 * time order instead (zoom keys work everywhere). The overview strip's slider moves the same view
 * with the same keys, in smaller steps, and Page Up / Page Down pan by a whole view.
 */
import type { TimelineZoom } from './timelineZoom.ts';

export interface TimelineKeyContext {
  zoom: TimelineZoom;
  width: () => number;
  /** Ids of the events shown, in time order. */
  eventIds: () => readonly string[];
  /** Members of the cluster drawn with this key, in time order. */
  clusterIds: (key: string) => readonly string[] | undefined;
  focusEvent: (id: string) => void;
}

/** Zoom in and out, pan by `panStep` pixels, and go to either end of the timeline. */
function viewKeys(zoom: TimelineZoom, width: number, panStep: number): Record<string, () => void> {
  return {
    '+': () => zoom.zoomBy(2),
    '=': () => zoom.zoomBy(2),
    '-': () => zoom.zoomBy(0.5),
    _: () => zoom.zoomBy(0.5),
    ArrowLeft: () => zoom.panBy(panStep),
    ArrowRight: () => zoom.panBy(-panStep),
    Home: () => zoom.centreOn(0, { at: 0 }),
    End: () => zoom.centreOn(width, { at: 1 }),
  };
}

function neighbourOf(
  target: Element,
  step: number,
  context: TimelineKeyContext,
): string | undefined {
  const ids = context.eventIds();
  const clusterKey = target.getAttribute('data-cluster');
  const members = clusterKey ? context.clusterIds(clusterKey) : undefined;
  const fromId =
    target.getAttribute('data-event-id') ?? (step > 0 ? members?.at(-1) : members?.[0]);
  const index = fromId === undefined ? -1 : ids.indexOf(fromId);
  if (index === -1) return undefined;
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))];
}

export function handleTimelineKey(event: KeyboardEvent, context: TimelineKeyContext): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const { zoom } = context;
  // Era labels are buttons of their own: only event marks and clusters step through events.
  const target = (event.target as Element).closest('[data-mark]:not([data-era])');
  const width = context.width();
  const step = (by: number) => () => {
    const id = target ? neighbourOf(target, by, context) : undefined;
    if (id) context.focusEvent(id);
  };
  const to = (index: number) => () => {
    const id = context.eventIds().at(index);
    if (id) context.focusEvent(id);
  };
  const keys: Record<string, () => void> = {
    ...viewKeys(zoom, width, width / 4),
    '0': () => zoom.fit(),
    ...(target
      ? {
          ArrowLeft: step(-1),
          ArrowRight: step(1),
          Home: to(0),
          End: to(-1),
          ArrowUp: step(-1),
          ArrowDown: step(1),
        }
      : {}),
  };
  const action = keys[event.key];
  if (!action) return;
  event.preventDefault();
  action();
}

/** The overview slider's keys: the same moves as on the timeline, by the brush. Returns whether
 * it used the key. */
export function handleOverviewKey(key: string, zoom: TimelineZoom, width: number): boolean {
  const keys: Record<string, () => void> = {
    ...viewKeys(zoom, width, width / 10),
    PageUp: () => zoom.panBy(width),
    PageDown: () => zoom.panBy(-width),
  };
  const action = keys[key];
  action?.();
  return action !== undefined;
}
