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
import type { SourceDocument, Theme, TimelineEvent } from '../timelineSchema.ts';

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

export interface CsvContext {
  themes: readonly Pick<Theme, 'id' | 'label'>[];
  documents: readonly Pick<SourceDocument, 'id' | 'title'>[];
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

function precisionLabel(event: TimelineEvent): string {
  const { precision, endPrecision } = event.date;
  return endPrecision === undefined || endPrecision === precision
    ? precision
    : `${precision} (end: ${endPrecision})`;
}

export function toCsv(events: readonly TimelineEvent[], context: CsvContext): string {
  const themeLabel = new Map(context.themes.map((theme) => [theme.id, theme.label]));
  const documentTitle = new Map(context.documents.map((doc) => [doc.id, doc.title]));
  const rows: string[][] = [[...CSV_COLUMNS]];
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
      precisionLabel(event),
      event.date.basis,
      event.date.note ?? '',
      event.themes.map((id) => themeLabel.get(id) ?? id).join('; '),
      String(event.importance),
      event.importance === 3 ? 'yes' : 'no',
      event.disputes.length > 0 ? 'yes' : 'no',
      event.summary,
      event.people.join('; '),
      event.places.join('; '),
      documents.join('; '),
      event.sources.map((source) => source.quote).join(' | '),
    ]);
  }
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
