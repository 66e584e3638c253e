/**
 * Finds the date mentions in a source document, so the compiler can check that every date it shows
 * is one the sources state, and list the dates no event cites.
 *
 * Each kind of mention is a small pattern in the table below. All patterns run over the whole
 * text; where matches overlap the longest wins, so "July 12, 1995 - July 12, 2022" is one range
 * rather than two dates and two years. Prepositions ("in", "on", "as of") stay outside a mention,
 * except "from … to" (it makes the range) and "by the end of" (it makes a deadline).
 */
import type { DateParts } from '../model/partialDate.ts';
import { formatPartialDate, parsePartialDate } from '../model/partialDate.ts';

export type MentionKind =
  | 'full-date'
  | 'day-month'
  | 'month-year'
  | 'month'
  | 'year'
  | 'year-range'
  | 'date-range'
  | 'part-of-period'
  | 'relative'
  | 'century'
  | 'elapsed';

export interface DateMention {
  /** Offset in the text (a JavaScript string index), inclusive. */
  start: number;
  /** Exclusive: `text.slice(start, end) === mention.text`. */
  end: number;
  text: string;
  kind: MentionKind;
  /** The (first) date, only as far as the text states it. */
  from?: DateParts;
  /** The end of a range. */
  to?: DateParts;
  /** Month and day of a mention that states no year ('day-month', 'month'). */
  partial?: { month?: number; day?: number };
}

type Reading = Pick<DateMention, 'from' | 'to' | 'partial'>;
type Groups = Partial<Record<string, string>>;
/** Returns null to reject a match the pattern alone cannot rule out (an impossible day, say). */
type Reader = (
  groups: Groups,
  context: { text: string; start: number; end: number },
) => Reading | null;

// prettier-ignore
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

// Building blocks. A literal space in a pattern stands for any run of blanks (see `pattern`), so
// inside character classes the space is written \x20.
const BLANK = '[\\x20\\t\\u00A0]';
const DASH = `${BLANK}*[-–—]${BLANK}*`;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const MONTH = `(?:${MONTHS.join('|')})`;
const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?${NOT_WORD_AFTER}`;
const YEAR_DIGITS = '(?:18|19|20)\\d\\d';
// A year is never glued to a longer number ("1,340", "1.36"), a path ("/2018/"), an amount
// ("$2000", "2000 million") or a page or issue number ("p. 1329", "No. 1995").
const NOT_BEFORE_YEAR = `(?<![\\p{L}\\p{N}/]|\\p{N}[.,]|[$€£₫]${BLANK}?|(?<!\\p{L})(?:p|pp|No|no|vol|Vol)\\.${BLANK}*)`;
const NOT_AFTER_YEAR = `(?![\\p{L}\\p{N}/]|[.,]\\p{N}|${BLANK}?(?:%|million|billion|trillion))`;
const YEAR = `${NOT_BEFORE_YEAR}${YEAR_DIGITS}${NOT_AFTER_YEAR}`;
const MONTH_DAY = `(?:${MONTH} ${DAY}|(?<![\\p{N}/.,])${DAY} ${MONTH})`;
// Day first: the sources are Vietnamese, and "26/02/2016" is 26 February.
const NUMERIC_DATE = `(?<![\\p{N}/.])(?:3[01]|[12]\\d|0?[1-9])/(?:1[0-2]|0?[1-9])/${YEAR_DIGITS}(?![\\p{N}/])`;
const FULL_DATE = `(?:${MONTH} ${DAY},? ${YEAR}|(?<![\\p{N}/.,])${DAY} ${MONTH},? ${YEAR}|${NUMERIC_DATE})`;
const NUMBER =
  '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)';
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)';
const CENTURY = 'the (?:twenty-first|twentieth|nineteenth|21st|20th|19th) century';

function pattern(source: string): RegExp {
  const blanks = source.replaceAll(' ', `(?:${BLANK}+)`);
  return new RegExp(`${NOT_WORD_BEFORE}${blanks}${NOT_WORD_AFTER}`, 'gu');
}

/** Round-trips through the model so impossible days ("February 30") are rejected. */
function checked(parts: DateParts): DateParts | null {
  return parsePartialDate(formatPartialDate(parts));
}

function monthOf(text: string): number | undefined {
  const index = MONTHS.findIndex((name) =>
    new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(text),
  );
  return index < 0 ? undefined : index + 1;
}

/** Day and month of "July 4", "4 July" or "July 4th"; null for an impossible day. */
function monthDay(text: string, impliedMonth?: number): { month: number; day: number } | null {
  const month = monthOf(text) ?? impliedMonth;
  const day = Number(/\d+/.exec(text)?.[0]);
  if (month === undefined) return null;
  // Any leap year will do: a day stated without its year may be 29 February.
  return checked({ year: 2000, month, day }) ? { month, day } : null;
}

function fullDate(text: string): DateParts | null {
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  const [first, second, third] = numbers;
  if (third !== undefined && first !== undefined && second !== undefined) {
    return checked({ year: third, month: second, day: first });
  }
  const partial = monthDay(text);
  return partial && second !== undefined ? checked({ year: second, ...partial }) : null;
}

function yearOrMonth(groups: Groups): DateParts | undefined {
  if (groups.y === undefined) return undefined;
  const month = groups.m === undefined ? undefined : monthOf(groups.m);
  return month === undefined ? { year: Number(groups.y) } : { year: Number(groups.y), month };
}

const dateRange: Reader = ({ a, b }) => {
  const from = a === undefined ? null : fullDate(a);
  const to = b === undefined ? null : fullDate(b);
  return from && to ? { from, to } : null;
};

// "from March 31 to April 4, 2025", "July 11-12, 1995": what is written once belongs to both ends.
const sharedYearRange: Reader = ({ a, b, y }) => {
  const start = a === undefined ? null : monthDay(a);
  const end = b === undefined || !start ? null : monthDay(b, start.month);
  if (!start || !end || y === undefined) return null;
  const from = checked({ year: Number(y), ...start });
  const to = checked({ year: Number(y), ...end });
  return from && to ? { from, to } : null;
};

const yearRange: Reader = ({ a, b, lead, link }) => {
  // "1995 and 2000" is two years unless "between" makes it a range.
  if (link === 'and' && !lead?.toLowerCase().startsWith('between')) return null;
  const from = { year: Number(a) };
  if (b === undefined) return { from };
  return Number(b) >= from.year ? { from, to: { year: Number(b) } } : null;
};

const none: Reader = () => ({});

const PATTERNS: readonly { kind: MentionKind; re: RegExp; read: Reader }[] = [
  {
    kind: 'date-range',
    re: pattern(`(?<a>${FULL_DATE})${DASH}(?<b>${FULL_DATE})`),
    read: dateRange,
  },
  {
    kind: 'date-range',
    re: pattern(`[Ff]rom (?<a>${FULL_DATE}) (?:to|until) (?<b>${FULL_DATE})`),
    read: dateRange,
  },
  {
    kind: 'date-range',
    re: pattern(`[Ff]rom (?<a>${MONTH_DAY}) (?:to|until) (?<b>${MONTH_DAY}),? (?<y>${YEAR})`),
    read: sharedYearRange,
  },
  {
    kind: 'date-range',
    re: pattern(`(?<a>${MONTH_DAY})${DASH}(?<b>${MONTH_DAY}|${DAY}),? (?<y>${YEAR})`),
    read: sharedYearRange,
  },
  { kind: 'year-range', re: pattern(`(?<a>${YEAR})${DASH}(?<b>${YEAR})`), read: yearRange },
  {
    kind: 'year-range',
    re: pattern(
      `(?:(?<lead>[Ff]rom|[Bb]etween) )?(?<a>${YEAR}) (?<link>to|until|and) (?:(?<b>${YEAR})|(?:the )?present|now|today)`,
    ),
    read: yearRange,
  },
  {
    kind: 'full-date',
    re: pattern(FULL_DATE),
    read: (_, { text, start, end }) => {
      const from = fullDate(text.slice(start, end));
      return from ? { from } : null;
    },
  },
  {
    kind: 'month-year',
    re: pattern(`(?<m>${MONTH}),? (?<y>${YEAR})`),
    read: (groups) => ({ from: yearOrMonth(groups) }),
  },
  {
    kind: 'day-month',
    re: pattern(`(?<a>${MONTH_DAY})`),
    read: ({ a }, { text, start, end }) => {
      // "garment (May 10)" names the May 10 Garment Corporation, not a day.
      if (a?.startsWith('May') && text[start - 1] === '(' && text[end] === ')') return null;
      const partial = a === undefined ? null : monthDay(a);
      return partial ? { partial } : null;
    },
  },
  {
    // A month alone is a date only after a preposition; "May" is otherwise too often a verb or a name.
    kind: 'month',
    re: pattern(
      `(?<=(?<!\\p{L})(?:[Ii]n|[Aa]s of|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Bb]efore|[Aa]fter) )(?<m>${MONTH})(?!,?${BLANK}*\\p{N})`,
    ),
    read: ({ m }) => ({ partial: { month: monthOf(m ?? '') } }),
  },
  {
    // Bare years, also beside a dash only when spaced: "2017-2021" is a range, "1-340" a path part.
    kind: 'year',
    re: pattern(
      `${NOT_BEFORE_YEAR}(?<!\\p{N}[-–—])(?<y>${YEAR_DIGITS})s?${NOT_AFTER_YEAR}(?![-–—]\\p{N})`,
    ),
    read: ({ y }) => ({ from: { year: Number(y) } }),
  },
  {
    kind: 'part-of-period',
    re: pattern(
      `the ${ORDINAL} (?:${NUMBER} )?(?:quarters?|half|halves|weeks?|months?) of (?:(?<m>${MONTH}) )?(?:(?<y>${YEAR})|(?:this|last|the) year)`,
    ),
    read: (groups) => ({ from: yearOrMonth(groups) }),
  },
  {
    // "by" is kept because the source writes "bythe end of 2020", and "by" makes it a deadline.
    kind: 'part-of-period',
    re: pattern(
      `(?:[Bb]y ?)?the (?:end|beginning|start|middle) of (?:(?<m>${MONTH}) )?(?<y>${YEAR})`,
    ),
    read: (groups) => ({ from: yearOrMonth(groups) }),
  },
  {
    kind: 'part-of-period',
    re: pattern(`(?:[Mm]id-|[Ee]arly |[Ll]ate )(?:(?<m>${MONTH}) )?(?<y>${YEAR})`),
    read: (groups) => ({ from: yearOrMonth(groups) }),
  },
  {
    kind: 'part-of-period',
    re: pattern(`the (?:early|late|first|last) (?:years|decades?) of ${CENTURY}`),
    read: none,
  },
  { kind: 'century', re: pattern(`(?:the ${ORDINAL} decade of )?${CENTURY}`), read: none },
  { kind: 'relative', re: pattern('(?:[Ll]ast|[Tt]his|[Nn]ext) (?:year|month|week)'), read: none },
  {
    kind: 'relative',
    re: pattern(`(?:[Aa]|[Oo]ne|${NUMBER}) (?:days?|weeks?|months?|years?) later`),
    read: none,
  },
  // "the past three months" dates a recent event; "the past 30 years" is a span, like "the last 5 years".
  { kind: 'relative', re: pattern(`the past ${NUMBER} (?:days|weeks|months)`), read: none },
  // Elapsed time counts from an event the text names, so it can be resolved later; other spans
  // ("2 years of COVID - 19 pandemic", "for nearly a century") cannot and are left out. The event
  // is kept in the mention only up to "normalization", and never across a number, which would
  // swallow a date ("5 years since July 2020").
  {
    kind: 'elapsed',
    re: pattern(
      `(?:more than )?${NUMBER} years since(?: [^,.;:()\\n\\d]{0,60}?normali[sz]\\p{L}*)?`,
    ),
    read: none,
  },
  { kind: 'elapsed', re: pattern(`[Aa]fter ${NUMBER} years of \\p{Ll}+ing`), read: none },
  {
    kind: 'elapsed',
    re: pattern(`more than ${NUMBER} years of (?:\\p{Ll}+ing|Vietnam ?[-–] ?US relations)`),
    read: none,
  },
  { kind: 'elapsed', re: pattern(`the first ${NUMBER} years after normali[sz]ation`), read: none },
];

const URL = /https?:\/\/\S+/g;

export function extractDateMentions(text: string): DateMention[] {
  const urls = [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length] as const);
  const inUrl = (start: number, end: number) => urls.some(([s, e]) => start < e && s < end);

  const candidates: DateMention[] = [];
  for (const { kind, re, read } of PATTERNS) {
    for (const match of text.matchAll(re)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inUrl(start, end)) continue;
      const reading = read(match.groups ?? {}, { text, start, end });
      if (!reading) continue;
      const mention: DateMention = { start, end, text: match[0], kind };
      if (reading.from) mention.from = reading.from;
      if (reading.to) mention.to = reading.to;
      if (reading.partial) mention.partial = reading.partial;
      candidates.push(mention);
    }
  }

  // Longest first, so a range beats the dates inside it and a full date beats its year; the sort
  // is stable, so between equal spans the pattern listed first wins.
  candidates.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const chosen: DateMention[] = [];
  for (const candidate of candidates) {
    if (chosen.every((c) => candidate.end <= c.start || c.end <= candidate.start))
      chosen.push(candidate);
  }
  return chosen.sort((x, y) => x.start - y.start);
}
