import {
  parsePartialDate,
  partsAgree,
  precisionOf,
  startMs,
  type DateParts,
} from '../model/partialDate.ts';
import type { EventDate, SourceRef } from '../model/timelineSchema.ts';
import type { ErrorList } from './compileError.ts';
import type { DateMention } from './extractDates.ts';
import { errorAt, type Located } from './loadInputs.ts';

export interface DatedInput {
  date: string;
  precision: 'year' | 'month' | 'day';
  end?: string | undefined;
  dateBasis: 'stated' | 'inferred';
  dateNote?: string | undefined;
}

/** A stated date's mention may sit just outside the quote ("On July 11, 1995, in the…" quoted from "in the"). */
export const STATED_DATE_REACH = 80;

/** Checks a date as a teacher wrote it and turns it into the output form, or reports why not. */
export function checkDate(
  item: Located<unknown>,
  subPath: (string | number)[],
  input: DatedInput,
  errors: ErrorList,
): EventDate | null {
  const errorCount = errors.errors.length;
  /** The date's parts, or null once it is reported as not a real date. */
  const parseAt = (field: 'date' | 'end', written: string): DateParts | null => {
    const parts = parsePartialDate(written);
    if (!parts) {
      errors.add(
        errorAt(
          item,
          [...subPath, field],
          `"${written}" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)`,
        ),
      );
    }
    return parts;
  };
  const start = parseAt('date', input.date);
  if (start && precisionOf(input.date) !== input.precision) {
    errors.add(
      errorAt(
        item,
        [...subPath, 'precision'],
        `is "${input.precision}" but the date "${input.date}" has ${precisionOf(input.date)} precision`,
      ),
    );
  }
  if (input.end !== undefined) {
    const end = parseAt('end', input.end);
    if (end && start && startMs(end) < startMs(start)) {
      errors.add(
        errorAt(
          item,
          [...subPath, 'end'],
          `"${input.end}" is before the start date "${input.date}"`,
        ),
      );
    }
  }
  if (input.dateBasis === 'inferred' && !input.dateNote) {
    errors.add(
      errorAt(
        item,
        [...subPath, 'dateNote'],
        'is required when dateBasis is "inferred": say how the date was worked out',
      ),
    );
  }
  if (errors.errors.length > errorCount) return null;
  const endPrecision = input.end === undefined ? undefined : (precisionOf(input.end) ?? undefined);
  return {
    start: input.date,
    precision: input.precision,
    ...(input.end !== undefined ? { end: input.end, endPrecision } : {}),
    basis: input.dateBasis,
    ...(input.dateNote ? { note: input.dateNote } : {}),
  };
}

function mentionSupports(mention: DateMention, wanted: DateParts): boolean {
  return [mention.from, mention.to].some(
    (parts) => parts !== undefined && partsAgree(wanted, parts),
  );
}

/**
 * A date marked "stated" must be written in (or right next to) one of its quotes, to the
 * precision claimed: "July 2013" states 2013-07, "(2013)" does not.
 */
export function checkStatedDate(
  item: Located<unknown>,
  date: EventDate,
  sources: readonly SourceRef[],
  mentionsByDocument: ReadonlyMap<string, readonly DateMention[]>,
  errors: ErrorList,
): void {
  if (date.basis !== 'stated') return;
  const nearby = sources.flatMap((source) =>
    (mentionsByDocument.get(source.document) ?? []).filter(
      (mention) =>
        mention.end >= source.start - STATED_DATE_REACH &&
        mention.start <= source.end + STATED_DATE_REACH,
    ),
  );
  const wanted: [string, string | undefined][] = [
    ['date', date.start],
    ['end', date.end],
  ];
  for (const [field, iso] of wanted) {
    if (iso === undefined) continue;
    const parts = parsePartialDate(iso);
    if (!parts || nearby.some((mention) => mentionSupports(mention, parts))) continue;
    const seen = nearby.map((mention) => `"${mention.text}"`).join(', ') || 'none';
    errors.add(
      errorAt(
        item,
        [field],
        `"${iso}" is marked stated, but no quote states it (date mentions in or next to the quotes: ${seen}); ` +
          'quote the passage that gives it, or mark the date inferred and say how',
      ),
    );
  }
}
