import type { SourceRef } from '../model/timelineSchema.ts';
import type { ErrorList } from './compileError.ts';
import type { QuoteInput } from './inputSchema.ts';
import { errorAt, type Located } from './loadInputs.ts';
import type { SourceText, TextSpan } from './sourceText.ts';

/** Who cites a passage: shown in the coverage report next to each date mention. */
export interface Citer {
  type: 'event' | 'figure' | 'dispute' | 'document' | 'exclusion';
  id: string;
  /** Why an excluded passage's date mentions are not events. */
  reason?: string;
  /** Where the citing entry stands in its data file, for errors about it. */
  line?: number;
}

export interface CitedSpan extends TextSpan {
  document: string;
  by: Citer;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A passage that starts or ends inside a word ("uly 1995") is a slip of the selection. */
function cutWord(text: string, span: TextSpan): string | null {
  const first = text[span.start] ?? '';
  const before = text[span.start - 1] ?? '';
  const last = text[span.end - 1] ?? '';
  const after = text[span.end] ?? '';
  if (WORD_CHARACTER.test(first) && WORD_CHARACTER.test(before)) {
    return `starts in the middle of the word "${before}${first}…"`;
  }
  if (WORD_CHARACTER.test(last) && WORD_CHARACTER.test(after)) {
    return `ends in the middle of the word "…${last}${after}"`;
  }
  return null;
}

/**
 * Turns `{doc, quote}` pairs into verified source references with offsets, and remembers every
 * span it verified so the coverage check can tell which date mentions are cited.
 */
export class QuoteResolver {
  readonly spans: CitedSpan[] = [];
  verifiedCount = 0;

  constructor(
    private readonly texts: ReadonlyMap<string, SourceText>,
    private readonly errors: ErrorList,
    /** Documents named in the metadata that failed to load: their error is already reported. */
    private readonly unusable: ReadonlySet<string> = new Set(),
  ) {}

  resolve(
    item: Located<unknown>,
    subPath: (string | number)[],
    input: QuoteInput,
    by: Citer,
  ): SourceRef | null {
    const text = this.texts.get(input.doc);
    if (!text && this.unusable.has(input.doc)) return null;
    if (!text) {
      const known = [...this.texts.keys()].join(', ');
      this.errors.add(
        errorAt(item, [...subPath, 'doc'], `unknown document "${input.doc}" (known: ${known})`),
      );
      return null;
    }
    const found = text.findAll(input.quote);
    if (found.length === 0) {
      this.errors.add(
        errorAt(
          item,
          [...subPath, 'quote'],
          `is not a verbatim passage of ${input.doc}: ${text.explainMismatch(input.quote)}`,
        ),
      );
      return null;
    }
    if (input.occurrence === undefined && found.length > 1) {
      const lines = found.map((span) => text.lineOf(span.start)).join(', ');
      this.errors.add(
        errorAt(
          item,
          [...subPath, 'quote'],
          `occurs ${found.length} times in ${input.doc} (lines ${lines}); add "occurrence: N" to say which`,
        ),
      );
      return null;
    }
    const span = found[(input.occurrence ?? 1) - 1];
    if (!span) {
      this.errors.add(
        errorAt(
          item,
          [...subPath, 'occurrence'],
          `is ${input.occurrence}, but the quote occurs only ${found.length} time(s)`,
        ),
      );
      return null;
    }
    const cut = cutWord(text.text, span);
    if (cut) {
      this.errors.add(errorAt(item, [...subPath, 'quote'], `${cut}; quote whole words`));
      return null;
    }
    this.verifiedCount++;
    this.spans.push({ document: input.doc, start: span.start, end: span.end, by });
    return {
      document: input.doc,
      quote: text.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
    };
  }
}
