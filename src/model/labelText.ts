/**
 * The forms an event's label can take, measured once per title: the whole title on one line, the
 * whole title on two lines, and shortened to its first words. The lane layout tries them in that
 * order against the room there is; every form is made of whole words of the title, so what a
 * reader sees is always part of the mark's accessible name (WCAG 2.5.3, label in name).
 */

export interface LabelForm {
  /** 'whole': one line; 'wrapped': two lines; 'short': the first words and an ellipsis. */
  readonly kind: 'whole' | 'wrapped' | 'short';
  /** The drawn lines (one, or two when wrapped), made when first read. */
  readonly lines: readonly string[];
  /** Width of the widest line, in pixels. */
  readonly width: number;
  /** Rows of the lane it takes: 2 when wrapped. */
  readonly rows: 1 | 2;
  readonly short: boolean;
  /**
   * False for a shortened form that may read like another event's label: kept last, only for the
   * edge of the view, where it is drawn if no other label on screen reads the same.
   */
  readonly distinct: boolean;
}

export interface LabelMetrics {
  readonly title: string;
  /** Preference order: whole, wrapped (if the title has two words or more), then shorter. */
  readonly forms: readonly LabelForm[];
  /** The forms the zoom layout may use: all but the ones that are not distinct (a prefix). */
  readonly layoutForms: readonly LabelForm[];
  /** The whole title, and wrapped: all an event that need not be labelled ever uses. */
  readonly plainForms: readonly LabelForm[];
  /**
   * The form at an index of any of the lists above (each begins like the next), measuring the
   * shortened ones only if it is one of them.
   */
  formAt(index: number): LabelForm | undefined;
}

const wordsOf = (title: string): string[] => title.split(/\s+/);

/**
 * One form of a title. Its text is made only when it is drawn, from the title (not from kept
 * words): with thousands of events, most forms are only ever measured, and holding every title's
 * words as well would cost megabytes of heap.
 */
class Form implements LabelForm {
  private made: readonly string[] | undefined;

  constructor(
    readonly kind: LabelForm['kind'],
    readonly width: number,
    readonly distinct: boolean,
    private readonly title: string,
    /** wrapped: the first word of the second line; short: how many words are kept. */
    private readonly at: number,
  ) {}

  get rows(): 1 | 2 {
    return this.kind === 'wrapped' ? 2 : 1;
  }

  get short(): boolean {
    return this.kind === 'short';
  }

  get lines(): readonly string[] {
    this.made ??= this.make();
    return this.made;
  }

  private make(): readonly string[] {
    const { at } = this;
    if (this.kind === 'whole') return [this.title];
    const words = wordsOf(this.title);
    if (this.kind === 'wrapped') return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
    const kept = words.slice(0, at).join(' ').replace(TRAILING_PUNCTUATION, '');
    return [`${kept}${ELLIPSIS}`];
  }
}

/**
 * The forms of one title, measured when the layout first asks for them (most of a large
 * timeline's titles are laid out at a zoom level or two before they are ever needed).
 */
class Metrics implements LabelMetrics {
  private plain: readonly LabelForm[] | undefined;
  private all: readonly LabelForm[] | undefined;
  private forLayout: readonly LabelForm[] | undefined;

  constructor(
    readonly title: string,
    /** The fewest leading words a distinct shortened form keeps (asked for only if needed). */
    private readonly keepWords: (title: string) => number,
    private readonly measure: (text: string) => number,
  ) {}

  get plainForms(): readonly LabelForm[] {
    if (this.plain) return this.plain;
    const { title, measure } = this;
    const words = wordsOf(title);
    const widths = words.map(measure);
    const wholeWidth = measure(title);
    const forms: LabelForm[] = [new Form('whole', wholeWidth, true, title, words.length)];
    const wrap = bestWrap(widths, measure(' '));
    // Summed word widths may be a pixel under the measured line: a little slack.
    if (wrap && wrap.width + 2 < wholeWidth) {
      forms.push(new Form('wrapped', Math.ceil(wrap.width) + 2, true, title, wrap.at));
    }
    this.plain = forms;
    return forms;
  }

  get forms(): readonly LabelForm[] {
    if (this.all) return this.all;
    const plain = this.plainForms;
    // Split and measured again: rare (milestones, the view's edges), and nothing kept meanwhile.
    const words = wordsOf(this.title);
    const widths = words.map(this.measure);
    const space = this.measure(' ');
    const ellipsis = this.measure(ELLIPSIS);
    const keepWords = words.length > 1 ? this.keepWords(this.title) : 1;
    const forms = [...plain];
    // Shorter and shorter: down to the words that tell this title apart, then (not distinct) on.
    let prefix = widths.reduce((sum, width) => sum + width, 0) + space * (words.length - 1);
    for (let count = words.length - 1; count >= 1; count--) {
      prefix -= (widths[count] as number) + space;
      // Cut just after a dash, the label reads as the cut before it (the dash is dropped), whose
      // words may be too few to tell the title apart: only that shorter cut is kept.
      if (PUNCTUATION_ONLY.test(words[count - 1] as string)) continue;
      forms.push(
        new Form('short', Math.ceil(prefix + ellipsis) + 1, count >= keepWords, this.title, count),
      );
    }
    this.all = forms;
    return forms;
  }

  get layoutForms(): readonly LabelForm[] {
    this.forLayout ??= this.forms.filter((form) => form.distinct);
    return this.forLayout;
  }

  formAt(index: number): LabelForm | undefined {
    if (index < 0) return undefined;
    const plain = this.plainForms;
    return index < plain.length ? plain[index] : this.forms[index];
  }
}

/** Two lines: the split whose longer line is shortest, a line wrap a reader would make. */
function bestWrap(widths: readonly number[], space: number): { at: number; width: number } | null {
  if (widths.length < 2) return null;
  const total = widths.reduce((sum, width) => sum + width, 0) + space * (widths.length - 1);
  let best = { at: 0, width: Infinity };
  let first = 0;
  for (let at = 1; at < widths.length; at++) {
    first += (widths[at - 1] as number) + (at > 1 ? space : 0);
    const width = Math.max(first, total - first - space);
    if (width < best.width) best = { at, width };
  }
  return best;
}

const ELLIPSIS = '…';
const TRAILING_PUNCTUATION = /[\s,;:–-]+$/;
const PUNCTUATION_ONLY = /^[,;:–-]+$/;

/** Dropped from the end of a shortened label ("Hanoi, Washington" → "Hanoi…"). */

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
 * The label forms of one title, measured when first asked for. `keepWords` gives the fewest
 * leading words a shortened form may have (distinctWordCounts), asked only when one is needed;
 * `measure` gives a text's drawn width.
 */
export function labelMetrics(
  title: string,
  keepWords: number | ((title: string) => number),
  measure: (text: string) => number,
): LabelMetrics {
  return new Metrics(title, typeof keepWords === 'number' ? () => keepWords : keepWords, measure);
}
