/**
 * What an item's passages (its quotes and date note) carry, asked fact by fact: the numbers,
 * years, months, qualifiers and names of a claim, English or Vietnamese, that no passage carries
 * are its misses.
 */
import {
  MONTH_NAMES,
  MONTH_PATTERN,
  numberTokens,
  QUALIFIER_PATTERN,
  type NumberToken,
} from './englishFacts.ts';
import { foldName, nameCandidates, significantWords } from './claimNames.ts';
import { foldWhiteSpace } from './sourceText.ts';
import {
  VIETNAMESE_MONTH_PATTERN,
  VIETNAMESE_QUALIFIERS,
  vietnameseNumberTokens,
} from './vietnameseFacts.ts';

export type ClaimKind = 'number' | 'year' | 'month' | 'qualifier' | 'name';

export interface ClaimMiss {
  kind: ClaimKind;
  /** The words as the editor wrote them, e.g. "US$4 trillion", "2020", "May". */
  word: string;
}

export interface ClaimResult {
  checked: number;
  misses: ClaimMiss[];
}

/** How titles, summaries and notes name a document: "the 2021 essay", "the article of 2022". */
const DOCUMENT_WORDS = '(?:essay|article|review|interview|page|headline|headlines|documents?)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class ClaimSupport {
  private readonly text: string;
  private readonly folded: string;
  private readonly numbers: NumberToken[];

  /**
   * `passages`: the item's quotes, and its date note when it has one; `documentYears`: the years
   * its cited documents were written (seeds/documents.yaml).
   */
  constructor(
    passages: readonly string[],
    private readonly documentYears: readonly string[] = [],
  ) {
    this.text = passages.map(foldWhiteSpace).join(' \u2016 ');
    this.folded = foldName(this.text);
    this.numbers = numberTokens(this.text);
  }

  private hasNumber(token: NumberToken): boolean {
    return this.numbers.some(
      (candidate) =>
        candidate.value === token.value &&
        candidate.scale === token.scale &&
        (token.unit === '' || candidate.unit === token.unit),
    );
  }

  private hasYear(token: NumberToken, claim: string): boolean {
    if (this.numbers.some((candidate) => candidate.value === token.value && !candidate.scale)) {
      return true;
    }
    const around = claim.slice(Math.max(0, token.index - 20), token.index + 30);
    const namesDocument = new RegExp(
      `(?:${token.value} ${DOCUMENT_WORDS}|${DOCUMENT_WORDS} (?:of|from|written in) ${token.value})`,
      'i',
    ).test(around);
    return namesDocument && this.documentYears.includes(token.value);
  }

  private hasWord(word: string, caseSensitive: boolean): boolean {
    const pattern = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, caseSensitive ? 'u' : 'iu');
    return pattern.test(this.text);
  }

  /**
   * A name is carried when the passages have it whole, or every word of it that is not a title
   * or an everyday capital ("President Trump" for "US President D. Trump").
   */
  hasName(name: string): boolean {
    const folded = foldName(name);
    if (this.folded.includes(folded)) return true;
    const significant = significantWords(folded);
    // "United States" is all everyday words: only the whole name carries it.
    return (
      significant.length > 0 &&
      significant.every((word) =>
        new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(this.folded),
      )
    );
  }

  /** The numbers, years, month names and qualifiers of `claim`; those no passage carries are misses. */
  checkFacts(claim: string): ClaimResult {
    const text = foldWhiteSpace(claim);
    const misses: ClaimMiss[] = [];
    let checked = 0;
    for (const token of numberTokens(text, true)) {
      checked++;
      if (token.isYear ? this.hasYear(token, text) : this.hasNumber(token)) continue;
      misses.push({ kind: token.isYear ? 'year' : 'number', word: token.word });
    }
    for (const match of text.matchAll(MONTH_PATTERN)) {
      checked++;
      if (!this.hasWord(match[0], true)) misses.push({ kind: 'month', word: match[0] });
    }
    for (const match of text.matchAll(QUALIFIER_PATTERN)) {
      checked++;
      if (!this.hasWord(match[0], false)) misses.push({ kind: 'qualifier', word: match[0] });
    }
    return { checked, misses };
  }

  /** Month `number` (1-12): its English name, or a numeric date with it ("19/5/1890"). */
  private hasMonthNumber(number: number): boolean {
    const name = MONTH_NAMES[number - 1];
    if (name !== undefined && this.hasWord(name, true)) return true;
    return new RegExp(String.raw`(?<!\d)\d{1,2}/0?${number}/\d{4}(?!\d)`).test(this.text);
  }

  /**
   * The facts of a Vietnamese `claim` (numbers with decimal comma and thousands dot, years,
   * "tháng 7" for July, "đầu tiên" for first, "hằng năm" for annual); the passages are English.
   */
  checkVietnameseFacts(claim: string): ClaimResult {
    // A passage quoted word for word ("over 1,300") stays English and says what its source says.
    const text = foldWhiteSpace(claim).replace(/"([^"]+)"/g, (quoted, words: string) =>
      this.text.includes(words) ? ' '.repeat(quoted.length) : quoted,
    );
    const misses: ClaimMiss[] = [];
    let checked = 0;
    for (const token of vietnameseNumberTokens(text)) {
      checked++;
      if (token.isYear ? this.hasYear(token, text) : this.hasNumber(token)) continue;
      misses.push({ kind: token.isYear ? 'year' : 'number', word: token.word });
    }
    for (const match of text.matchAll(VIETNAMESE_MONTH_PATTERN)) {
      checked++;
      if (!this.hasMonthNumber(Number(match[1]))) misses.push({ kind: 'month', word: match[0] });
    }
    for (const [pattern, english] of VIETNAMESE_QUALIFIERS) {
      for (const match of text.matchAll(pattern)) {
        checked++;
        if (!english.some((word) => this.hasWord(word, false))) {
          misses.push({ kind: 'qualifier', word: match[0] });
        }
      }
    }
    return { checked, misses };
  }

  /** Capitalised names in `claim` that appear in no passage. */
  checkNames(claim: string): ClaimResult {
    const names = nameCandidates(foldWhiteSpace(claim));
    const misses = names
      .filter((name) => !this.hasName(name))
      .map((word): ClaimMiss => ({ kind: 'name', word }));
    return { checked: names.length, misses };
  }
}
