/**
 * What a key does in present mode: the keys a presentation clicker sends (Page Up / Page Down),
 * the arrows, Space (Shift+Space back), Home / End, and Escape to leave.
 */
export type PresentMove = { step: number } | 'leave' | null;

const STEP_KEYS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
};

/**
 * The step (from 1) a key leads to from `step` of `count`, 'leave', or null for a key that does
 * nothing here. `onControl`: focus is on a button or field, which does its own thing with Space.
 */
export function presentMove(
  key: string,
  { step, count, shiftKey = false, onControl = false }: PresentKeyContext,
): PresentMove {
  if (key === 'Escape') return 'leave';
  if (count < 1) return null;
  const clamp = (next: number) => ({ step: Math.min(Math.max(next, 1), count) });
  if (key === 'Home') return clamp(1);
  if (key === 'End') return clamp(count);
  if (key === ' ') return onControl ? null : clamp(step + (shiftKey ? -1 : 1));
  const delta = STEP_KEYS[key];
  return delta === undefined ? null : clamp(step + delta);
}

export interface PresentKeyContext {
  step: number;
  count: number;
  shiftKey?: boolean;
  onControl?: boolean;
}
