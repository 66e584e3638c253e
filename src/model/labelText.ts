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
/** Dropped from the end of a shortened label ("Hanoi, Washington" → "Hanoi…"). */
const TRAILING_PUNCTUATION = /[\s,;:–-]+$/;
const PUNCTUATION_ONLY = /^[,;:–-]+$/;

/**
 * How many leading words tell each title apart from every other: one more than the longest run of
 * words it shares with another title from the start. "Two-way trade passes US$90 billion" needs
 * four words beside "Two-way trade passes US$100 billion"; a shortened label never drops below
 * that, so two events never read the same. Words are compared as a shortened label shows them,
 * without trailing punctuation: "Hanoi, Washington talks" and "Hanoi visit" both start "Hanoi…".
 */
export function distinctWordCounts(titles: readonly string[]): Map<string, number> {
  const keysOf = (title: string) =>
    title.split(/\s+/).map((word) => word.replace(TRAILING_PUNCTUATION, ''));
  // Sorted word by word (not character by character, where "Hanoi," sorts apart from "Hanoi"),
  // a title shares its longest word prefix with a neighbour.
  const split = [...new Set(titles)]
    .map((title) => ({ title, keys: keysOf(title) }))
    .sort((a, b) => compareWords(a.keys, b.keys));
  const counts = new Map<string, number>();
  const shared = (a: readonly string[], b: readonly string[]) => {
    let index = 0;
    while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
    return index;
  };
  for (const [index, { title, keys }] of split.entries()) {
    const before = index > 0 ? shared(keys, (split[index - 1] as { keys: string[] }).keys) : 0;
    const after =
      index + 1 < split.length ? shared(keys, (split[index + 1] as { keys: string[] }).keys) : 0;
    counts.set(title, Math.min(keys.length, Math.max(before, after) + 1));
  }
  return counts;
}

function compareWords(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < a.length && index < b.length; index++) {
    const [left, right] = [a[index] as string, b[index] as string];
    // Code-unit order, not localeCompare, so the result is the same on every machine.
    if (left !== right) return left < right ? -1 : 1;
  }
  return a.length - b.length;
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
    // Cut just after a dash, the label reads as the cut before it (the dash is dropped), whose
    // words may be too few to tell the title apart: only that shorter cut is kept.
    if (PUNCTUATION_ONLY.test(words[count - 1] as string)) continue;
    const text = words.slice(0, count).join(' ').replace(TRAILING_PUNCTUATION, '');
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
