/**
 * The forms an event's label can take, measured once per title: the whole title on one line, the
 * whole title on two lines, and shortened to its first words. The lane layout tries them in that
 * order against the room there is; every form is made of whole words of the title, so what a
 * reader sees is always part of the mark's accessible name (WCAG 2.5.3, label in name).
 */

export interface LabelForm {
  /** 'whole': one line; 'wrapped': two lines; 'short': the first words and an ellipsis. */
  kind: 'whole' | 'wrapped' | 'short';
  /** The drawn lines (one, or two when wrapped). */
  lines: readonly string[];
  /** Width of the widest line, in pixels. */
  width: number;
  /**
   * False for a shortened form that may read like another event's label: kept last, only for the
   * edge of the view, where it is drawn if no other label on screen reads the same.
   */
  distinct: boolean;
}

export interface LabelMetrics {
  title: string;
  /** Preference order: whole, wrapped (if the title has two words or more), then shorter. */
  forms: readonly LabelForm[];
}

const ELLIPSIS = '…';

/**
 * How many leading words tell each title apart from every other: one more than the longest run of
 * words it shares with another title from the start. "Two-way trade passes US$90 billion" needs
 * five words beside "Two-way trade passes US$100 billion"; a shortened label never drops below
 * that, so two events never read the same.
 */
export function distinctWordCounts(titles: readonly string[]): Map<string, number> {
  const unique = [...new Set(titles)].sort();
  const counts = new Map<string, number>();
  const split = unique.map((title) => title.split(/\s+/));
  const shared = (a: readonly string[], b: readonly string[]) => {
    let index = 0;
    while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
    return index;
  };
  // Sorted, a title shares its longest word prefix with a neighbour.
  for (const [index, words] of split.entries()) {
    const before = index > 0 ? shared(words, split[index - 1] as string[]) : 0;
    const after = index + 1 < split.length ? shared(words, split[index + 1] as string[]) : 0;
    counts.set(unique[index] as string, Math.min(words.length, Math.max(before, after) + 1));
  }
  return counts;
}

/**
 * The label forms of one title. `keepWords` is the fewest leading words a shortened form may have
 * (distinctWordCounts); `measure` gives a text's drawn width.
 */
export function labelMetrics(
  title: string,
  keepWords: number,
  measure: (text: string) => number,
): LabelMetrics {
  const whole: LabelForm = { kind: 'whole', lines: [title], width: measure(title), distinct: true };
  const words = title.split(/\s+/);
  if (words.length < 2) return { title, forms: [whole] };
  const widths = words.map(measure);
  const space = measure(' ');
  const forms: LabelForm[] = [whole];

  // Two lines: the split whose longer line is shortest, a line wrap a reader would make.
  let best: { at: number; width: number } | null = null;
  let first = 0;
  let total = widths.reduce((sum, width) => sum + width, 0) + space * (words.length - 1);
  for (let at = 1; at < words.length; at++) {
    first += (widths[at - 1] as number) + (at > 1 ? space : 0);
    const second = total - first - space;
    const width = Math.max(first, second);
    if (!best || width < best.width) best = { at, width };
  }
  if (best && best.width < whole.width) {
    const lines = [words.slice(0, best.at).join(' '), words.slice(best.at).join(' ')];
    forms.push({ kind: 'wrapped', lines, width: Math.max(...lines.map(measure)), distinct: true });
  }

  // Shorter and shorter: down to the words that tell this title apart, then (not distinct) on.
  const ellipsis = measure(ELLIPSIS);
  total = 0;
  const prefixWidths: number[] = [];
  for (let count = 1; count < words.length; count++) {
    total += (widths[count - 1] as number) + (count > 1 ? space : 0);
    prefixWidths.push(total);
  }
  for (let count = words.length - 1; count >= 1; count--) {
    const text = words
      .slice(0, count)
      .join(' ')
      .replace(/[\s,;:–-]+$/, '');
    if (!text) continue;
    forms.push({
      kind: 'short',
      lines: [`${text}${ELLIPSIS}`],
      width: Math.ceil((prefixWidths[count - 1] as number) + ellipsis),
      distinct: count >= keepWords,
    });
  }
  return { title, forms };
}
