/**
 * The claims check: what an editor writes in their own words (an event's title and summary, a
 * figure series' description, a dispute's title and note) may say nothing its quotes do not.
 *
 * Every number (with its currency, percent sign and scale word), every year, every month name and
 * the qualifiers "first" and "annual" must appear in one of the item's quotes or in its date note;
 * a miss fails the build. A year may also name the document itself ("the 2021 essay") when a cited
 * document was written that year. Places must appear in a quote too; people and the capitalised
 * words of titles and summaries that appear in no quote are warnings: see README, "What the build
 * checks", for why.
 */
import type { BuildError, ErrorList } from './buildError.ts';
import { errorAt, type Located } from './loadInputs.ts';
import { foldWhiteSpace } from './sourceText.ts';
import { ENGLISH_MONTHS } from '../model/formatDate.ts';

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

/** English month names: the documents are in English, whatever the interface's language. */
export const MONTH_NAMES = ENGLISH_MONTHS.long;

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  hundred: 100,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** Words that claim more than a plain fact ("for the first time", "annual"); they need a quote too. */
const QUALIFIERS = ['first', 'annual', 'annually'];

const SCALES = 'thousand|million|billion|trillion';
/**
 * A number as the documents write them: "US$ 450 million", "451 million USD", "$130 million",
 * "21.6%", "1,340", "13th", "VNĐ220 billion". Digits glued to letters ("COP26", "mRNA") are not
 * numbers of the story.
 */
const NUMBER_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,]|\p{Lu}-)(US\$|\$|VNĐ|VND)?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(st|nd|rd|th)?(?![\p{L}\p{N}])` +
    String.raw`(\s?%|\s(?:per ?cent))?(?:\s(${SCALES}))?(?:\s?(USD|US dollars|dollars))?`,
  'gu',
);
const NUMBER_WORD = String.raw`(?<![\p{L}\p{N}])(${Object.keys(NUMBER_WORDS).join('|')})(?:[\s-](${SCALES}))?(?![\p{L}\p{N}])`;
const NUMBER_WORD_PATTERN = new RegExp(NUMBER_WORD, 'giu');
const CLAIM_NUMBER_WORD_PATTERN = new RegExp(
  // "the two countries", "two-way trade": the pair the whole subject is about, not a count.
  NUMBER_WORD +
    String.raw`(?![\s-](?:countries|sides|parties|nations|leaders|governments|peoples|way)\b)`,
  'giu',
);
const MONTH_PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_NAMES.join('|')})(?![\p{L}])`,
  'gu',
);
const QUALIFIER_PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(${QUALIFIERS.join('|')})(?![\p{L}])`,
  'giu',
);

/**
 * Vietnamese texts (the `vi:` blocks) write numbers the Vietnamese way: decimal comma, thousands
 * dot, and scale words after the number ("1,09 tỷ USD", "31.000", "450 triệu USD", "21,6%"). They
 * are read into the same tokens as English numbers, so "1,09 tỷ USD" matches "US$1.09 billion".
 */
const VIETNAMESE_SCALES: Record<string, string> = {
  'nghìn tỷ': 'trillion',
  'nghìn tỉ': 'trillion',
  'ngàn tỷ': 'trillion',
  nghìn: 'thousand',
  ngàn: 'thousand',
  triệu: 'million',
  tỷ: 'billion',
  tỉ: 'billion',
  // An English phrase quoted in a Vietnamese text keeps its English scale words.
  thousand: 'thousand',
  million: 'million',
  billion: 'billion',
  trillion: 'trillion',
};
const VIETNAMESE_NUMBER_PATTERN = new RegExp(
  // Not the 7 of "tháng 7": that is July, checked as a month.
  String.raw`(?<![\p{L}\p{N}.,]|\p{Lu}-|[Tt]háng )(US\$|\$|VNĐ|VND)?\s?(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(?![\p{L}\p{N}])` +
    String.raw`(\s?%|\s(?:phần trăm))?(?:\s(${Object.keys(VIETNAMESE_SCALES).join('|')})(?![\p{L}]))?` +
    String.raw`(?:\s?(USD|đô la Mỹ|đô la|VNĐ|đồng)(?![\p{L}]))?`,
  'gu',
);
/** "tháng 7", the Vietnamese for July: month numbers stand where English writes month names. */
const VIETNAMESE_MONTH_PATTERN = /(?<![\p{L}])tháng (\d{1,2})(?![\p{N}])/giu;
/** The Vietnamese qualifiers and the English words a passage must carry for them. */
const VIETNAMESE_QUALIFIERS: readonly [RegExp, readonly string[]][] = [
  [/(?<![\p{L}])(?:đầu tiên|lần đầu)(?![\p{L}])/giu, ['first']],
  [/(?<![\p{L}])(?:hằng năm|hàng năm|thường niên)(?![\p{L}])/giu, ['annual', 'annually']],
];

interface NumberToken {
  word: string;
  value: string;
  scale: string;
  unit: '' | 'USD' | '%' | 'VND';
  isYear: boolean;
  index: number;
}

/** `claim`: the text is the editor's, where "the two countries" names the pair, not a count. */
function numberTokens(text: string, claim = false): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const [word, currency, whole = '', fraction = '', ordinal, percent, scale, currencyAfter] =
      match;
    const digits = whole.replaceAll(',', '');
    const unit = percent
      ? '%'
      : currency === 'VNĐ' || currency === 'VND'
        ? 'VND'
        : currency || currencyAfter
          ? 'USD'
          : '';
    const plainYear =
      !currency &&
      !currencyAfter &&
      !percent &&
      !scale &&
      !ordinal &&
      !fraction &&
      !whole.includes(',') &&
      /^\d{4}$/.test(digits) &&
      Number(digits) >= 1000 &&
      Number(digits) <= 2199;
    tokens.push({
      word: word.trim(),
      value: `${Number(digits)}${fraction}`,
      scale: (scale ?? '').toLowerCase(),
      unit,
      isYear: plainYear,
      index: match.index,
    });
  }
  for (const match of text.matchAll(claim ? CLAIM_NUMBER_WORD_PATTERN : NUMBER_WORD_PATTERN)) {
    const [word, name = '', scale] = match;
    tokens.push({
      word,
      value: String(NUMBER_WORDS[name.toLowerCase()]),
      scale: (scale ?? '').toLowerCase(),
      unit: '',
      isYear: false,
      index: match.index,
    });
  }
  return tokens;
}

function vietnameseNumberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(VIETNAMESE_NUMBER_PATTERN)) {
    const [word, currency, whole = '', fraction = '', percent, scale, currencyAfter] = match;
    const digits = whole.replaceAll('.', '');
    const vnd =
      currency === 'VNĐ' || currency === 'VND' || /^(VNĐ|đồng)$/.test(currencyAfter ?? '');
    const unit = percent ? '%' : vnd ? 'VND' : currency || currencyAfter ? 'USD' : '';
    const plainYear =
      !currency &&
      !currencyAfter &&
      !percent &&
      !scale &&
      !fraction &&
      !whole.includes('.') &&
      /^\d{4}$/.test(digits) &&
      Number(digits) >= 1000 &&
      Number(digits) <= 2199;
    tokens.push({
      word: word.trim(),
      value: `${Number(digits)}${fraction.replace(',', '.')}`,
      scale: VIETNAMESE_SCALES[(scale ?? '').toLowerCase()] ?? '',
      unit,
      isYear: plainYear,
      index: match.index,
    });
  }
  return tokens;
}

/** Diacritics and case do not make a different name: "To Lam" is "Tô Lâm". */
export function foldName(text: string): string {
  return foldWhiteSpace(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .replaceAll('’', "'")
    .toLowerCase();
}

/**
 * Capitalised words that are not at the start of a sentence, joined by "of" and dashes as
 * title-cased names are ("Union of Friendship Organizations", "Vietnam - US Association").
 * Whole acronyms count ("BTA", "USAID").
 */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}\.)`;
const NAME_PATTERN = new RegExp(
  String.raw`${NAME_WORD}(?:(?:\s+(?:of|of the|-|–)\s+|\s+)${NAME_WORD})*`,
  'gu',
);
/** Words that are capitalised in any sentence on this subject: they name nothing new. */
const COMMON_CAPITALS = new Set(
  [
    'US',
    'U.S.',
    'USA',
    'UN',
    'United',
    'States',
    'Vietnam',
    'Viet',
    'Nam',
    'Vietnamese',
    'American',
    'Americans',
    'President',
    'Prime',
    'Minister',
    'General',
    'Secretary',
    'State',
    'Deputy',
    'Vice',
    'Ambassador',
    'Senator',
    'The',
    'A',
    'An',
    'In',
    'On',
    'It',
    'Its',
    'This',
    'Their',
    'They',
    'Both',
    'Two',
    'I',
    ...MONTH_NAMES,
  ].map((word) => foldName(word)),
);

/** The words of a folded name that are not everyday capitals or joining words. */
function significantWords(folded: string): string[] {
  return folded
    .split(/[\s–-]+/u)
    .filter((word) => word.length > 0 && !COMMON_CAPITALS.has(word) && !/^(of|the)$/.test(word));
}

function nameCandidates(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(NAME_PATTERN)) {
    const before = text.slice(0, match.index).trimEnd();
    const sentenceStart = before === '' || /[.!?:;]$/.test(before);
    let words = match[0].split(/\s+/);
    // "The review…", "Businesses of…": the first word is capitalised because it starts a sentence.
    if (sentenceStart) words = words.slice(1);
    while (words.length > 0 && /^(of|the|-|–)$/.test(words[0] ?? '')) words = words.slice(1);
    const name = words.join(' ').replace(/['’]s?$/u, '');
    // "US", "Vietnamese", "President": everyday capitals name nothing new by themselves.
    if (significantWords(foldName(name)).length > 0) names.push(name);
  }
  return names;
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

export function describeMiss(miss: ClaimMiss): string {
  const what = {
    number: 'the number',
    year: 'the year',
    month: 'the month',
    qualifier: 'the qualifier',
    name: 'the name',
  }[miss.kind];
  return `${what} "${miss.word}" is in none of this item's quotes`;
}

/** What the claims check found in one build: counts for the summary line, and the warnings. */
export class ClaimsReport {
  checked = 0;
  passed = 0;
  readonly warnings: BuildError[] = [];

  /**
   * Checks the fields of one item against its passages: facts (numbers, years, months,
   * qualifiers) fail the build, names in the text are warnings. `names`: lists of names (people,
   * places), each of which must appear in a passage, with what a miss is.
   */
  checkItem(
    item: Located<unknown>,
    support: ClaimSupport,
    fields: readonly [string, string | undefined][],
    errors: ErrorList,
    names: readonly [string, readonly string[], 'error' | 'warning'][] = [],
  ): void {
    for (const [field, text] of fields) {
      if (text === undefined) continue;
      const facts = support.checkFacts(text);
      const named = support.checkNames(text);
      this.checked += facts.checked + named.checked;
      this.passed += facts.checked - facts.misses.length + named.checked - named.misses.length;
      for (const miss of facts.misses) errors.add(errorAt(item, [field], describeMiss(miss)));
      for (const miss of named.misses)
        this.warnings.push(errorAt(item, [field], describeMiss(miss)));
    }
    for (const [field, list, severity] of names) {
      list.forEach((name, index) => {
        this.checked++;
        if (support.hasName(name)) {
          this.passed++;
          return;
        }
        const finding = errorAt(item, [field, index], describeMiss({ kind: 'name', word: name }));
        if (severity === 'error') errors.add(finding);
        else this.warnings.push(finding);
      });
    }
  }

  /**
   * A Vietnamese text (at `path` in its item) against `support`: the item's quotes and date note
   * and the English it translates. Names are not checked: Vietnamese capitalises common nouns of
   * titles ("Hiệp định Thương mại") that no English quote could carry.
   */
  checkTranslation(
    item: Located<unknown>,
    path: readonly (string | number)[],
    support: ClaimSupport,
    text: string,
    errors: ErrorList,
  ): void {
    const facts = support.checkVietnameseFacts(text);
    this.checked += facts.checked;
    this.passed += facts.checked - facts.misses.length;
    for (const miss of facts.misses) errors.add(errorAt(item, [...path], describeMiss(miss)));
  }
}
