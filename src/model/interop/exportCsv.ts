/**
 * Events as a spreadsheet (CSV) a teacher can open in Excel, LibreOffice or Google Sheets.
 *
 * RFC 4180: comma-separated, CRLF after every record, a field in double quotes (with its quotes
 * doubled) when it holds a comma, a quote or a line break. The file starts with a UTF-8 byte
 * order mark so that Excel reads Vietnamese as UTF-8. A field that a spreadsheet would take for
 * a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe,
 * which spreadsheets show as text and do not display.
 *
 * One row per event, in the order given. Lists inside a field are joined with "; " (themes,
 * people, places, source documents) or " | " (the quotes, which may themselves hold semicolons).
 */
import { formatEventDate } from '../formatDate.ts';
import type { Precision } from '../partialDate.ts';
import type { EventDate, SourceDocument, Theme, TimelineEvent } from '../timelineSchema.ts';

export const CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'start',
  'end',
  'precision',
  'date basis',
  'date note',
  'themes',
  'importance',
  'milestone',
  'disputed',
  'summary',
  'people',
  'places',
  'sources',
  'quotes',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The words of the file that are not data: column headers and values, in the page's language. */
export interface CsvWords {
  columns: Record<CsvColumn, string>;
  yes: string;
  no: string;
  precision: Record<Precision, string>;
  basis: Record<EventDate['basis'], string>;
  /** "day (end: month)": a period whose ends have different precisions. */
  endPrecision: (start: string, end: string) => string;
}

/** English: the column names as documented in the README. */
export const ENGLISH_CSV_WORDS: CsvWords = {
  columns: Object.fromEntries(CSV_COLUMNS.map((column) => [column, column])) as Record<
    CsvColumn,
    string
  >,
  yes: 'yes',
  no: 'no',
  precision: { year: 'year', month: 'month', day: 'day' },
  basis: { stated: 'stated', inferred: 'inferred' },
  endPrecision: (start, end) => `${start} (end: ${end})`,
};

export interface CsvContext {
  themes: readonly Pick<Theme, 'id' | 'label'>[];
  documents: readonly Pick<SourceDocument, 'id' | 'title'>[];
  words?: CsvWords;
}

const BYTE_ORDER_MARK = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, guarded against formulas and quoted when RFC 4180 needs it. */
export function csvField(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function dateLabel(event: TimelineEvent): string {
  try {
    return formatEventDate(event.date);
  } catch {
    // A date the calendar formatter cannot handle: the ISO form still says it exactly.
    return event.date.end === undefined
      ? event.date.start
      : `${event.date.start} \u2013 ${event.date.end}`;
  }
}

function precisionLabel(event: TimelineEvent, words: CsvWords): string {
  const { precision, endPrecision } = event.date;
  return endPrecision === undefined || endPrecision === precision
    ? words.precision[precision]
    : words.endPrecision(words.precision[precision], words.precision[endPrecision]);
}

export function toCsv(events: readonly TimelineEvent[], context: CsvContext): string {
  const themeLabel = new Map(context.themes.map((theme) => [theme.id, theme.label]));
  const documentTitle = new Map(context.documents.map((doc) => [doc.id, doc.title]));
  const words = context.words ?? ENGLISH_CSV_WORDS;
  const rows: string[][] = [CSV_COLUMNS.map((column) => words.columns[column])];
  for (const event of events) {
    const documents = [
      ...new Set(
        event.sources.map((source) => documentTitle.get(source.document) ?? source.document),
      ),
    ];
    rows.push([
      event.id,
      event.title,
      dateLabel(event),
      event.date.start,
      event.date.end ?? '',
      precisionLabel(event, words),
      words.basis[event.date.basis],
      event.date.note ?? '',
      event.themes.map((id) => themeLabel.get(id) ?? id).join('; '),
      String(event.importance),
      event.importance === 3 ? words.yes : words.no,
      event.disputes.length > 0 ? words.yes : words.no,
      event.summary,
      event.people.join('; '),
      event.places.join('; '),
      documents.join('; '),
      event.sources.map((source) => source.quote).join(' | '),
    ]);
  }
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
