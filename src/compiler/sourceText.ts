/**
 * A source document's text, searchable for verbatim quotes.
 *
 * The only normalisation allowed is folding runs of white space (U+00A0 and line ends included)
 * to one space: the seeds have double spaces and no-break spaces that a teacher cannot see, and
 * nothing else may differ between a quote and its document.
 */
const WHITE_SPACE_RUN = /\s+/gu;

export interface TextSpan {
  start: number;
  end: number;
}

export function foldWhiteSpace(text: string): string {
  return text.replace(WHITE_SPACE_RUN, ' ').trim();
}

export class SourceText {
  private readonly folded: string;
  /** originalIndex[i] is where folded character i comes from in the original text. */
  private readonly originalIndex: Int32Array;
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const chars: string[] = [];
    const origins: number[] = [];
    let inRun = false;
    for (let index = 0; index < text.length; index++) {
      const char = text[index] as string;
      if (/\s/u.test(char)) {
        if (!inRun) {
          chars.push(' ');
          origins.push(index);
        }
        inRun = true;
      } else {
        chars.push(char);
        origins.push(index);
        inRun = false;
      }
    }
    this.folded = chars.join('');
    this.originalIndex = Int32Array.from(origins);
    this.lineStarts = [0];
    for (let index = 0; index < text.length; index++) {
      if (text[index] === '\n') this.lineStarts.push(index + 1);
    }
  }

  /** Every place the quote occurs, as spans of the original text. */
  findAll(quote: string): TextSpan[] {
    const needle = foldWhiteSpace(quote);
    if (needle.length === 0) return [];
    const spans: TextSpan[] = [];
    for (
      let at = this.folded.indexOf(needle);
      at !== -1;
      at = this.folded.indexOf(needle, at + 1)
    ) {
      const start = this.originalIndex[at] as number;
      const end = (this.originalIndex[at + needle.length - 1] as number) + 1;
      spans.push({ start, end });
    }
    return spans;
  }

  /**
   * For a quote that is not in the text: how far it matches, and where it parts from the text,
   * so the editor sees the typo instead of hunting for it.
   */
  explainMismatch(quote: string): string {
    const needle = foldWhiteSpace(quote);
    let low = 0;
    let high = needle.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.folded.includes(needle.slice(0, middle))) low = middle;
      else high = middle - 1;
    }
    if (low === 0) return 'not even its first character occurs in the document';
    const matched = needle.slice(0, low);
    const at = this.folded.indexOf(matched) + low;
    const documentGoesOn = this.folded.slice(at, at + 25);
    const quoteGoesOn = needle.slice(low, low + 25);
    return (
      `the first ${low} characters match ("…${matched.slice(-30)}"), then the document has ` +
      `"${documentGoesOn}…" where the quote has "${quoteGoesOn}…"`
    );
  }

  /** 1-based line number of an offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** The span of 1-based lines first..last, without the final line end. */
  lineSpan(first: number, last: number): TextSpan | null {
    if (first < 1 || last < first || last > this.lineStarts.length) return null;
    const start = this.lineStarts[first - 1] as number;
    const nextStart = this.lineStarts[last];
    const end = nextStart === undefined ? this.text.length : nextStart - 1;
    return { start, end };
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
