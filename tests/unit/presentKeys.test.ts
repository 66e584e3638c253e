import { describe, expect, it } from 'vitest';
import { presentMove } from '../../src/model/presentKeys.ts';

const at = (step: number, more: { shiftKey?: boolean; onControl?: boolean } = {}) => ({
  step,
  count: 5,
  ...more,
});

describe('keys in present mode', () => {
  it("a clicker's Page Down, the right and down arrows and Space go forward", () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) {
      expect(presentMove(key, at(2)), key).toEqual({ step: 3 });
    }
  });

  it('Page Up, the left and up arrows and Shift+Space go back', () => {
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) {
      expect(presentMove(key, at(2)), key).toEqual({ step: 1 });
    }
    expect(presentMove(' ', at(2, { shiftKey: true }))).toEqual({ step: 1 });
  });

  it('Home and End go to the ends, and no key goes past them', () => {
    expect(presentMove('Home', at(4))).toEqual({ step: 1 });
    expect(presentMove('End', at(1))).toEqual({ step: 5 });
    expect(presentMove('ArrowRight', at(5))).toEqual({ step: 5 });
    expect(presentMove('ArrowLeft', at(1))).toEqual({ step: 1 });
  });

  it("Escape leaves; Space on a button is the button's; other keys do nothing", () => {
    expect(presentMove('Escape', at(3))).toBe('leave');
    expect(presentMove(' ', at(3, { onControl: true }))).toBeNull();
    expect(presentMove('a', at(3))).toBeNull();
    expect(presentMove('ArrowRight', { step: 1, count: 0 })).toBeNull();
  });
});
