/**
 * The timeline in Vietnamese: the English timeline with every text the editors wrote replaced by
 * the one in the item's `vi:` block (same field names as the English). Quotes, ids, dates and
 * numbers stay as they are: the documents are English, and a quote is never translated.
 *
 * Each Vietnamese text is held to the rule of the English one (README, "What the compiler checks"):
 * its numbers, years, months and qualifiers must be in the item's quotes (or date note) or in the
 * English text it translates.
 */
import type { ContentLanguage, TimelineData } from '../model/timelineSchema.ts';
import type { ErrorList } from './compileError.ts';
import type { ClaimsReport } from './checkClaims.ts';
import { ClaimSupport } from './claimSupport.ts';
import { errorAt, type Inputs, type Located } from './loadInputs.ts';

export const VIETNAMESE_TITLE = 'Quan hệ Việt Nam – Hoa Kỳ: dòng thời gian theo các nguồn tư liệu';

/** A `vi:` block as the input schema reads it: the English field names, each optional. */
type VietnameseBlock = Readonly<Partial<Record<string, string>>> | undefined;

interface Where {
  item: Located<unknown>;
  /** From the item to the object holding the English field and its `vi:` block. */
  at: readonly (string | number)[];
  /** How the error names the item: `event "normalisation"`. */
  what: string;
  vi: VietnameseBlock;
  /** The item's quotes and date note: what the Vietnamese may say besides its English. */
  passages: readonly string[];
  documentYears: readonly string[];
}

class Translator {
  constructor(
    private readonly errors: ErrorList,
    private readonly claims: ClaimsReport,
  ) {}

  /** The Vietnamese of a field the English always has. */
  text(where: Where, field: string, english: string): string {
    const vietnamese = where.vi?.[field];
    if (vietnamese === undefined) {
      this.errors.add(
        errorAt(
          where.item,
          [...where.at, 'vi', field],
          `${where.what} has no Vietnamese ${field}: add \`vi: { ${field}: … }\` beside the English (README, "How to add or correct a translation")`,
        ),
      );
      return english;
    }
    this.claims.checkTranslation(
      where.item,
      [...where.at, 'vi', field],
      new ClaimSupport([...where.passages, english], where.documentYears),
      vietnamese,
      this.errors,
    );
    return vietnamese;
  }

  /** The Vietnamese of a field the English may leave out; none is wanted where it has none. */
  optional(where: Where, field: string, english: string | undefined): string | undefined {
    if (english !== undefined) return this.text(where, field, english);
    if (where.vi?.[field] !== undefined) {
      this.errors.add(
        errorAt(
          where.item,
          [...where.at, 'vi', field],
          `${where.what} has a Vietnamese ${field} but no English one: remove it or add the English ${field}`,
        ),
      );
    }
    return undefined;
  }
}

function byId<T extends { id: string }>(items: readonly Located<T>[]): Map<string, Located<T>> {
  return new Map(items.map((item) => [item.value.id, item]));
}

/**
 * `english`: the compiled timeline; `documentYears`: the years the quoted documents were
 * written, by the quotes' document ids (a text may name a document by its year).
 */
export function translateTimeline(
  language: Exclude<ContentLanguage, 'en'>,
  inputs: Inputs,
  english: TimelineData,
  documentYears: (quotes: readonly { doc: string }[]) => string[],
  errors: ErrorList,
  claims: ClaimsReport,
): TimelineData {
  const translator = new Translator(errors, claims);
  const bare = (item: Located<unknown>, what: string, vi: VietnameseBlock): Where => ({
    item,
    at: [],
    what,
    vi,
    passages: [],
    documentYears: [],
  });

  /** Where the texts of an item are checked against what cites it: quotes, then date note. */
  const cited = (
    item: Located<unknown>,
    at: readonly (string | number)[],
    what: string,
    vi: VietnameseBlock,
    citing: readonly {
      sources: readonly { doc: string; quote: string }[];
      dateNote?: string | undefined;
    }[],
  ): Where => ({
    item,
    at,
    what,
    vi,
    passages: citing.flatMap(({ sources, dateNote }) => [
      ...sources.map((source) => source.quote),
      dateNote ?? '',
    ]),
    documentYears: documentYears(citing.flatMap(({ sources }) => sources)),
  });

  const themeInputs = byId(inputs.themes);
  const themes = english.themes.map((theme) => {
    const item = themeInputs.get(theme.id);
    if (!item) return theme;
    const where = bare(item, `theme "${theme.id}"`, item.value.vi);
    return {
      ...theme,
      label: translator.text(where, 'label', theme.label),
      description: translator.text(where, 'description', theme.description),
    };
  });

  const eraInputs = byId(inputs.eras);
  const eras = english.eras.map((era) => {
    const item = eraInputs.get(era.id);
    if (!item) return era;
    const where = bare(item, `era "${era.id}"`, item.value.vi);
    const short = translator.optional(where, 'short', era.short);
    return {
      ...era,
      label: translator.text(where, 'label', era.label),
      ...(short !== undefined ? { short } : {}),
      description: translator.text(where, 'description', era.description),
    };
  });

  const eventInputs = byId(inputs.events);
  const events = english.events.map((event) => {
    const item = eventInputs.get(event.id);
    if (!item) return event;
    const where = cited(item, [], `event "${event.id}"`, item.value.vi, [item.value]);
    const note = translator.optional(where, 'note', event.note);
    const dateNote = translator.optional(where, 'dateNote', event.date.note);
    return {
      ...event,
      title: translator.text(where, 'title', event.title),
      summary: translator.text(where, 'summary', event.summary),
      date: dateNote !== undefined ? { ...event.date, note: dateNote } : event.date,
      ...(note !== undefined ? { note } : {}),
    };
  });

  const seriesInputs = byId(inputs.figures);
  const figures = english.figures.map((series) => {
    const item = seriesInputs.get(series.id);
    if (!item) return series;
    const pointInputs = item.value.points;
    const where = cited(item, [], `figure series "${series.id}"`, item.value.vi, pointInputs);
    return {
      ...series,
      label: translator.text(where, 'label', series.label),
      unit: translator.text(where, 'unit', series.unit),
      description: translator.text(where, 'description', series.description),
      points: series.points.map((point) => {
        const index = pointInputs.findIndex((input) => input.id === point.id);
        const input = pointInputs[index];
        if (!input) return point;
        const pointWhere = cited(item, ['points', index], `figure point "${point.id}"`, input.vi, [
          input,
        ]);
        const dateNote = translator.optional(pointWhere, 'dateNote', point.date.note);
        return {
          ...point,
          date: dateNote !== undefined ? { ...point.date, note: dateNote } : point.date,
          display: translator.text(pointWhere, 'display', point.display),
        };
      }),
    };
  });

  const disputeInputs = byId(inputs.disputes);
  const disputes = english.disputes.map((dispute) => {
    const item = disputeInputs.get(dispute.id);
    if (!item) return dispute;
    const claimInputs = item.value.claims;
    const where: Where = {
      item,
      at: [],
      what: `dispute "${dispute.id}"`,
      vi: item.value.vi,
      passages: claimInputs.map((claim) => claim.quote),
      documentYears: documentYears(claimInputs),
    };
    return {
      ...dispute,
      title: translator.text(where, 'title', dispute.title),
      note: translator.text(where, 'note', dispute.note),
      // Every claim resolved (the compiler stops otherwise), so the output keeps the input's order.
      claims: dispute.claims.map((claim, index) => {
        const input = claimInputs[index];
        if (!input) return claim;
        const claimWhere: Where = {
          ...where,
          at: ['claims', index],
          what: `claim ${index + 1} of dispute "${dispute.id}"`,
          vi: input.vi,
          passages: [input.quote],
          documentYears: documentYears([input]),
        };
        return { ...claim, says: translator.text(claimWhere, 'says', claim.says) };
      }),
    };
  });

  const documentInputs = byId(inputs.documents);
  const documents = english.documents.map((document) => {
    const item = documentInputs.get(document.id);
    if (!item) return document;
    const what = `document "${document.id}"`;
    const where = bare(item, what, item.value.vi);
    // A stated title is the document's own words, like a quote: it stays as the document has it.
    const title =
      document.titleBasis === 'descriptive'
        ? translator.text(where, 'title', document.title)
        : translator.optional(where, 'title', undefined);
    const evidence = item.value.written.evidence.map((quote) => quote.quote);
    const writtenNote = translator.optional(
      { ...where, at: ['written'], vi: item.value.written.vi, passages: evidence },
      'dateNote',
      document.written.note,
    );
    return {
      ...document,
      title: title ?? document.title,
      kind: translator.text(where, 'kind', document.kind),
      written:
        writtenNote !== undefined ? { ...document.written, note: writtenNote } : document.written,
      asides: document.asides.map((aside, index) => {
        const input = item.value.asides[index];
        if (!input) return aside;
        const asideWhere: Where = {
          ...where,
          at: ['asides', index],
          what: `aside ${index + 1} of ${what}`,
          vi: input.vi,
        };
        return { ...aside, note: translator.text(asideWhere, 'note', aside.note) };
      }),
    };
  });

  const { schemaVersion, ...rest } = english;
  return {
    schemaVersion,
    language,
    ...rest,
    title: VIETNAMESE_TITLE,
    documents,
    themes,
    eras,
    events,
    figures,
    disputes,
  };
}
