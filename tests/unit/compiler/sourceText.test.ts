/**
 * Finding quotes in a source document: white space is the only thing that may differ, and every
 * match is reported as offsets into the original text.
 */
import { describe, expect, it } from 'vitest';
import { foldWhiteSpace, SourceText } from '../../../src/compiler/sourceText.ts';

/** The passages of `text` the quote was found at. */
function matches(text: string, quote: string): string[] {
  const source = new SourceText(text);
  return source.findAll(quote).map((span) => text.slice(span.start, span.end));
}

describe('foldWhiteSpace', () => {
  it('turns every run of blanks, no-break spaces and line ends into one space and trims the ends', () => {
    expect(foldWhiteSpace('  many\u00A0 other \n\t nations\n')).toBe('many other nations');
  });
});

describe('SourceText.findAll', () => {
  it('matches a quote typed with one plain space where the text has a no-break space and a space', () => {
    const text = 'the power of many\u00A0 other nations';
    expect(matches(text, 'many other nations')).toEqual(['many\u00A0 other nations']);
  });

  it('matches across a line end and across a double space', () => {
    const text = 'On July 11, 1995, in the\nStatement on the  Normalization of Relations';
    expect(matches(text, 'in the Statement on the Normalization')).toEqual([
      'in the\nStatement on the  Normalization',
    ]);
  });

  it('folds the white space of the quote too (a quote copied with its line breaks)', () => {
    const text = 'the Joint Statement signed during the visit';
    expect(matches(text, '  Joint\n  Statement\n')).toEqual(['Joint Statement']);
  });

  it('maps offsets back into the original string, past folded runs before the match', () => {
    const text = '\n\n  Header\u00A0\u00A0line\n\n\nThe   first  milestone was  reached.';
    const source = new SourceText(text);
    const [span, ...rest] = source.findAll('first milestone was reached');
    expect(rest).toEqual([]);
    expect(span).toEqual({ start: text.indexOf('first'), end: text.length - 1 });
  });

  it('folds nothing but white space: case, punctuation and quote marks must match', () => {
    const text = 'Clinton called: “Let this moment be a time to heal”';
    expect(matches(text, 'clinton called')).toEqual([]);
    expect(matches(text, 'Clinton called "Let this moment')).toEqual([]);
    expect(matches(text, 'Clinton called: "Let this moment')).toEqual([]);
    expect(matches(text, 'Clinton called: “Let this moment')).toEqual([
      'Clinton called: “Let this moment',
    ]);
  });

  it('returns every occurrence of a repeated passage, in order, each with its own offsets', () => {
    const text =
      'the Comprehensive\nPartnership of 2013 and, later, the Comprehensive  Partnership again';
    const source = new SourceText(text);
    const spans = source.findAll('Comprehensive Partnership');
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Comprehensive\nPartnership',
      'Comprehensive  Partnership',
    ]);
    expect(spans[0]!.start).toBeLessThan(spans[1]!.start);
    expect(spans[1]!.start).toBe(text.lastIndexOf('Comprehensive'));
  });

  it('finds nothing for a quote that is empty once folded, or absent', () => {
    const source = new SourceText('some text');
    expect(source.findAll(' \n\u00A0')).toEqual([]);
    expect(source.findAll('other text')).toEqual([]);
  });
});

describe('SourceText.explainMismatch', () => {
  const text =
    'In 1994, the United States lifted the embargo on Vietnam; in 2000, the two countries signed the BTA.';
  const source = new SourceText(text);

  it('says how much of the quote matches and what each side has where they part', () => {
    const quote = 'In 1994, the United States raised the embargo on Vietnam';
    expect(source.findAll(quote)).toEqual([]);
    const explanation = source.explainMismatch(quote);
    const matched = 'In 1994, the United States ';
    expect(explanation).toContain(`the first ${matched.length} characters match`);
    expect(explanation).toContain(`"…${matched}"`);
    expect(explanation).toContain('the document has "lifted the embargo on Vie…"');
    expect(explanation).toContain('where the quote has "raised the embargo on Vie…"');
  });

  it('counts the match after folding white space, so a line break in the quote is not the difference', () => {
    const explanation = source.explainMismatch('In 1994,\nthe  United States lifted the ban');
    expect(explanation).toContain('the first 38 characters match');
    expect(explanation).toContain('the document has "embargo on Vietnam; in 20…"');
    expect(explanation).toContain('where the quote has "ban…"');
  });

  it('says so when not even the first character occurs', () => {
    expect(source.explainMismatch('§ 12')).toBe(
      'not even its first character occurs in the document',
    );
  });
});

describe('SourceText.lineOf and lineSpan', () => {
  const text = 'first line\nsecond line\n\nfourth line';
  const source = new SourceText(text);

  it('gives the 1-based line of an offset; a line end belongs to the line it ends', () => {
    expect(source.lineOf(0)).toBe(1);
    expect(source.lineOf(text.indexOf('\n'))).toBe(1);
    expect(source.lineOf(text.indexOf('second'))).toBe(2);
    expect(source.lineOf(text.indexOf('\n\n') + 1)).toBe(3);
    expect(source.lineOf(text.indexOf('fourth'))).toBe(4);
    expect(source.lineOf(text.length - 1)).toBe(4);
    expect(source.lineCount).toBe(4);
  });

  it('gives the span of a range of lines, without the final line end', () => {
    const slice = (first: number, last: number) => {
      const span = source.lineSpan(first, last);
      return span === null ? null : text.slice(span.start, span.end);
    };
    expect(slice(1, 1)).toBe('first line');
    expect(slice(1, 2)).toBe('first line\nsecond line');
    expect(slice(3, 3)).toBe('');
    expect(slice(2, 4)).toBe('second line\n\nfourth line');
    expect(slice(4, 4)).toBe('fourth line');
  });

  it('refuses lines outside the document and ranges that run backwards', () => {
    expect(source.lineSpan(0, 1)).toBeNull();
    expect(source.lineSpan(4, 5)).toBeNull();
    expect(source.lineSpan(3, 2)).toBeNull();
  });
});
