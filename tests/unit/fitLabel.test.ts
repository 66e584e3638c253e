import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../src/model/timelineLayout.ts';

/** Like the app's measurer: a width per character, summed (7 px, narrower for spaces). */
const measure = (text: string) => [...text].reduce((sum, char) => sum + (char === ' ' ? 3 : 7), 0);

describe('fitting a label into its room', () => {
  it('keeps a title that fits whole', () => {
    expect(fitLabel('Obama visits Vietnam', 190, measure)).toEqual({
      label: 'Obama visits Vietnam',
      width: measure('Obama visits Vietnam'),
    });
  });

  it('cuts a long title between words, adds an ellipsis, and stays within the room', () => {
    const title = 'Vietnam the 8th largest US trading partner from 2019, says the review';
    const { label, width } = fitLabel(title, 190, measure);
    expect(label.endsWith('…')).toBe(true);
    expect(width).toBeLessThanOrEqual(190);
    // Whole words of the title, so the visible label is part of the mark's name (WCAG 2.5.3).
    expect(title.startsWith(label.slice(0, -1))).toBe(true);
    expect(title[label.length - 1]).toBe(' ');
    // As many words as fit: one more would not.
    const words = label.slice(0, -1).split(' ').length;
    const longer = `${title
      .split(' ')
      .slice(0, words + 1)
      .join(' ')}…`;
    expect(measure(longer)).toBeGreaterThan(190);
  });

  it('drops a trailing comma or dash before the ellipsis', () => {
    expect(
      fitLabel('Trade grows, then tariffs arrive in the spring of 2025', 100, measure).label,
    ).toBe('Trade grows…');
  });

  it('keeps a first word too long for the room whole rather than cutting it', () => {
    expect(fitLabel('Supercalifragilistic expialidocious', 60, measure).label).toBe(
      'Supercalifragilistic…',
    );
  });
});
